import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { messageFor } from '../../api/client';
import { ActionButton } from '../../shared/components/Sheet';
import { formatDay } from '../../shared/format';
import { runPayload } from '../consoles/run';
import { askForSubscriptions } from '../messages/subscribe';
import { ConfirmStillHiringMutation } from './operations';

/**
 * 仍在招: one tap tells the server the live job still hires (`confirmStillHiring`), which
 * keeps it from being asked about and going offline. Shows when it was last confirmed.
 */
export function StillHiringButton({ job }: { job: { id: string; status: string; confirmedAt?: string | null } }) {
  const [confirmedAt, setConfirmedAt] = useState<string | null>(job.confirmedAt ?? null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (job.status !== 'OPEN') return null;
  const confirm = async () => {
    // WeChat lets the app ask only on a tap: the recruiter may agree here to be reminded by a
    // WeChat message (报名等你回复, 还在招吗), as well as in 消息.
    void askForSubscriptions();
    setBusy(true);
    setError(null);
    try {
      const payload = await runPayload(ConfirmStillHiringMutation, { id: job.id }, 'confirmStillHiring');
      setConfirmedAt(payload.job?.confirmedAt ?? null);
    } catch (e) {
      setError(messageFor(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <View className='still-hiring' data-field='still-hiring'>
      <ActionButton label='仍在招' busy={busy} busyLabel='正在确认…' action='still-hiring' onTap={() => void confirm()} />
      {confirmedAt ? <Text className='card__ago'>{`${formatDay(confirmedAt)}确认仍在招`}</Text> : null}
      {error ? <Text className='form__error'>{error}</Text> : null}
    </View>
  );
}
