import { useCallback, useState } from 'react';

// Filters live outside the page component, so they survive the page being rebuilt: going
// into a detail page and back, switching tabs, or WeChat reclaiming a hidden page.
const remembered = new Map<string, unknown>();

export function useRememberedState<T>(key: string, initial: T): [T, (next: T | ((prev: T) => T)) => void] {
  const [value, setValue] = useState<T>(() => (remembered.has(key) ? (remembered.get(key) as T) : initial));
  const set = useCallback(
    (next: T | ((prev: T) => T)) => {
      setValue((prev) => {
        const v = typeof next === 'function' ? (next as (p: T) => T)(prev) : next;
        remembered.set(key, v);
        return v;
      });
    },
    [key],
  );
  return [value, set];
}

/** For tests: start each one with no remembered filters. */
export function forgetRememberedState(): void {
  remembered.clear();
}
