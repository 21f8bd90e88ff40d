import { useRouter, useShareAppMessage } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { query } from '../../api/client';
import { courseCoverBadges, courseFeeText, seatsText } from '../../features/courses/CourseCard';
import { CourseDetailQuery } from '../../features/courses/operations';
import { CourseEnrollBar } from '../../features/enrollments/CourseEnrollBar';
import { useCourseEnrollment } from '../../features/enrollments/useCourseEnrollment';
import { Badge, VerifiedBadge } from '../../shared/components/Badge';
import { CallButton, MapButton, ShareButton } from '../../shared/components/ContactActions';
import { DetailStates, Field, Lines, Section, yesNo } from '../../shared/components/DetailParts';
import { Screen } from '../../shared/components/Screen';
import { FeeDemandButton } from '../../features/trust/FeeDemandButton';
import { ReportButton } from '../../features/trust/ReportButton';
import { formatDay, formatDayRange, formatPay, formatPlaceFull, formatPlaceShort, formatPostedAgo } from '../../shared/format';
import { COURSE_SKILL_LABEL, COURSE_STATUS_LABEL, label } from '../../shared/labels';
import { detailPath, openDetail } from '../../shared/navigation';
import { useDetail } from '../../shared/useDetail';

export default function CourseDetailPage() {
  const id = useRouter().params.id;
  const detail = useDetail(id, async (courseId) => (await query(CourseDetailQuery, { id: courseId })).course ?? null);
  // Seats move while the page is open: the villager's own view of them is asked fresh.
  const enrollment = useCourseEnrollment(id);
  const course = detail.item ? { ...detail.item, ...(enrollment.viewer ? { seatsLeft: enrollment.viewer.seatsLeft, status: enrollment.viewer.status } : {}) } : null;

  useShareAppMessage(() => ({
    title: course ? `${courseFeeText(course)}培训 ${formatPlaceShort(course.place)} ${course.title}` : '紫阳务工通：学技能',
    path: id ? detailPath('course', id) : '/pages/courses/index',
  }));

  if (detail.status !== 'ready' || !course) {
    return (
      <Screen>
        <DetailStates detail={detail} missingText='这个课程已经找不到了' />
      </Screen>
    );
  }

  return (
    <Screen className='detail'>
      <View className='section detail__head'>
        <Text className={`detail__pay ${course.isFree ? 'card__pay--free' : ''}`}>{courseFeeText(course)}</Text>
        <Text className='detail__title'>{course.title}</Text>
        <Text className='detail__place'>{formatPlaceShort(course.place)}</Text>
        <Text className={`detail__seats ${course.status === 'OPEN' && course.seatsLeft > 0 ? '' : 'detail__seats--none'}`} data-field='seats-left'>
          {seatsText(course)}
        </Text>
        <View className='card__badges'>
          <Badge tone='plain'>{label(COURSE_SKILL_LABEL, course.skill)}</Badge>
          {courseCoverBadges(course).map((b) => (
            <Badge key={b}>{b}</Badge>
          ))}
        </View>
        <Text className='card__ago'>{formatPostedAgo(course.publishedAt)}</Text>
      </View>

      <Section title='上课安排'>
        <Field label='状态' value={label(COURSE_STATUS_LABEL, course.status)} />
        <Field label='上课日期' value={formatDayRange(course.startDate, course.endDate)} />
        <Field label='总课时' value={`${course.hours}课时`} />
        <Field label='报名截止' value={formatDay(course.enrollmentDeadline)} />
        <Field label='名额' value={`共${course.seats}个，还剩${course.seatsLeft}个`} />
        <Field label='证书' value={course.certificate ?? '不发证书'} />
      </Section>

      <Section title='费用和补贴'>
        <Field label='学费' value={course.isFree ? '免费' : `${course.fee}元`} />
        <Field label='补贴' value={course.subsidy > 0 ? `每人${course.subsidy}元` : '没有补贴'} />
        <Field label='吃饭' value={yesNo(course.coversFood, '管饭', '不管饭')} />
        <Field label='住宿' value={yesNo(course.coversLodging, '管住', '不管住')} />
        <Field label='路费' value={yesNo(course.coversTravel, '报销路费', '不报路费')} />
      </Section>

      <Section title='学什么'>
        <Text className='section__text detail__description'>{course.description}</Text>
      </Section>

      {course.requirements.length ? (
        <Section title='报名条件'>
          <Lines lines={course.requirements} />
        </Section>
      ) : null}

      {course.leadsToEmployers.length || course.leadsToJobs.length ? (
        <Section title='学完包就业'>
          {course.leadsToEmployers.map((e) => (
            <View key={e.id} className='card__meta'>
              <VerifiedBadge verified={e.verified} />
              <Text className='card__org'>{e.name}</Text>
            </View>
          ))}
          {course.leadsToJobs.map((j) => (
            <View key={j.id} className='link-row' role='link' hoverClass='pressed' onClick={() => openDetail('job', j.id)}>
              <Text className='link-row__title'>{j.title}</Text>
              <Text className='link-row__meta'>{`${formatPay(j.pay)} · ${formatPlaceShort(j.place)}`}</Text>
            </View>
          ))}
        </Section>
      ) : null}

      <Section title='上课地点'>
        <Text className='section__text'>{formatPlaceFull(course.place)}</Text>
        <View className='actions'>
          <MapButton place={course.place} name={course.trainer.name} />
        </View>
      </Section>

      <Section title='培训机构'>
        <View className='card__meta'>
          <VerifiedBadge verified={course.trainer.verified} />
          <Text className='card__org'>{course.trainer.name}</Text>
        </View>
        <Text className='section__text'>{course.trainer.description}</Text>
      </Section>

      <Section title='联系人'>
        <Field label='联系人' value={course.contactName} />
        <Field label='电话' value={course.contactPhone} />
        <View className='actions'>
          <CallButton phone={course.contactPhone} />
          <ShareButton />
        </View>
      </Section>

      <Section title='信息不实或让交钱？'>
        <Text className='section__note'>正规招工和免费培训都不收钱。遇到要押金、培训费的，请举报给县人社局。</Text>
        <FeeDemandButton postingId={course.id} />
        <ReportButton kind='COURSE' id={course.id} />
      </Section>

      <CourseEnrollBar course={course} enrollment={enrollment} />
    </Screen>
  );
}
