import { Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { useSession } from '../../features/account/session';
import { NoOrganization } from '../../features/consoles/ConsoleStates';
import { ReasonForm } from '../../features/consoles/ReasonForm';
import { useBureauSearch, type BureauSearchResult } from '../../features/admin/useBureauSearch';
import type { AdminSearchKind, AdminSearchStatus, PostingKind } from '../../gql/graphql';
import { Badge, VerifiedBadge } from '../../shared/components/Badge';
import { Chip } from '../../shared/components/Chip';
import { Screen } from '../../shared/components/Screen';
import { ActionButton, FormError } from '../../shared/components/Sheet';
import { formatDay, formatPlaceShort, KEYWORD_MAX_LENGTH } from '../../shared/format';
import { openDetail } from '../../shared/navigation';

const KINDS: { value: AdminSearchKind | null; label: string }[] = [
  { value: null, label: '全部' },
  { value: 'JOB', label: '招聘' },
  { value: 'COURSE', label: '课程' },
  { value: 'FRANCHISE_OPENING', label: '开店' },
  { value: 'ORGANIZATION', label: '机构' },
];

const POSTING_STATUSES: { value: AdminSearchStatus; label: string }[] = [
  { value: 'OPEN', label: '发布中' },
  { value: 'UNDER_REVIEW', label: '待审核' },
  { value: 'DRAFT', label: '草稿' },
  { value: 'CLOSED', label: '已结束' },
  { value: 'TAKEN_DOWN', label: '已下架' },
];
const ORGANIZATION_STATUSES: { value: AdminSearchStatus; label: string }[] = [
  { value: 'PENDING', label: '待认证' },
  { value: 'VERIFIED', label: '已认证' },
  { value: 'REJECTED', label: '没通过' },
  { value: 'SUSPENDED', label: '已暂停' },
];
const STATUS_LABEL = Object.fromEntries([...POSTING_STATUSES, ...ORGANIZATION_STATUSES].map((s) => [s.value, s.label])) as Record<AdminSearchStatus, string>;
const KIND_LABEL: Record<AdminSearchKind, string> = { JOB: '招聘', COURSE: '课程', FRANCHISE_OPENING: '开店', ORGANIZATION: '机构' };
const DETAIL: Partial<Record<AdminSearchKind, 'job' | 'course' | 'opening'>> = { JOB: 'job', COURSE: 'course', FRANCHISE_OPENING: 'opening' };
const TONE: Partial<Record<AdminSearchStatus, 'good' | 'info' | 'warn' | 'plain'>> = { OPEN: 'good', VERIFIED: 'good', UNDER_REVIEW: 'info', PENDING: 'info', TAKEN_DOWN: 'warn', REJECTED: 'warn', SUSPENDED: 'warn' };

export default function BureauSearchPage() {
  const { user } = useSession();
  const s = useBureauSearch();
  if (user && !user.isAdmin) return <Screen><NoOrganization text='这里只给县人社局的工作人员用。' /></Screen>;
  const statuses = s.filter.kind === 'ORGANIZATION' ? ORGANIZATION_STATUSES : s.filter.kind ? POSTING_STATUSES : [...POSTING_STATUSES, ...ORGANIZATION_STATUSES];
  return (
    <Screen className='console'>
      <View className='section'>
        <View className='search__row' data-bureau-search='keyword'>
          <Input
            className='search__input'
            type='text'
            value={s.filter.keyword}
            placeholder='标题、机构名称、信用代码'
            placeholderClass='search__placeholder'
            maxlength={KEYWORD_MAX_LENGTH}
            confirmType='search'
            aria-label='关键词'
            onInput={(e) => s.change({ keyword: String(e.detail.value ?? '') })}
            onConfirm={s.search}
          />
        </View>
        <View className='search__row' data-bureau-search='town'>
          <Input className='search__input' type='text' value={s.filter.town} placeholder='乡镇，比如 高桥镇（可不填）' placeholderClass='search__placeholder' maxlength={20} aria-label='乡镇' onInput={(e) => s.change({ town: String(e.detail.value ?? '') })} onConfirm={s.search} />
        </View>
        <View className='filters__row filters__row--wrap' role='radiogroup' aria-label='按类型看' data-bureau-filter='kind'>
          {KINDS.map((k) => (
            <Chip key={k.label} label={k.label} selected={s.filter.kind === k.value} onTap={() => s.change({ kind: k.value, status: null })} />
          ))}
        </View>
        <View className='filters__row filters__row--wrap' role='radiogroup' aria-label='按状态看' data-bureau-filter='status'>
          <Chip label='全部状态' selected={s.filter.status === null} onTap={() => s.change({ status: null })} />
          {statuses.map((st) => (
            <Chip key={st.value} label={st.label} selected={s.filter.status === st.value} onTap={() => s.change({ status: st.value })} />
          ))}
        </View>
        <ActionButton tone='primary' block label='搜索' action='search' busy={s.loading} busyLabel='正在找…' onTap={s.search} />
      </View>

      <FormError message={s.error} />
      {!s.loading && !s.error && s.results.length === 0 ? <Text className='section__note' data-state='no-results'>没有找到。换个关键词，或者把类型、状态改成“全部”。</Text> : null}
      {s.results.map((r) => (
        <ResultCard key={`${r.kind}:${r.id}`} result={r} onTakeDown={s.takeDown} />
      ))}
      {s.hasMore ? <ActionButton block label='加载更多' action='more' busy={s.loading} busyLabel='正在加载…' onTap={s.more} /> : null}
    </Screen>
  );
}

function ResultCard({ result: r, onTakeDown }: { result: BureauSearchResult; onTakeDown: (kind: PostingKind, id: string, reason: string) => Promise<void> }) {
  const [takingDown, setTakingDown] = useState(false);
  const detail = DETAIL[r.kind];
  const canTakeDown = r.kind !== 'ORGANIZATION' && r.status !== 'TAKEN_DOWN';
  return (
    <View className='card' data-result-id={r.id} data-result-kind={r.kind} data-result-status={r.status}>
      <View className='card__top'>
        <Badge tone='plain'>{KIND_LABEL[r.kind]}</Badge>
        <Badge tone={TONE[r.status] ?? 'plain'}>{STATUS_LABEL[r.status]}</Badge>
        {r.openReports > 0 ? <Badge tone='warn'>{`${r.openReports}人举报`}</Badge> : null}
        <Text className='card__ago'>{formatDay(r.publishedAt)}</Text>
      </View>
      {detail && r.status !== 'TAKEN_DOWN' ? (
        <View role='link' className='mine__link' hoverClass='pressed' onClick={() => openDetail(detail, r.id)}>
          <Text className='card__title'>{r.title}</Text>
        </View>
      ) : (
        <Text className='card__title'>{r.title}</Text>
      )}
      <View className='card__meta'>
        <VerifiedBadge verified={r.organization.verified} />
        <Text className='card__org'>{r.kind === 'ORGANIZATION' ? formatPlaceShort(r.place) : `${r.organization.name} · ${formatPlaceShort(r.place)}`}</Text>
      </View>
      {canTakeDown ? (
        takingDown ? (
          <ReasonForm label='下架原因' min={2} max={200} placeholder='比如：冒充正规企业招工' confirmLabel='确定下架' action='take-down' onSubmit={(reason) => onTakeDown(r.kind as PostingKind, r.id, reason)} onCancel={() => setTakingDown(false)} />
        ) : (
          <View className='actions'>
            <ActionButton tone='danger' label='下架' action='take-down' onTap={() => setTakingDown(true)} />
          </View>
        )
      ) : null}
    </View>
  );
}
