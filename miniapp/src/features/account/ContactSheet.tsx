import { Text, Textarea, View } from '@tarojs/components';
import { useEffect, useState, type ReactNode } from 'react';
import { messageFor } from '../../api/client';
import { errorsByField, UserErrorsError } from '../../api/user-errors';
import { ActionButton, FormError, Sheet, SheetActions, FieldProblem } from '../../shared/components/Sheet';
import { ContactFields } from './ContactFields';
import { contactProblems, length, normalizePhone, NOTE_MAX, noteProblem, type Contact } from './contact';
import { getSession, refreshMe, useSession } from './session';
import type { OnBehalfInput } from '../../gql/graphql';
import { OnBehalfFields } from '../on-behalf/OnBehalfFields';
import { EMPTY_ON_BEHALF, onBehalfProblems, toOnBehalfInput, type OnBehalfValues } from '../on-behalf/on-behalf';

export interface ContactFormValues extends Contact {
  note: string;
  /** The relative the helper applies for (帮家人报名), or null for herself. */
  onBehalf: OnBehalfInput | null;
}

interface Props {
  open: boolean;
  /** 报名：足疗技师 */
  title: string;
  /** What the form is for, one line: 填好后招工方会打电话给你。 */
  intro: string;
  submitLabel: string;
  /** Shown above the contact fields, e.g. the positions of a shop opening. */
  children?: ReactNode;
  /** Extra checks before sending (a position must be chosen …); a message stops the send. */
  check?: () => string | null;
  withNote?: boolean;
  /** Shown under the note, e.g. certificates to attach. */
  extra?: ReactNode;
  notePlaceholder?: string;
  /** Offers the 帮家人报名 switch. */
  allowOnBehalf?: boolean;
  onSubmit: (values: ContactFormValues) => Promise<void>;
  onClose: () => void;
}

/**
 * Name, phone and an optional note, prefilled from the profile; checked with the server's
 * rules before sending, and the server's own answers shown next to the field they are about.
 */
export function ContactSheet({ open, title, intro, submitLabel, children, check, withNote = true, notePlaceholder, extra, allowOnBehalf = false, onSubmit, onClose }: Props) {
  const { user } = useSession();
  const [contact, setContact] = useState<Contact>({ name: '', phone: '' });
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const [touched, setTouched] = useState(false);
  const [helping, setHelping] = useState(false);
  const [relative, setRelative] = useState<OnBehalfValues>(EMPTY_ON_BEHALF);
  const [relativeProblems, setRelativeProblems] = useState<Record<string, string>>({});

  // Each time the sheet opens it starts from the profile; a profile not known yet (a session
  // from an earlier visit) is fetched, and fills the boxes unless the villager began typing.
  useEffect(() => {
    if (!open) return;
    setTouched(false);
    setNote('');
    setProblems({});
    setError(null);
    setHelping(false);
    setRelative(EMPTY_ON_BEHALF);
    setRelativeProblems({});
    if (!getSession().user) void refreshMe().catch(() => undefined);
  }, [open]);

  // Taro's web Input fails when its value changes before it has drawn itself; boxes refilled
  // from the profile are therefore drawn anew (a new key) rather than changed in place.
  const [filled, setFilled] = useState(0);
  useEffect(() => {
    if (!open || touched) return;
    setContact({ name: user?.name ?? '', phone: user?.phone ?? '' });
    setFilled((n) => n + 1);
  }, [open, touched, user]);

  const edit = (next: Contact) => {
    setTouched(true);
    setContact(next);
  };

  const submit = async () => {
    const found = contactProblems(contact);
    const noteIssue = withNote ? noteProblem(note) : null;
    if (noteIssue) found.note = noteIssue;
    const extra = check?.() ?? null;
    const forRelative = helping ? onBehalfProblems(relative, normalizePhone(contact.phone)) : {};
    setProblems(found);
    setRelativeProblems(forRelative);
    setError(extra);
    if (Object.keys(found).length || Object.keys(forRelative).length || extra) return;
    setBusy(true);
    try {
      await onSubmit({ name: contact.name.trim(), phone: normalizePhone(contact.phone), note: withNote ? note.trim() : '', onBehalf: helping ? toOnBehalfInput(relative) : null });
    } catch (e) {
      if (e instanceof UserErrorsError) {
        // The relative's fields share names with the helper's own (onBehalf.phone, phone).
        const aboutRelative = e.errors.filter((x) => x.field?.startsWith('onBehalf.'));
        setRelativeProblems(errorsByField(aboutRelative).fields);
        const { fields, general } = errorsByField(e.errors.filter((x) => !aboutRelative.includes(x)));
        setProblems(fields);
        // An error about a field not on this form still needs saying.
        const unshown = Object.entries(fields).filter(([f]) => !['name', 'phone', 'note'].includes(f)).map(([, m]) => m);
        setError([...general, ...unshown].join('；') || null);
      } else {
        setError(messageFor(e));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Sheet open={open} title={title} name='contact-form' onClose={busy ? undefined : onClose}>
      <Text className='sheet__text'>{intro}</Text>
      {children}
      <ContactFields key={filled} value={contact} onChange={edit} problems={problems} />
      {allowOnBehalf ? (
        <OnBehalfFields on={helping} onToggle={setHelping} value={relative} onChange={setRelative} problems={relativeProblems} isCadre={Boolean(user?.villageCadre)} />
      ) : null}
      {withNote ? (
        <View className='form__field' data-field='note'>
          <Text className='form__label'>{`留言（可以不填）  ${length(note)}/${NOTE_MAX}`}</Text>
          <Textarea
            className='form__textarea'
            value={note}
            maxlength={NOTE_MAX}
            placeholder={notePlaceholder ?? '比如：什么时候能去，做过几年'}
            placeholderClass='form__placeholder'
            aria-label='留言'
            onInput={(e) => setNote(String(e.detail.value ?? ''))}
          />
          <FieldProblem message={problems.note} />
        </View>
      ) : null}
      {extra}
      <FormError message={error} />
      <SheetActions>
        <ActionButton tone='primary' label={submitLabel} busy={busy} busyLabel='正在提交…' action='submit' onTap={() => void submit()} />
        <ActionButton label='取消' onTap={() => !busy && onClose()} />
      </SheetActions>
    </Sheet>
  );
}
