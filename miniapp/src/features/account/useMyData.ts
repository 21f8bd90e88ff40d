import { useDidShow } from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import { messageFor } from '../../api/client';
import { SLOW_AFTER_MS } from '../../shared/usePagedList';
import { isSignedIn, useSession } from './session';

export interface MyData<T> {
  /** 'signedOut' asks the page to offer sign-in instead of a list. */
  status: 'signedOut' | 'loading' | 'ready' | 'error';
  data: T | null;
  error: string | null;
  slow: boolean;
  reload: () => void;
  /** Replace what is shown with a mutation's answer, before the next load confirms it. */
  update: (fn: (prev: T) => T) => void;
}

/**
 * The villager's own lists (报名, 课程, 收藏): loaded on sign-in and each time the page shows
 * again, so a change made on a detail page is there when she comes back.
 */
export function useMyData<T>(fetchData: () => Promise<T>): MyData<T> {
  const { signedIn } = useSession();
  const [data, setData] = useState<T | null>(null);
  const [status, setStatus] = useState<MyData<T>['status']>(signedIn ? 'loading' : 'signedOut');
  const [error, setError] = useState<string | null>(null);
  const [slow, setSlow] = useState(false);
  const generation = useRef(0);
  const fetchRef = useRef(fetchData);
  fetchRef.current = fetchData;
  const hasData = useRef(false);

  const load = useCallback(() => {
    const g = ++generation.current;
    if (!isSignedIn()) {
      setStatus('signedOut');
      setData(null);
      hasData.current = false;
      return;
    }
    // Refreshing a list already shown keeps it on screen; only the first load shows a skeleton.
    if (!hasData.current) setStatus('loading');
    setError(null);
    setSlow(false);
    const timer = setTimeout(() => g === generation.current && setSlow(true), SLOW_AFTER_MS);
    fetchRef.current().then(
      (next) => {
        clearTimeout(timer);
        if (g !== generation.current) return;
        hasData.current = true;
        setSlow(false);
        setData(next);
        setStatus('ready');
      },
      (e: unknown) => {
        clearTimeout(timer);
        if (g !== generation.current) return;
        setSlow(false);
        setError(messageFor(e));
        if (!hasData.current) setStatus('error');
      },
    );
    // Reads the session when it runs; `signedIn` only makes a change of session load again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [signedIn]);

  useEffect(load, [load]);
  const shown = useRef(false);
  useDidShow(() => {
    // The first show is the mount, which loaded already.
    if (shown.current) load();
    shown.current = true;
  });

  const update = useCallback((fn: (prev: T) => T) => {
    generation.current += 1;
    setData((prev) => (prev === null ? prev : fn(prev)));
  }, []);

  return { status, data, error, slow, reload: load, update };
}
