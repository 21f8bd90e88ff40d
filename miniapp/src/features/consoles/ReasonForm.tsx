import { Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import { messageFor } from '../../api/client';
import { UserErrorsError, userErrorText } from '../../api/user-errors';
import { ActionButton, FieldProblem, FormError } from '../../shared/components/Sheet';

interface Props {
  /** 下架原因 */
  label: string;
  min: number;
  max: number;
  placeholder?: string;
  confirmLabel: string;
  /** The button that closes the form and does nothing; 取消 unless that would read like the action (取消课程 → 不取消了). */
  cancelLabel?: string;
  tone?: 'primary' | 'danger';
  action: string;
  onSubmit: (reason: string) => Promise<void>;
  onCancel: () => void;
}

/**
 * A reason typed before an action that someone will be told about (下架, 不通过, 取消课程, 举报):
 * checked for length as the server does, and the server's own answer shown under the box.
 */
export function ReasonForm({ label, min, max, placeholder, confirmLabel, cancelLabel = '取消', tone = 'danger', action, onSubmit, onCancel }: Props) {
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const n = Array.from(reason.trim()).length;
    if (n < min) return setProblem(n === 0 ? `请填写${label}` : `${label}至少 ${min} 个字`);
    if (n > max) return setProblem(`${label}最多 ${max} 个字`);
    setProblem(null);
    setError(null);
    setBusy(true);
    try {
      await onSubmit(reason.trim());
    } catch (e) {
      if (e instanceof UserErrorsError) {
        const onReason = e.errors.find((x) => x.field === 'reason');
        setProblem(onReason ? userErrorText(onReason) : null);
        setError(e.errors.filter((x) => x !== onReason).map(userErrorText).join('；') || null);
      } else setError(messageFor(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className='mine__confirm' role='dialog' aria-label={label} data-reason-form={action}>
      <View className='form__field' data-field='reason'>
        <Text className='form__label'>{`${label}（${min}–${max}个字）`}</Text>
        <Textarea
          className='form__textarea'
          value={reason}
          maxlength={max}
          placeholder={placeholder}
          placeholderClass='form__placeholder'
          aria-label={label}
          onInput={(e) => setReason(String(e.detail.value ?? ''))}
        />
        <FieldProblem message={problem} />
      </View>
      <FormError message={error} />
      <View className='actions'>
        <ActionButton tone={tone} label={confirmLabel} busy={busy} busyLabel='正在提交…' action={`confirm-${action}`} onTap={() => void submit()} />
        <ActionButton label={cancelLabel} action='keep' onTap={() => !busy && onCancel()} />
      </View>
    </View>
  );
}
