import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { NoOrganization } from '../../features/consoles/ConsoleStates';
import { MyDataGate } from '../../features/account/MyDataGate';
import { ReasonForm } from '../../features/consoles/ReasonForm';
import { useConsoleOrganization } from '../../features/consoles/useConsoleOrganization';
import { useMyCourses } from '../../features/trainer/useTrainer';
import type { MyCoursesQuery } from '../../gql/graphql';
import { Badge, VerifiedBadge } from '../../shared/components/Badge';
import { Screen } from '../../shared/components/Screen';
import { ActionButton } from '../../shared/components/Sheet';
import { ConsoleFilter } from '../../shared/components/ConsoleFilter';
import { filterConsoleList, NO_FILTER } from '../../shared/console-filter';
import { formatDayRange } from '../../shared/format';
import { COURSE_STATUS_LABEL, label } from '../../shared/labels';
import { openConsolePage } from '../../shared/navigation';

const COURSE_STATUSES = (['OPEN', 'FULL', 'CLOSED', 'CANCELLED'] as const).map((value) => ({ value, label: COURSE_STATUS_LABEL[value] }));

type Course = NonNullable<NonNullable<MyCoursesQuery['organization']>['postedCourses']>[number];

export default function TrainerConsolePage() {
  const { organization } = useConsoleOrganization('trainer');
  const courses = useMyCourses(organization?.id ?? null);
  const [filter, setFilter] = useState(NO_FILTER);
  usePullDownRefresh(() => {
    courses.reload();
    Taro.stopPullDownRefresh();
  });
  if (courses.status === 'signedOut') return <Screen><MyDataGate my={courses} what='培训管理' /></Screen>;
  if (!organization) return <Screen><NoOrganization text='你还不是任何培训机构的成员。' /></Screen>;
  if (courses.status !== 'ready' || !courses.data) return <Screen><MyDataGate my={courses} what='培训管理' /></Screen>;
  const org = courses.data;
  const list = org.postedCourses ?? [];
  const shown = filterConsoleList(list, filter, (c) => [c.title, c.place?.county, c.place?.town], (c) => c.status);
  return (
    <Screen className='console'>
      <View className='section'>
        <View className='card__meta'>
          <VerifiedBadge verified={org.verified} />
          <Text className='console__org'>{org.name}</Text>
        </View>
        <View className='actions'>
          <ActionButton tone='primary' label='发布课程' action='new-course' onTap={() => openConsolePage('courseForm', { org: org.id })} />
        </View>
      </View>
      <Text className='list-title'>{`我的课程（${list.length}个）`}</Text>
      {list.length === 0 ? <Text className='section__note'>还没有发布课程。</Text> : null}
      {list.length > 1 ? (
        <ConsoleFilter list='courses' filter={filter} onChange={setFilter} placeholder='找课程：名称、乡镇' statuses={COURSE_STATUSES} shown={shown.length} total={list.length} />
      ) : null}
      {shown.map((c) => (
        <CourseRow key={c.id} course={c} onCancel={courses.cancel} />
      ))}
    </Screen>
  );
}

function CourseRow({ course: c, onCancel }: { course: Course; onCancel: (id: string, reason: string) => Promise<void> }) {
  const [cancelling, setCancelling] = useState(false);
  const taken = c.seats - c.seatsLeft;
  return (
    <View className='card' data-course-posting-id={c.id} data-status={c.status}>
      <View className='card__top'>
        <Badge tone={c.status === 'CANCELLED' ? 'warn' : c.status === 'OPEN' ? 'good' : 'plain'}>{label(COURSE_STATUS_LABEL, c.status)}</Badge>
        <Text className='card__ago'>{formatDayRange(c.startDate, c.endDate)}</Text>
      </View>
      <Text className='card__title'>{c.title}</Text>
      <Text className='card__org'>{`已报名 ${taken} 人 · 共 ${c.seats} 个名额`}</Text>
      {cancelling ? (
        <ReasonForm
          label='取消原因'
          min={2}
          max={200}
          placeholder='比如：老师生病，改到下个月'
          confirmLabel='确定取消课程'
          cancelLabel='不取消了'
          action='cancel-course'
          onSubmit={async (reason) => {
            await onCancel(c.id, reason);
            // Done: the card now says 已取消, and nothing is left to confirm.
            setCancelling(false);
          }}
          onCancel={() => setCancelling(false)}
        />
      ) : (
        <View className='actions'>
          <ActionButton tone='primary' label='学员名单' action='roster' onTap={() => openConsolePage('roster', { id: c.id })} />
          {c.status !== 'CANCELLED' ? <ActionButton label='修改' action='edit-course' onTap={() => openConsolePage('courseForm', { id: c.id })} /> : null}
          {c.status !== 'CANCELLED' ? <ActionButton label='取消课程' action='cancel-course' onTap={() => setCancelling(true)} /> : null}
        </View>
      )}
    </View>
  );
}
