import { normalizeKeyword } from './format';

/**
 * Filtering a console's list (a recruiter's jobs, a trainer's courses, a brand's openings, the
 * bureau's organisations) on the phone. Those lists come whole from the server: an
 * organisation's postings are at most its newest 200 (`postedJobs` and its siblings are
 * `@listSize(assumedSize: 200)` and the server stops there), the bureau's queue likewise. A
 * list that arrives whole is filtered where it is, instantly and without a round trip on a
 * weak signal; nothing here pages.
 */
export interface ConsoleFilterState {
  keyword: string;
  /** A status value, or '' for all. */
  status: string;
}

export const NO_FILTER: ConsoleFilterState = { keyword: '', status: '' };

/** Every word of the keyword (split on spaces) must appear in one of the item's texts. */
export function matchesKeyword(texts: readonly (string | null | undefined)[], keyword: string): boolean {
  const k = normalizeKeyword(keyword);
  if (!k) return true;
  const haystack = texts.filter(Boolean).join(' ').toLowerCase();
  return k
    .toLowerCase()
    .split(' ')
    .every((word) => haystack.includes(word));
}

export function filterConsoleList<T>(items: readonly T[], filter: ConsoleFilterState, texts: (item: T) => readonly (string | null | undefined)[], status: (item: T) => string): T[] {
  return items.filter((item) => (!filter.status || status(item) === filter.status) && matchesKeyword(texts(item), filter.keyword));
}

export function isFiltering(filter: ConsoleFilterState): boolean {
  return !!filter.status || !!normalizeKeyword(filter.keyword);
}
