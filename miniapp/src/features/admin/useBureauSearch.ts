import { useCallback, useEffect, useRef, useState } from 'react';
import { messageFor, query } from '../../api/client';
import type { AdminPostingsQuery as AdminPostingsResult, AdminSearchKind, AdminSearchStatus, PostingKind } from '../../gql/graphql';
import { runStatusChange } from '../consoles/run';
import { AdminPostingsQuery, TakeDownPostingMutation } from './operations';

export type BureauSearchResult = AdminPostingsResult['adminPostings']['nodes'][number];

export interface BureauSearchFilter {
  keyword: string;
  kind: AdminSearchKind | null;
  status: AdminSearchStatus | null;
  town: string;
}

const PAGE = 20;

/**
 * The bureau's search over everything on the platform (`adminPostings`): a page at a time,
 * searched again whenever the filter changes, and a takedown from the list that reloads it.
 */
export function useBureauSearch() {
  const [filter, setFilter] = useState<BureauSearchFilter>({ keyword: '', kind: null, status: null, town: '' });
  const [results, setResults] = useState<BureauSearchResult[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [hasMore, setHasMore] = useState(false);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  // Answers to an older filter arrive late on a slow network: only the latest one is shown.
  const asked = useRef(0);

  const load = useCallback(async (f: BureauSearchFilter, after: string | null) => {
    const ticket = ++asked.current;
    setLoading(true);
    setError(null);
    try {
      const vars = {
        filter: { keyword: f.keyword.trim() || null, kind: f.kind, status: f.status, town: f.town.trim() || null },
        first: PAGE,
        after,
      };
      const page = (await query(AdminPostingsQuery, vars, { asViewer: true })).adminPostings;
      if (ticket !== asked.current) return;
      setResults((prev) => (after ? [...prev, ...page.nodes] : page.nodes));
      setCursor(page.pageInfo.endCursor ?? null);
      setHasMore(page.pageInfo.hasNextPage);
    } catch (e) {
      if (ticket === asked.current) setError(messageFor(e));
    } finally {
      if (ticket === asked.current) setLoading(false);
    }
  }, []);

  useEffect(() => {
    void load(filter, null);
    // The keyword is searched when she taps 搜索 (or changes a chip), not on every character.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [filter.kind, filter.status, load]);

  return {
    filter,
    change: (next: Partial<BureauSearchFilter>) => setFilter((f) => ({ ...f, ...next })),
    search: () => void load(filter, null),
    more: () => void load(filter, cursor),
    results,
    hasMore,
    loading,
    error,
    takeDown: async (kind: PostingKind, id: string, reason: string) => {
      await runStatusChange(TakeDownPostingMutation, { kind, id, reason }, 'takeDownPosting', () => void load(filter, null));
      await load(filter, null);
    },
  };
}
