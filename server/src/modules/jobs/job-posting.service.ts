import type { Database } from '../../db/orm';
import type { JobInput } from '../../generated/graphql';
import type { CatalogVersion } from '../../db/catalog-version-store';
import { forbidden, requireViewer } from '../accounts/account.service';
import { canManage, type Viewer } from '../accounts/viewer';
import { chinaDay } from '../courses/course.rows';
import { checkId, newId } from '../common/ids';
import { checkIdempotencyKey, once } from '../common/idempotency';
import { Checker, checkPay, checkPlace } from '../common/input-rules';
import { payColumns } from '../common/pay';
import { placeColumns, placeText } from '../common/place';
import { compareAndSet, staleStatus } from '../common/status-change';
import { syncSearchIndex } from '../common/search-index';
import { searchText } from '../common/text-filter';
import { userError } from '../common/user-errors';
import { duplicatePostingError, liveDuplicateOf } from '../common/duplicate-posting';
import { audit } from '../trust/audit';
import { scheduleClosingNotices } from '../timed-work/rules';
import { checkFees, checkPostedTexts, NO_FEE_STATEMENT } from '../trust/fee-check';
import type { JobService } from './job.service';

const DAY_MS = 86_400_000;
const DEFAULT_OPEN_DAYS = 30;
const MAX_OPEN_DAYS = 180;

/**
 * Employers write jobs: drafts, publishing, edits and closing. Every path checks that the
 * caller is a member of the employer, that the employer is not suspended, and the text for
 * fees, before anything is stored.
 */
export class JobPostingService {
  constructor(
    private readonly db: Database,
    private readonly catalog: CatalogVersion,
    private readonly jobs: JobService,
  ) {}

  private async employer(organizationId: string) {
    return this.db.knex('organizations').where('id', organizationId).first('id', 'name', 'kind', 'suspended');
  }

  /** Validates a job; returns the columns to store, or the user errors. */
  private check(input: JobInput, publishedAt: Date) {
    const c = new Checker();
    const title = c.text(input.title, 'input.title', '标题', 4, 30);
    const description = c.text(input.description, 'input.description', '工作介绍', 20, 2000);
    const place = checkPlace(c, input.place, 'input.place');
    const pay = checkPay(c, input.pay, 'input.pay');
    c.int(input.headcount, 'input.headcount', '招聘人数', 1, 999);
    c.int(input.ageMin ?? null, 'input.ageMin', '最小年龄', 16, 70);
    c.int(input.ageMax ?? null, 'input.ageMax', '最大年龄', 16, 70);
    if (input.ageMin != null && input.ageMax != null && input.ageMin > input.ageMax) c.add('AGE_RANGE', '最小年龄不能大于最大年龄', 'input.ageMin');
    const requirements = c.lines(input.requirements, 'input.requirements', '要求', 10, 50);
    const contactName = c.text(input.contactName, 'input.contactName', '联系人', 1, 20);
    const contactPhone = c.phone(input.contactPhone, 'input.contactPhone');
    const today = chinaDay(publishedAt);
    let expiresAt = new Date(publishedAt.getTime() + DEFAULT_OPEN_DAYS * DAY_MS);
    if (input.expiresOn) {
      // The last day counts in full: the job closes at the end of that day, China time.
      expiresAt = new Date(`${input.expiresOn}T23:59:59+08:00`);
      if (input.expiresOn < today) c.add('EXPIRY_IN_PAST', '截止日期不能早于发布日期', 'input.expiresOn');
      else if (expiresAt.getTime() - publishedAt.getTime() > MAX_OPEN_DAYS * DAY_MS) c.add('EXPIRY_TOO_FAR', `招聘最长 ${MAX_OPEN_DAYS} 天`, 'input.expiresOn');
    }
    // Every text the poster writes is read for who pays whom; each field that asks the
    // applicant for money is refused with the sentence quoted back.
    const fees = checkPostedTexts(
      [{ field: 'input.title', text: title }, { field: 'input.description', text: description }, ...requirements.map((text, i) => ({ field: `input.requirements.${i}`, text }))],
      (quoted) => `招聘信息不能让求职者出钱：${quoted}。请删掉这句再发布`,
    );
    for (const e of fees.errors) c.add(e.code, e.message, e.field);
    const underReview = fees.review !== null;
    if (description !== null && !description.includes(NO_FEE_STATEMENT)) c.add('NO_FEE_STATEMENT', `工作介绍里必须写明“${NO_FEE_STATEMENT}”`, 'input.description');
    if (!c.ok) return { errors: c.errors } as const;
    return {
      errors: null,
      underReview,
      reviewNote: fees.review === null ? null : `费用没有写清谁出（${fees.review}），等待县人社局审核`,
      columns: {
        title,
        category: input.category,
        description,
        ...placeColumns(place as never),
        ...payColumns(pay),
        provides_housing: input.providesHousing,
        provides_meals: input.providesMeals,
        couple_rooms: input.coupleRooms,
        day_shift_only: input.dayShiftOnly,
        social_insurance: input.socialInsurance,
        travel_paid: input.travelPaid,
        headcount: input.headcount,
        age_min: input.ageMin ?? null,
        age_max: input.ageMax ?? null,
        requirements: requirements.join('\n'),
        contact_name: contactName,
        contact_phone: contactPhone,
        expires_at: expiresAt,
        searchParts: [title, description, placeText(placeColumns(place as never)), requirements.join(' ')],
      },
    } as const;
  }

  private row(columns: Record<string, unknown>, employerName: string): Record<string, unknown> {
    const { searchParts, ...rest } = columns as { searchParts: string[] } & Record<string, unknown>;
    const out: Record<string, unknown> = { search_text: searchText([...(searchParts as string[]), employerName]) };
    for (const [k, v] of Object.entries(rest)) {
      const key = k.replace(/[A-Z]/g, (ch) => `_${ch.toLowerCase()}`);
      out[key] = typeof v === 'boolean' ? this.db.boolParam(v) : v instanceof Date ? this.db.dateParam(v) : v;
    }
    return out;
  }

  async post(viewer: Viewer | null, organizationId: string, input: JobInput, publish: boolean, idempotencyKey?: string | null, askIfDuplicate = false) {
    const v = requireViewer(viewer);
    const key = checkIdempotencyKey(idempotencyKey);
    checkId(organizationId, 'organizationId');
    const org = await this.employer(organizationId);
    if (!org || !v.orgIds.has(organizationId)) throw forbidden('只能为自己所在的机构发布招聘');
    return once(this.db, { userId: v.userId, key, operation: 'postJob', input: { organizationId, input, publish } }, {
      replay: async (id) => ({ job: await this.jobs.byId(id, new Date()), userErrors: [] }),
      refuse: (userErrors) => ({ job: null, userErrors }),
      create: async (claim) => {
        if (this.db.readBool(org.suspended)) return { job: null, userErrors: [userError('ORGANIZATION_SUSPENDED', '机构因多次违规被暂停发布', 'organizationId')] };
        const now = new Date();
        const checked = this.check(input, now);
        if (checked.errors) return { job: null, userErrors: checked.errors };
        if (publish && askIfDuplicate) {
          const same = await liveDuplicateOf(this.db, { organizationId, kind: 'JOB', title: checked.columns.title ?? '', place: input.place }, now);
          if (same) return { job: null, userErrors: [duplicatePostingError(same)] };
        }
        const status = publish ? (checked.underReview ? 'UNDER_REVIEW' : 'OPEN') : 'DRAFT';
        const id = newId();
        await this.db.writeTransaction(async (trx) => {
          await claim(trx, id);
          await trx('jobs').insert({
            id, employer_id: organizationId, ...this.row(checked.columns, org.name), status,
            published_at: this.db.dateParam(now), moderation_note: checked.reviewNote,
            // Published now: first published, and confirmed 仍在招, at this moment.
            first_published_at: status === 'DRAFT' ? null : this.db.dateParam(now), confirmed_at: status === 'DRAFT' ? null : this.db.dateParam(now),
            created_at: this.db.dateParam(now), updated_at: this.db.dateParam(now),
          });
          await syncSearchIndex(this.db, trx, 'jobs', [id]);
          await audit(this.db, trx, { actorId: v.userId, action: 'JOB_POSTED', subjectKind: 'JOB', subjectId: id, after: { status } });
        });
        if (status === 'OPEN') await this.catalog.bump();
        return { job: await this.jobs.byId(id, now), userErrors: [] };
      },
    });
  }

  /** The job if the viewer manages it; "not found" otherwise, as for an unknown id. */
  private async managed(viewer: Viewer, id: string) {
    checkId(id);
    const job = await this.db.knex('jobs').join('organizations', 'organizations.id', 'jobs.employer_id').where('jobs.id', id).first('jobs.id', 'jobs.status', 'jobs.employer_id', 'jobs.published_at', 'jobs.moderation_note', 'organizations.name as employer_name', 'organizations.suspended');
    return job && viewer.orgIds.has(job.employer_id) ? job : null;
  }

  async update(viewer: Viewer | null, id: string, input: JobInput) {
    const v = requireViewer(viewer);
    const job = await this.managed(v, id);
    if (!job) return { job: null, userErrors: [userError('NOT_FOUND', '没有找到这个招聘', 'id')] };
    const now = new Date();
    const checked = this.check(input, job.status === 'DRAFT' ? now : this.db.readDate(job.published_at));
    if (checked.errors) return { job: null, userErrors: checked.errors };
    // A live job whose new text mentions a fee goes back to the bureau. So does a job the bureau
    // took down, once its employer has changed it: that edit is its request to be shown again
    // (修改后申请恢复), and it stays hidden until the bureau approves it from its review queue.
    const resubmitted = job.status === 'TAKEN_DOWN';
    const status = resubmitted || (job.status === 'OPEN' && checked.underReview) ? 'UNDER_REVIEW' : job.status;
    const review = resubmitted ? { moderation_note: `下架后已修改，申请恢复。下架原因：${job.moderation_note ?? ''}`.slice(0, 200) } : {};
    // The status is written back, so the edit holds only while the job still has the status it
    // was checked against: an edit must not reopen a job closed, approved or taken down meanwhile.
    const saved = await this.db.writeTransaction(async (trx) => {
      if (!(await compareAndSet(trx, 'jobs', id, { status: job.status }, { ...this.row(checked.columns, job.employer_name), status, ...review, updated_at: this.db.dateParam(now) }))) return false;
      await syncSearchIndex(this.db, trx, 'jobs', [id]);
      await audit(this.db, trx, { actorId: v.userId, action: 'JOB_UPDATED', subjectKind: 'JOB', subjectId: id, before: { status: job.status }, after: { status } });
      return true;
    });
    if (!saved) {
      const current = await this.managed(v, id);
      if (current?.status === 'TAKEN_DOWN') return { job: null, userErrors: [userError('TAKEN_DOWN', '已被下架的招聘不能修改', 'id')] };
      return { job: await this.jobs.byId(id, now), userErrors: [staleStatus()] };
    }
    await this.catalog.bump();
    return { job: await this.jobs.byId(id, now), userErrors: [] };
  }

  /**
   * Publishes a draft. A second publish (the draft is OPEN or UNDER_REVIEW already) is a no-op
   * success; a draft closed or taken down meanwhile gives STALE_STATUS. The compare-and-set is
   * also on the text that was checked for fees, so an edit saved in between cannot go live
   * unchecked: it makes this publish STALE_STATUS instead.
   */
  async publish(viewer: Viewer | null, id: string) {
    const v = requireViewer(viewer);
    const job = await this.managed(v, id);
    if (!job) return { job: null, userErrors: [userError('NOT_FOUND', '没有找到这个招聘', 'id')] };
    const answer = async (status: string) => ({ job: await this.jobs.byId(id, new Date()), userErrors: status === 'OPEN' || status === 'UNDER_REVIEW' ? [] : [staleStatus()] });
    if (job.status !== 'DRAFT') return answer(job.status);
    if (this.db.readBool(job.suspended)) return { job: null, userErrors: [userError('ORGANIZATION_SUSPENDED', '机构因多次违规被暂停发布', 'id')] };
    const full = await this.db.knex('jobs').where('id', id).first('title', 'description', 'requirements');
    const underReview = [full.title, full.description, full.requirements].some((text: string | null) => text && checkFees(text).kind !== 'ok');
    const status = underReview ? 'UNDER_REVIEW' : 'OPEN';
    const now = new Date();
    const published = await this.db.writeTransaction(async (trx) => {
      const read = { status: 'DRAFT', title: full.title, description: full.description, requirements: full.requirements };
      if (!(await compareAndSet(trx, 'jobs', id, read, { status, published_at: this.db.dateParam(now), first_published_at: trx.raw('coalesce(first_published_at, ?)', [this.db.dateParam(now)]), confirmed_at: this.db.dateParam(now), confirm_asked_at: null, updated_at: this.db.dateParam(now) }))) return false;
      // Published now: its place in the newest-first index moves to the top.
      await syncSearchIndex(this.db, trx, 'jobs', [id]);
      await audit(this.db, trx, { actorId: v.userId, action: 'JOB_PUBLISHED', subjectKind: 'JOB', subjectId: id, before: { status: 'DRAFT' }, after: { status } });
      return true;
    });
    if (!published) {
      const current = await this.managed(v, id);
      // Still a draft means its text changed under the check: that is stale too.
      return current && current.status !== 'DRAFT' ? answer(current.status) : { job: await this.jobs.byId(id, now), userErrors: [staleStatus()] };
    }
    await this.catalog.bump();
    return { job: await this.jobs.byId(id, now), userErrors: [] };
  }

  /**
   * Stops a job taking applications. Closing a closed job is a no-op success; a job the bureau
   * took down — before or while this runs — gives STALE_STATUS and stays taken down.
   */
  async close(viewer: Viewer | null, id: string) {
    const v = requireViewer(viewer);
    const job = await this.managed(v, id);
    if (!job) return { job: null, userErrors: [userError('NOT_FOUND', '没有找到这个招聘', 'id')] };
    const answer = async (status: string) => ({ job: await this.jobs.byId(id, new Date()), userErrors: status === 'CLOSED' ? [] : [staleStatus()] });
    if (job.status === 'CLOSED' || job.status === 'TAKEN_DOWN') return answer(job.status);
    // Closed is public: a job frozen by 对方让我交钱 reports stays held until the bureau decides.
    if (job.status === 'UNDER_REVIEW' && (await this.db.knex('posting_freezes').where({ subject_kind: 'JOB', subject_id: id }).first('subject_id'))) {
      return { job: await this.jobs.byId(id, new Date()), userErrors: [userError('FROZEN', '有人反映这条招聘要求交钱，县人社局核实前不能关闭', 'id')] };
    }
    const closed = await this.db.writeTransaction(async (trx) => {
      if (!(await compareAndSet(trx, 'jobs', id, { status: job.status }, { status: 'CLOSED', updated_at: this.db.dateParam(new Date()) }))) return false;
      await audit(this.db, trx, { actorId: v.userId, action: 'JOB_CLOSED', subjectKind: 'JOB', subjectId: id, before: { status: job.status }, after: { status: 'CLOSED' } });
      // Everyone still waiting on it is told, and their applications end as 岗位已关闭.
      await scheduleClosingNotices(this.db, trx, id, new Date(), 'closed');
      return true;
    });
    if (!closed) return answer((await this.managed(v, id))?.status ?? '');
    await this.catalog.bump();
    return { job: await this.jobs.byId(id, new Date()), userErrors: [] };
  }

  /**
   * 仍在招: the employer's member says the live job still hires. A compare-and-set on the
   * status and confirmation read, so it restarts the wait before the job is asked about
   * (JOB_CONFIRM_ASK_DAYS) and expires (JOB_EXPIRE_UNCONFIRMED_DAYS); the sweep's tasks for
   * the old confirmation then find it changed and do nothing. Only a live job: one closed,
   * expired, held or taken down gives NOT_LIVE (reopening is a different step).
   */
  async confirmStillHiring(viewer: Viewer | null, id: string, now = new Date()) {
    const v = requireViewer(viewer);
    const job = await this.managed(v, id);
    if (!job) return { job: null, userErrors: [userError('NOT_FOUND', '没有找到这个招聘', 'jobId')] };
    const row = await this.db.knex('jobs').where('id', id).first('status', 'expires_at', 'confirmed_at');
    const live = row.status === 'OPEN' && (row.expires_at == null || this.db.readDate(row.expires_at) > now);
    if (!live) return { job: await this.jobs.byId(id, now), userErrors: [userError('NOT_LIVE', '这个招聘已经不在招了，不用确认', 'jobId')] };
    const confirmed = await this.db.writeTransaction(async (trx) => {
      if (!(await compareAndSet(trx, 'jobs', id, { status: 'OPEN', confirmed_at: row.confirmed_at, expires_at: row.expires_at }, { confirmed_at: this.db.dateParam(now), confirm_asked_at: null }))) return false;
      await audit(this.db, trx, { actorId: v.userId, action: 'JOB_CONFIRMED', subjectKind: 'JOB', subjectId: id, after: { confirmedAt: now.toISOString() } });
      return true;
    });
    // Lost to a concurrent change: a second tap that confirmed first is the same answer.
    const current = await this.jobs.byId(id, now);
    if (!confirmed && current?.status !== 'OPEN') return { job: current, userErrors: [staleStatus()] };
    return { job: current, userErrors: [] };
  }

  /**
   * Takes applications again on a job its employer closed, or one past its last day. It goes
   * live as publishing would (UNDER_REVIEW when its text mentions a fee word); a job past its
   * last day gets the default 30 days from now. Reopening an open job is a no-op success; a
   * draft, a job held for review or taken down — before or while this runs — gives
   * STALE_STATUS. The compare-and-set is on the status and the expiry read, so a close or an
   * edit in between wins.
   */
  async reopen(viewer: Viewer | null, id: string) {
    const v = requireViewer(viewer);
    const job = await this.managed(v, id);
    if (!job) return { job: null, userErrors: [userError('NOT_FOUND', '没有找到这个招聘', 'id')] };
    const now = new Date();
    const full = await this.db.knex('jobs').where('id', id).first('status', 'title', 'description', 'requirements', 'expires_at');
    const expiresAt = full.expires_at === null || full.expires_at === undefined ? null : this.db.readDate(full.expires_at);
    const expired = expiresAt !== null && expiresAt.getTime() <= now.getTime();
    if (full.status === 'OPEN' && !expired) return { job: await this.jobs.byId(id, now), userErrors: [] };
    if (full.status !== 'CLOSED' && full.status !== 'OPEN') return { job: await this.jobs.byId(id, now), userErrors: [staleStatus()] };
    if (this.db.readBool(job.suspended)) return { job: null, userErrors: [userError('ORGANIZATION_SUSPENDED', '机构因多次违规被暂停发布', 'id')] };
    const underReview = [full.title, full.description, full.requirements].some((text: string | null) => text && checkFees(text).kind !== 'ok');
    const status = underReview ? 'UNDER_REVIEW' : 'OPEN';
    // Reopening says it hires again: a fresh 仍在招 (the first-published date stays).
    const changes: Record<string, unknown> = { status, confirmed_at: this.db.dateParam(now), confirm_asked_at: null, updated_at: this.db.dateParam(now) };
    if (expired) changes.expires_at = this.db.dateParam(new Date(now.getTime() + DEFAULT_OPEN_DAYS * DAY_MS));
    const reopened = await this.db.writeTransaction(async (trx) => {
      if (!(await compareAndSet(trx, 'jobs', id, { status: full.status, expires_at: full.expires_at }, changes))) return false;
      await audit(this.db, trx, { actorId: v.userId, action: 'JOB_REOPENED', subjectKind: 'JOB', subjectId: id, before: { status: expired ? 'EXPIRED' : full.status }, after: { status } });
      return true;
    });
    if (!reopened) return { job: await this.jobs.byId(id, new Date()), userErrors: [staleStatus()] };
    await this.catalog.bump();
    return { job: await this.jobs.byId(id, new Date()), userErrors: [] };
  }

  /** All of an organisation's jobs for its members and admins; null for everyone else. */
  async postedBy(viewer: Viewer | null, organizationId: string) {
    if (!canManage(viewer, organizationId)) return null;
    const ids = await this.db.knex('jobs').where('employer_id', organizationId).orderBy([{ column: 'created_at', order: 'desc' }, { column: 'id', order: 'desc' }]).limit(200).pluck('id');
    const now = new Date();
    return (await Promise.all((ids as string[]).map((id) => this.jobs.byId(id, now)))).filter((j) => j !== null);
  }
}
