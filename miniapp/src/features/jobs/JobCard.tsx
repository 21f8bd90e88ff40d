import { Text, View } from '@tarojs/components';
import type { JobCardFieldsFragment } from '../../gql/graphql';
import { AgencyBadge, Badge, VerifiedBadge } from '../../shared/components/Badge';
import { formatPay, formatPlaceShort, formatPostedAgo } from '../../shared/format';
import { jobConditionBadges } from './conditions';
import { replyStatsLine } from './reply-stats';

/** Pay and place first: they decide whether a villager reads on. */
export function JobCard({ job, onOpen }: { job: JobCardFieldsFragment; onOpen: (id: string) => void }) {
  return (
    <View className='card card--tappable' role='link' data-job-id={job.id} hoverClass='pressed' onClick={() => onOpen(job.id)}>
      <View className='card__top'>
        <Text className='card__pay'>{formatPay(job.pay)}</Text>
        <Text className='card__place'>{formatPlaceShort(job.place)}</Text>
      </View>
      <View className='card__badges'>
        {jobConditionBadges(job).map((b) => (
          <Badge key={b}>{b}</Badge>
        ))}
      </View>
      <Text className='card__title'>{job.title}</Text>
      <View className='card__meta'>
        <VerifiedBadge verified={job.employer.verified} />
        {job.viaAgency ? <AgencyBadge /> : null}
        <Text className='card__org'>{job.employer.name}</Text>
      </View>
      {replyStatsLine(job.employer.replyStats) ? <Text className='card__ago' data-field='reply-stats'>{replyStatsLine(job.employer.replyStats)}</Text> : null}
      <Text className='card__ago'>{formatPostedAgo(job.publishedAt)}</Text>
    </View>
  );
}
