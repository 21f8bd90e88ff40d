import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';

// Taking a person to the field she has to fix (a form's first wrong field): the page scrolls
// it into view and its box gets the focus. The box is focused through its `focus` property
// (what WeChat offers), so the field to focus is kept here for the form's boxes to read.
let focusedField: string | null = null;
const listeners = new Set<() => void>();

function setFocusedField(field: string | null) {
  focusedField = field;
  for (const listener of [...listeners]) listener();
}

/** Whether the box of `field` should have the focus now. */
export function useFieldFocus(field: string): boolean {
  const [, rerender] = useState(0);
  useEffect(() => {
    const listener = () => rerender((n) => n + 1);
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, []);
  return focusedField === field;
}

/** The box lost the focus: the next reveal of the same field must focus it again. */
export function releaseFieldFocus(field: string): void {
  if (focusedField === field) setFocusedField(null);
}

/** Scrolls the `[data-field=…]` block into view and focuses its box. */
export function revealField(field: string): void {
  const selector = `[data-field="${field}"]`;
  setFocusedField(null);
  if (process.env.TARO_ENV === 'h5' && typeof document !== 'undefined') {
    // On the web the element itself scrolls (Taro's pageScrollTo measures offsetTop, which is
    // relative to the nearest positioned box, not to the page, inside a form's sections).
    const el = [...document.querySelectorAll<HTMLElement>(selector)].find((e) => e.offsetParent !== null);
    if (el) {
      el.scrollIntoView({ block: 'center' });
      el.querySelector<HTMLElement>('input:not([type="hidden"]), textarea')?.focus({ preventScroll: true });
    }
  } else {
    void Taro.pageScrollTo({ selector, offsetTop: -120, duration: 300 }).catch(() => undefined);
  }
  setFocusedField(field);
}
