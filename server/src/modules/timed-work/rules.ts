import type { Knex } from '@mikro-orm/knex';
import type { Database } from '../../db/orm';
import type { NotificationService } from '../notifications/notification.service';
import { compareAndSet } from '../common/status-change';
import { appendHistory, parseHistory } from '../common/records';
import { audit } from '../trust/audit';
import { scheduleTask, type TimedWork } from './timed-work';

const HOUR = 3_600_000;

/** The waits, in hours (configuration: REPLY_REMINDER_HOURS, NO_REPLY_CLOSE_DAYS, …). */
export interface Deadlines {
  replyReminderHours: number;
  noReplyCloseHours: number;
  jobConfirmAskHours: number;
  jobExpireUnconfirmedHours: number;
}

/** Applications still waiting on the employer: what a closed job ends, what NO_REPLY closes. */
export const OPEN_APPLICATION = ['SUBMITTED', 'VIEWED', 'INTERVIEW'];
/** With no decision: not yet past 已查看. An interview invitation is a decision in progress. */
const UNDECIDED = new Set(['SUBMITTED', 'VIEWED']);
/** A sweep, or the closing of one job, handles at most this many rows per run; the rest next run. */
const BATCH = 200;
/** Natural expiry is looked for this far back, so a few days with no instance running lose nothing. */
const EXPIRY_LOOKBACK_MS = 3 * 24 * HOUR;

export const KINDS = {
  replyReminder: 'application.reply-reminder',
  noReply: 'application.no-reply',
  jobClosed: 'job.closed',
  freshness: 'jobs.freshness',
  confirmAsk: 'job.confirm-ask',
  expireUnconfirmed: 'job.expire-unconfirmed',
} as const;

/**
 * Schedules an application's reply deadlines, in the transaction that (re)submits it: the
 * employer is reminded if it has not opened it by `replyReminderHours`, and it closes as
 * NO_REPLY without a decision by `noReplyCloseHours`. Each task carries the history it was
 * scheduled against (its length), so an application withdrawn and sent again is timed from
 * the new submission and the old tasks find their reason gone.
 */
export class ReplyDeadlines {
  constructor(
    private readonly db: Database,
    private readonly deadlines: Deadlines,
  ) {}

  async schedule(trx: Knex, applicationId: string, submittedAt: Date, historyLength: number): Promise<void> {
    const payload = { submission: historyLength };
    await scheduleTask(this.db, trx, {
      kind: KINDS.replyReminder, subjectId: applicationId, payload,
      dueAt: new Date(submittedAt.getTime() + this.deadlines.replyReminderHours * HOUR), key: `${KINDS.replyReminder}:${applicationId}:${historyLength}`,
    }, submittedAt);
    await scheduleTask(this.db, trx, {
      kind: KINDS.noReply, subjectId: applicationId, payload,
      dueAt: new Date(submittedAt.getTime() + this.deadlines.noReplyCloseHours * HOUR), key: `${KINDS.noReply}:${applicationId}:${historyLength}`,
    }, submittedAt);
  }
}

/**
 * Asks for the closing notices of a job that stopped taking applications (closed, taken down,
 * suspended with its employer), in the transaction that stopped it. The notices themselves go
 * out from timed work, one job at a time, so closing a job with many applicants stays quick.
 */
export async function scheduleClosingNotices(db: Database, trx: Knex, jobId: string, now: Date, why: string): Promise<void> {
  await scheduleTask(db, trx, { kind: KINDS.jobClosed, subjectId: jobId, dueAt: now, key: `${KINDS.jobClosed}:${jobId}:${why}:${now.getTime()}` }, now);
}

const APPLICATION_ROW = ['applications.id', 'applications.user_id', 'applications.status', 'applications.history', 'applications.opened_at', 'applications.job_id', 'jobs.title', 'jobs.employer_id', 'jobs.category', 'jobs.city'];

/** The job's employer's members, each told in 消息 (and a subscribe message where agreed). */
async function tellMembers(trx: Knex, notifications: NotificationService, orgId: string, notice: Parameters<NotificationService['notify']>[2]): Promise<number> {
  const members = (await trx('memberships').where('organization_id', orgId).pluck('user_id')) as string[];
  for (const m of members) await notifications.notify(trx, m, { ...notice, wechat: notice.wechat && { ...notice.wechat, dedupeKey: `${notice.wechat.dedupeKey}:${m}` } });
  return members.length;
}

function chinaDate(d: Date): string {
  const c = new Date(d.getTime() + 8 * HOUR);
  return `${c.getUTCMonth() + 1}月${c.getUTCDate()}日`;
}

/**
 * Ends every application still open on a job that no longer takes any, each by
 * compare-and-set on the status and history read (one the employer or the villager moved
 * meanwhile is left as they left it), each villager told once.
 */
async function closeOpenApplications(db: Database, trx: Knex, notifications: NotificationService, jobId: string, now: Date, reason: string): Promise<number> {
  const rows = await trx('applications').join('jobs', 'jobs.id', 'applications.job_id').where('applications.job_id', jobId).whereIn('applications.status', OPEN_APPLICATION).orderBy('applications.id').limit(BATCH).select(APPLICATION_ROW);
  let closed = 0;
  for (const r of rows) {
    const history = parseHistory(r.history);
    const moved = await compareAndSet(trx, 'applications', r.id, { status: r.status, history: r.history }, { status: 'JOB_CLOSED', history: appendHistory(history, 'JOB_CLOSED', now, reason), updated_at: db.dateParam(now) });
    if (!moved) continue;
    await audit(db, trx, { actorId: null, action: 'APPLICATION_STATUS', subjectKind: 'APPLICATION', subjectId: r.id, before: { status: r.status }, after: { status: 'JOB_CLOSED' } });
    await notifications.notify(trx, r.user_id, {
      kind: 'APPLICATION_STATUS',
      title: '岗位已关闭',
      body: `你报名的「${r.title}」${reason}，这次报名已结束。看看别的工作吧。`,
      link: `/job/detail/index?id=${jobId}`,
      wechat: { template: 'APPLICATION_STATUS', data: { thing1: String(r.title).slice(0, 20), phrase2: '岗位已关闭', thing3: reason.slice(0, 20) }, dedupeKey: `application:${r.id}:${history.length}` },
    });
    closed += 1;
  }
  return closed;
}

/** A few open jobs like this one (same kind of work, same city), newest first, for the villager to try. */
async function similarOpenJobs(db: Database, trx: Knex, job: { id: string; category: string; city: string }, now: Date): Promise<{ id: string; title: string }[]> {
  return trx('jobs')
    .where({ status: 'OPEN', category: job.category, city: job.city })
    .whereNot('id', job.id)
    .where((q) => q.whereNull('expires_at').orWhere('expires_at', '>', db.dateParam(now)))
    .orderBy([{ column: 'published_at', order: 'desc' }, { column: 'id', order: 'desc' }])
    .limit(3)
    .select('id', 'title');
}

/** Registers what runs for the timed rules of applications and jobs. */
export function registerTimedRules(work: TimedWork, db: Database, notifications: NotificationService, deadlines: Deadlines): void {
  // Reminder: only while the application is still as it was sent and nobody at the employer
  // has opened it. It writes messages only, so reading the state in this transaction is the
  // whole check.
  work.registerHandler(KINDS.replyReminder, async (trx, task, now) => {
    const r = await trx('applications').join('jobs', 'jobs.id', 'applications.job_id').where('applications.id', task.subjectId).first(APPLICATION_ROW);
    if (!r) return 'no-op: the application is gone';
    if (parseHistory(r.history).length !== task.payload?.submission || r.status !== 'SUBMITTED') return 'no-op: the application moved on';
    if (r.opened_at != null) return 'no-op: the employer opened it';
    const told = await tellMembers(trx, notifications, r.employer_id, {
      kind: 'REPLY_REMINDER',
      title: '有报名等你回复',
      body: `「${r.title}」有一份报名已经等了 ${Math.round(deadlines.replyReminderHours / 24) || 1} 天还没查看。请尽快查看并回复，${Math.round(deadlines.noReplyCloseHours / 24)} 天内没有回复会自动结束。`,
      link: `/recruiter/applicants/index?jobId=${r.job_id}`,
      wechat: { template: 'REPLY_REMINDER', data: { thing1: String(r.title).slice(0, 20), thing2: '有报名等你回复' }, dedupeKey: `reply-reminder:${r.id}:${task.payload?.submission}` },
    });
    return `reminded ${told} member(s)`;
  });

  // No reply: closes the application by compare-and-set on the state read, so a decision or
  // a withdrawal in the same moment wins and this finishes as a no-op.
  work.registerHandler(KINDS.noReply, async (trx, task, now) => {
    const r = await trx('applications').join('jobs', 'jobs.id', 'applications.job_id').where('applications.id', task.subjectId).first(APPLICATION_ROW);
    if (!r) return 'no-op: the application is gone';
    const history = parseHistory(r.history);
    const submission = Number(task.payload?.submission);
    if (history.length < submission || !UNDECIDED.has(r.status)) return 'no-op: decided or withdrawn';
    // Withdrawn and sent again since: the new submission has deadlines of its own.
    if (history.slice(submission).some((h) => h.status === 'SUBMITTED')) return 'no-op: sent again since';
    const moved = await compareAndSet(trx, 'applications', r.id, { status: r.status, history: r.history }, { status: 'NO_REPLY', history: appendHistory(history, 'NO_REPLY', now, '招工方没有在期限内回复'), updated_at: db.dateParam(now) });
    if (!moved) return 'no-op: changed meanwhile';
    await audit(db, trx, { actorId: null, action: 'APPLICATION_STATUS', subjectKind: 'APPLICATION', subjectId: r.id, before: { status: r.status }, after: { status: 'NO_REPLY' } });
    const similar = await similarOpenJobs(db, trx, { id: r.job_id, category: r.category, city: r.city }, now);
    const suggestions = similar.length ? `看看这些正在招的工作：${similar.map((j) => `「${j.title}」`).join('')}。` : '看看别的工作吧。';
    await notifications.notify(trx, r.user_id, {
      kind: 'APPLICATION_STATUS',
      title: '招工方未回复',
      body: `你报名的「${r.title}」，招工方 ${Math.round(deadlines.noReplyCloseHours / 24)} 天没有回复，这次报名已结束。${suggestions}`,
      link: similar.length ? `/job/detail/index?id=${similar[0].id}` : `/job/detail/index?id=${r.job_id}`,
      wechat: { template: 'APPLICATION_STATUS', data: { thing1: String(r.title).slice(0, 20), phrase2: '未回复', thing3: '看看别的工作吧' }, dedupeKey: `application:${r.id}:${history.length}` },
    });
    return `closed as NO_REPLY; ${similar.length} similar job(s) suggested`;
  });

  // Closing notices: only for a job that really is no longer taking applications now.
  work.registerHandler(KINDS.jobClosed, async (trx, task, now) => {
    const job = await trx('jobs').where('id', task.subjectId).first('status', 'expires_at');
    if (!job) return 'no-op: the job is gone';
    const expired = job.status === 'OPEN' && job.expires_at != null && db.readDate(job.expires_at) <= now;
    if (job.status === 'OPEN' && !expired) return 'no-op: the job is open again';
    if (job.status === 'DRAFT' || job.status === 'UNDER_REVIEW') return 'no-op: the job is held, not closed';
    const reason = job.status === 'TAKEN_DOWN' ? '已被县人社局下架' : expired ? '已过招聘截止日期' : '已停止招聘';
    const closed = await closeOpenApplications(db, trx, notifications, task.subjectId, now, reason);
    // More open applications than one run takes: the rest in a follow-up task.
    if (closed === BATCH) await scheduleClosingNotices(db, trx, task.subjectId, now, 'more');
    return `closed ${closed} application(s)`;
  });

  // The sweep, once an hour: which live jobs are due to be asked 仍在招, to expire unconfirmed,
  // or have passed their last day with applications still open. It only schedules: each job's
  // change is its own task, keyed by the confirmation it is about, so it happens once.
  work.every(KINDS.freshness, HOUR, async (trx, _task, now) => {
    const p = (d: Date) => db.dateParam(d);
    const live = (q: Knex.QueryBuilder) => q.where('status', 'OPEN').where((w) => w.whereNull('expires_at').orWhere('expires_at', '>', p(now)));
    const ask = await live(trx('jobs')).where('confirmed_at', '<=', p(new Date(now.getTime() - deadlines.jobConfirmAskHours * HOUR))).whereNull('confirm_asked_at').limit(BATCH).select('id', 'confirmed_at');
    for (const j of ask) {
      const at = db.readDate(j.confirmed_at).getTime();
      await scheduleTask(db, trx, { kind: KINDS.confirmAsk, subjectId: j.id, dueAt: now, key: `${KINDS.confirmAsk}:${j.id}:${at}`, payload: { confirmedAt: at } }, now);
    }
    // Expiry waits for the question to have been asked, and for the time between asking and
    // expiring to have passed since: a job is never expired without its employer asked first.
    const grace = (deadlines.jobExpireUnconfirmedHours - deadlines.jobConfirmAskHours) * HOUR;
    const expire = await live(trx('jobs'))
      .where('confirmed_at', '<=', p(new Date(now.getTime() - deadlines.jobExpireUnconfirmedHours * HOUR)))
      .whereNotNull('confirm_asked_at')
      .where('confirm_asked_at', '<=', p(new Date(now.getTime() - grace)))
      .limit(BATCH)
      .select('id', 'confirmed_at');
    for (const j of expire) {
      const at = db.readDate(j.confirmed_at).getTime();
      await scheduleTask(db, trx, { kind: KINDS.expireUnconfirmed, subjectId: j.id, dueAt: now, key: `${KINDS.expireUnconfirmed}:${j.id}:${at}`, payload: { confirmedAt: at } }, now);
    }
    const lapsed = await trx('jobs').where('status', 'OPEN').whereBetween('expires_at', [p(new Date(now.getTime() - EXPIRY_LOOKBACK_MS)), p(now)]).limit(BATCH).select('id', 'expires_at');
    for (const j of lapsed) {
      await scheduleTask(db, trx, { kind: KINDS.jobClosed, subjectId: j.id, dueAt: now, key: `${KINDS.jobClosed}:${j.id}:expired:${db.readDate(j.expires_at).getTime()}` }, now);
    }
    return `asked ${ask.length}, expiring ${expire.length}, lapsed ${lapsed.length}`;
  });

  // 仍在招? Asked once per confirmation; confirming again since makes it a no-op.
  work.registerHandler(KINDS.confirmAsk, async (trx, task, now) => {
    const job = await trx('jobs').where('id', task.subjectId).first('id', 'title', 'employer_id', 'status', 'confirmed_at', 'confirm_asked_at', 'expires_at');
    if (!job || job.status !== 'OPEN' || job.confirmed_at == null || db.readDate(job.confirmed_at).getTime() !== task.payload?.confirmedAt) return 'no-op: confirmed or closed since';
    const asked = await compareAndSet(trx, 'jobs', job.id, { status: 'OPEN', confirmed_at: job.confirmed_at, confirm_asked_at: null }, { confirm_asked_at: db.dateParam(now) });
    if (!asked) return 'no-op: changed meanwhile';
    const expiresOn = chinaDate(new Date(now.getTime() + (deadlines.jobExpireUnconfirmedHours - deadlines.jobConfirmAskHours) * HOUR));
    const told = await tellMembers(trx, notifications, job.employer_id, {
      kind: 'JOB_CONFIRM_ASK',
      title: '这个工作还在招吗',
      body: `「${job.title}」已经 ${Math.round(deadlines.jobConfirmAskHours / 24)} 天没有确认了。还在招人请点“仍在招”；不确认的话，${expiresOn}以后会自动下线。`,
      link: `/recruiter/jobs/index?jobId=${job.id}`,
      wechat: { template: 'JOB_CONFIRM_ASK', data: { thing1: String(job.title).slice(0, 20), thing2: '还在招吗' }, dedupeKey: `confirm-ask:${job.id}:${task.payload?.confirmedAt}` },
    });
    return `asked ${told} member(s)`;
  });

  // Expired unconfirmed: the job's last day becomes now, by compare-and-set on the confirmation
  // it was asked about; then its open applications end as JOB_CLOSED.
  work.registerHandler(KINDS.expireUnconfirmed, async (trx, task, now) => {
    const job = await trx('jobs').where('id', task.subjectId).first('id', 'title', 'employer_id', 'status', 'confirmed_at', 'confirm_asked_at', 'expires_at');
    if (!job || job.status !== 'OPEN' || job.confirmed_at == null || db.readDate(job.confirmed_at).getTime() !== task.payload?.confirmedAt) return 'no-op: confirmed or closed since';
    if (job.expires_at != null && db.readDate(job.expires_at) <= now) return 'no-op: already expired';
    const expired = await compareAndSet(trx, 'jobs', job.id, { status: 'OPEN', confirmed_at: job.confirmed_at, expires_at: job.expires_at }, { expires_at: db.dateParam(now), updated_at: db.dateParam(now) });
    if (!expired) return 'no-op: changed meanwhile';
    await audit(db, trx, { actorId: null, action: 'JOB_EXPIRED', subjectKind: 'JOB', subjectId: job.id, before: { status: 'OPEN' }, after: { status: 'EXPIRED', reason: 'unconfirmed' } });
    await tellMembers(trx, notifications, job.employer_id, {
      kind: 'JOB_EXPIRED',
      title: '工作已自动下线',
      body: `「${job.title}」${Math.round(deadlines.jobExpireUnconfirmedHours / 24)} 天没有确认还在招，已自动下线。还要招人的话，可以重新开启。`,
      link: `/recruiter/jobs/index?jobId=${job.id}`,
    });
    const closed = await closeOpenApplications(db, trx, notifications, job.id, now, '已过招聘截止日期');
    if (closed === BATCH) await scheduleClosingNotices(db, trx, job.id, now, 'more');
    // The public catalogue changed: every instance's caches notice the version move.
    await trx('catalog_state').where('id', 1).increment('version', 1);
    return `expired; closed ${closed} application(s)`;
  });
}

/**
 * The reply deadlines of the server that opened `db`. Application services are built with
 * the database and reach the deadlines through it, so a server's configuration is the one
 * its applications are timed by (two servers in one process keep their own).
 */
const replyDeadlines = new WeakMap<Database, ReplyDeadlines>();

export function useReplyDeadlines(db: Database, deadlines: Deadlines): ReplyDeadlines {
  const r = new ReplyDeadlines(db, deadlines);
  replyDeadlines.set(db, r);
  return r;
}

export function replyDeadlinesOf(db: Database): ReplyDeadlines {
  const r = replyDeadlines.get(db);
  if (!r) throw new Error('reply deadlines are not configured for this database');
  return r;
}

/**
 * "Opened": the first time a member of the employer (not the bureau) loads an application
 * with its applicant — in the job's applicants list (`Job.applications`) or by itself
 * (`application(id)`). It stops the reminder; it is not a reply (the villager is told
 * nothing, and the reply rate counts status changes only). Written once, by an UPDATE that
 * only touches applications not yet opened.
 */
export async function markOpened(db: Database, viewer: { orgIds: ReadonlySet<string> } | null, orgId: string, ids: string[], now = new Date()): Promise<void> {
  if (!viewer || !viewer.orgIds.has(orgId) || ids.length === 0) return;
  await db.knex('applications').whereIn('id', ids).whereNull('opened_at').update({ opened_at: db.dateParam(now) });
}
