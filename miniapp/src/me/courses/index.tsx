import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { messageFor } from '../../api/client';
import { MyDataGate } from '../../features/account/MyDataGate';
import { StatusTimeline } from '../../features/account/StatusTimeline';
import { courseFeeText } from '../../features/courses/CourseCard';
import { useMyEnrollments, type MyEnrollment } from '../../features/enrollments/useMyEnrollments';
import { Badge } from '../../shared/components/Badge';
import { CallButton } from '../../shared/components/ContactActions';
import { EmptyState, SlowNotice } from '../../shared/components/ListStates';
import { Screen } from '../../shared/components/Screen';
import { ActionButton, FormError } from '../../shared/components/Sheet';
import { FeeDemandButton } from '../../features/trust/FeeDemandButton';
import { formatDayRange, formatPlaceShort } from '../../shared/format';
import { ENROLLMENT_STATUS_LABEL, label } from '../../shared/labels';
import { openDetail } from '../../shared/navigation';
import { helpedMark } from '../../features/on-behalf/on-behalf';

const STEPS: Record<string, string> = {
  ENROLLED: '报名成功，留了名额',
  WAITLISTED: '名额满了，排队候补',
  CANCELLED: '已取消',
  COMPLETED: '学完结业',
};

function statusText(e: MyEnrollment): string {
  if (e.status === 'WAITLISTED' && e.waitlistPosition) return `候补第${e.waitlistPosition}位`;
  return label(ENROLLMENT_STATUS_LABEL, e.status);
}

export default function MyCoursesPage() {
  const my = useMyEnrollments();
  usePullDownRefresh(() => {
    my.reload();
    Taro.stopPullDownRefresh();
  });

  if (my.status !== 'ready' || !my.data) {
    return (
      <Screen>
        <MyDataGate my={my} what='自己报的课程' />
      </Screen>
    );
  }

  return (
    <Screen>
      {my.slow ? <SlowNotice onRetry={my.reload} /> : null}
      {my.error ? <FormError message={my.error} /> : null}
      {my.data.length === 0 ? (
        <EmptyState
          title='还没有报名课程'
          tips={['县里的技能培训大多免费，还包吃住。']}
          actionLabel='去看看课程'
          onAction={() => void Taro.switchTab({ url: '/pages/courses/index' })}
        />
      ) : null}
      {my.data.map((e) => (
        <EnrollmentCard key={e.id} enrollment={e} onCancel={my.cancel} />
      ))}
    </Screen>
  );
}

function EnrollmentCard({ enrollment: e, onCancel }: { enrollment: MyEnrollment; onCancel: (id: string) => Promise<void> }) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const holding = e.status === 'ENROLLED' || e.status === 'WAITLISTED';

  const cancel = async () => {
    setBusy(true);
    setError(null);
    try {
      await onCancel(e.id);
      setConfirming(false);
    } catch (err) {
      setError(messageFor(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className='card mine' data-enrollment-id={e.id} data-status={e.status}>
      <View className='card__top'>
        <Badge tone={e.status === 'ENROLLED' || e.status === 'COMPLETED' ? 'good' : e.status === 'WAITLISTED' ? 'info' : 'plain'}>{statusText(e)}</Badge>
        <Text className={`card__pay ${e.course.isFree ? 'card__pay--free' : ''}`}>{courseFeeText(e.course)}</Text>
      </View>
      {e.helper ? <Text className='helped-mark' data-field='helped'>{helpedMark(e.trainee.name)}</Text> : null}
      <View role='link' hoverClass='pressed' className='mine__link' onClick={() => openDetail('course', e.course.id)}>
        <Text className='card__title mine__title'>{e.course.title}</Text>
        <Text className='card__org'>{[formatDayRange(e.course.startDate, e.course.endDate), formatPlaceShort(e.course.place), e.course.trainer.name].filter(Boolean).join(' · ')}</Text>
      </View>
      <StatusTimeline steps={e.history} labels={STEPS} />
      <FormError message={error} />
      {confirming ? (
        <View className='mine__confirm' role='dialog' aria-label='确定取消吗'>
          <Text className='section__text'>取消以后，名额会让给排队的人。确定取消吗？</Text>
          <View className='actions'>
            <ActionButton tone='danger' label='确定取消' busy={busy} busyLabel='正在取消…' action='confirm-cancel' onTap={() => void cancel()} />
            <ActionButton label='不取消' onTap={() => setConfirming(false)} />
          </View>
        </View>
      ) : (
        <View className='actions'>
          <CallButton phone={e.course.contactPhone} label={`打电话给${e.course.contactName}`} />
          {holding ? <ActionButton label={e.status === 'WAITLISTED' ? '不排了' : '取消报名'} action='cancel-enrollment' onTap={() => setConfirming(true)} /> : null}
          <FeeDemandButton postingId={e.course.id} />
        </View>
      )}
    </View>
  );
}
