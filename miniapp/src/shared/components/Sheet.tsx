import { Text, View } from '@tarojs/components';
import { useEffect, useRef, useState, type PropsWithChildren } from 'react';

interface Props {
  open: boolean;
  title: string;
  /** Tapping the dimmed page behind or 取消 closes it; omitted while it must stay open. */
  onClose?: () => void;
  /** Names the sheet for tests and screen readers: data-sheet="sign-in" … */
  name: string;
}

// One sheet at a time, everywhere: sheets are opened by different components (a course's
// 名额已满 asks for sign-in, which has its own sheet), and a sheet drawn under another cannot be
// tapped. Every open sheet is on this stack in the order it opened; only the newest is drawn.
// When it closes, the one it covered shows again (a sign-in given up returns to 名额已满).
let openSheets: number[] = [];
let nextSheetId = 1;
const stackListeners = new Set<() => void>();

function setOpenSheets(next: number[]) {
  openSheets = next;
  for (const listener of [...stackListeners]) listener();
}

/** Whether the sheet calling it (open or not) is the one to draw now. */
function useSheetOnTop(open: boolean): boolean {
  const id = useRef(0);
  if (id.current === 0) id.current = nextSheetId++;
  const [, rerender] = useState(0);
  useEffect(() => {
    const listener = () => rerender((n) => n + 1);
    stackListeners.add(listener);
    return () => {
      stackListeners.delete(listener);
    };
  }, []);
  useEffect(() => {
    if (!open) return undefined;
    const me = id.current;
    setOpenSheets([...openSheets.filter((s) => s !== me), me]);
    return () => setOpenSheets(openSheets.filter((s) => s !== me));
  }, [open]);
  // Until its effect has run, a sheet just opened is not on the stack yet: it is the newest.
  return !openSheets.includes(id.current) || openSheets[openSheets.length - 1] === id.current;
}

/**
 * A panel that slides over the bottom of the page, above the bottom bar: sign-in, the apply
 * form, a confirmation. One column, big buttons, nothing hidden behind a scroll sideways.
 */
export function Sheet({ open, title, onClose, name, children }: PropsWithChildren<Props>) {
  const onTop = useSheetOnTop(open);
  if (!open || !onTop) return null;
  return (
    <View className='sheet' data-sheet={name}>
      <View className='sheet__mask' onClick={onClose} />
      <View className='sheet__panel' role='dialog' aria-label={title}>
        <Text className='sheet__title'>{title}</Text>
        {children}
      </View>
    </View>
  );
}

/** A row of sheet buttons; the first is the main one. */
export function SheetActions({ children }: PropsWithChildren) {
  return <View className='sheet__actions'>{children}</View>;
}

interface ButtonProps {
  label: string;
  onTap: () => void;
  tone?: 'primary' | 'plain' | 'danger';
  busy?: boolean;
  /** Shown instead of the label while busy: 正在提交… */
  busyLabel?: string;
  action?: string;
  /** Full width (a bar's only button). */
  block?: boolean;
}

/** A big button that ignores taps while its action runs (no double submits on a slow network). */
export function ActionButton({ label, onTap, tone = 'plain', busy = false, busyLabel, action, block = false }: ButtonProps) {
  const cls = tone === 'primary' ? 'btn btn--primary' : tone === 'danger' ? 'btn btn--danger' : 'btn';
  return (
    <View
      className={`${cls} ${block ? 'btn--block' : ''} ${busy ? 'btn--busy' : ''}`}
      role='button'
      aria-disabled={busy}
      data-action={action}
      hoverClass='pressed'
      onClick={() => {
        if (!busy) onTap();
      }}
    >
      <Text>{busy ? busyLabel ?? '请稍等…' : label}</Text>
    </View>
  );
}

/** A sentence in the sheet saying what went wrong, read out by screen readers. */
export function FormError({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <View className='form__error' role='alert' data-state='form-error'>
      <Text>{message}</Text>
    </View>
  );
}

/** What is wrong with one field, under its box. */
export function FieldProblem({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <View className='form__problem' role='alert'>
      <Text>{message}</Text>
    </View>
  );
}
