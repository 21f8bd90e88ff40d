import { GraphQLError } from 'graphql';
import type { Database } from '../../db/orm';
import type { DemoRole, OrganizationInput, ProfileInput } from '../../generated/graphql';
import type { CatalogVersion } from '../../db/catalog-version-store';
import { badInput } from '../../errors';
import { WechatClient, WechatError, type WechatFailure } from '../../wechat/client';
import { isUniqueViolation } from '../../db/errors';
import { checkId, newId } from '../common/ids';
import { checkIdempotencyKey, once, type Claim } from '../common/idempotency';
import { normalizeText, organizationNameKey } from '../common/text';
import { audit } from '../trust/audit';
import { userError, type UserError } from '../common/user-errors';
import { organizationColumns, toOrganizationRow, type OrganizationRow } from '../organizations/organization.rows';
import { verificationOf } from '../organizations/organization.service';
import { organizationLicence } from '../organizations/organization-licence';
import { checkRegistrationDetails } from '../organizations/organization-registration';
import { compareAndSet, staleStatus } from '../common/status-change';
import type { SessionService } from './session.service';
import { toUserRecord, userColumns, type UserRecord } from './user.rows';
import type { Viewer } from './viewer';
import type { OnBehalfService } from '../on-behalf/on-behalf.service';
import { checkBirthYear } from '../on-behalf/on-behalf.service';

export const PHONE_PATTERN = /^1[3-9]\d{9}$/;
// Profile and organisation fields are single lines: no line breaks, tabs or other controls.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

const WECHAT_MESSAGES: Record<WechatFailure, string> = {
  WECHAT_CODE_INVALID: '微信登录凭证无效或已用过，请重新点登录',
  WECHAT_RATE_LIMITED: '微信登录太频繁，请稍等一分钟再试',
  WECHAT_UNAVAILABLE: '暂时连不上微信，请稍后再试',
  WECHAT_NOT_CONFIGURED: '服务器还没有配置微信登录',
  WECHAT_USER_BLOCKED: '这个微信账号暂时不能登录',
};

export function forbidden(message = '没有权限做这件事'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
}

export function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) throw new GraphQLError('请先登录', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
  return viewer;
}

const DEMO_NAMES: Record<DemoRole, string[]> = {
  VILLAGER: ['张桂兰', '李德明', '王秀英', '陈春梅', '刘建国'],
  RECRUITER: ['周经理', '吴店长', '郑经理', '孙店长', '马经理'],
  TRAINER: ['李老师', '黄老师', '何老师', '罗老师', '高老师'],
  ADMIN: ['县人社局 赵科长', '县人社局 钱干事', '县人社局 孙干事', '县人社局 李干事', '县人社局 周干事'],
};

type TextRule = { max: number; min?: number; label: string };

/** A normalised, trimmed, bounded text field, or a user error naming it. */
function text(value: string | null | undefined, field: string, rule: TextRule, errors: UserError[]): string | null | undefined {
  if (value === undefined) return undefined;
  if (value === null) return null;
  // As in the posting forms (input-rules.ts): what is checked and stored is what people see.
  const v = normalizeText(value).trim();
  const n = [...v].length;
  if (CONTROL.test(v)) errors.push(userError('INVALID', `${rule.label}含有无法识别的字符`, field));
  else if (n > rule.max) errors.push(userError('TOO_LONG', `${rule.label}最多 ${rule.max} 个字`, field));
  else if (n < (rule.min ?? 0)) errors.push(userError('REQUIRED', `请填写${rule.label}`, field));
  return v.length === 0 ? null : v;
}

function list(values: string[] | null | undefined, field: string, label: string, errors: UserError[]): string[] | undefined {
  if (values === undefined) return undefined;
  if (values === null) return [];
  if (values.length > 10) {
    errors.push(userError('TOO_MANY', `${label}最多填 10 项`, field));
    return undefined;
  }
  const out: string[] = [];
  values.forEach((raw, i) => {
    const v = text(raw, `${field}.${i}`, { max: 20, label }, errors);
    if (v && !out.includes(v)) out.push(v);
  });
  return out;
}

function nameTaken(existing: string): UserError {
  return userError('NAME_TAKEN', `已经有同名的机构「${existing}」，请换一个名称`, 'input.name');
}

export class AccountService {
  constructor(
    private readonly db: Database,
    private readonly catalog: CatalogVersion,
    private readonly sessions: SessionService,
    private readonly wechat: WechatClient,
    private readonly options: { development: boolean },
    private readonly onBehalf: OnBehalfService,
  ) {}

  get demoLoginAvailable(): boolean {
    return this.options.development;
  }

  async userById(id: string): Promise<UserRecord | null> {
    const row = await this.db.knex('users').select(userColumns).where('id', id).first();
    return row ? toUserRecord(this.db, row) : null;
  }

  async usersByIds(ids: readonly string[]): Promise<(UserRecord | null)[]> {
    const rows = await this.db.knex('users').select(userColumns).whereIn('id', ids as string[]);
    const byId = new Map(rows.map((r: any) => [r.id as string, toUserRecord(this.db, r)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  private async findOrCreateByOpenid(openid: string, defaults: Record<string, unknown> = {}): Promise<UserRecord> {
    const now = this.db.dateParam(new Date());
    // Insert-or-ignore then read: two first sign-ins racing end with one user.
    await this.db
      .knex('users')
      .insert({ id: newId(), openid, skills: '', preferred_destinations: '', large_text: this.db.boolParam(false), demo_admin: this.db.boolParam(false), created_at: now, updated_at: now, ...defaults })
      .onConflict('openid')
      .ignore();
    const row = await this.db.knex('users').select(userColumns).where('openid', openid).first();
    return toUserRecord(this.db, row);
  }

  async login(code: string) {
    if (!/^[A-Za-z0-9_\-]{1,128}$/.test(code)) throw badInput('code 必须是 wx.login() 返回的登录凭证', 'code');
    let openid: string;
    try {
      ({ openid } = await this.wechat.code2session(code));
    } catch (e) {
      if (e instanceof WechatError) return { token: null, expiresAt: null, user: null, userErrors: [userError(e.code, WECHAT_MESSAGES[e.code], 'code')] };
      throw e;
    }
    const user = await this.findOrCreateByOpenid(openid);
    const { token, expiresAt } = await this.sessions.issue(user.id);
    return { token, expiresAt, user, userErrors: [] };
  }

  async demoLogin(role: DemoRole, slot: number) {
    if (!this.options.development) throw forbidden('演示登录只在开发模式下可用');
    if (!Number.isInteger(slot) || slot < 1 || slot > 5) throw badInput('slot 必须是 1 到 5', 'slot');
    const openid = `demo-${role.toLowerCase()}-${slot}`;
    const user = await this.findOrCreateByOpenid(openid, {
      name: DEMO_NAMES[role][slot - 1],
      phone: `1380000${String(['VILLAGER', 'RECRUITER', 'TRAINER', 'ADMIN'].indexOf(role) + 1)}${String(slot).padStart(3, '0')}`,
      home_town: role === 'VILLAGER' ? '高桥镇' : null,
      home_village: role === 'VILLAGER' ? '铁佛村' : null,
      demo_admin: this.db.boolParam(role === 'ADMIN'),
    });
    if (role === 'RECRUITER' || role === 'TRAINER') {
      const kind = role === 'RECRUITER' ? 'EMPLOYER' : 'TRAINING_INSTITUTION';
      // The county vocational centre and the best-known employer are the natural demo accounts.
      const org = await this.db
        .knex('organizations')
        .where('kind', kind)
        .orderByRaw(`case when name like '%职业技术教育中心%' or name like '%修脚%' then 0 else 1 end, name`)
        .first('id');
      if (org) {
        await this.db
          .knex('memberships')
          .insert({ user_id: user.id, organization_id: org.id, role: 'OWNER', created_at: this.db.dateParam(new Date()) })
          .onConflict(['user_id', 'organization_id'])
          .ignore();
      }
    }
    const { token, expiresAt } = await this.sessions.issue(user.id);
    return { token, expiresAt, user, userErrors: [] };
  }

  async logout(viewer: Viewer | null): Promise<boolean> {
    await this.sessions.revoke(requireViewer(viewer).sessionId);
    return true;
  }

  async updateProfile(viewer: Viewer | null, input: ProfileInput) {
    const v = requireViewer(viewer);
    const errors: UserError[] = [];
    const changes: Record<string, unknown> = {};
    const name = text(input.name, 'input.name', { max: 20, min: 1, label: '姓名' }, errors);
    if (name !== undefined) changes.name = name;
    if (input.phone !== undefined) {
      const phone = input.phone === null ? null : normalizeText(input.phone).normalize('NFKC').replace(/[\s-]/g, '');
      if (phone !== null && !PHONE_PATTERN.test(phone)) errors.push(userError('INVALID_PHONE', '手机号应是 1 开头的 11 位数字', 'input.phone'));
      changes.phone = phone;
    }
    const homeTown = text(input.homeTown, 'input.homeTown', { max: 20, label: '家乡镇' }, errors);
    if (homeTown !== undefined) changes.home_town = homeTown;
    const homeVillage = text(input.homeVillage, 'input.homeVillage', { max: 20, label: '家乡村' }, errors);
    if (homeVillage !== undefined) changes.home_village = homeVillage;
    if (input.birthYear !== undefined) changes.birth_year = checkBirthYear(input.birthYear, 'input.birthYear', errors);
    const skills = list(input.skills, 'input.skills', '技能', errors);
    if (skills !== undefined) changes.skills = skills.join('\n');
    const wishes = list(input.preferredDestinations, 'input.preferredDestinations', '想去的城市', errors);
    if (wishes !== undefined) changes.preferred_destinations = wishes.join('\n');
    if (input.largeText !== undefined && input.largeText !== null) changes.large_text = this.db.boolParam(input.largeText);
    if (errors.length > 0) return { user: null, userErrors: errors };
    if (changes.phone !== undefined) {
      // A typed number is not a proved one: it no longer receives what helpers apply for.
      const before = await this.db.knex('users').where('id', v.userId).first('phone');
      if (before?.phone !== changes.phone) changes.phone_verified_at = null;
    }
    if (Object.keys(changes).length > 0) {
      await this.db.knex('users').where('id', v.userId).update({ ...changes, updated_at: this.db.dateParam(new Date()) });
    }
    return { user: await this.userById(v.userId), userErrors: [] };
  }

  async bindWechatPhone(viewer: Viewer | null, code: string) {
    const v = requireViewer(viewer);
    if (!/^[A-Za-z0-9_\-]{1,128}$/.test(code)) throw badInput('code 必须是手机号按钮返回的凭证', 'code');
    let phone: string;
    try {
      phone = await this.wechat.phoneNumber(code);
    } catch (e) {
      if (e instanceof WechatError) return { user: null, userErrors: [userError(e.code, WECHAT_MESSAGES[e.code], 'code')] };
      throw e;
    }
    if (!PHONE_PATTERN.test(phone)) return { user: null, userErrors: [userError('INVALID_PHONE', '只支持中国大陆手机号', 'code')] };
    // A proved number: what helpers applied for with it (代报名) becomes hers.
    await this.onBehalf.bindProvedPhone(v.userId, phone);
    return { user: await this.userById(v.userId), userErrors: [] };
  }

  async createOrganization(viewer: Viewer | null, input: OrganizationInput, idempotencyKey?: string | null) {
    const v = requireViewer(viewer);
    const key = checkIdempotencyKey(idempotencyKey);
    return once(this.db, { userId: v.userId, key, operation: 'createOrganization', input: { input } }, {
      replay: async (id) => ({ organization: await this.organization(id), userErrors: [] }),
      refuse: (userErrors) => ({ organization: null, userErrors }),
      create: (claim) => this.registerOrganization(v, input, claim),
    });
  }

  private async registerOrganization(v: Viewer, input: OrganizationInput, claim: Claim) {
    const errors: UserError[] = [];
    const name = text(input.name, 'input.name', { max: 50, min: 2, label: '名称' }, errors);
    const description = text(input.description, 'input.description', { max: 500, label: '简介' }, errors);
    const province = text(input.province, 'input.province', { max: 20, min: 1, label: '省份' }, errors);
    const city = text(input.city, 'input.city', { max: 20, min: 1, label: '城市' }, errors);
    const county = text(input.county, 'input.county', { max: 20, label: '区县' }, errors);
    const town = text(input.town, 'input.town', { max: 20, label: '乡镇' }, errors);
    // A look-alike of a registered name (紫陽修腳 for 紫阳修脚, a zero-width space inside,
    // full-width letters, other spacing or brackets) would let a scammer pass as a known
    // employer; names are compared on their key, which a unique index also guards.
    const nameKey = name ? organizationNameKey(name) : '';
    if (name && nameKey.length === 0) errors.push(userError('INVALID', '名称里要有汉字、字母或数字', 'input.name'));
    let licenceNumber: string | null = null;
    if (input.licenceNumber != null && input.licenceNumber.trim() !== '') {
      licenceNumber = organizationLicence(input.licenceNumber, Number(new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 4)));
      if (!licenceNumber) errors.push(userError('INVALID_LICENCE', '许可证编号应像（陕）人服证字〔2021〕第0924000123号这样写', 'input.licenceNumber'));
    }
    const details = await checkRegistrationDetails(this.db.knex, v.userId, input, errors);
    if (errors.length > 0) return { organization: null, userErrors: errors };
    const taken = await this.db.knex('organizations').where('name_key', nameKey).first('name');
    if (taken) return { organization: null, userErrors: [nameTaken(taken.name)] };
    const id = newId();
    const now = this.db.dateParam(new Date());
    try {
      await this.db.knex.transaction(async (trx) => {
        await claim(trx, id);
        await trx('organizations').insert({
          id, name, name_key: nameKey, kind: input.kind, verified: this.db.boolParam(false), verified_at: null, description: description ?? '', licence_number: licenceNumber,
          province, city, county: county ?? null, town: town ?? null, village: null, latitude: null, longitude: null, ...details,
          created_at: now, updated_at: now,
        });
        await trx('memberships').insert({ user_id: v.userId, organization_id: id, role: 'OWNER', created_at: now });
        await audit(this.db, trx, { actorId: v.userId, action: 'ORGANIZATION_CREATED', subjectKind: 'ORGANIZATION', subjectId: id, after: { name, kind: input.kind } });
      });
    } catch (e) {
      // Another request (on this instance or another) registered the same key in between.
      if (!isUniqueViolation(e)) throw e;
      const winner = await this.db.knex('organizations').where('name_key', nameKey).first('name');
      return { organization: null, userErrors: [nameTaken(winner?.name ?? name!)] };
    }
    await this.catalog.bump();
    // She is its owner from now on: the rest of this request (the payload's members-only
    // fields, its licence photo) reads it as hers.
    v.orgIds.add(id);
    return { organization: await this.organization(id), userErrors: [] };
  }

  /**
   * Verifies a waiting organisation: a compare-and-set on its verification as read (see
   * `verificationOf`). Verifying a verified one is a no-op success; one another admin rejected,
   * before or while this runs, gives STALE_STATUS.
   */
  async verifyOrganization(viewer: Viewer | null, id: string) {
    const v = requireViewer(viewer);
    if (!v.isAdmin) throw forbidden('只有县人社局可以认证机构');
    checkId(id);
    const now = new Date();
    const outcome = await this.db.writeTransaction(async (trx) => {
      const before = await trx('organizations').where('id', id).first('verified', 'rejection_reason', 'kind', 'licence_number');
      if (!before) return 'NOT_FOUND';
      if (verificationOf(this.db, before) !== 'PENDING') return verificationOf(this.db, before);
      // An agency's licence is what the bureau verifies: without one there is nothing to check.
      if (before.kind === 'LABOUR_AGENCY' && !before.licence_number) return 'NO_LICENCE';
      const decided = await compareAndSet(trx, 'organizations', id, { verified: before.verified, rejection_reason: null }, { verified: this.db.boolParam(true), verified_at: this.db.dateParam(now), updated_at: this.db.dateParam(now) });
      if (!decided) return verificationOf(this.db, await trx('organizations').where('id', id).first('verified', 'rejection_reason'));
      await audit(this.db, trx, { actorId: v.userId, action: 'ORGANIZATION_VERIFIED', subjectKind: 'ORGANIZATION', subjectId: id, before: { verified: false }, after: { verified: true } });
      return 'DONE';
    });
    if (outcome === 'NOT_FOUND') return { organization: null, userErrors: [userError('NOT_FOUND', '没有找到这个机构', 'id')] };
    if (outcome === 'NO_LICENCE') return { organization: await this.organization(id), userErrors: [userError('LICENCE_REQUIRED', '劳务中介要先提供人力资源服务许可证编号才能认证', 'id')] };
    if (outcome === 'DONE') await this.catalog.bump();
    return { organization: await this.organization(id), userErrors: outcome === 'DONE' || outcome === 'VERIFIED' ? [] : [staleStatus()] };
  }

  private async organization(id: string): Promise<OrganizationRow> {
    const row = await this.db.knex('organizations').select(organizationColumns).where('id', id).first();
    return toOrganizationRow(this.db, row);
  }

  async memberships(userId: string): Promise<{ organizationId: string; role: 'OWNER' | 'STAFF' }[]> {
    const rows = await this.db.knex('memberships').where('user_id', userId).orderBy('created_at').select('organization_id', 'role');
    return rows.map((r: any) => ({ organizationId: r.organization_id, role: r.role }));
  }
}
