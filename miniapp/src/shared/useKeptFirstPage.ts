import { useEffect, useRef } from 'react';
import { keepPage, MAX_NODES, readKeptPage, type KeptPage, type KeptTab } from '../api/kept-first-page';
import type { PagedList } from './usePagedList';

export interface KeptListView<T> {
  /** The list to render: the fresh one, or the kept first page standing in for it. */
  list: PagedList<T>;
  /** 'updating' while the kept page is shown and the fresh one loads; 'failed' when that load failed. */
  kept: 'updating' | 'failed' | null;
  /** When the kept page was received (ISO time). */
  keptAt: string | null;
  /** Why the fresh page did not come (plain Chinese), while the kept one stays. */
  failure: string | null;
}

const noop = () => undefined;

/**
 * Shows a tab's default list from the page kept on the phone (see api/kept-first-page.ts)
 * while the fresh one loads, and keeps each fresh default first page for next time. A failed
 * load keeps the kept page on screen instead of an error screen.
 */
export function useKeptFirstPage<T extends { id: string }>(tab: KeptTab, document: object, isDefaultList: boolean, list: PagedList<T>): KeptListView<T> {
  const kept = useRef<KeptPage<T> | null | undefined>(undefined);
  if (kept.current === undefined) kept.current = readKeptPage<T>(tab, document);

  // Only a page that arrived for the default list is kept. Right after the filters are
  // cleared the list still holds the filtered cards for one render (it starts over in its
  // effect), so a page is kept only when new cards arrive, not when the filters change.
  const lastItems = useRef(list.items);
  useEffect(() => {
    if (list.items === lastItems.current) return;
    lastItems.current = list.items;
    if (!isDefaultList || list.status !== 'ready') return;
    kept.current = keepPage(tab, document, { nodes: list.items.slice(0, MAX_NODES), totalCount: list.totalCount, totalCountIsLowerBound: list.totalCountIsLowerBound });
  }, [tab, document, isDefaultList, list.status, list.items, list.totalCount, list.totalCountIsLowerBound]);

  const page = isDefaultList ? kept.current : null;
  if (!page || (list.status !== 'loading' && list.status !== 'error')) return { list, kept: null, keptAt: null, failure: null };
  const failed = list.status === 'error';
  return {
    list: {
      ...list,
      status: 'ready',
      items: page.nodes,
      totalCount: page.totalCount,
      totalCountIsLowerBound: page.totalCountIsLowerBound,
      // The footer says the fresh page is on its way, or why it did not come, with a retry.
      hasNextPage: false,
      loadingMore: !failed,
      moreError: failed ? list.error : null,
      error: null,
      slow: false,
      loadMore: noop,
      retryMore: list.reload,
    },
    kept: failed ? 'failed' : 'updating',
    keptAt: page.savedAt,
    failure: failed ? list.error : null,
  };
}
