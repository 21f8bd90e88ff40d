import type { Database } from '../../db/orm';
import { parseHistory } from '../common/records';

const WINDOW_MS = 90 * 86_400_000;
/** Below this many answered-or-expired applications an employer shows no figures. */
export const MIN_SAMPLE = 5;
/** What an employer does to an application: its first one of these is its first reply. */
const REPLIES = new Set(['VIEWED', 'INTERVIEW', 'HIRED', 'REJECTED']);

export interface ReplyStats {
  replyRate: number;
  medianHoursToFirstReply: number | null;
  sampleSize: number;
}

/**
 * Employers' reply figures over the applications sent to them in the last 90 days, from each
 * application's history: its first employer status after a submission is the reply; closed as
 * NO_REPLY counts as none. Applications still waiting, withdrawn before any reply or ended by
 * the job closing say nothing about the employer and are left out. One query for a whole
 * batch of employers (a page of job cards asks once).
 */
export class ReplyStatsService {
  constructor(private readonly db: Database) {}

  async forEmployers(orgIds: readonly string[], now: Date): Promise<(ReplyStats | null)[]> {
    const since = this.db.dateParam(new Date(now.getTime() - WINDOW_MS));
    const rows = await this.db
      .knex('applications')
      .join('jobs', 'jobs.id', 'applications.job_id')
      .whereIn('jobs.employer_id', orgIds as string[])
      .where('applications.created_at', '>=', since)
      .select('jobs.employer_id', 'applications.history');
    const per = new Map<string, { replied: number[]; unanswered: number }>();
    for (const r of rows as { employer_id: string; history: string }[]) {
      const history = parseHistory(r.history);
      const sent = history.find((h) => h.status === 'SUBMITTED');
      if (!sent) continue;
      const reply = history.find((h) => REPLIES.has(h.status));
      const entry = per.get(r.employer_id) ?? { replied: [], unanswered: 0 };
      if (reply) entry.replied.push((Date.parse(reply.at) - Date.parse(sent.at)) / 3_600_000);
      else if (history.some((h) => h.status === 'NO_REPLY')) entry.unanswered += 1;
      else continue;
      per.set(r.employer_id, entry);
    }
    return orgIds.map((id) => {
      const e = per.get(id);
      const sampleSize = e ? e.replied.length + e.unanswered : 0;
      if (!e || sampleSize < MIN_SAMPLE) return null;
      const hours = [...e.replied].sort((a, b) => a - b);
      const mid = Math.floor(hours.length / 2);
      const median = hours.length === 0 ? null : hours.length % 2 ? hours[mid] : (hours[mid - 1] + hours[mid]) / 2;
      return { replyRate: e.replied.length / sampleSize, medianHoursToFirstReply: median === null ? null : Math.round(median * 10) / 10, sampleSize };
    });
  }
}
