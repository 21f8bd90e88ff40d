import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { query } from '../../api/client';
import type { JobCardFieldsFragment, JobCategory, JobFacetsQuery as JobFacetsData, JobFilter, JobSort } from '../../gql/graphql';
import { usePagedList } from '../../shared/usePagedList';
import { useRememberedState } from '../../shared/useRememberedState';
import { JobFacetsQuery, JobListQuery } from './operations';

/** The condition chips, in the order villagers ask about them. */
export type JobCondition = 'boardAndLodging' | 'coupleRooms' | 'dayShiftOnly' | 'dailySettlement' | 'verifiedOnly' | 'directEmployerOnly';

export const JOB_CONDITIONS: { key: JobCondition; label: string }[] = [
  { key: 'boardAndLodging', label: '包吃住' },
  { key: 'coupleRooms', label: '夫妻间' },
  { key: 'dayShiftOnly', label: '长白班' },
  { key: 'dailySettlement', label: '日结' },
  { key: 'verifiedOnly', label: '认证企业' },
  // Leaves out jobs posted by labour agencies (劳务中介), which carry a 中介 label.
  { key: 'directEmployerOnly', label: '只看直招' },
];

export interface JobSearchState {
  keyword?: string;
  category?: JobCategory;
  city?: string;
  conditions: JobCondition[];
  sort: JobSort;
}

export const EMPTY_JOB_SEARCH: JobSearchState = { conditions: [], sort: 'NEWEST' };

const PAGE_SIZE = 20;

/** The API filter for a search, optionally with more conditions turned on. */
export function toJobFilter(s: JobSearchState, extra: JobCondition[] = []): JobFilter {
  const on = new Set([...s.conditions, ...extra]);
  const filter: JobFilter = {};
  if (s.keyword) filter.keyword = s.keyword;
  if (s.category) filter.category = s.category;
  if (s.city) filter.place = { city: s.city };
  // 包吃住 is both free housing and free meals.
  if (on.has('boardAndLodging')) {
    filter.providesHousing = true;
    filter.providesMeals = true;
  }
  if (on.has('coupleRooms')) filter.coupleRooms = true;
  if (on.has('dayShiftOnly')) filter.dayShiftOnly = true;
  if (on.has('dailySettlement')) filter.dailySettlement = true;
  if (on.has('verifiedOnly')) filter.verifiedOnly = true;
  if (on.has('directEmployerOnly')) filter.directEmployerOnly = true;
  return filter;
}

export type JobFacets = JobFacetsData['jobFacets'] & { boardAndLodging: number; boardAndLodgingIsLowerBound: boolean };

/** The count a condition chip shows: what the list holds after tapping it on. */
export function conditionCount(facets: JobFacets | null, key: JobCondition): number | null {
  if (!facets) return null;
  return key === 'boardAndLodging' ? facets.boardAndLodging : facets.conditions[key];
}

/** Whether that count is a lower bound ("128+"): more jobs matched than the server counted over. */
export function conditionCountIsLowerBound(facets: JobFacets | null, key: JobCondition): boolean {
  if (!facets) return false;
  return key === 'boardAndLodging' ? facets.boardAndLodgingIsLowerBound : facets.countsAreLowerBounds;
}

export function useJobSearch() {
  const [search, setSearch] = useRememberedState<JobSearchState>('jobs', EMPTY_JOB_SEARCH);
  const filter = useMemo(() => toJobFilter(search), [search]);
  const key = JSON.stringify([filter, search.sort]);

  const fetchPage = useCallback(
    async (after: string | null) => {
      const data = await query(JobListQuery, { filter, sort: search.sort, first: PAGE_SIZE, after });
      return {
        nodes: data.jobs.edges.map((e) => e.node) as JobCardFieldsFragment[],
        totalCount: data.jobs.totalCount,
        totalCountIsLowerBound: data.jobs.totalCountIsLowerBound,
        hasNextPage: data.jobs.pageInfo.hasNextPage,
        endCursor: data.jobs.pageInfo.endCursor ?? null,
      };
    },
    [filter, search.sort],
  );
  const list = usePagedList<JobCardFieldsFragment>(key, fetchPage);

  // Chip counts come separately: the list stays usable when they fail or lag.
  const [facets, setFacets] = useState<JobFacets | null>(null);
  const facetsKey = JSON.stringify(filter);
  const facetsGen = useRef(0);
  const loadFacets = useCallback(() => {
    const gen = ++facetsGen.current;
    query(JobFacetsQuery, { filter, boardAndLodgingFilter: toJobFilter(search, ['boardAndLodging']) }).then(
      (data) => {
        if (gen === facetsGen.current) setFacets({ ...data.jobFacets, boardAndLodging: data.boardAndLodging.totalCount, boardAndLodgingIsLowerBound: data.boardAndLodging.totalCountIsLowerBound });
      },
      () => {
        // Without counts the chips still work; they simply show no numbers.
        if (gen === facetsGen.current) setFacets(null);
      },
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [facetsKey]);
  useEffect(loadFacets, [loadFacets]);

  const update = (patch: Partial<JobSearchState>) => setSearch((prev) => ({ ...prev, ...patch }));

  return {
    search,
    list,
    facets,
    setKeyword: (keyword: string | undefined) => update({ keyword }),
    setCategory: (category: JobCategory | undefined) => update({ category }),
    setCity: (city: string | undefined) => update({ city }),
    setSort: (sort: JobSort) => update({ sort }),
    toggleCondition: (c: JobCondition) =>
      setSearch((prev) => ({
        ...prev,
        conditions: prev.conditions.includes(c) ? prev.conditions.filter((x) => x !== c) : [...prev.conditions, c],
      })),
    clearFilters: () => setSearch((prev) => ({ ...EMPTY_JOB_SEARCH, sort: prev.sort })),
    hasFilters: Boolean(search.keyword || search.category || search.city || search.conditions.length),
    refresh: async () => {
      loadFacets();
      await list.refresh();
    },
  };
}
