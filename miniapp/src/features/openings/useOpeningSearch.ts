import { useCallback, useMemo } from 'react';
import { query } from '../../api/client';
import type { FranchiseOpeningFilter, FranchiseOpeningSort, OpeningCardFieldsFragment } from '../../gql/graphql';
import { usePagedList } from '../../shared/usePagedList';
import { useRememberedState } from '../../shared/useRememberedState';
import { OpeningListQuery } from './operations';

/** Positions villagers from Ziyang are trained for; matched as a substring of the position title. */
export const POSITION_CHIPS = ['修脚', '足疗', '店长', '前台'];

export interface OpeningSearchState {
  keyword?: string;
  position?: string;
  franchiseOnly: boolean;
  sort: FranchiseOpeningSort;
}

export const EMPTY_OPENING_SEARCH: OpeningSearchState = { franchiseOnly: false, sort: 'NEWEST' };

export function toOpeningFilter(s: OpeningSearchState): FranchiseOpeningFilter {
  const f: FranchiseOpeningFilter = {};
  if (s.keyword) f.keyword = s.keyword;
  if (s.position) f.position = s.position;
  if (s.franchiseOnly) f.franchiseOnly = true;
  return f;
}

export function useOpeningSearch() {
  const [search, setSearch] = useRememberedState<OpeningSearchState>('openings', EMPTY_OPENING_SEARCH);
  const filter = useMemo(() => toOpeningFilter(search), [search]);
  const fetchPage = useCallback(
    async (after: string | null) => {
      const data = await query(OpeningListQuery, { filter, sort: search.sort, first: 20, after });
      return {
        nodes: data.franchiseOpenings.edges.map((e) => e.node) as OpeningCardFieldsFragment[],
        totalCount: data.franchiseOpenings.totalCount,
        totalCountIsLowerBound: data.franchiseOpenings.totalCountIsLowerBound,
        hasNextPage: data.franchiseOpenings.pageInfo.hasNextPage,
        endCursor: data.franchiseOpenings.pageInfo.endCursor ?? null,
      };
    },
    [filter, search.sort],
  );
  const list = usePagedList<OpeningCardFieldsFragment>(JSON.stringify([filter, search.sort]), fetchPage);
  const update = (patch: Partial<OpeningSearchState>) => setSearch((prev) => ({ ...prev, ...patch }));
  return {
    search,
    list,
    setKeyword: (keyword: string | undefined) => update({ keyword }),
    setPosition: (position: string | undefined) => update({ position }),
    toggleFranchise: () => setSearch((p) => ({ ...p, franchiseOnly: !p.franchiseOnly })),
    setSort: (sort: FranchiseOpeningSort) => update({ sort }),
    clearFilters: () => setSearch((p) => ({ ...EMPTY_OPENING_SEARCH, sort: p.sort })),
    hasFilters: Boolean(search.keyword || search.position || search.franchiseOnly),
  };
}
