import { Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import { messageFor } from '../../api/client';
import { UserErrorsError, userErrorText } from '../../api/user-errors';
import { ActionButton, FieldProblem, FormError, Sheet } from '../../shared/components/Sheet';
import { SignInSheet } from '../account/SignInSheet';
import { useSignIn } from '../account/useSignIn';
import { runPayload } from '../consoles/run';
import { ReportFeeDemandMutation } from './operations';

const NOTE_MAX = 200;

/**
 * 对方让我交钱: one tap on a job, course or shop opening — on its page, or on the villager's own
 * application, enrolment or interest — tells the county bureau the poster asked for money. The
 * note is optional; the sheet's one button sends it. The server freezes the posting when she
 * took part in it, so the answer says whether it is already hidden.
 */
export function FeeDemandButton({ postingId, onReported }: { postingId: string; onReported?: () => void }) {
  const { ensureSignedIn, sheet } = useSignIn();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [answer, setAnswer] = useState<string | null>(null);

  const send = async () => {
    if (busy) return;
    const text = note.trim();
    if (Array.from(text).length > NOTE_MAX) return setProblem(`补充说明最多 ${NOTE_MAX} 个字`);
    setProblem(null);
    setError(null);
    setBusy(true);
    try {
      const payload = await runPayload(ReportFeeDemandMutation, { postingId, note: text || null }, 'reportFeeDemand');
      setAnswer(
        payload.report?.postingFrozen
          ? '已经告诉县人社局，这条信息先暂停显示了。请你不要交钱，也不要转账。'
          : '已经告诉县人社局，他们会核实。请你不要交钱，也不要转账。',
      );
    } catch (e) {
      if (e instanceof UserErrorsError) {
        const onNote = e.errors.find((x) => x.field === 'note');
        setProblem(onNote ? userErrorText(onNote) : null);
        setError(e.errors.filter((x) => x !== onNote).map(userErrorText).join('；') || null);
      } else setError(messageFor(e));
    } finally {
      setBusy(false);
    }
  };

  const close = () => {
    if (busy) return;
    setOpen(false);
    if (answer) onReported?.();
  };

  return (
    <View className='fee-demand'>
      <ActionButton label='对方让我交钱' tone='danger' action='fee-demand' onTap={() => void ensureSignedIn().then((ok) => ok && setOpen(true))} />
      <Sheet open={open} title='对方让我交钱' name='fee-demand' onClose={close}>
        {answer ? (
          <View data-state='fee-reported'>
            <Text className='section__text'>{answer}</Text>
            <View className='actions'>
              <ActionButton tone='primary' label='知道了' action='fee-demand-done' onTap={close} />
            </View>
          </View>
        ) : (
          <View>
            <Text className='section__text'>正规的招工、培训和开店招人都不会先收钱。点下面的按钮，县人社局马上就会知道。</Text>
            <View className='form__field' data-field='note'>
              <Text className='form__label'>{`补充说明（可以不填，最多${NOTE_MAX}个字）`}</Text>
              <Textarea
                className='form__textarea'
                value={note}
                maxlength={NOTE_MAX}
                placeholder='比如：打电话让先交500元服装费'
                placeholderClass='form__placeholder'
                aria-label='补充说明'
                onInput={(e) => setNote(String(e.detail.value ?? ''))}
              />
              <FieldProblem message={problem} />
            </View>
            <FormError message={error} />
            <View className='actions'>
              <ActionButton tone='danger' label='告诉县人社局' busy={busy} busyLabel='正在发送…' action='send-fee-demand' onTap={() => void send()} />
              <ActionButton label='取消' onTap={close} />
            </View>
          </View>
        )}
      </Sheet>
      <SignInSheet {...sheet} />
    </View>
  );
}
