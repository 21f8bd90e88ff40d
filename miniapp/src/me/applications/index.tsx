import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { messageFor } from '../../api/client';
import { MyDataGate } from '../../features/account/MyDataGate';
import { StatusTimeline } from '../../features/account/StatusTimeline';
import { canWithdraw, useMyApplications, type MyApplication, type MyInterest } from '../../features/applications/useMyApplications';
import { Badge } from '../../shared/components/Badge';
import { CallButton } from '../../shared/components/ContactActions';
import { EmptyState, SlowNotice } from '../../shared/components/ListStates';
import { Screen } from '../../shared/components/Screen';
import { ActionButton, FormError } from '../../shared/components/Sheet';
import { FeeDemandButton } from '../../features/trust/FeeDemandButton';
import { formatDay, formatPay, formatPlaceShort } from '../../shared/format';
import { APPLICATION_STATUS_LABEL, INTEREST_STATUS_LABEL, label } from '../../shared/labels';
import { openDetail } from '../../shared/navigation';
import { helpedMark } from '../../features/on-behalf/on-behalf';

const APPLICATION_STEPS: Record<string, string> = {
  SUBMITTED: '报名已发出',
  VIEWED: '招工方看过了',
  INTERVIEW: '邀请你去面试',
  HIRED: '录用了',
  REJECTED: '这次没有录用',
  WITHDRAWN: '你撤回了报名',
  NO_REPLY: '招工方没有回复，报名已结束',
  JOB_CLOSED: '岗位已关闭，报名已结束',
};

const INTEREST_STEPS: Record<string, string> = {
  SUBMITTED: '意向已发出',
  VIEWED: '店里看过了',
  CONTACTED: '店里联系过你',
  WITHDRAWN: '已撤回',
};

/**
 * A posting the bureau took down (or its poster took back) reaches its applicants as a stub:
 * the server keeps its title and says why in the description, and shows nothing to call.
 */
const GONE = new Set(['DRAFT', 'UNDER_REVIEW', 'TAKEN_DOWN']);

const TONE: Record<string, 'good' | 'info' | 'warn' | 'plain'> = {
  SUBMITTED: 'plain',
  VIEWED: 'info',
  INTERVIEW: 'good',
  HIRED: 'good',
  CONTACTED: 'good',
  REJECTED: 'warn',
  WITHDRAWN: 'plain',
  NO_REPLY: 'plain',
  JOB_CLOSED: 'plain',
};

export default function MyApplicationsPage() {
  const my = useMyApplications();
  usePullDownRefresh(() => {
    my.reload();
    Taro.stopPullDownRefresh();
  });

  if (my.status !== 'ready' || !my.data) {
    return (
      <Screen>
        <MyDataGate my={my} what='自己的报名' />
      </Screen>
    );
  }

  const { myApplications, myInterests } = my.data;
  return (
    <Screen>
      {my.slow ? <SlowNotice onRetry={my.reload} /> : null}
      {my.error ? <FormError message={my.error} /> : null}
      {myApplications.length === 0 && myInterests.length === 0 ? (
        <EmptyState
          title='还没有报名'
          tips={['看到合适的工作，点“我要报名”，招工方就能联系你。']}
          actionLabel='去找工作'
          onAction={() => void Taro.switchTab({ url: '/pages/jobs/index' })}
        />
      ) : null}
      {myApplications.length ? <Text className='list-title'>{`报名的工作（${myApplications.length}个）`}</Text> : null}
      {myApplications.map((a) => (
        <ApplicationCard key={a.id} application={a} onWithdraw={my.withdraw} onReported={my.reload} />
      ))}
      {myInterests.length ? <Text className='list-title'>{`想去的新店（${myInterests.length}个）`}</Text> : null}
      {myInterests.map((i) => (
        <InterestCard key={i.id} interest={i} onReported={my.reload} />
      ))}
    </Screen>
  );
}

function ApplicationCard({ application: a, onWithdraw, onReported }: { application: MyApplication; onWithdraw: (id: string) => Promise<void>; onReported: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const gone = GONE.has(a.job.status);

  const withdraw = async () => {
    setBusy(true);
    setError(null);
    try {
      await onWithdraw(a.id);
      setConfirming(false);
    } catch (e) {
      setError(messageFor(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className='card mine' data-application-id={a.id} data-status={a.status}>
      <View className='card__top'>
        <Badge tone={TONE[a.status] ?? 'plain'}>{label(APPLICATION_STATUS_LABEL, a.status)}</Badge>
        <Text className='card__ago'>{`${formatDay(a.createdAt)}报名`}</Text>
      </View>
      {/* One she made for a relative who has not signed in yet (代报名). */}
      {a.helper ? <Text className='helped-mark' data-field='helped'>{helpedMark(a.applicant.name)}</Text> : null}
      {gone ? (
        <GonePosting title={a.job.title} organization={a.job.employer.name} reason={a.job.description} />
      ) : (
        <View role='link' hoverClass='pressed' className='mine__link' onClick={() => openDetail('job', a.job.id)}>
          <Text className='card__title mine__title'>{a.job.title}</Text>
          <Text className='card__org'>{`${formatPay(a.job.pay)} · ${formatPlaceShort(a.job.place)} · ${a.job.employer.name}`}</Text>
        </View>
      )}
      {a.note ? <Text className='mine__note'>{`你的留言：${a.note}`}</Text> : null}
      <StatusTimeline steps={a.history} labels={APPLICATION_STEPS} />
      <FormError message={error} />
      {confirming ? (
        <View className='mine__confirm' role='dialog' aria-label='确定撤回吗'>
          <Text className='section__text'>撤回以后招工方就看不到你的报名了。确定撤回吗？</Text>
          <View className='actions'>
            <ActionButton tone='danger' label='确定撤回' busy={busy} busyLabel='正在撤回…' action='confirm-withdraw' onTap={() => void withdraw()} />
            <ActionButton label='不撤回' onTap={() => setConfirming(false)} />
          </View>
        </View>
      ) : (
        <View className='actions'>
          {gone ? null : <CallButton phone={a.job.contactPhone} label={`打电话给${a.job.contactName}`} />}
          {canWithdraw(a) ? <ActionButton label='撤回报名' action='withdraw' onTap={() => setConfirming(true)} /> : null}
          {gone ? null : <FeeDemandButton postingId={a.job.id} onReported={onReported} />}
        </View>
      )}
    </View>
  );
}

/** A posting its applicant may no longer open: its name, who posted it, and why it is gone. */
function GonePosting({ title, organization, reason }: { title: string; organization: string; reason: string }) {
  return (
    <View className='mine__link' data-gone='true'>
      <Text className='card__title mine__title'>{title}</Text>
      <Text className='card__org'>{organization}</Text>
      <Text className='mine__note'>{reason}</Text>
    </View>
  );
}

function InterestCard({ interest: i, onReported }: { interest: MyInterest; onReported: () => void }) {
  const gone = GONE.has(i.opening.status);
  return (
    <View className='card mine' data-interest-id={i.id} data-status={i.status}>
      <View className='card__top'>
        <Badge tone={TONE[i.status] ?? 'plain'}>{label(INTEREST_STATUS_LABEL, i.status)}</Badge>
        <Text className='card__ago'>{`${formatDay(i.createdAt)}发出`}</Text>
      </View>
      {i.helper ? <Text className='helped-mark' data-field='helped'>{helpedMark(i.person.name)}</Text> : null}
      {gone ? (
        <GonePosting title={i.opening.title} organization={i.opening.brand.name} reason={i.opening.description} />
      ) : (
        <View role='link' hoverClass='pressed' className='mine__link' onClick={() => openDetail('opening', i.opening.id)}>
          <Text className='card__title mine__title'>{i.opening.title}</Text>
          <Text className='card__org'>{`${i.positionTitle ? `想做：${i.positionTitle}` : '想加盟开店'} · ${i.opening.brand.name}`}</Text>
        </View>
      )}
      {i.note ? <Text className='mine__note'>{`你的留言：${i.note}`}</Text> : null}
      <StatusTimeline steps={i.history} labels={INTEREST_STEPS} />
      {gone ? null : (
        <View className='actions'>
          <CallButton phone={i.opening.contactPhone} label={`打电话给${i.opening.contactName}`} />
          <FeeDemandButton postingId={i.opening.id} onReported={onReported} />
        </View>
      )}
    </View>
  );
}
