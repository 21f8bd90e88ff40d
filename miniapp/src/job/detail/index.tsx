import { useRouter, useShareAppMessage } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { query } from '../../api/client';
import { jobConditionBadges } from '../../features/jobs/conditions';
import { JobApplyBar } from '../../features/applications/JobApplyBar';
import { JobDetailQuery } from '../../features/jobs/operations';
import { replyStatsLine } from '../../features/jobs/reply-stats';
import { AgencyBadge, Badge, VerifiedBadge } from '../../shared/components/Badge';
import { CallButton, MapButton, ShareButton } from '../../shared/components/ContactActions';
import { DetailStates, Field, Lines, Section, yesNo } from '../../shared/components/DetailParts';
import { Screen } from '../../shared/components/Screen';
import { FeeDemandButton } from '../../features/trust/FeeDemandButton';
import { ReportButton } from '../../features/trust/ReportButton';
import { formatAgeRange, formatDay, formatPay, formatPlaceFull, formatPlaceShort, formatPostedAgo, formatSettlement } from '../../shared/format';
import { JOB_CATEGORY_LABEL, JOB_STATUS_LABEL, label } from '../../shared/labels';
import { detailPath } from '../../shared/navigation';
import { useDetail } from '../../shared/useDetail';

export default function JobDetailPage() {
  const id = useRouter().params.id;
  const detail = useDetail(id, async (jobId) => (await query(JobDetailQuery, { id: jobId })).job ?? null);
  const job = detail.item;

  // A chat message that names pay and place is what makes a villager open it.
  useShareAppMessage(() => ({
    title: job ? `${formatPay(job.pay)} ${formatPlaceShort(job.place)} ${job.title}` : '紫阳务工通：找工作',
    path: id ? detailPath('job', id) : '/pages/jobs/index',
  }));

  if (detail.status !== 'ready' || !job) {
    return (
      <Screen>
        <DetailStates detail={detail} missingText='这个工作已经找不到了' />
      </Screen>
    );
  }

  const monthly =
    job.pay.unit !== 'MONTH' ? `约合每月 ${formatPay({ min: job.pay.monthlyMin, max: job.pay.monthlyMax, unit: 'MONTH' })}` : '';

  return (
    <Screen className='detail'>
      <View className='section detail__head'>
        <Text className='detail__pay' data-field='pay'>{formatPay(job.pay)}</Text>
        {monthly ? <Text className='detail__sub'>{monthly}</Text> : null}
        <Text className='detail__title'>{job.title}</Text>
        <Text className='detail__place' data-field='place'>{formatPlaceShort(job.place)}</Text>
        <View className='card__badges'>
          {jobConditionBadges(job).map((b) => (
            <Badge key={b}>{b}</Badge>
          ))}
        </View>
        <View className='card__meta'>
          <Badge tone={job.status === 'OPEN' ? 'good' : 'warn'}>{label(JOB_STATUS_LABEL, job.status)}</Badge>
          {job.viaAgency ? <AgencyBadge /> : null}
          <Text className='card__ago'>{formatPostedAgo(job.publishedAt)}</Text>
        </View>
      </View>

      <Section title='工资待遇'>
        <Field label='工资' value={formatPay(job.pay)} />
        <Field label='发工资' value={formatSettlement(job.pay.settlement)} />
        <Field label='住宿' value={yesNo(job.providesHousing, '免费住宿', '不包住')} />
        <Field label='吃饭' value={yesNo(job.providesMeals, '免费吃饭', '不包吃')} />
        <Field label='夫妻间' value={yesNo(job.coupleRooms, '有夫妻间', '没有')} />
        <Field label='班次' value={yesNo(job.dayShiftOnly, '长白班，不上夜班', '可能要上夜班')} />
        <Field label='社保' value={yesNo(job.socialInsurance, '交社保', '不交社保')} />
        <Field label='路费' value={yesNo(job.travelPaid, '报销路费', '不报路费')} />
      </Section>

      <Section title='招工要求'>
        <Field label='工种' value={label(JOB_CATEGORY_LABEL, job.category)} />
        <Field label='招几个人' value={`${job.headcount}人`} />
        <Field label='年龄' value={formatAgeRange(job.ageMin, job.ageMax)} />
        {job.requirements.length ? <Lines lines={job.requirements} /> : null}
      </Section>

      <Section title='工作内容'>
        <Text className='section__text detail__description'>{job.description}</Text>
      </Section>

      <Section title='工作地点'>
        <Text className='section__text' data-field='full-place'>{formatPlaceFull(job.place)}</Text>
        <View className='actions'>
          <MapButton place={job.place} name={job.employer.name} />
        </View>
      </Section>

      <Section title='招工单位'>
        <View className='card__meta'>
          <VerifiedBadge verified={job.employer.verified} />
          {job.viaAgency ? <AgencyBadge /> : null}
          <Text className='card__org'>{job.employer.name}</Text>
        </View>
        {replyStatsLine(job.employer.replyStats) ? <Text className='section__note' data-field='reply-stats'>{replyStatsLine(job.employer.replyStats)}</Text> : null}
        {job.viaAgency ? (
          <Text className='section__note' data-field='agency-note'>
            {`这是劳务中介代招的工作，不是工厂或老板自己招。${job.employer.licenceNumber ? `中介的人力资源服务许可证：${job.employer.licenceNumber}。` : ''}正规中介不向求职者收钱。`}
          </Text>
        ) : null}
        {job.employer.verified && job.employer.verifiedAt ? <Text className='section__note'>{`${formatDay(job.employer.verifiedAt)}通过县人社局认证`}</Text> : null}
        {!job.employer.verified ? <Text className='section__note'>这家单位还没有通过县人社局认证，去之前多打听打听。</Text> : null}
        <Text className='section__text'>{job.employer.description}</Text>
        <Field label='所在地' value={formatPlaceShort(job.employer.place)} />
        <Field label='在招工作' value={`${job.employer.openJobCount}个`} />
      </Section>

      <Section title='联系人'>
        <Field label='联系人' value={job.contactName} />
        <Field label='电话' value={job.contactPhone} />
        <Field label='首次发布' value={formatDay(job.firstPublishedAt ?? job.publishedAt)} />
        {job.confirmedAt ? <Field label='确认在招' value={formatDay(job.confirmedAt)} /> : null}
        <Field label='截止时间' value={job.expiresAt ? formatDay(job.expiresAt) : '长期有效'} />
        <View className='actions'>
          <CallButton phone={job.contactPhone} />
          <ShareButton />
        </View>
      </Section>

      <Section title='信息不实或让交钱？'>
        <Text className='section__note'>正规招工和免费培训都不收钱。遇到要押金、培训费的，请举报给县人社局。</Text>
        <FeeDemandButton postingId={job.id} />
        <ReportButton kind='JOB' id={job.id} />
      </Section>

      <JobApplyBar job={job} />
    </Screen>
  );
}
