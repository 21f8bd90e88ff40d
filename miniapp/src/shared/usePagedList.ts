import { useCallback, useEffect, useRef, useState } from 'react';
import { messageFor } from '../api/client';

export interface Page<T> {
  nodes: T[];
  totalCount: number;
  /** More than `totalCount` match (the server stops counting at 1,000): show "1000+". */
  totalCountIsLowerBound: boolean;
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface PagedList<T> {
  /** 'loading' only while there is nothing to show yet. */
  status: 'loading' | 'ready' | 'error';
  items: T[];
  totalCount: number;
  totalCountIsLowerBound: boolean;
  hasNextPage: boolean;
  loadingMore: boolean;
  /** Plain Chinese message of the last failed first-page load. */
  error: string | null;
  /** Plain Chinese message of the last failed next-page load. */
  moreError: string | null;
  /** The first page is taking long: show a notice with a retry. */
  slow: boolean;
  reload: () => void;
  refresh: () => Promise<void>;
  /** Next page, when there is one and nothing is loading (reaching the bottom). */
  loadMore: () => void;
  /** The footer's button: retries a failed refresh, else loads the next page. */
  retryMore: () => void;
}

/** After this long without an answer the villager is told the network is slow. */
export const SLOW_AFTER_MS = 3500;

/**
 * A paginated list bound to a query key: when `key` changes (filters, keyword, sort) the
 * list starts over; answers to superseded requests are dropped so a slow old answer never
 * overwrites a newer one.
 */
export function usePagedList<T extends { id: string }>(
  key: string,
  fetchPage: (after: string | null) => Promise<Page<T>>,
): PagedList<T> {
  const [items, setItems] = useState<T[]>([]);
  const [status, setStatus] = useState<PagedList<T>['status']>('loading');
  const [totalCount, setTotalCount] = useState(0);
  const [totalCountIsLowerBound, setTotalCountIsLowerBound] = useState(false);
  const [hasNextPage, setHasNextPage] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [moreError, setMoreError] = useState<string | null>(null);
  const [slow, setSlow] = useState(false);

  const generation = useRef(0);
  const cursor = useRef<string | null>(null);
  const busyMore = useRef(false);
  const refreshFailed = useRef(false);
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;

  const loadFirst = useCallback((keepItems: boolean): Promise<void> => {
    const gen = ++generation.current;
    busyMore.current = false;
    refreshFailed.current = false;
    setLoadingMore(false);
    setMoreError(null);
    setError(null);
    setSlow(false);
    if (!keepItems) {
      setItems([]);
      setStatus('loading');
    }
    const slowTimer = setTimeout(() => {
      if (gen === generation.current) setSlow(true);
    }, SLOW_AFTER_MS);
    return fetchRef.current(null).then(
      (page) => {
        clearTimeout(slowTimer);
        if (gen !== generation.current) return;
        cursor.current = page.endCursor;
        setItems(dedupe([], page.nodes));
        setTotalCount(page.totalCount);
        setTotalCountIsLowerBound(page.totalCountIsLowerBound);
        setHasNextPage(page.hasNextPage && page.nodes.length > 0);
        setSlow(false);
        setStatus('ready');
      },
      (err: unknown) => {
        clearTimeout(slowTimer);
        if (gen !== generation.current) return;
        setSlow(false);
        // A failed pull-to-refresh keeps the list on screen and says why in the footer.
        if (keepItems) {
          refreshFailed.current = true;
          setMoreError(messageFor(err));
          return;
        }
        setError(messageFor(err));
        setStatus('error');
      },
    );
  }, []);

  useEffect(() => {
    void loadFirst(false);
  }, [key, loadFirst]);

  const loadMore = useCallback(() => {
    if (busyMore.current || status !== 'ready' || !hasNextPage || !cursor.current) return;
    busyMore.current = true;
    const gen = generation.current;
    setLoadingMore(true);
    setMoreError(null);
    fetchRef.current(cursor.current).then(
      (page) => {
        if (gen !== generation.current) return;
        busyMore.current = false;
        cursor.current = page.endCursor;
        setItems((prev) => dedupe(prev, page.nodes));
        setTotalCount(page.totalCount);
        setTotalCountIsLowerBound(page.totalCountIsLowerBound);
        setHasNextPage(page.hasNextPage && page.nodes.length > 0);
        setLoadingMore(false);
      },
      (err: unknown) => {
        if (gen !== generation.current) return;
        busyMore.current = false;
        setLoadingMore(false);
        setMoreError(messageFor(err));
      },
    );
  }, [status, hasNextPage]);

  const reload = useCallback(() => void loadFirst(false), [loadFirst]);
  const refresh = useCallback(() => loadFirst(status === 'ready'), [loadFirst, status]);
  const retryFooter = useCallback(() => {
    // The footer's button retries whatever failed: a pull-to-refresh, or the next page.
    if (refreshFailed.current) void loadFirst(true);
    else loadMore();
  }, [loadFirst, loadMore]);

  return { status, items, totalCount, totalCountIsLowerBound, hasNextPage, loadingMore, error, moreError, slow, reload, refresh, loadMore, retryMore: retryFooter };
}

/** New items whose ids are not on screen yet: a job published between two page loads shifts the list, and must not appear twice. */
function dedupe<T extends { id: string }>(prev: T[], next: T[]): T[] {
  const seen = new Set(prev.map((x) => x.id));
  const out = prev.slice();
  for (const item of next) {
    if (!seen.has(item.id)) {
      seen.add(item.id);
      out.push(item);
    }
  }
  return out;
}
