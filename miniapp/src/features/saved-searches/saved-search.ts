import Taro from '@tarojs/taro';
import type { SavedSearchFieldsFragment } from '../../gql/graphql';
import type { JobCondition, JobSearchState } from '../jobs/useJobSearch';

export type SavedSearch = SavedSearchFieldsFragment;
export type SavedJobFilter = SavedSearch['filter'];

/** The job list's search for a saved filter: what its chips and search box can show. */
export function searchOf(filter: SavedJobFilter): Omit<JobSearchState, 'sort'> {
  const conditions: JobCondition[] = [];
  if (filter.providesHousing && filter.providesMeals) conditions.push('boardAndLodging');
  if (filter.coupleRooms) conditions.push('coupleRooms');
  if (filter.dayShiftOnly) conditions.push('dayShiftOnly');
  if (filter.dailySettlement) conditions.push('dailySettlement');
  if (filter.verifiedOnly) conditions.push('verifiedOnly');
  if (filter.directEmployerOnly) conditions.push('directEmployerOnly');
  return {
    keyword: filter.keyword ?? undefined,
    category: filter.category ?? undefined,
    city: filter.place?.city ?? undefined,
    conditions,
  };
}

// The saved search 我的搜索 asked the job list to show, until the list takes it. The list
// page stays mounted behind its tab, so it is also told when one arrives.
let pending: SavedJobFilter | null = null;
const listeners = new Set<() => void>();

/** Opens the 找工作 tab with a saved search's filter on. */
export function openSavedSearch(filter: SavedJobFilter): void {
  pending = filter;
  void Taro.switchTab({ url: '/pages/jobs/index' }).then(() => {
    for (const fn of listeners) fn();
  });
}

/** The filter waiting to be shown, taken once. */
export function takePendingSearch(): SavedJobFilter | null {
  const f = pending;
  pending = null;
  return f;
}

export function onOpenSavedSearch(fn: () => void): () => void {
  listeners.add(fn);
  return () => {
    listeners.delete(fn);
  };
}
