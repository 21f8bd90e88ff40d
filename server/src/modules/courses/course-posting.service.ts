import { randomInt } from 'node:crypto';
import type { Database } from '../../db/orm';
import type { CourseInput } from '../../generated/graphql';
import type { CatalogVersion } from '../../db/catalog-version-store';
import { forbidden, requireViewer } from '../accounts/account.service';
import { canManage, type Viewer } from '../accounts/viewer';
import { checkId, newId } from '../common/ids';
import { checkIdempotencyKey, once } from '../common/idempotency';
import { Checker, checkPlace } from '../common/input-rules';
import { placeColumns, placeText } from '../common/place';
import { compareAndSet, staleStatus } from '../common/status-change';
import { syncSearchIndex } from '../common/search-index';
import { searchText } from '../common/text-filter';
import { searchForm } from '../common/text';
import { userError } from '../common/user-errors';
import { duplicatePostingError, liveDuplicateOf } from '../common/duplicate-posting';
import type { NotificationService } from '../notifications/notification.service';
import { appendHistory, parseHistory } from '../common/records';
import { promoteWaitlisted } from '../enrollments/enrollment.service';
import { audit } from '../trust/audit';
import { checkPostedTexts } from '../trust/fee-check';
import { chinaDay } from './course.rows';
import type { CourseService } from './course.service';

/** Year and ten random digits: all digits, so it reads out plainly over the phone. */
function certificateNumber(today: string): string {
  return `${today.slice(0, 4)}${String(randomInt(0, 1e10)).padStart(10, '0')}`;
}

/** Trainers list courses, cancel them, and mark graduates, who then hold a certificate. */
export class CoursePostingService {
  constructor(
    private readonly db: Database,
    private readonly catalog: CatalogVersion,
    private readonly courses: CourseService,
    private readonly notifications: NotificationService,
  ) {}

  private async check(input: CourseInput, today: string, minSeats: number) {
    const c = new Checker();
    const title = c.text(input.title, 'input.title', '课程名称', 4, 30);
    const description = c.text(input.description, 'input.description', '课程介绍', 20, 2000);
    const place = checkPlace(c, input.place, 'input.place');
    if (input.startDate < today) c.add('START_IN_PAST', '开课日期不能早于今天', 'input.startDate');
    if (input.endDate < input.startDate) c.add('END_BEFORE_START', '结课日期不能早于开课日期', 'input.endDate');
    if (input.enrollmentDeadline > input.startDate) c.add('DEADLINE_AFTER_START', '报名截止日期不能晚于开课日期', 'input.enrollmentDeadline');
    c.int(input.hours, 'input.hours', '课时', 1, 2000);
    c.int(input.seats, 'input.seats', '名额', Math.max(1, minSeats), 500);
    c.int(input.fee, 'input.fee', '学费', 0, 100_000);
    c.int(input.subsidy, 'input.subsidy', '补贴', 0, 100_000);
    const certificate = c.text(input.certificate, 'input.certificate', '证书名称', 0, 60);
    const requirements = c.lines(input.requirements, 'input.requirements', '报名条件', 10, 50);
    const contactName = c.text(input.contactName, 'input.contactName', '联系人', 1, 20);
    const contactPhone = c.phone(input.contactPhone, 'input.contactPhone');
    if (input.leadsToEmployerIds.length > 5) c.add('TOO_MANY', '最多关联 5 家用工单位', 'input.leadsToEmployerIds');
    input.leadsToEmployerIds.forEach((id) => checkId(id, 'input.leadsToEmployerIds'));
    const employers = input.leadsToEmployerIds.length
      ? await this.db.knex('organizations').whereIn('id', input.leadsToEmployerIds as string[]).whereNot('kind', 'TRAINING_INSTITUTION').pluck('id')
      : [];
    if (employers.length !== new Set(input.leadsToEmployerIds).size) c.add('NOT_FOUND', '关联的用工单位不存在', 'input.leadsToEmployerIds');
    // A paid course states its fee in the fee field, which is shown as such; the texts must not
    // ask for more (教材费另收, 学费可分期, 结业考证费自理): that is the classic "free course" scam.
    const fees = checkPostedTexts(
      [{ field: 'input.title', text: title }, { field: 'input.description', text: description }, { field: 'input.certificate', text: certificate }, ...requirements.map((text, i) => ({ field: `input.requirements.${i}`, text }))],
      (quoted) => `课程介绍不能让学员另外出钱：${quoted}。学费只填在“学费”一栏`,
    );
    for (const e of fees.errors) c.add(e.code, e.message, e.field);
    if (!c.ok) return { errors: c.errors } as const;
    const placeCols = placeColumns(place as never);
    return {
      errors: null,
      employers: employers as string[],
      columns: {
        title, skill: input.skill, description, ...placeCols,
        start_date: input.startDate, end_date: input.endDate, enrollment_deadline: input.enrollmentDeadline,
        hours: input.hours, fee: input.fee, subsidy: input.subsidy,
        covers_food: this.db.boolParam(input.coversFood), covers_lodging: this.db.boolParam(input.coversLodging), covers_travel: this.db.boolParam(input.coversTravel),
        seats: input.seats, certificate, requirements: requirements.join('\n'), contact_name: contactName, contact_phone: contactPhone,
        search_text: searchText([title, description, placeText(placeCols), certificate]),
      },
    } as const;
  }

  async post(viewer: Viewer | null, organizationId: string, input: CourseInput, idempotencyKey?: string | null, askIfDuplicate = false) {
    const v = requireViewer(viewer);
    const key = checkIdempotencyKey(idempotencyKey);
    checkId(organizationId, 'organizationId');
    const org = await this.db.knex('organizations').where('id', organizationId).first('id', 'name', 'kind', 'suspended');
    if (!org || !v.orgIds.has(organizationId)) throw forbidden('只能为自己所在的培训机构发布课程');
    return once(this.db, { userId: v.userId, key, operation: 'postCourse', input: { organizationId, input } }, {
      replay: async (id) => ({ course: await this.courses.byId(id, new Date()), userErrors: [] }),
      refuse: (userErrors) => ({ course: null, userErrors }),
      create: async (claim) => {
        if (org.kind !== 'TRAINING_INSTITUTION') return { course: null, userErrors: [userError('NOT_A_TRAINER', '只有培训机构可以发布课程', 'organizationId')] };
        if (this.db.readBool(org.suspended)) return { course: null, userErrors: [userError('ORGANIZATION_SUSPENDED', '机构因多次违规被暂停发布', 'organizationId')] };
        const now = new Date();
        const checked = await this.check(input, chinaDay(now), 1);
        if (checked.errors) return { course: null, userErrors: checked.errors };
        if (askIfDuplicate) {
          const same = await liveDuplicateOf(this.db, { organizationId, kind: 'COURSE', title: checked.columns.title ?? '', place: input.place, startDate: input.startDate }, now);
          if (same) return { course: null, userErrors: [duplicatePostingError(same)] };
        }
        const id = newId();
        const { search_text, ...cols } = checked.columns;
        await this.db.writeTransaction(async (trx) => {
          await claim(trx, id);
          await trx('courses').insert({
            id, trainer_id: organizationId, ...cols, search_text: `${search_text} ${searchForm(org.name)}`, enrolled_count: 0,
            published_at: this.db.dateParam(now), cancelled: this.db.boolParam(false), created_at: this.db.dateParam(now), updated_at: this.db.dateParam(now),
          });
          if (checked.employers.length) await trx('course_employers').insert(checked.employers.map((e) => ({ course_id: id, employer_id: e })));
          await syncSearchIndex(this.db, trx, 'courses', [id]);
          await audit(this.db, trx, { actorId: v.userId, action: 'COURSE_POSTED', subjectKind: 'COURSE', subjectId: id });
        });
        await this.catalog.bump();
        return { course: await this.courses.byId(id, now), userErrors: [] };
      },
    });
  }

  private async managed(v: Viewer, id: string) {
    checkId(id);
    const course = await this.db.knex('courses').where('id', id).first('id', 'trainer_id', 'title', 'cancelled', 'enrolled_count', 'start_date');
    return course && v.orgIds.has(course.trainer_id) ? course : null;
  }

  async update(viewer: Viewer | null, id: string, input: CourseInput) {
    const v = requireViewer(viewer);
    const course = await this.managed(v, id);
    if (!course) return { course: null, userErrors: [userError('NOT_FOUND', '没有找到这个课程', 'id')] };
    if (this.db.readBool(course.cancelled)) return { course: null, userErrors: [userError('COURSE_CANCELLED', '已取消的课程不能修改', 'id')] };
    const now = new Date();
    // Seats may not drop below those already taken.
    const checked = await this.check(input, chinaDay(now), course.enrolled_count);
    if (checked.errors) return { course: null, userErrors: checked.errors };
    const org = await this.db.knex('organizations').where('id', course.trainer_id).first('name');
    // The edit holds only while the course still runs and its seats still cover those taken:
    // a cancellation or enrolments committed since the checks above refuse it.
    const saved = await this.db.writeTransaction(async (trx) => {
      const updated = await trx('courses').where({ id, cancelled: this.db.boolParam(false) }).where('enrolled_count', '<=', input.seats)
        .update({ ...checked.columns, search_text: `${checked.columns.search_text} ${searchForm(org.name)}`, updated_at: this.db.dateParam(now) });
      if (Number(updated) !== 1) return false;
      await syncSearchIndex(this.db, trx, 'courses', [id]);
      await trx('course_employers').where('course_id', id).del();
      if (checked.employers.length) await trx('course_employers').insert(checked.employers.map((e) => ({ course_id: id, employer_id: e })));
      // More seats than before: those waiting take them at once, in order.
      await promoteWaitlisted(this.db, this.notifications, trx, id, now);
      await audit(this.db, trx, { actorId: v.userId, action: 'COURSE_UPDATED', subjectKind: 'COURSE', subjectId: id });
      return true;
    });
    if (!saved) {
      const current = await this.managed(v, id);
      if (!current || this.db.readBool(current.cancelled)) return { course: null, userErrors: [userError('COURSE_CANCELLED', '已取消的课程不能修改', 'id')] };
      const again = await this.check(input, chinaDay(now), current.enrolled_count);
      return { course: null, userErrors: again.errors ?? [staleStatus()] };
    }
    await this.catalog.bump();
    return { course: await this.courses.byId(id, now), userErrors: [] };
  }

  /**
   * Cancels a course and every enrolment still in it, each villager told once. Cancelling a
   * cancelled course (by a colleague, or taken down by the bureau, before or while this runs)
   * is a no-op success. Each enrolment is a compare-and-set of its own: one its villager
   * cancelled in the same moment is hers, and she is not told of this cancellation.
   */
  async cancel(viewer: Viewer | null, id: string, rawReason: string) {
    const v = requireViewer(viewer);
    const course = await this.managed(v, id);
    if (!course) return { course: null, userErrors: [userError('NOT_FOUND', '没有找到这个课程', 'id')] };
    const c = new Checker();
    const reason = c.text(rawReason, 'reason', '取消原因', 2, 200);
    if (!c.ok) return { course: null, userErrors: c.errors };
    const now = new Date();
    if (!this.db.readBool(course.cancelled)) {
      const cancelled = await this.db.writeTransaction(async (trx) => {
        if (!(await compareAndSet(trx, 'courses', id, { cancelled: this.db.boolParam(false) }, { cancelled: this.db.boolParam(true), moderation_note: reason, updated_at: this.db.dateParam(now) }))) return false;
        const affected = await trx('enrollments').where('course_id', id).whereIn('status', ['ENROLLED', 'WAITLISTED']).select('id', 'user_id', 'status', 'history');
        let told = 0;
        for (const e of affected) {
          const ended = await compareAndSet(trx, 'enrollments', e.id, { status: e.status, history: e.history }, { status: 'CANCELLED', waitlisted_at: null, history: appendHistory(parseHistory(e.history), 'CANCELLED', now, `课程取消：${reason}`), updated_at: this.db.dateParam(now) });
          if (!ended) continue;
          told += 1;
          await this.notifications.notify(trx, e.user_id, {
            kind: 'COURSE_CANCELLED',
            title: '课程取消',
            body: `你报名的「${course.title}」已取消。原因：${reason}`,
            link: `/course/detail/index?id=${id}`,
            wechat: { template: 'COURSE_CANCELLED', data: { thing1: course.title.slice(0, 20), thing2: reason!.slice(0, 20) }, dedupeKey: `course-cancelled:${e.id}` },
          });
        }
        await audit(this.db, trx, { actorId: v.userId, action: 'COURSE_CANCELLED', subjectKind: 'COURSE', subjectId: id, before: { cancelled: false }, after: { cancelled: true, reason, told } });
        return true;
      });
      if (cancelled) await this.catalog.bump();
    }
    return { course: await this.courses.byId(id, now), userErrors: [] };
  }

  /**
   * Marks an enrolled trainee completed and issues her certificate, once: marking her again
   * (a double tap, or a colleague at the same moment) is a no-op success that answers with the
   * certificate already issued. An enrolment cancelled before or while this runs gives
   * STALE_STATUS; a villager still waiting for a seat gives NOT_ENROLLED.
   */
  async markCompleted(viewer: Viewer | null, enrollmentId: string) {
    const v = requireViewer(viewer);
    checkId(enrollmentId, 'enrollmentId');
    const e = await this.db.knex('enrollments').join('courses', 'courses.id', 'enrollments.course_id').where('enrollments.id', enrollmentId)
      .first('enrollments.id', 'enrollments.user_id', 'enrollments.status', 'enrollments.history', 'courses.id as course_id', 'courses.trainer_id', 'courses.title', 'courses.certificate', 'courses.start_date');
    if (!e || !v.orgIds.has(e.trainer_id)) return { enrollment: null, certificate: null, userErrors: [userError('NOT_FOUND', '没有找到这条报名', 'enrollmentId')] };
    const answer = async (status: string) => {
      if (status !== 'COMPLETED') return { enrollmentId, certificate: null, userErrors: [staleStatus()] };
      const cert = await this.db.knex('certificates').where('enrollment_id', enrollmentId).first();
      return { enrollmentId, certificate: cert ?? null, userErrors: [] };
    };
    if (e.status === 'WAITLISTED') return { enrollment: null, certificate: null, userErrors: [userError('NOT_ENROLLED', '只有正式报名的学员可以结业', 'enrollmentId')] };
    if (e.status !== 'ENROLLED') return answer(e.status);
    const now = new Date();
    const today = chinaDay(now);
    if (today < e.start_date) return { enrollment: null, certificate: null, userErrors: [userError('NOT_STARTED', '课程还没开始，不能结业', 'enrollmentId')] };
    const certificate = {
      id: newId(), user_id: e.user_id, enrollment_id: enrollmentId, course_id: e.course_id, trainer_id: e.trainer_id,
      name: e.certificate ?? `${e.title}结业证书`, number: certificateNumber(today),
      course_title: e.title, issued_on: today, created_at: this.db.dateParam(now),
    };
    const completed = await this.db.writeTransaction(async (trx) => {
      const moved = await compareAndSet(trx, 'enrollments', enrollmentId, { status: 'ENROLLED', history: e.history }, { status: 'COMPLETED', history: appendHistory(parseHistory(e.history), 'COMPLETED', now, `获得证书 ${certificate.number}`), updated_at: this.db.dateParam(now) });
      if (!moved) return false;
      await trx('certificates').insert(certificate);
      await audit(this.db, trx, { actorId: v.userId, action: 'ENROLLMENT_COMPLETED', subjectKind: 'ENROLLMENT', subjectId: enrollmentId, before: { status: 'ENROLLED' }, after: { status: 'COMPLETED', certificate: certificate.number } });
      await this.notifications.notify(trx, e.user_id, { kind: 'CERTIFICATE', title: '结业证书', body: `恭喜你完成「${e.title}」，获得${certificate.name}（编号 ${certificate.number}）。报名工作时可以附上。`, link: null });
      return true;
    });
    if (!completed) return answer((await this.db.knex('enrollments').where('id', enrollmentId).first('status')).status);
    return { enrollmentId, certificate, userErrors: [] };
  }

  async postedBy(viewer: Viewer | null, organizationId: string) {
    if (!canManage(viewer, organizationId)) return null;
    const ids = (await this.db.knex('courses').where('trainer_id', organizationId).orderBy('created_at', 'desc').limit(200).pluck('id')) as string[];
    const now = new Date();
    return (await Promise.all(ids.map((id) => this.courses.byId(id, now)))).filter((c) => c !== null);
  }
}
