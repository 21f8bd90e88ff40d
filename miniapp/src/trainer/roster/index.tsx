import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { messageFor } from '../../api/client';
import { formatPhone } from '../../features/account/ProfileSummary';
import { MyDataGate } from '../../features/account/MyDataGate';
import { HelperMark } from '../../features/on-behalf/HelperMark';
import { useRoster } from '../../features/trainer/useTrainer';
import type { RosterFieldsFragment } from '../../gql/graphql';
import { Badge } from '../../shared/components/Badge';
import { CallButton } from '../../shared/components/ContactActions';
import { EmptyState } from '../../shared/components/ListStates';
import { Screen } from '../../shared/components/Screen';
import { ActionButton, FormError } from '../../shared/components/Sheet';
import { formatDay, formatDayRange } from '../../shared/format';
import { ENROLLMENT_STATUS_LABEL, label } from '../../shared/labels';

export default function RosterPage() {
  const id = useRouter().params.id;
  const roster = useRoster(id);
  usePullDownRefresh(() => {
    roster.reload();
    Taro.stopPullDownRefresh();
  });
  if (roster.status !== 'ready' || !roster.data) {
    return <Screen>{roster.status === 'ready' ? <EmptyState title='这个课程找不到了' tips={[]} /> : <MyDataGate my={roster} what='学员名单' />}</Screen>;
  }
  const c = roster.data;
  const list = c.enrollments ?? [];
  const started = c.startDate <= new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  return (
    <Screen className='console'>
      <View className='section'>
        <Text className='section__title'>{c.title}</Text>
        <Text className='section__text'>{`${formatDayRange(c.startDate, c.endDate)} · 已报名 ${c.seats - c.seatsLeft} / ${c.seats} 人`}</Text>
        {!started ? <Text className='section__note'>开课以后才能给学员结业发证。</Text> : null}
      </View>
      {list.length === 0 ? <EmptyState title='还没有人报名' tips={['村民报名后会出现在这里。']} /> : null}
      {list.map((e) => (
        <TraineeCard key={e.id} enrollment={e} certificateName={c.certificate} started={started} onComplete={roster.markCompleted} />
      ))}
    </Screen>
  );
}

function TraineeCard({ enrollment: e, certificateName, started, onComplete }: { enrollment: RosterFieldsFragment; certificateName?: string | null; started: boolean; onComplete: (id: string) => Promise<{ number: string; name: string } | null | undefined> }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [issued, setIssued] = useState<{ number: string; name: string } | null>(null);
  const complete = async () => {
    setBusy(true);
    setError(null);
    try {
      setIssued((await onComplete(e.id)) ?? null);
    } catch (err) {
      setError(messageFor(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <View className='card' data-enrollment-id={e.id} data-status={e.status}>
      <View className='card__top'>
        <Badge tone={e.status === 'COMPLETED' ? 'good' : e.status === 'CANCELLED' ? 'plain' : 'info'}>
          {e.status === 'WAITLISTED' && e.waitlistPosition ? `候补第${e.waitlistPosition}位` : label(ENROLLMENT_STATUS_LABEL, e.status)}
        </Badge>
        <Text className='card__ago'>{`${formatDay(e.createdAt)}报名`}</Text>
      </View>
      <Text className='card__title' data-field='trainee-name'>{e.trainee.name || '没留姓名'}</Text>
      <Text className='card__org' data-field='trainee-phone'>{formatPhone(e.trainee.phone) || '没留电话'}</Text>
      <HelperMark helper={e.helper} />
      {issued ? <Text className='section__note' data-state='certificate-issued'>{`已发证书：${issued.name}，编号 ${issued.number}`}</Text> : null}
      <FormError message={error} />
      <View className='actions'>
        {e.trainee.phone ? <CallButton phone={e.trainee.phone} label='打电话' /> : null}
        {/* The server refuses a completion before the first day: offering it would only fail. */}
        {e.status === 'ENROLLED' && started ? (
          <ActionButton tone='primary' label={certificateName ? '结业发证' : '标为结业'} busy={busy} busyLabel='正在提交…' action='complete' onTap={() => void complete()} />
        ) : null}
      </View>
    </View>
  );
}
