import type { Knex } from '@mikro-orm/knex';
import type { Database } from '../../db/orm';
import type { CountMemo } from '../common/count-memo';
import { JobService } from '../jobs/job.service';
import type { NotificationService } from '../notifications/notification.service';
import type { TimedWork } from '../timed-work/timed-work';
import { SavedSearchDigest } from './digest';
import { SavedSearchService } from './saved-search.service';

/** The saved-search feature: the service, with its daily digest registered as timed work. */
export function createSavedSearches(db: Database, totals: CountMemo, notifications: NotificationService, timedWork: TimedWork, digestHour: number): SavedSearchService {
  // The digest counts through the job list's own service, bound to its transaction.
  const jobsVia = (knex: Knex) => new JobService({ ...db, knex }, totals);
  let digest: SavedSearchDigest | null = null;
  const service = new SavedSearchService(db, jobsVia, (trx, userId, now) => digest!.schedule(trx, userId, now));
  digest = new SavedSearchDigest(service, notifications, timedWork, digestHour);
  return service;
}
