import { useCallback, useMemo } from 'react';
import { query } from '../../api/client';
import type { CourseCardFieldsFragment, CourseFilter, CourseSkill, CourseSort } from '../../gql/graphql';
import { usePagedList } from '../../shared/usePagedList';
import { useRememberedState } from '../../shared/useRememberedState';
import { CourseListQuery } from './operations';

export interface CourseSearchState {
  keyword?: string;
  skill?: CourseSkill;
  freeOnly: boolean;
  hasSeatsLeft: boolean;
  sort: CourseSort;
}

export const EMPTY_COURSE_SEARCH: CourseSearchState = { freeOnly: false, hasSeatsLeft: false, sort: 'NEWEST' };

export function toCourseFilter(s: CourseSearchState): CourseFilter {
  const f: CourseFilter = {};
  if (s.keyword) f.keyword = s.keyword;
  if (s.skill) f.skill = s.skill;
  if (s.freeOnly) f.freeOnly = true;
  if (s.hasSeatsLeft) f.hasSeatsLeft = true;
  return f;
}

export function useCourseSearch() {
  const [search, setSearch] = useRememberedState<CourseSearchState>('courses', EMPTY_COURSE_SEARCH);
  const filter = useMemo(() => toCourseFilter(search), [search]);
  const fetchPage = useCallback(
    async (after: string | null) => {
      const data = await query(CourseListQuery, { filter, sort: search.sort, first: 20, after });
      return {
        nodes: data.courses.edges.map((e) => e.node) as CourseCardFieldsFragment[],
        totalCount: data.courses.totalCount,
        totalCountIsLowerBound: data.courses.totalCountIsLowerBound,
        hasNextPage: data.courses.pageInfo.hasNextPage,
        endCursor: data.courses.pageInfo.endCursor ?? null,
      };
    },
    [filter, search.sort],
  );
  const list = usePagedList<CourseCardFieldsFragment>(JSON.stringify([filter, search.sort]), fetchPage);
  const update = (patch: Partial<CourseSearchState>) => setSearch((prev) => ({ ...prev, ...patch }));
  return {
    search,
    list,
    setKeyword: (keyword: string | undefined) => update({ keyword }),
    setSkill: (skill: CourseSkill | undefined) => update({ skill }),
    toggleFree: () => setSearch((p) => ({ ...p, freeOnly: !p.freeOnly })),
    toggleSeats: () => setSearch((p) => ({ ...p, hasSeatsLeft: !p.hasSeatsLeft })),
    setSort: (sort: CourseSort) => update({ sort }),
    clearFilters: () => setSearch((p) => ({ ...EMPTY_COURSE_SEARCH, sort: p.sort })),
    hasFilters: Boolean(search.keyword || search.skill || search.freeOnly || search.hasSeatsLeft),
  };
}
