import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { messageFor } from '../../api/client';
import { useSession } from '../../features/account/session';
import { useBureauQueues } from '../../features/admin/useBureau';
import { NoOrganization } from '../../features/consoles/ConsoleStates';
import { MyDataGate } from '../../features/account/MyDataGate';
import { ReasonForm } from '../../features/consoles/ReasonForm';
import type { BureauQueuesQuery, PostingKind } from '../../gql/graphql';
import { Badge, VerifiedBadge } from '../../shared/components/Badge';
import { Screen } from '../../shared/components/Screen';
import { ActionButton, FormError } from '../../shared/components/Sheet';
import { ConsoleFilter } from '../../shared/components/ConsoleFilter';
import { filterConsoleList, NO_FILTER } from '../../shared/console-filter';
import { formatDay, formatPlaceShort } from '../../shared/format';
import { openConsolePage, openDetail } from '../../shared/navigation';
import { VerificationDetails } from '../../features/admin/VerificationDetails';

type Queues = BureauQueuesQuery;

const KIND_LABEL: Record<string, string> = { EMPLOYER: '招工单位', TRAINING_INSTITUTION: '培训机构', SHOP_BRAND: '品牌', LABOUR_AGENCY: '劳务中介' };
const POSTING_LABEL: Record<string, string> = { JOB: '招聘', COURSE: '课程', FRANCHISE_OPENING: '新店' };
const DETAIL: Record<string, 'job' | 'course' | 'opening'> = { JOB: 'job', COURSE: 'course', FRANCHISE_OPENING: 'opening' };

export default function BureauPage() {
  const { user } = useSession();
  const q = useBureauQueues();
  // Every organisation here is waiting for its check: the chips pick the kind.
  const [orgFilter, setOrgFilter] = useState(NO_FILTER);
  usePullDownRefresh(() => {
    q.reload();
    Taro.stopPullDownRefresh();
  });
  if (q.status !== 'signedOut' && user && !user.isAdmin) return <Screen><NoOrganization text='这里只给县人社局的工作人员用。' /></Screen>;
  if (q.status !== 'ready' || !q.data) return <Screen><MyDataGate my={q} what='县人社局的工作台' /></Screen>;
  const { pendingOrganizations, reports, reviewQueue } = q.data;
  const shownOrganizations = filterConsoleList(pendingOrganizations, orgFilter, (o) => [o.name, o.description, o.place?.county, o.place?.town], (o) => o.kind);
  return (
    <Screen className='console'>
      <View className='section' role='link' data-menu='figures' hoverClass='pressed' onClick={() => openConsolePage('figures')}>
        <View className='menu__row'>
          <View className='menu__text'>
            <Text className='menu__title'>全县数据</Text>
            <Text className='menu__desc'>招聘、报名、录用、培训、结业，按乡镇和月份画成图</Text>
          </View>
          <Text className='menu__arrow'>›</Text>
        </View>
      </View>

      <View className='section' role='link' data-menu='search' hoverClass='pressed' onClick={() => openConsolePage('bureauSearch')}>
        <View className='menu__row'>
          <View className='menu__text'>
            <Text className='menu__title'>查找信息</Text>
            <Text className='menu__desc'>按关键词、类型、状态、乡镇找任何招聘、课程、开店和机构，没人举报的也能下架</Text>
          </View>
          <Text className='menu__arrow'>›</Text>
        </View>
      </View>

      <Text className='list-title' data-queue='reports'>{`举报（${reports.length}条待处理）`}</Text>
      {reports.length === 0 ? <Text className='section__note'>没有待处理的举报。</Text> : null}
      {reports.map((r) => (
        <ReportCard key={r.id} report={r} onTakeDown={q.takeDown} onDismiss={q.dismiss} />
      ))}

      <Text className='list-title' data-queue='review'>{`待审核（${reviewQueue.length}条）`}</Text>
      <Text className='section__note'>内容提到押金、培训费等字样的招聘，先在这里审核再公开。</Text>
      {reviewQueue.map((j) => (
        <ReviewCard key={j.id} job={j} onTakeDown={q.takeDown} onApprove={q.approve} />
      ))}

      <Text className='list-title' data-queue='organizations'>{`待认证的机构（${pendingOrganizations.length}家）`}</Text>
      {pendingOrganizations.length === 0 ? <Text className='section__note'>没有等待认证的机构。</Text> : null}
      {pendingOrganizations.length > 1 ? (
        <ConsoleFilter
          list='organizations'
          filter={orgFilter}
          onChange={setOrgFilter}
          placeholder='找机构：名称、乡镇'
          statuses={Object.entries(KIND_LABEL).map(([value, text]) => ({ value, label: text }))}
          groupLabel='按类型看'
          unit='家'
          shown={shownOrganizations.length}
          total={pendingOrganizations.length}
        />
      ) : null}
      {shownOrganizations.map((o) => (
        <OrganizationCard key={o.id} organization={o} onVerify={q.verify} onReject={q.reject} />
      ))}
    </Screen>
  );
}

function useRun() {
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

type TakeDown = (kind: PostingKind, id: string, reason: string) => Promise<void>;

function ReportCard({ report: r, onTakeDown, onDismiss }: { report: Queues['reports'][number]; onTakeDown: TakeDown; onDismiss: (id: string) => Promise<void> }) {
  const [takingDown, setTakingDown] = useState(false);
  const { busy, error, run } = useRun();
  return (
    <View className='card' data-report-id={r.id} data-posting-id={r.postingId}>
      <View className='card__top'>
        <Badge tone='warn'>{`${POSTING_LABEL[r.kind] ?? '信息'} · ${r.reportsOnPosting}人举报`}</Badge>
        <Text className='card__ago'>{formatDay(r.createdAt)}</Text>
      </View>
      <View role='link' className='mine__link' hoverClass='pressed' onClick={() => openDetail(DETAIL[r.kind] ?? 'job', r.postingId)}>
        <Text className='card__title'>{r.postingTitle}</Text>
      </View>
      <View className='card__meta'>
        <VerifiedBadge verified={r.organization.verified} />
        <Text className='card__org'>{r.organization.name}</Text>
      </View>
      <Text className='mine__note'>{`举报理由：${r.reason}`}</Text>
      <FormError message={error} />
      {takingDown ? (
        <ReasonForm label='下架原因' min={2} max={200} placeholder='比如：向求职者收取押金' confirmLabel='确定下架' action='take-down' onSubmit={(reason) => onTakeDown(r.kind, r.postingId, reason)} onCancel={() => setTakingDown(false)} />
      ) : (
        <View className='actions'>
          <ActionButton tone='danger' label='下架' action='take-down' onTap={() => setTakingDown(true)} />
          <ActionButton label='没问题，驳回' busy={busy === 'dismiss'} busyLabel='正在提交…' action='dismiss' onTap={() => void run('dismiss', () => onDismiss(r.id))} />
        </View>
      )}
    </View>
  );
}

function ReviewCard({ job: j, onTakeDown, onApprove }: { job: Queues['reviewQueue'][number]; onTakeDown: TakeDown; onApprove: (kind: PostingKind, id: string) => Promise<void> }) {
  const [takingDown, setTakingDown] = useState(false);
  const { busy, error, run } = useRun();
  return (
    <View className='card' data-review-id={j.id}>
      <View className='card__top'>
        <Badge tone='info'>待审核</Badge>
        <Text className='card__ago'>{formatDay(j.publishedAt)}</Text>
      </View>
      <Text className='card__title'>{j.title}</Text>
      <View className='card__meta'>
        <VerifiedBadge verified={j.employer.verified} />
        <Text className='card__org'>{j.employer.name}</Text>
      </View>
      <Text className='section__text review__text'>{j.description}</Text>
      <FormError message={error} />
      {takingDown ? (
        <ReasonForm label='下架原因' min={2} max={200} placeholder='比如：要求交押金' confirmLabel='确定下架' action='take-down' onSubmit={(reason) => onTakeDown('JOB', j.id, reason)} onCancel={() => setTakingDown(false)} />
      ) : (
        <View className='actions'>
          <ActionButton tone='primary' label='通过，公开' busy={busy === 'approve'} busyLabel='正在提交…' action='approve' onTap={() => void run('approve', () => onApprove('JOB', j.id))} />
          <ActionButton tone='danger' label='下架' action='take-down' onTap={() => setTakingDown(true)} />
        </View>
      )}
    </View>
  );
}

function OrganizationCard({ organization: o, onVerify, onReject }: { organization: Queues['pendingOrganizations'][number]; onVerify: (id: string) => Promise<void>; onReject: (id: string, reason: string) => Promise<void> }) {
  const [rejecting, setRejecting] = useState(false);
  const { busy, error, run } = useRun();
  return (
    <View className='card' data-organization-id={o.id}>
      <View className='card__top'>
        <Badge tone='plain'>{KIND_LABEL[o.kind] ?? '机构'}</Badge>
        <Text className='card__ago'>{formatPlaceShort(o.place)}</Text>
      </View>
      <Text className='card__title'>{o.name}</Text>
      {o.description ? <Text className='section__text'>{o.description}</Text> : null}
      <VerificationDetails organization={o} />
      <FormError message={error} />
      {rejecting ? (
        <ReasonForm label='不通过的原因' min={2} max={200} placeholder='比如：营业执照看不清，请重新上传' confirmLabel='确定不通过' action='reject' onSubmit={(reason) => onReject(o.id, reason)} onCancel={() => setRejecting(false)} />
      ) : (
        <View className='actions'>
          <ActionButton tone='primary' label='认证通过' busy={busy === 'verify'} busyLabel='正在提交…' action='verify' onTap={() => void run('verify', () => onVerify(o.id))} />
          <ActionButton label='不通过' action='reject' onTap={() => setRejecting(true)} />
        </View>
      )}
    </View>
  );
}
