import type { Knex } from '@mikro-orm/knex';
import type { NotificationService } from '../notifications/notification.service';
import type { TimedWork } from '../timed-work/timed-work';
import type { DigestLine, SavedSearchService } from './saved-search.service';

/** The timed task of a villager's daily digest; its subject is her user id. */
export const DIGEST_TASK = 'SAVED_SEARCH_DIGEST';

/** The kind of the digest's message, and its WeChat template's name in WECHAT_SUBSCRIBE_TEMPLATES. */
export const DIGEST_NOTICE = 'SAVED_SEARCH_DIGEST';

/** The county keeps China Standard Time all year (UTC+8, no daylight saving). */
const COUNTY_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

/** The first moment after `now` when the county's clocks read `hour`:00. */
export function nextDigestAt(now: Date, hour: number): Date {
  const local = now.getTime() + COUNTY_OFFSET_MS;
  const today = local - (local % DAY_MS) + hour * 3_600_000 - COUNTY_OFFSET_MS;
  return new Date(today > now.getTime() ? today : today + DAY_MS);
}

/** The county's calendar day of an instant, as YYYY-MM-DD. */
function countyDay(at: Date): string {
  return new Date(at.getTime() + COUNTY_OFFSET_MS).toISOString().slice(0, 10);
}

function countLabel(line: DigestLine): string {
  return `${line.count}${line.more ? '+' : ''} 个新工作符合 ${line.name}`;
}

/**
 * The daily digest of saved searches, run as timed work: one task per villager per county
 * day, due at DIGEST_HOUR. The task is scheduled in the transaction that saves a search and,
 * by each run, for the next day while she still has a saved search. The task's key names the
 * villager and the day, so saving five searches schedules one digest, and the runner's claim
 * runs it once whatever the number of instances. Inside the run, each search's window moves
 * by compare-and-set, so even two runs for one villager (a task left from before a restart
 * and the next day's) report each new job once.
 */
export class SavedSearchDigest {
  constructor(
    private readonly savedSearches: SavedSearchService,
    private readonly notifications: NotificationService,
    private readonly timedWork: TimedWork,
    /** The county hour the digest goes out at (DIGEST_HOUR). */
    private readonly hour: number,
  ) {
    timedWork.registerHandler(DIGEST_TASK, (trx, task, now) => this.run(trx, task.subjectId, now));
  }

  /** Makes sure the villager's next digest is scheduled (one task per villager and day). */
  async schedule(trx: Knex, userId: string, now: Date): Promise<void> {
    const dueAt = nextDigestAt(now, this.hour);
    await this.timedWork.schedule(trx, { kind: DIGEST_TASK, subjectId: userId, dueAt, key: `${DIGEST_TASK}:${userId}:${countyDay(dueAt)}` });
  }

  private async run(trx: Knex.Transaction, userId: string, now: Date): Promise<string> {
    if (!(await this.savedSearches.hasAny(trx, userId))) return 'no saved search left; digests stop';
    const lines = await this.savedSearches.takeDigest(trx, userId, now);
    await this.schedule(trx, userId, now);
    if (lines === null) return 'another run covered these searches';
    if (lines.length === 0) return 'nothing new';
    const first = lines[0];
    const body = lines.length === 1 ? `${countLabel(first)}，点开看看。` : `${lines.map(countLabel).join('；')}。`;
    const total = lines.reduce((n, l) => n + l.count, 0);
    await this.notifications.notify(trx, userId, {
      kind: DIGEST_NOTICE,
      title: '有新工作符合你保存的搜索',
      body,
      link: '/me/saved-searches/index',
      wechat: {
        template: DIGEST_NOTICE,
        data: { thing1: first.name.slice(0, 20), thing2: `${total}${lines.some((l) => l.more) ? '+' : ''} 个新工作`.slice(0, 20) },
        dedupeKey: `${DIGEST_TASK}:${userId}:${countyDay(now)}:${now.getTime()}`,
      },
    });
    return `${total} new jobs for ${lines.length} saved searches`;
  }
}
