import type { Knex } from '@mikro-orm/knex';
import type { Database } from '../../db/orm';
import type { HelperRelation, OnBehalfInput } from '../../generated/graphql';
import { badInput } from '../../errors';
import { forbidden, PHONE_PATTERN, requireViewer } from '../accounts/account.service';
import { canManage, type Viewer } from '../accounts/viewer';
import { checkId, newId } from '../common/ids';
import { normalizeText } from '../common/text';
import { userError, type UserError } from '../common/user-errors';
import { decodeCursor, encodeCursor } from '../common/cursor';
import { pageSize } from '../common/connection';
import { audit } from '../trust/audit';

export type RecordKind = 'APPLICATION' | 'ENROLLMENT' | 'INTEREST';

export const RELATIONS: readonly HelperRelation[] = ['CHILD', 'SPOUSE', 'RELATIVE', 'VILLAGE_CADRE'];

/** The relative as the helper typed her, checked and in the stored form. */
export interface OnBehalfPerson {
  name: string;
  phone: string;
  homeTown: string;
  homeVillage: string;
  relation: HelperRelation;
  birthYear: number | null;
}

/** Who made a record for whom (a row of `on_behalf_records`). */
export interface OnBehalfRow {
  kind: RecordKind;
  recordId: string;
  helperId: string;
  personId: string;
  relation: HelperRelation;
  homeTown: string;
  homeVillage: string;
  createdAt: Date;
}

export interface LatestRecordRow {
  kind: RecordKind;
  id: string;
  title: string;
  status: string;
  at: Date;
}

export interface HelpedPersonRow {
  id: string;
  name: string | null;
  phone: string | null;
  homeTown: string | null;
  homeVillage: string | null;
  relation: HelperRelation;
  recordCount: number;
  latest: LatestRecordRow | null;
  claimed: boolean;
}

export interface VillageCadreRow {
  userId: string;
  town: string;
  village: string;
  grantedAt: Date;
}

/** The bureau looks for villagers older than this … */
export const CALL_AGE = 50;
/** … or waiting longer than this for a hire. */
export const CALL_WAITING_DAYS = 30;

const PLACEHOLDER_OPENID = 'on-behalf:';
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const LISTS = { helped: 100, villagers: 200, cadres: 200, recordsRead: 1000 };
const RECORD_TABLES: Record<RecordKind, { table: string; posting: string; postingTable: string }> = {
  APPLICATION: { table: 'applications', posting: 'job_id', postingTable: 'jobs' },
  ENROLLMENT: { table: 'enrollments', posting: 'course_id', postingTable: 'courses' },
  INTEREST: { table: 'interests', posting: 'opening_id', postingTable: 'franchise_openings' },
};

/** The year in China, where every villager lives. */
export function chinaYear(now = new Date()): number {
  return new Date(now.getTime() + 8 * 3_600_000).getUTCFullYear();
}

/** A mobile number as typed (全角 digits, spaces, dashes) in its stored form. */
export function normalizePhone(raw: string): string {
  return normalizeText(raw).normalize('NFKC').replace(/[\s-]/g, '');
}

function line(value: string | null | undefined, field: string, label: string, max: number, errors: UserError[]): string {
  const v = normalizeText(value ?? '').trim();
  if (CONTROL.test(v)) errors.push(userError('INVALID', `${label}含有无法识别的字符`, field));
  else if ([...v].length > max) errors.push(userError('TOO_LONG', `${label}最多 ${max} 个字`, field));
  else if (v.length === 0) errors.push(userError('REQUIRED', `请填写${label}`, field));
  return v;
}

export function checkBirthYear(value: number | null | undefined, field: string, errors: UserError[]): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isInteger(value) || value < 1930 || value > chinaYear()) {
    errors.push(userError('INVALID', `出生年份应在 1930 到 ${chinaYear()} 年之间`, field));
    return null;
  }
  return value;
}

function oneLine(value: string, field: string, label: string): string {
  const v = normalizeText(value).trim();
  if (v.length === 0 || [...v].length > 20 || CONTROL.test(v)) throw badInput(`${label}应是 1 到 20 个字`, field);
  return v;
}

/**
 * Applying, enrolling and showing interest for a relative (代报名), village cadres, and the
 * bureau's call list.
 *
 * The relative is a `users` row keyed by her mobile number (`proxy_phone`), with a placeholder
 * openid no WeChat sign-in can produce (WeChat openids have no colon), so nobody signs in as
 * her. Records made for her are ordinary applications, enrolments and interests of that row:
 * the one-per-person rules, the employer's view and the status pipeline need nothing new.
 * `on_behalf_records` says who made each one and how they are related.
 *
 * When someone proves the number with WeChat's phone button (`claim`), the records move to
 * her own account and the row is marked claimed. From then on they are hers alone: the helper
 * no longer sees or withdraws them (her later interview invitations are not the helper's
 * business), though employers and the village cadre still see who helped. A number already
 * proved by a user is that user: records made for it are hers from the start.
 */
export class OnBehalfService {
  constructor(private readonly db: Database) {}

  /** Checks the form; the field names are those of the mutation's `onBehalf` argument. */
  check(input: OnBehalfInput): { person: OnBehalfPerson | null; userErrors: UserError[] } {
    const errors: UserError[] = [];
    const name = line(input.name, 'onBehalf.name', '家人的姓名', 20, errors);
    const phone = normalizePhone(input.phone ?? '');
    if (phone.length === 0) errors.push(userError('REQUIRED', '请填写家人的手机号', 'onBehalf.phone'));
    else if (!PHONE_PATTERN.test(phone)) errors.push(userError('INVALID_PHONE', '手机号应是 1 开头的 11 位数字', 'onBehalf.phone'));
    const homeTown = line(input.homeTown, 'onBehalf.homeTown', '家人的家乡镇', 20, errors);
    const homeVillage = line(input.homeVillage, 'onBehalf.homeVillage', '家人的家乡村', 20, errors);
    if (!RELATIONS.includes(input.relation)) errors.push(userError('INVALID', '请选择你和家人的关系', 'onBehalf.relation'));
    const birthYear = checkBirthYear(input.birthYear, 'onBehalf.birthYear', errors);
    if (errors.length > 0) return { person: null, userErrors: errors };
    return { person: { name, phone, homeTown, homeVillage, relation: input.relation, birthYear }, userErrors: [] };
  }

  /**
   * Checks the form and the helper, and finds (or creates) the person the record is for.
   * The helper needs her own phone on her profile (the employer calls both); she cannot
   * apply for herself; only a village cadre the bureau verified may say 村干部.
   */
  async prepare(helper: Viewer, input: OnBehalfInput): Promise<{ personId: string; person: OnBehalfPerson; userErrors: [] } | { personId: null; person: null; userErrors: UserError[] }> {
    const fail = (...userErrors: UserError[]) => ({ personId: null, person: null, userErrors });
    const { person, userErrors } = this.check(input);
    if (!person) return fail(...userErrors);
    const me = await this.db.knex('users').where('id', helper.userId).first('phone');
    if (!me?.phone) return fail(userError('PHONE_REQUIRED', '请先留下你自己的手机号，方便招工方联系你', 'phone'));
    if (me.phone === person.phone) return fail(userError('SELF', '这是你自己的手机号：给自己报名请直接报名，不用代报名', 'onBehalf.phone'));
    if (person.relation === 'VILLAGE_CADRE' && !(await this.cadreOf(helper.userId))) {
      return fail(userError('NOT_CADRE', '只有县人社局认证的村干部才能选“村干部”', 'onBehalf.relation'));
    }
    const personId = await this.personFor(person);
    if (personId === helper.userId) return fail(userError('SELF', '这是你自己的手机号：给自己报名请直接报名，不用代报名', 'onBehalf.phone'));
    return { personId, person, userErrors: [] };
  }

  /** The user who proved this number, or the person row kept for it (created on first use). */
  private async personFor(person: OnBehalfPerson): Promise<string> {
    const proved = await this.db.knex('users').where('phone', person.phone).whereNotNull('phone_verified_at').whereNull('proxy_phone').orderBy([{ column: 'phone_verified_at' }, { column: 'id' }]).first('id');
    if (proved) return proved.id;
    const id = newId();
    const now = this.db.dateParam(new Date());
    // Insert-or-ignore then read: two helpers typing the same number at once share one person.
    // The first helper's name and home stay; a later one's do not overwrite them.
    await this.db
      .knex('users')
      .insert({
        id, openid: `${PLACEHOLDER_OPENID}${id}`, name: person.name, phone: person.phone, proxy_phone: person.phone,
        home_town: person.homeTown, home_village: person.homeVillage, birth_year: person.birthYear,
        skills: '', preferred_destinations: '', large_text: this.db.boolParam(false), demo_admin: this.db.boolParam(false), created_at: now, updated_at: now,
      })
      .onConflict('proxy_phone')
      .ignore();
    const row = await this.db.knex('users').where('proxy_phone', person.phone).first('id', 'birth_year');
    if (!row) return this.personFor(person); // claimed between the insert and the read: she is a user now
    if (row.birth_year == null && person.birthYear !== null) await this.db.knex('users').where('id', row.id).whereNull('birth_year').update({ birth_year: person.birthYear });
    return row.id;
  }

  /**
   * Records who made record `recordId` for `personId`, inside the transaction that writes the
   * record. A person claimed while the helper was filling in the form (her row is locked by
   * the claim on PostgreSQL and read after it here) gets the record on her own account.
   * Reopening a withdrawn record for her names the helper who reopened it.
   */
  async record(trx: Knex, kind: RecordKind, recordId: string, helperId: string, personId: string, person: OnBehalfPerson): Promise<void> {
    await trx('users').where('id', personId).update({ updated_at: this.db.dateParam(new Date()) });
    const row = await trx('users').where('id', personId).first('claimed_by');
    let owner = personId;
    if (row?.claimed_by) {
      owner = row.claimed_by;
      await trx(RECORD_TABLES[kind].table).where({ id: recordId, user_id: personId }).update({ user_id: owner });
    }
    const fields = { helper_id: helperId, person_id: owner, relation: person.relation, home_town: person.homeTown, home_village: person.homeVillage, created_at: this.db.dateParam(new Date()) };
    await trx('on_behalf_records').insert({ record_kind: kind, record_id: recordId, ...fields }).onConflict(['record_kind', 'record_id']).merge(fields);
  }

  /** The person's own reopening of a record someone once made for her: it is hers now. */
  async forget(trx: Knex, kind: RecordKind, recordId: string): Promise<void> {
    await trx('on_behalf_records').where({ record_kind: kind, record_id: recordId }).del();
  }

  /** Who made these records, `KIND:id` keys (a DataLoader batch). */
  async byRecords(keys: readonly string[]): Promise<(OnBehalfRow | null)[]> {
    const ids = keys.map((k) => k.slice(k.indexOf(':') + 1));
    const rows = await this.db.knex('on_behalf_records').whereIn('record_id', ids);
    const byKey = new Map(rows.map((r: any) => [`${r.record_kind}:${r.record_id}`, this.toRow(r)]));
    return keys.map((k) => byKey.get(k) ?? null);
  }

  private toRow(r: any): OnBehalfRow {
    return {
      kind: r.record_kind, recordId: r.record_id, helperId: r.helper_id, personId: r.person_id, relation: r.relation,
      homeTown: r.home_town, homeVillage: r.home_village, createdAt: this.db.readDate(r.created_at),
    };
  }

  /**
   * True when the viewer made this record for someone who has not signed in with her number:
   * the helper may then see it, the person's name and phone on it, and withdraw it. Pass the
   * transaction when asking inside one.
   */
  async helperSees(viewer: Viewer | null, kind: RecordKind, recordId: string, recordUserId: string, q: Knex = this.db.knex): Promise<boolean> {
    if (!viewer || viewer.userId === recordUserId) return false;
    // Inside a transaction, ask through it: SQLite has one connection, held by the transaction.
    const row = await q('on_behalf_records as r')
      .join('users as u', 'u.id', 'r.person_id')
      .where({ 'r.record_kind': kind, 'r.record_id': recordId, 'r.helper_id': viewer.userId, 'r.person_id': recordUserId })
      .whereNotNull('u.proxy_phone')
      .first('r.record_id');
    return Boolean(row);
  }

  /**
   * True when the viewer made this record for someone (whether or not she has signed in since):
   * a helper applying again for the same person gets her own record back, and only hers.
   */
  async madeBy(viewer: Viewer, kind: RecordKind, recordId: string, q: Knex = this.db.knex): Promise<boolean> {
    return Boolean(await q('on_behalf_records').where({ record_kind: kind, record_id: recordId, helper_id: viewer.userId }).first('record_id'));
  }

  /**
   * Ids of the viewer's records of `kind` made for people who have not signed in yet, newest
   * first: they show in her own lists (我的报名, marked 代报名).
   */
  async helpedRecordIds(viewer: Viewer, kind: RecordKind, limit: number): Promise<string[]> {
    const { table } = RECORD_TABLES[kind];
    return (await this.db
      .knex('on_behalf_records as r')
      .join('users as u', 'u.id', 'r.person_id')
      .join(`${table} as t`, (j) => j.on('t.id', 'r.record_id').andOn('t.user_id', 'r.person_id'))
      .where({ 'r.record_kind': kind, 'r.helper_id': viewer.userId })
      .whereNotNull('u.proxy_phone')
      .orderBy([{ column: 't.created_at', order: 'desc' }, { column: 't.id', order: 'desc' }])
      .limit(limit)
      .pluck('r.record_id')) as string[];
  }

  /** The helper may see who helped; so may the organisation's members and admins. */
  helperVisibleTo(viewer: Viewer | null, row: OnBehalfRow, orgId: string): boolean {
    return viewer !== null && (viewer.userId === row.helperId || canManage(viewer, orgId));
  }

  // ---- claiming: the relative signs in with her number ---------------------------------------

  /**
   * Sets a number the user proved with WeChat and makes the records kept for it hers: in one
   * transaction her phone is set, the person row's records (and the messages written to it)
   * move to her account, what the helper typed fills what her profile lacks, and the row is
   * marked claimed. A record for a posting she had already applied to herself stays where it
   * is (hers comes first; one application per person per job). Two users proving the same
   * number: the first to commit takes the records.
   */
  async bindProvedPhone(userId: string, phone: string): Promise<void> {
    const now = new Date();
    await this.db.writeTransaction(async (trx) => {
      await trx('users').where('id', userId).update({ phone, phone_verified_at: this.db.dateParam(now), updated_at: this.db.dateParam(now) });
      const proxy = await trx('users').where('proxy_phone', phone).first('id', 'name', 'home_town', 'home_village', 'birth_year');
      if (!proxy || proxy.id === userId) return;
      // Taking the row first: a helper's record written at the same moment waits for this and
      // then follows her (see `record`).
      const taken = await trx('users').where({ id: proxy.id, proxy_phone: phone }).update({ proxy_phone: null, claimed_by: userId, updated_at: this.db.dateParam(now) });
      if (Number(taken) !== 1) return;
      const moved: Record<string, string[]> = {};
      for (const [kind, t] of Object.entries(RECORD_TABLES)) {
        const hers = trx(t.table).where('user_id', userId).select(t.posting);
        const ids = (await trx(t.table).where('user_id', proxy.id).whereNotIn(t.posting, hers).pluck('id')) as string[];
        if (ids.length) await trx(t.table).whereIn('id', ids).update({ user_id: userId });
        moved[kind] = ids;
      }
      await trx('on_behalf_records').where('person_id', proxy.id).whereIn('record_id', Object.values(moved).flat()).update({ person_id: userId });
      await trx('messages').where('user_id', proxy.id).update({ user_id: userId });
      const me = await trx('users').where('id', userId).first('name', 'home_town', 'home_village', 'birth_year');
      const fill: Record<string, unknown> = {};
      if (!me.name && proxy.name) fill.name = proxy.name;
      if (!me.home_town && proxy.home_town) fill.home_town = proxy.home_town;
      if (!me.home_village && proxy.home_village) fill.home_village = proxy.home_village;
      if (me.birth_year == null && proxy.birth_year != null) fill.birth_year = proxy.birth_year;
      if (Object.keys(fill).length) await trx('users').where('id', userId).update(fill);
      await audit(this.db, trx, { actorId: userId, action: 'ON_BEHALF_CLAIMED', subjectKind: 'USER', subjectId: proxy.id, after: { claimedBy: userId, records: Object.values(moved).flat().length } });
    });
  }

  // ---- what helpers and cadres see -----------------------------------------------------------

  /** 我帮谁报了名: the people the viewer helped who have not signed in with their number. */
  async myHelpedPeople(viewer: Viewer | null): Promise<HelpedPersonRow[]> {
    const v = requireViewer(viewer);
    const rows = await this.db
      .knex('on_behalf_records as r')
      .join('users as u', 'u.id', 'r.person_id')
      .where('r.helper_id', v.userId)
      .whereNotNull('u.proxy_phone')
      .orderBy([{ column: 'r.created_at', order: 'desc' }, { column: 'r.record_id', order: 'desc' }])
      .limit(LISTS.recordsRead)
      .select('r.*', 'u.name', 'u.phone', 'u.home_town as person_town', 'u.home_village as person_village', 'u.claimed_by', 'u.proxy_phone');
    return (await this.people(rows)).slice(0, LISTS.helped);
  }

  /**
   * A verified cadre's villagers: the people of her village (as the record says) she helped,
   * including those who have since signed in; anyone else is refused.
   */
  async myVillagers(viewer: Viewer | null): Promise<HelpedPersonRow[]> {
    const v = requireViewer(viewer);
    const cadre = await this.cadreOf(v.userId);
    if (!cadre) throw forbidden('只有县人社局认证的村干部可以看本村的报名');
    const rows = await this.db
      .knex('on_behalf_records as r')
      .join('users as u', 'u.id', 'r.person_id')
      .where({ 'r.helper_id': v.userId, 'r.home_town': cadre.town, 'r.home_village': cadre.village })
      .orderBy([{ column: 'r.created_at', order: 'desc' }, { column: 'r.record_id', order: 'desc' }])
      .limit(LISTS.recordsRead)
      .select('r.*', 'u.name', 'u.phone', 'u.home_town as person_town', 'u.home_village as person_village', 'u.claimed_by', 'u.proxy_phone');
    return (await this.people(rows)).slice(0, LISTS.villagers);
  }

  /** Groups records (newest first) by person, each with the newest record's status. */
  private async people(rows: any[]): Promise<HelpedPersonRow[]> {
    const groups = new Map<string, any[]>();
    for (const r of rows) {
      const list = groups.get(r.person_id) ?? [];
      list.push(r);
      groups.set(r.person_id, list);
    }
    const latest = await this.recordsByIds(rows.map((r) => ({ kind: r.record_kind, id: r.record_id })));
    return [...groups.values()].map((records) => {
      const first = records[0];
      const newest = records.map((r) => latest.get(`${r.record_kind}:${r.record_id}`)).filter((x): x is LatestRecordRow => Boolean(x)).sort((a, b) => b.at.getTime() - a.at.getTime())[0] ?? null;
      return {
        id: first.person_id,
        name: first.name,
        phone: first.phone,
        homeTown: first.home_town,
        homeVillage: first.home_village,
        relation: first.relation,
        recordCount: records.length,
        latest: newest,
        claimed: first.proxy_phone == null,
      };
    });
  }

  /** Title, status and last change of these records, by `KIND:id`. */
  private async recordsByIds(refs: { kind: RecordKind; id: string }[]): Promise<Map<string, LatestRecordRow>> {
    const out = new Map<string, LatestRecordRow>();
    for (const [kind, t] of Object.entries(RECORD_TABLES) as [RecordKind, (typeof RECORD_TABLES)[RecordKind]][]) {
      const ids = refs.filter((r) => r.kind === kind).map((r) => r.id);
      if (!ids.length) continue;
      const rows = await this.db.knex(`${t.table} as t`).join(`${t.postingTable} as p`, 'p.id', `t.${t.posting}`).whereIn('t.id', ids).select('t.id', 't.status', 't.updated_at', 'p.title');
      for (const r of rows) out.set(`${kind}:${r.id}`, { kind, id: r.id, title: r.title, status: r.status, at: this.db.readDate(r.updated_at) });
    }
    return out;
  }

  /** The newest record of each of these users. */
  private async latestOfUsers(userIds: string[]): Promise<Map<string, LatestRecordRow>> {
    const out = new Map<string, LatestRecordRow>();
    if (!userIds.length) return out;
    for (const [kind, t] of Object.entries(RECORD_TABLES) as [RecordKind, (typeof RECORD_TABLES)[RecordKind]][]) {
      // A bounded read: at most the 50 users of one page, newest first.
      const rows = await this.db.knex(`${t.table} as t`).join(`${t.postingTable} as p`, 'p.id', `t.${t.posting}`).whereIn('t.user_id', userIds).orderBy('t.updated_at', 'desc').limit(LISTS.recordsRead).select('t.id', 't.user_id', 't.status', 't.updated_at', 'p.title');
      for (const r of rows) {
        const at = this.db.readDate(r.updated_at);
        const known = out.get(r.user_id);
        if (!known || known.at < at) out.set(r.user_id, { kind, id: r.id, title: r.title, status: r.status, at });
      }
    }
    return out;
  }

  // ---- village cadres --------------------------------------------------------------------

  async cadreOf(userId: string): Promise<VillageCadreRow | null> {
    const r = await this.db.knex('village_cadres').where('user_id', userId).first();
    return r ? { userId: r.user_id, town: r.town, village: r.village, grantedAt: this.db.readDate(r.granted_at) } : null;
  }

  async villageCadres(viewer: Viewer | null): Promise<VillageCadreRow[]> {
    const v = requireViewer(viewer);
    if (!v.isAdmin) throw forbidden('只有县人社局可以查看村干部');
    const rows = await this.db.knex('village_cadres').orderBy([{ column: 'town' }, { column: 'village' }, { column: 'user_id' }]).limit(LISTS.cadres);
    return rows.map((r: any) => ({ userId: r.user_id, town: r.town, village: r.village, grantedAt: this.db.readDate(r.granted_at) }));
  }

  /**
   * Makes a user a village cadre (the bureau's verification). The user is named by id or by the
   * mobile number on her profile; a number several users typed is refused unless exactly one
   * proved it with WeChat. The change and what it replaced go to the audit log.
   */
  async grantVillageCadre(viewer: Viewer | null, args: { userId?: string | null; phone?: string | null; town: string; village: string }) {
    const v = requireViewer(viewer);
    if (!v.isAdmin) throw forbidden('只有县人社局可以认证村干部');
    const errors: UserError[] = [];
    const town = line(args.town, 'town', '镇', 20, errors);
    const village = line(args.village, 'village', '村', 20, errors);
    const byId = args.userId != null && args.userId !== '';
    const byPhone = args.phone != null && args.phone !== '';
    if (byId === byPhone) errors.push(userError('INVALID', '请只填用户编号或手机号中的一个', byId ? 'phone' : 'userId'));
    if (errors.length) return { cadre: null, userErrors: errors };
    const people = this.db.knex('users').whereNull('proxy_phone').whereNull('claimed_by');
    let userId: string | null = null;
    if (byId) {
      checkId(args.userId!, 'userId');
      userId = (await people.where('id', args.userId!).first('id'))?.id ?? null;
    } else {
      const phone = normalizePhone(args.phone!);
      if (!PHONE_PATTERN.test(phone)) return { cadre: null, userErrors: [userError('INVALID_PHONE', '手机号应是 1 开头的 11 位数字', 'phone')] };
      const found = (await people.where('phone', phone).orderBy('id').limit(20).select('id', 'phone_verified_at')) as { id: string; phone_verified_at: unknown }[];
      const proved = found.filter((u) => u.phone_verified_at != null);
      if (proved.length === 1 || found.length === 1) userId = (proved[0] ?? found[0]).id;
      else if (found.length > 1) return { cadre: null, userErrors: [userError('AMBIGUOUS', '有几个用户填了这个手机号，请用用户编号', 'phone')] };
    }
    if (!userId) return { cadre: null, userErrors: [userError('NOT_FOUND', '没有找到这个用户：请让他先登录一次', byId ? 'userId' : 'phone')] };
    const now = new Date();
    await this.db.writeTransaction(async (trx) => {
      const before = await trx('village_cadres').where('user_id', userId).first('town', 'village');
      const fields = { town, village, granted_by: v.userId, granted_at: this.db.dateParam(now) };
      await trx('village_cadres').insert({ user_id: userId, ...fields }).onConflict('user_id').merge(fields);
      await audit(this.db, trx, { actorId: v.userId, action: 'VILLAGE_CADRE_GRANTED', subjectKind: 'USER', subjectId: userId!, before: before ?? undefined, after: { town, village } });
    });
    return { cadre: await this.cadreOf(userId), userErrors: [] };
  }

  async revokeVillageCadre(viewer: Viewer | null, userId: string) {
    const v = requireViewer(viewer);
    if (!v.isAdmin) throw forbidden('只有县人社局可以撤销村干部');
    checkId(userId, 'userId');
    await this.db.writeTransaction(async (trx) => {
      const before = await trx('village_cadres').where('user_id', userId).first('town', 'village');
      if (!before) return; // revoking again changes nothing and records nothing
      const gone = await trx('village_cadres').where({ user_id: userId, town: before.town, village: before.village }).del();
      if (Number(gone) === 1) await audit(this.db, trx, { actorId: v.userId, action: 'VILLAGE_CADRE_REVOKED', subjectKind: 'USER', subjectId: userId, before });
    });
    return { cadre: null, userErrors: [] };
  }

  // ---- the bureau's call list --------------------------------------------------------------

  /**
   * Villagers of one home town to call: older than 50 by their birth year, or with an
   * application sent more than 30 days ago (not withdrawn) and no hire at all. People a helper
   * applied for count as villagers until they sign in (then their own account counts).
   * Keyset-paged by id, so a page reads at most `first + 1` people however large the town.
   */
  async callList(viewer: Viewer | null, rawTown: string, first: number | null | undefined, after: string | null | undefined, now = new Date()) {
    const v = requireViewer(viewer);
    if (!v.isAdmin) throw forbidden('只有县人社局可以查看回访名单');
    const town = oneLine(rawTown, 'town', '镇');
    const size = pageSize(first);
    const afterId = after ? (decodeCursor(after, 'CALL_LIST', ['id'])[0] as string) : null;
    const year = chinaYear(now);
    const cutoff = this.db.dateParam(new Date(now.getTime() - CALL_WAITING_DAYS * 86_400_000));
    const k = this.db.knex;
    const hired = k('applications as h').where('h.user_id', k.ref('u.id')).where('h.status', 'HIRED').select(k.raw('1'));
    const q = k('users as u')
      .where('u.home_town', town)
      .whereNull('u.claimed_by')
      .where((w) =>
        w
          .where((o) => o.whereNotNull('u.birth_year').where('u.birth_year', '<', year - CALL_AGE))
          .orWhere((o) => o.whereNotExists(hired).whereExists(k('applications as a').where('a.user_id', k.ref('u.id')).whereNot('a.status', 'WITHDRAWN').where('a.created_at', '<', cutoff).select(k.raw('1')))),
      )
      .orderBy('u.id')
      .limit(size + 1)
      .select('u.id', 'u.name', 'u.phone', 'u.home_town', 'u.home_village', 'u.birth_year', 'u.proxy_phone');
    if (afterId) q.where('u.id', '>', afterId);
    const rows = (await q) as any[];
    const page = rows.slice(0, size);
    const ids = page.map((r) => r.id as string);
    const latest = await this.latestOfUsers(ids);
    // Per page, not per row: when each one's first application went out, and who was hired.
    const firsts = ids.length ? await k('applications').whereIn('user_id', ids).whereNot('status', 'WITHDRAWN').groupBy('user_id').select('user_id', k.raw('min(created_at) as since')) : [];
    const sinceOf = new Map((firsts as any[]).map((r) => [r.user_id as string, this.db.readDate(r.since)]));
    const hiredOnes = new Set(ids.length ? ((await k('applications').whereIn('user_id', ids).where('status', 'HIRED').distinct('user_id').pluck('user_id')) as string[]) : []);
    const entries = page.map((r) => {
      const age = r.birth_year == null ? null : year - Number(r.birth_year);
      const since = sinceOf.get(r.id) ?? null;
      const hiredEver = hiredOnes.has(r.id);
      const reasons: string[] = [];
      if (age !== null && age > CALL_AGE) reasons.push('OVER_50');
      if (!hiredEver && since && since.getTime() < now.getTime() - CALL_WAITING_DAYS * 86_400_000) reasons.push('WAITING_30_DAYS');
      return {
        id: r.id, name: r.name, phone: r.phone, homeTown: r.home_town, homeVillage: r.home_village, age,
        reasons, waitingSince: since, latest: latest.get(r.id) ?? null, helpedOnly: r.proxy_phone != null,
      };
    });
    return {
      edges: entries.map((node) => ({ node, cursor: encodeCursor('CALL_LIST', [node.id]) })),
      pageInfo: { hasNextPage: rows.length > size, endCursor: entries.length ? encodeCursor('CALL_LIST', [entries[entries.length - 1].id]) : null },
    };
  }
}
