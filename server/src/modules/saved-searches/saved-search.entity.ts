import { EntitySchema } from '@mikro-orm/core';

/** A job search a villager saved, to be told once a day about new jobs that match it. */
export interface SavedSearch {
  id: string;
  userId: string;
  name: string;
  /** The normalised filter as JSON (`SavedFilter`), in one fixed key order. */
  filter: string;
  /** SHA-256 of `filter`: the same filter saved twice is one row (unique per user). */
  filterKey: string;
  createdAt: Date;
  /**
   * Jobs published after this are news to her: set at save, moved forward by each digest
   * (compare-and-set, so two digest runs cannot both report the same jobs).
   */
  matchedThrough: Date;
}

export const SavedSearchSchema = new EntitySchema<SavedSearch>({
  name: 'SavedSearch',
  tableName: 'saved_searches',
  properties: {
    id: { type: 'string', length: 16, primary: true },
    userId: { type: 'string', length: 16, fieldName: 'user_id' },
    name: { type: 'string', length: 60 },
    filter: { type: 'text' },
    filterKey: { type: 'string', length: 64, fieldName: 'filter_key' },
    createdAt: { type: 'datetime', fieldName: 'created_at' },
    matchedThrough: { type: 'datetime', fieldName: 'matched_through' },
  },
  uniques: [{ name: 'saved_searches_user_filter_unique', properties: ['userId', 'filterKey'] }],
  indexes: [{ name: 'saved_searches_user_idx', properties: ['userId', 'createdAt'] }],
});
