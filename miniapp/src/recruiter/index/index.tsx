import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { messageFor } from '../../api/client';
import { NoOrganization } from '../../features/consoles/ConsoleStates';
import { MyDataGate } from '../../features/account/MyDataGate';
import { useConsoleOrganization } from '../../features/consoles/useConsoleOrganization';
import type { PostingJobFieldsFragment } from '../../gql/graphql';
import { countsLine, usePostings } from '../../features/recruiter/usePostings';
import { StillHiringButton } from '../../features/recruiter/StillHiringButton';
import { Badge, VerifiedBadge } from '../../shared/components/Badge';
import { Screen } from '../../shared/components/Screen';
import { ActionButton, FormError } from '../../shared/components/Sheet';
import { ConsoleFilter } from '../../shared/components/ConsoleFilter';
import { COUNTY_BUREAU_HOTLINE } from '../../shared/bureau';
import { CallButton } from '../../shared/components/ContactActions';
import { filterConsoleList, NO_FILTER } from '../../shared/console-filter';
import { formatDay, formatPay, formatPlaceShort } from '../../shared/format';
import { JOB_STATUS_LABEL, label, OPENING_STATUS_LABEL } from '../../shared/labels';
import { openConsolePage } from '../../shared/navigation';

const JOB_STATUSES = (['OPEN', 'UNDER_REVIEW', 'DRAFT', 'CLOSED', 'EXPIRED', 'TAKEN_DOWN'] as const).map((value) => ({ value, label: JOB_STATUS_LABEL[value] }));
const OPENING_STATUSES = (['OPEN', 'UNDER_REVIEW', 'DRAFT', 'CLOSED', 'TAKEN_DOWN'] as const).map((value) => ({ value, label: OPENING_STATUS_LABEL[value] }));

const TONE: Record<string, 'good' | 'info' | 'warn' | 'plain'> = { OPEN: 'good', DRAFT: 'plain', UNDER_REVIEW: 'info', CLOSED: 'plain', EXPIRED: 'plain', TAKEN_DOWN: 'warn' };

export default function RecruiterConsolePage() {
  const { organization } = useConsoleOrganization('recruiter');
  const postings = usePostings(organization?.id ?? null);
  const [jobFilter, setJobFilter] = useState(NO_FILTER);
  const [openingFilter, setOpeningFilter] = useState(NO_FILTER);
  usePullDownRefresh(() => {
    postings.reload();
    Taro.stopPullDownRefresh();
  });

  const gate = <MyDataGate my={postings} what='招工管理' />;
  if (postings.status === 'signedOut' || !organization) {
    return <Screen>{postings.status === 'signedOut' ? gate : <NoOrganization text='你还不是任何招工单位或品牌的成员。单位登记后，县人社局认证，就能在这里发招聘。' />}</Screen>;
  }
  if (postings.status !== 'ready' || !postings.data?.organization) return <Screen>{gate}</Screen>;

  const org = postings.data.organization;
  const jobs = org.postedJobs ?? [];
  const openings = org.postedOpenings ?? [];
  const shownJobs = filterConsoleList(jobs, jobFilter, (j) => [j.title, j.place.province, j.place.city, j.place.county, j.place.town], (j) => j.status);
  const shownOpenings = filterConsoleList(openings, openingFilter, (o) => [o.title, ...o.positions.map((p) => p.title)], (o) => o.status);
  return (
    <Screen className='console'>
      <View className='section' data-org-id={org.id}>
        <View className='card__meta'>
          <VerifiedBadge verified={org.verified} />
          <Text className='console__org'>{org.name}</Text>
        </View>
        {!org.verified ? <Text className='section__note' data-state='unverified'>还没有通过县人社局认证：招聘可以发，但会标“未认证”，村民会更谨慎。</Text> : null}
        {org.suspended ? <Text className='form__problem' data-state='suspended'>因多次被下架，暂停发布新信息。请联系县人社局。</Text> : null}
        <View className='actions'>
          <ActionButton tone='primary' label='发布招聘' action='new-job' onTap={() => openConsolePage('jobForm', { org: org.id })} />
          <ActionButton label='新店招人' action='new-opening' onTap={() => openConsolePage('openingForm', { org: org.id })} />
        </View>
      </View>

      <Text className='list-title'>{`我发布的招聘（${jobs.length}个）`}</Text>
      {jobs.length === 0 ? <Text className='section__note'>还没有发布招聘。</Text> : null}
      {jobs.length > 1 ? (
        <ConsoleFilter list='jobs' filter={jobFilter} onChange={setJobFilter} placeholder='找招聘：标题、地点' statuses={JOB_STATUSES} shown={shownJobs.length} total={jobs.length} />
      ) : null}
      {shownJobs.map((job) => (
        <JobPostingCard key={job.id} job={job} reason={postings.data?.takedownReasons[job.id]} onClose={postings.closeJob} onPublish={postings.publishJob} onReopen={postings.reopenJob} />
      ))}

      <Text className='list-title'>{`新店招人（${openings.length}个）`}</Text>
      {openings.length === 0 ? <Text className='section__note'>还没有发布新店招人。</Text> : null}
      {openings.length > 1 ? (
        <ConsoleFilter list='openings' filter={openingFilter} onChange={setOpeningFilter} placeholder='找新店：名称' statuses={OPENING_STATUSES} shown={shownOpenings.length} total={openings.length} />
      ) : null}
      {shownOpenings.map((o) => (
        <OpeningRow key={o.id} opening={o} reason={postings.data?.takedownReasons[o.id]} onClose={postings.closeOpening} />
      ))}
    </Screen>
  );
}

function useAction() {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = async (key: string, fn: () => Promise<unknown>) => {
    setBusy(key);
    setError(null);
    try {
      await fn();
    } catch (e) {
      setError(messageFor(e));
    } finally {
      setBusy(null);
    }
  };
  return { busy, error, run };
}

/**
 * What the bureau said, and what the poster can do about it: call the bureau, or change what
 * it objected to and send the posting back for review (editing a taken-down posting does that).
 */
function TakenDownNotice({ reason, onEdit }: { reason?: string; onEdit?: () => void }) {
  return (
    <View className='taken-down' data-state='taken-down'>
      <Text className='form__problem'>{reason ?? '已被县人社局下架，村民看不到了。'}</Text>
      <Text className='section__note'>
        {`有疑问可以打${COUNTY_BUREAU_HOTLINE.name}的电话 ${COUNTY_BUREAU_HOTLINE.phone}。${onEdit ? '把问题改掉以后，可以申请恢复：县人社局审核通过就重新公开。' : ''}`}
      </Text>
      <View className='actions'>
        {onEdit ? <ActionButton tone='primary' label='修改后申请恢复' action='edit-for-review' onTap={onEdit} /> : null}
        <CallButton phone={COUNTY_BUREAU_HOTLINE.phone} label='打电话问人社局' />
      </View>
    </View>
  );
}

function JobPostingCard({ job, reason, onClose, onPublish, onReopen }: { job: PostingJobFieldsFragment; reason?: string; onClose: (id: string) => Promise<void>; onPublish: (id: string) => Promise<void>; onReopen: (id: string) => Promise<void> }) {
  const { busy, error, run } = useAction();
  const [confirmClose, setConfirmClose] = useState(false);
  const counts = job.applicationCounts;
  const total = counts ? counts.submitted + counts.viewed + counts.interview + counts.hired + counts.rejected + counts.withdrawn : 0;
  const live = job.status === 'OPEN' || job.status === 'UNDER_REVIEW';
  return (
    <View className='card' data-posting-id={job.id} data-status={job.status}>
      <View className='card__top'>
        <Badge tone={TONE[job.status] ?? 'plain'}>{label(JOB_STATUS_LABEL, job.status)}</Badge>
        <Text className='card__ago'>{`${formatDay(job.publishedAt)}发布`}</Text>
      </View>
      <Text className='card__title'>{job.title}</Text>
      <Text className='card__org'>{`${formatPay(job.pay)} · ${formatPlaceShort(job.place)} · 招${job.headcount}人`}</Text>
      <Text className='console__counts' data-field='counts'>{countsLine(counts)}</Text>
      {job.status === 'UNDER_REVIEW' ? <Text className='section__note' data-state='under-review'>提到了收费字样，县人社局审核通过后才会公开。</Text> : null}
      {job.status === 'TAKEN_DOWN' ? <TakenDownNotice reason={reason} onEdit={() => openConsolePage('jobForm', { id: job.id })} /> : null}
      {job.status === 'DRAFT' ? <Text className='section__note'>草稿：村民还看不到，点“发布”才公开。</Text> : null}
      <FormError message={error} />
      {confirmClose ? (
        <View className='mine__confirm' role='dialog' aria-label='确定停止招聘吗'>
          <Text className='section__text'>停止以后不再收报名，已报名的人还在。确定停止吗？</Text>
          <View className='actions'>
            <ActionButton tone='danger' label='确定停止' busy={busy === 'close'} busyLabel='正在停止…' action='confirm-close' onTap={() => void run('close', () => onClose(job.id)).then(() => setConfirmClose(false))} />
            <ActionButton label='不停止' onTap={() => setConfirmClose(false)} />
          </View>
        </View>
      ) : (
        <View className='actions'>
          <ActionButton tone='primary' label={`看报名的人（${total}）`} action='applicants' onTap={() => openConsolePage('applicants', { id: job.id })} />
          {job.status !== 'TAKEN_DOWN' ? <ActionButton label='修改' action='edit' onTap={() => openConsolePage('jobForm', { id: job.id })} /> : null}
          {job.status === 'DRAFT' ? <ActionButton label='发布' busy={busy === 'publish'} busyLabel='正在发布…' action='publish' onTap={() => void run('publish', () => onPublish(job.id))} /> : null}
          {live ? <ActionButton label='停止招聘' action='close' onTap={() => setConfirmClose(true)} /> : null}
          <StillHiringButton job={job} />
          {job.status === 'CLOSED' || job.status === 'EXPIRED' ? (
            <ActionButton label='重新招人' busy={busy === 'reopen'} busyLabel='正在打开…' action='reopen' onTap={() => void run('reopen', () => onReopen(job.id))} />
          ) : null}
        </View>
      )}
    </View>
  );
}

type OpeningRowData = { id: string; title: string; status: string; openingDate?: string | null; positions: { title: string; headcount: number }[] };

function OpeningRow({ opening: o, reason, onClose }: { opening: OpeningRowData; reason?: string; onClose: (id: string) => Promise<void> }) {
  const { busy, error, run } = useAction();
  return (
    <View className='card' data-opening-posting-id={o.id} data-status={o.status}>
      <View className='card__top'>
        <Badge tone={o.status === 'OPEN' ? 'good' : o.status === 'TAKEN_DOWN' ? 'warn' : 'plain'}>{label(OPENING_STATUS_LABEL, o.status as never)}</Badge>
        {o.openingDate ? <Text className='card__ago'>{`${formatDay(o.openingDate)}开业`}</Text> : null}
      </View>
      <Text className='card__title'>{o.title}</Text>
      <Text className='card__org'>{o.positions.map((p) => `${p.title}${p.headcount}人`).join('、')}</Text>
      {o.status === 'TAKEN_DOWN' ? <TakenDownNotice reason={reason} /> : null}
      <FormError message={error} />
      <View className='actions'>
        <ActionButton tone='primary' label='感兴趣的人' action='interests' onTap={() => openConsolePage('interests', { id: o.id })} />
        {o.status !== 'TAKEN_DOWN' ? <ActionButton label='修改' action='edit-opening' onTap={() => openConsolePage('openingForm', { id: o.id })} /> : null}
        {o.status === 'OPEN' ? <ActionButton label='停止招人' busy={busy === 'close'} busyLabel='正在停止…' action='close-opening' onTap={() => void run('close', () => onClose(o.id))} /> : null}
      </View>
    </View>
  );
}
