import type { Knex } from '@mikro-orm/knex';
import type { Database } from '../../db/orm';
import type { CountMemo } from '../common/count-memo';
import { JobService } from '../jobs/job.service';
import { SavedSearchService } from './saved-search.service';

/** The saved-search feature's service. */
export function createSavedSearches(db: Database, totals: CountMemo): SavedSearchService {
  // Matches are counted through the job list's own service, bound to the caller's connection.
  const jobsVia = (knex: Knex) => new JobService({ ...db, knex }, totals);
  return new SavedSearchService(db, jobsVia);
}
