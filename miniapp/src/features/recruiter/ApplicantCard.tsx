import { Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import { messageFor } from '../../api/client';
import { errorsByField, UserErrorsError } from '../../api/user-errors';
import type { ApplicantFieldsFragment, ApplicationStatus } from '../../gql/graphql';
import { Badge } from '../../shared/components/Badge';
import { CallButton } from '../../shared/components/ContactActions';
import { ActionButton, FieldProblem, FormError } from '../../shared/components/Sheet';
import { formatDay } from '../../shared/format';
import { APPLICATION_STATUS_LABEL, label } from '../../shared/labels';
import { formatPhone } from '../account/ProfileSummary';
import { StatusTimeline } from '../account/StatusTimeline';
import { isStaleStatus } from '../consoles/run';
import { MESSAGE_MAX, NEXT_STATUS } from './useApplicants';
import { HelperMark } from '../on-behalf/HelperMark';

const STEP_LABEL: Record<string, string> = {
  SUBMITTED: '报名',
  VIEWED: '已查看',
  INTERVIEW: '邀请面试',
  HIRED: '录用',
  REJECTED: '不录用',
  WITHDRAWN: '本人撤回',
  NO_REPLY: '未回复，已自动结束',
  JOB_CLOSED: '岗位已关闭',
};

const BUTTON: Partial<Record<ApplicationStatus, string>> = { VIEWED: '标为已查看', INTERVIEW: '邀请面试', HIRED: '录用', REJECTED: '不录用' };
const TONE: Record<string, 'good' | 'info' | 'warn' | 'plain'> = { SUBMITTED: 'info', VIEWED: 'plain', INTERVIEW: 'good', HIRED: 'good', REJECTED: 'warn', WITHDRAWN: 'plain' };

const PROMPT: Partial<Record<ApplicationStatus, { title: string; placeholder: string; required: boolean }>> = {
  INTERVIEW: { title: '面试的时间和地点（必填，会发给她）', placeholder: '比如：12月5日上午10点，深圳南山区科技园店', required: true },
  HIRED: { title: '给她的话（可以不填）', placeholder: '比如：12月10日前到店报到', required: false },
  REJECTED: { title: '给她的话（可以不填）', placeholder: '比如：这次人招满了', required: false },
};

interface Props {
  application: ApplicantFieldsFragment;
  onSetStatus: (id: string, status: ApplicationStatus, message: string | null) => Promise<void>;
}

/**
 * One applicant for the recruiter: who, how to reach her, what she attached, and the next steps
 * of the pipeline. An interview needs a time and place, which she is sent in 消息.
 */
export function ApplicantCard({ application: a, onSetStatus }: Props) {
  const [step, setStep] = useState<ApplicationStatus | null>(null);
  const [message, setMessage] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const next = (NEXT_STATUS[a.status] ?? []).filter((s) => s !== a.status || s === 'INTERVIEW');

  const send = async (status: ApplicationStatus, text: string | null) => {
    const trimmed = text?.trim() ?? '';
    const prompt = PROMPT[status];
    if (prompt?.required && !trimmed) return setProblem('请写明面试的时间和地点');
    if (Array.from(trimmed).length > MESSAGE_MAX) return setProblem(`留言最多 ${MESSAGE_MAX} 个字`);
    setBusy(true);
    setProblem(null);
    setError(null);
    try {
      await onSetStatus(a.id, status, trimmed || null);
      setStep(null);
      setMessage('');
    } catch (e) {
      // A colleague decided first: the list reloads with her status; this step is gone.
      if (isStaleStatus(e)) setStep(null);
      if (e instanceof UserErrorsError) {
        const { fields, general } = errorsByField(e.errors);
        setProblem(fields.message ?? null);
        setError([...general, ...Object.entries(fields).filter(([k]) => k !== 'message').map(([, v]) => v)].join('；') || null);
      } else setError(messageFor(e));
    } finally {
      setBusy(false);
    }
  };

  const interview = [...a.history].reverse().find((h) => h.status === 'INTERVIEW');
  return (
    <View className='card applicant' data-applicant-id={a.id} data-status={a.status}>
      <View className='card__top'>
        <Badge tone={TONE[a.status] ?? 'plain'}>{label(APPLICATION_STATUS_LABEL, a.status)}</Badge>
        <Text className='card__ago'>{`${formatDay(a.createdAt)}报名`}</Text>
      </View>
      <Text className='card__title' data-field='applicant-name'>{a.applicant.name || '没留姓名'}</Text>
      <Text className='card__org' data-field='applicant-phone'>{formatPhone(a.applicant.phone) || '没留电话'}</Text>
      <HelperMark helper={a.helper} />
      {a.note ? <Text className='mine__note'>{`留言：${a.note}`}</Text> : null}
      {a.certificates.length ? (
        <View className='applicant__certs' data-field='certificates'>
          {a.certificates.map((c) => (
            <Text key={c.id} className='applicant__cert'>{`证书：${c.name}（${c.number}），${c.trainer.name}`}</Text>
          ))}
        </View>
      ) : null}
      {a.status === 'INTERVIEW' && interview?.message ? <Text className='section__note'>{`面试：${interview.message}`}</Text> : null}
      <StatusTimeline steps={a.history} labels={STEP_LABEL} />
      <FormError message={error} />
      {step ? (
        <View className='mine__confirm' role='dialog' aria-label={BUTTON[step] ?? ''} data-step={step}>
          <View className='form__field' data-field='message'>
            <Text className='form__label'>{PROMPT[step]?.title ?? ''}</Text>
            <Textarea
              className='form__textarea'
              value={message}
              maxlength={MESSAGE_MAX}
              placeholder={PROMPT[step]?.placeholder}
              placeholderClass='form__placeholder'
              aria-label='留言'
              onInput={(e) => setMessage(String(e.detail.value ?? ''))}
            />
            <FieldProblem message={problem} />
          </View>
          <View className='actions'>
            <ActionButton tone={step === 'REJECTED' ? 'danger' : 'primary'} label={`确定${BUTTON[step] ?? ''}`} busy={busy} busyLabel='正在发送…' action='confirm-status' onTap={() => void send(step, message)} />
            <ActionButton label='取消' onTap={() => !busy && setStep(null)} />
          </View>
        </View>
      ) : (
        <View className='actions'>
          {a.applicant.phone ? <CallButton phone={a.applicant.phone} label='打电话' /> : null}
          {next.map((s) =>
            s === 'VIEWED' ? (
              <ActionButton key={s} label={BUTTON[s] ?? ''} busy={busy} busyLabel='正在保存…' action={`status-${s}`} onTap={() => void send(s, null)} />
            ) : (
              <ActionButton
                key={s}
                tone={s === 'HIRED' ? 'primary' : 'plain'}
                label={s === 'INTERVIEW' && a.status === 'INTERVIEW' ? '改面试时间' : BUTTON[s] ?? ''}
                action={`status-${s}`}
                onTap={() => {
                  setProblem(null);
                  setMessage('');
                  setStep(s);
                }}
              />
            ),
          )}
        </View>
      )}
    </View>
  );
}
