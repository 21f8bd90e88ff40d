import { Text, View } from '@tarojs/components';
import type { CourseCardFieldsFragment } from '../../gql/graphql';
import { Badge, VerifiedBadge } from '../../shared/components/Badge';
import { formatDayRange, formatPlaceShort, formatPostedAgo } from '../../shared/format';
import { COURSE_SKILL_LABEL, COURSE_STATUS_LABEL, label } from '../../shared/labels';

export function courseFeeText(c: { isFree: boolean; fee: number }): string {
  return c.isFree ? '免费' : `学费${c.fee}元`;
}

export function seatsText(c: { seatsLeft: number; status: string }): string {
  if (c.status !== 'OPEN') return label(COURSE_STATUS_LABEL, c.status as keyof typeof COURSE_STATUS_LABEL);
  return c.seatsLeft > 0 ? `还剩${c.seatsLeft}个名额` : '名额已满';
}

export function courseCoverBadges(c: { coversFood: boolean; coversLodging: boolean; coversTravel?: boolean; subsidy: number }): string[] {
  const out: string[] = [];
  if (c.coversFood && c.coversLodging) out.push('包吃住');
  else if (c.coversLodging) out.push('包住');
  else if (c.coversFood) out.push('包吃');
  if (c.coversTravel) out.push('报路费');
  if (c.subsidy > 0) out.push(`补贴${c.subsidy}元`);
  return out;
}

/** Free or not, dates and seats left decide a course. */
export function CourseCard({ course, onOpen }: { course: CourseCardFieldsFragment; onOpen: (id: string) => void }) {
  return (
    <View className='card card--tappable' role='link' data-course-id={course.id} hoverClass='pressed' onClick={() => onOpen(course.id)}>
      <View className='card__top'>
        <Text className={`card__pay ${course.isFree ? 'card__pay--free' : ''}`}>{courseFeeText(course)}</Text>
        <Text className='card__place'>{formatPlaceShort(course.place)}</Text>
      </View>
      <View className='card__line'>
        <Text className='card__strong'>{formatDayRange(course.startDate, course.endDate)}</Text>
        <Text className={`card__seats ${course.seatsLeft > 0 && course.status === 'OPEN' ? '' : 'card__seats--none'}`}>{seatsText(course)}</Text>
      </View>
      <View className='card__badges'>
        <Badge tone='plain'>{label(COURSE_SKILL_LABEL, course.skill)}</Badge>
        {courseCoverBadges(course).map((b) => (
          <Badge key={b}>{b}</Badge>
        ))}
      </View>
      <Text className='card__title'>{course.title}</Text>
      <View className='card__meta'>
        <VerifiedBadge verified={course.trainer.verified} />
        <Text className='card__org'>{course.trainer.name}</Text>
      </View>
      <Text className='card__ago'>{formatPostedAgo(course.publishedAt)}</Text>
    </View>
  );
}
