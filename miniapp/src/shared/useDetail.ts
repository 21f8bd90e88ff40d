import { useCallback, useEffect, useRef, useState } from 'react';
import { messageFor } from '../api/client';
import { SLOW_AFTER_MS } from './usePagedList';

export interface Detail<T> {
  status: 'loading' | 'ready' | 'missing' | 'error';
  item: T | null;
  error: string | null;
  slow: boolean;
  reload: () => void;
}

/** Loads one record; `null` from the API means it no longer exists. */
export function useDetail<T>(id: string | undefined, fetchOne: (id: string) => Promise<T | null>): Detail<T> {
  const [status, setStatus] = useState<Detail<T>['status']>('loading');
  const [item, setItem] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [slow, setSlow] = useState(false);
  const gen = useRef(0);
  const fetchRef = useRef(fetchOne);
  fetchRef.current = fetchOne;

  const load = useCallback(() => {
    const g = ++gen.current;
    if (!id) {
      setStatus('missing');
      return;
    }
    setStatus('loading');
    setError(null);
    setSlow(false);
    const timer = setTimeout(() => g === gen.current && setSlow(true), SLOW_AFTER_MS);
    fetchRef.current(id).then(
      (found) => {
        clearTimeout(timer);
        if (g !== gen.current) return;
        setSlow(false);
        setItem(found);
        setStatus(found ? 'ready' : 'missing');
      },
      (err: unknown) => {
        clearTimeout(timer);
        if (g !== gen.current) return;
        setSlow(false);
        setError(messageFor(err));
        setStatus('error');
      },
    );
  }, [id]);

  useEffect(load, [load]);
  return { status, item, error, slow, reload: load };
}
