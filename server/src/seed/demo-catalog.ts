// The demo catalogue of 紫阳务工通, read from the data files in `demo/`: organisations, jobs,
// courses and shop openings for Ziyang county and the cities where its villagers work, and the
// villagers whose applications and enrolments are what the consoles and the bureau's figures
// count (a course's seats taken are its enrolment rows, not a number of their own).
//
// Dates in the files are relative to the day the catalogue is loaded, in China time, so the
// demo never goes stale: a day is `D+14` or `D-3`, an instant `D-12 10:20:31`. The files were
// written as seen at the very end of a day, so an instant on `D+0` is earlier today: loaded
// earlier in a day, those instants are spread over the part of today gone by, in their order.
//
// Every record is checked as it is read; a bad one stops the load with a message naming the
// file and the record.

import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { packageRoot } from '../config';
import type { ApplicationInput, Catalog, CourseInput, EnrollmentInput, FranchiseOpeningInput, JobInput, OrganizationInput, RecordStep, VillagerInput } from './catalog-types';

/** Where the data files are: read from the source tree, as the compiled server runs beside it. */
export const DEMO_DIR = path.join(packageRoot, 'src', 'seed', 'demo');

const DAY_MS = 86_400_000;
const CST_MS = 8 * 3_600_000;

/** Turns the relative dates of the files into real ones for one `now`. */
class Clock {
  private readonly todayMs: number; // midnight of today, China time, as a UTC instant
  private readonly elapsedSec: number;
  constructor(now: Date) {
    const local = now.getTime() + CST_MS;
    this.todayMs = local - (local % DAY_MS) - CST_MS;
    this.elapsedSec = Math.floor((local % DAY_MS) / 1000);
  }

  day(offset: number): string {
    return new Date(this.todayMs + CST_MS + offset * DAY_MS).toISOString().slice(0, 10);
  }

  instant(offset: number, secondOfDay: number): Date {
    const s = offset === 0 ? Math.floor((secondOfDay * this.elapsedSec) / 86_400) : secondOfDay;
    return new Date(this.todayMs + offset * DAY_MS + s * 1000);
  }
}

// ---- what a record may hold ----

const DAY = /^D([+-])(\d{1,5})$/;
const INSTANT = /^D([+-])(\d{1,5}) ([01]\d|2[0-3]):([0-5]\d):([0-5]\d)$/;

const relDay = (clock: Clock) =>
  z.string().regex(DAY, '日期应写成 D+14 或 D-3').transform((v) => {
    const [, sign, n] = DAY.exec(v)!;
    return clock.day((sign === '-' ? -1 : 1) * Number(n));
  });

const relInstant = (clock: Clock) =>
  z.string().regex(INSTANT, '时刻应写成 D-12 10:20:31').transform((v) => {
    const [, sign, n, h, m, s] = INSTANT.exec(v)!;
    return clock.instant((sign === '-' ? -1 : 1) * Number(n), Number(h) * 3600 + Number(m) * 60 + Number(s));
  });

const id = z.string().regex(/^[A-Za-z0-9]{8,16}$/, 'id 应是 8 到 16 位字母或数字');
const text = (max: number) => z.string().min(1).max(max);
const phone = z.string().regex(/^(1\d{10}|0\d{2,3}-\d{7,8})$/, '电话应是 11 位手机号或带区号的座机');
const count = z.number().int().min(0);

function schemas(clock: Clock) {
  const day = relDay(clock);
  const instant = relInstant(clock);
  const place = z.object({
    province: text(20), city: text(20), county: z.string().max(20).nullable().optional(), town: z.string().max(20).nullable().optional(),
    village: z.string().max(20).nullable().optional(), address: z.string().max(100).nullable().optional(),
    latitude: z.number().min(-90).max(90).nullable().optional(), longitude: z.number().min(-180).max(180).nullable().optional(),
  }).strict();
  const pay = z.object({
    min: z.number().int().positive(), max: z.number().int().positive(), unit: z.enum(['MONTH', 'DAY', 'PIECE']), settlement: z.enum(['MONTHLY', 'DAILY']),
    unitsPerMonth: z.number().int().positive().nullable().optional(),
  }).strict().refine((p) => p.min <= p.max, '最低工资不能高于最高工资');
  const organization = z.object({
    id, name: text(60), kind: z.enum(['EMPLOYER', 'TRAINING_INSTITUTION', 'SHOP_BRAND', 'LABOUR_AGENCY']), verified: z.boolean(),
    verifiedAt: instant.nullable().optional(), description: text(500), place, createdAt: instant, licenceNumber: z.string().max(40).nullable().optional(),
  }).strict();
  const job = z.object({
    id, employerId: id, title: text(40),
    category: z.enum(['FOOT_THERAPY', 'PEDICURE', 'TEA', 'CONSTRUCTION', 'FACTORY', 'CATERING', 'DOMESTIC', 'LOGISTICS', 'FARMING', 'OTHER']),
    description: text(2000), place, pay, providesHousing: z.boolean(), providesMeals: z.boolean(), coupleRooms: z.boolean(), dayShiftOnly: z.boolean(),
    socialInsurance: z.boolean(), travelPaid: z.boolean(), headcount: z.number().int().positive(), ageMin: z.number().int().nullable().optional(),
    ageMax: z.number().int().nullable().optional(), requirements: z.array(text(100)), contactName: text(20), contactPhone: phone, publishedAt: instant,
    expiresAt: instant.nullable().optional(), status: z.enum(['OPEN', 'CLOSED']),
  }).strict();
  const course = z.object({
    id, trainerId: id,
    /** With `titleYear`, the title is prefixed by the year the course starts (2027年…). */
    title: text(55), titleYear: z.boolean().optional(),
    skill: z.enum(['PEDICURE', 'FOOT_THERAPY', 'TEA_ART', 'ELECTRICIAN', 'CHEF', 'DOMESTIC', 'ECOMMERCE', 'CARE', 'WELDING', 'OTHER']),
    description: text(2000), place, startDate: day, endDate: day, hours: z.number().int().positive(), fee: count, subsidy: count,
    coversFood: z.boolean(), coversLodging: z.boolean(), coversTravel: z.boolean(), seats: z.number().int().positive().max(500),
    enrollmentDeadline: day, certificate: z.string().max(60).nullable().optional(), requirements: z.array(text(100)), leadsToEmployerIds: z.array(id),
    contactName: text(20), contactPhone: phone, publishedAt: instant, cancelled: z.boolean().optional(),
  }).strict();
  const disclosure = z.object({
    ownShops: z.array(z.object({ city: text(20), address: z.string().max(100).nullable(), openedOn: day }).strict()),
    fees: z.array(z.object({ name: text(40), amount: count, refundable: z.boolean(), refundWhen: z.string().max(100).nullable() }).strict()),
    investmentItems: z.array(z.object({ name: text(40), min: count, max: count }).strict()),
  }).strict();
  const opening = z.object({
    id, brandId: id, title: text(40), description: text(2000), place, openingDate: day.nullable().optional(),
    positions: z.array(z.object({ title: text(20), headcount: z.number().int().positive(), pay }).strict()).min(1),
    franchise: z.object({
      investmentMin: count, investmentMax: count, brandProvides: z.array(text(40)), filingNumber: z.string().max(20).nullable().optional(),
      meetsTwoShopsOneYear: z.boolean(), disclosure: disclosure.nullable().optional(),
    }).strict().nullable().optional(),
    contactName: text(20), contactPhone: phone, publishedAt: instant, status: z.enum(['OPEN', 'CLOSED']),
  }).strict();
  const villager = z.object({
    id, name: text(20), phone: z.string().regex(/^1\d{10}$/, '手机号应是 11 位'), homeTown: text(20), homeVillage: z.string().max(20).nullable(),
    birthYear: z.number().int().min(1930).max(2010), createdAt: instant,
  }).strict();
  const step = z.object({ status: z.enum(['VIEWED', 'INTERVIEW', 'HIRED', 'REJECTED', 'WITHDRAWN']), at: instant, message: z.string().max(200).nullable() }).strict();
  const application = z.object({ id, jobId: id, villagerId: id, appliedAt: instant, note: z.string().max(200).nullable(), steps: z.array(step) }).strict();
  const enrollment = z.object({
    id, courseId: id, villagerId: id, enrolledAt: instant, status: z.enum(['ENROLLED', 'COMPLETED', 'CANCELLED']),
    completedAt: instant.optional(), certificateNumber: z.string().regex(/^\d{10}$/).optional(), cancelledAt: instant.optional(),
  }).strict();
  return { organization, job, course, opening, villager, application, enrollment };
}

// ---- reading and checking ----

export class DemoDataError extends Error {}

/** A record's label in messages: its index and, when it has one, its id. */
const label = (file: string, i: number, raw: unknown) =>
  `${file} 第 ${i + 1} 条${raw && typeof raw === 'object' && typeof (raw as any).id === 'string' ? `（id ${(raw as any).id}）` : ''}`;

function readFile<T>(dir: string, file: string, schema: z.ZodType<T, z.ZodTypeDef, unknown>): { rows: T[]; where: (i: number) => string } {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  } catch (e) {
    throw new DemoDataError(`${file}: 读不出来：${e instanceof Error ? e.message : e}`);
  }
  if (!Array.isArray(raw)) throw new DemoDataError(`${file}: 应是一个数组`);
  const rows = raw.map((r, i) => {
    const parsed = schema.safeParse(r);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((x) => `${x.path.join('.') || '(整条)'}: ${x.message}`).join('；');
      throw new DemoDataError(`${label(file, i, r)}: ${problems}`);
    }
    return parsed.data;
  });
  return { rows, where: (i) => label(file, i, raw[i]) };
}

function check(ok: boolean, where: string, problem: string): void {
  if (!ok) throw new DemoDataError(`${where}: ${problem}`);
}

function uniqueIds(rows: { id: string }[], where: (i: number) => string, seen: Set<string>): void {
  rows.forEach((r, i) => {
    check(!seen.has(r.id), where(i), `id ${r.id} 重复`);
    seen.add(r.id);
  });
}

/** Seated enrolments: the ones that take a seat of the course. */
const SEATED = new Set(['ENROLLED', 'COMPLETED']);

/**
 * The demo catalogue for `now`, read from `dir`: the same files and the same `now` always give
 * the same catalogue.
 */
export function buildDemoCatalog(now: Date, dir = DEMO_DIR): Required<Catalog> {
  const clock = new Clock(now);
  const s = schemas(clock);
  const orgs = readFile(dir, 'organizations.json', s.organization);
  const jobs = readFile(dir, 'jobs.json', s.job);
  const courses = readFile(dir, 'courses.json', s.course);
  const openings = readFile(dir, 'openings.json', s.opening);
  const villagers = readFile(dir, 'villagers.json', s.villager);
  const applications = readFile(dir, 'applications.json', s.application);
  const enrollments = readFile(dir, 'enrollments.json', s.enrollment);

  const ids = new Set<string>();
  for (const f of [orgs, jobs, courses, openings, villagers, applications, enrollments]) uniqueIds(f.rows, f.where, ids);
  const kindOf = new Map(orgs.rows.map((o) => [o.id, o.kind]));
  const isKind = (orgId: string, ...kinds: string[]) => kinds.includes(kindOf.get(orgId) ?? '');

  jobs.rows.forEach((j, i) => {
    check(isKind(j.employerId, 'EMPLOYER', 'LABOUR_AGENCY'), jobs.where(i), `employerId ${j.employerId} 不是招工单位或劳务公司`);
    check(!j.expiresAt || j.expiresAt > j.publishedAt, jobs.where(i), '截止时间早于发布时间');
    check(j.ageMin == null || j.ageMax == null || j.ageMin <= j.ageMax, jobs.where(i), '最小年龄大于最大年龄');
  });
  openings.rows.forEach((o, i) => {
    // Brands open shops, and so do chains that are employers of their own shops.
    check(isKind(o.brandId, 'SHOP_BRAND', 'EMPLOYER'), openings.where(i), `brandId ${o.brandId} 不是开店品牌或招工单位`);
    check(!o.franchise || o.franchise.investmentMin <= o.franchise.investmentMax, openings.where(i), '投资下限高于上限');
  });

  const villagerById = new Map(villagers.rows.map((v) => [v.id, v]));
  const jobById = new Map(jobs.rows.map((j) => [j.id, j]));
  const courseById = new Map(courses.rows.map((c) => [c.id, c]));
  const today = clock.day(0);

  const applicationInputs: ApplicationInput[] = applications.rows.map((a, i) => {
    const where = applications.where(i);
    const job = jobById.get(a.jobId);
    check(job !== undefined, where, `jobId ${a.jobId} 不在 jobs.json 里`);
    check(villagerById.has(a.villagerId), where, `villagerId ${a.villagerId} 不在 villagers.json 里`);
    check(a.appliedAt >= job!.publishedAt && a.appliedAt <= now, where, '报名时间不在工作发布以后、现在以前');
    const history: RecordStep[] = [{ status: 'SUBMITTED', at: a.appliedAt, message: null }, ...a.steps];
    history.forEach((h, k) => check(k === 0 || (h.at >= history[k - 1]!.at && h.at <= now), where, `第 ${k + 1} 步的时间不对`));
    return { id: a.id, jobId: a.jobId, userId: a.villagerId, note: a.note, history };
  });
  const applied = new Set<string>();
  applicationInputs.forEach((a, i) => {
    check(!applied.has(`${a.jobId}:${a.userId}`), applications.where(i), '同一个人对同一个工作报了两次名');
    applied.add(`${a.jobId}:${a.userId}`);
  });

  const courseTitle = (c: (typeof courses.rows)[number]) => (c.titleYear ? `${c.startDate.slice(0, 4)}年${c.title}` : c.title);
  const seated = new Map<string, number>();
  const enrolled = new Set<string>();
  const enrollmentInputs: EnrollmentInput[] = enrollments.rows.map((e, i) => {
    const where = enrollments.where(i);
    const course = courseById.get(e.courseId);
    check(course !== undefined, where, `courseId ${e.courseId} 不在 courses.json 里`);
    check(villagerById.has(e.villagerId), where, `villagerId ${e.villagerId} 不在 villagers.json 里`);
    check(!enrolled.has(`${e.courseId}:${e.villagerId}`), where, '同一个人对同一个课程报了两次名');
    enrolled.add(`${e.courseId}:${e.villagerId}`);
    check(e.enrolledAt >= course!.publishedAt && e.enrolledAt <= now, where, '报名时间不在课程发布以后、现在以前');
    check(e.status !== 'CANCELLED' || course!.cancelled === true, where, '只有取消了的课程才有取消的报名');
    check(course!.cancelled !== true || e.status === 'CANCELLED', where, '取消了的课程，报名也应是取消的');
    const history: RecordStep[] = [{ status: 'ENROLLED', at: e.enrolledAt, message: null }];
    let certificate: EnrollmentInput['certificate'] = null;
    if (e.status === 'COMPLETED') {
      check(e.completedAt !== undefined && e.certificateNumber !== undefined, where, '结业的报名要有 completedAt 和 certificateNumber');
      check(course!.endDate < today, where, '课程还没结束就结业了');
      const issuedOn = new Date(e.completedAt!.getTime() + CST_MS).toISOString().slice(0, 10);
      const number = `${issuedOn.slice(0, 4)}${e.certificateNumber}`;
      history.push({ status: 'COMPLETED', at: e.completedAt!, message: `获得证书 ${number}` });
      certificate = { id: e.id, name: course!.certificate ?? `${courseTitle(course!)}结业证书`, number, courseTitle: courseTitle(course!), issuedOn, createdAt: e.completedAt! };
    }
    if (e.status === 'CANCELLED') {
      check(e.cancelledAt !== undefined && e.cancelledAt >= e.enrolledAt, where, '取消的报名要有不早于报名的 cancelledAt');
      history.push({ status: 'CANCELLED', at: e.cancelledAt!, message: '课程取消：培训场地另有安排' });
    }
    if (SEATED.has(e.status)) seated.set(e.courseId, (seated.get(e.courseId) ?? 0) + 1);
    return { id: e.id, courseId: e.courseId, userId: e.villagerId, history, certificate };
  });

  const courseInputs: CourseInput[] = courses.rows.map((c, i) => {
    const where = courses.where(i);
    check(isKind(c.trainerId, 'TRAINING_INSTITUTION'), where, `trainerId ${c.trainerId} 不是培训机构`);
    c.leadsToEmployerIds.forEach((e) => check(isKind(e, 'EMPLOYER'), where, `leadsToEmployerIds 里的 ${e} 不是招工单位`));
    check(c.startDate <= c.endDate, where, '开课日期晚于结业日期');
    check(c.enrollmentDeadline <= c.startDate, where, '报名截止晚于开课日期');
    const taken = seated.get(c.id) ?? 0;
    check(taken <= c.seats, where, `报名 ${taken} 人，超过名额 ${c.seats}`);
    const { titleYear: _y, ...rest } = c;
    return { ...rest, title: courseTitle(c), enrolledCount: taken };
  });

  return {
    organizations: orgs.rows as OrganizationInput[],
    jobs: jobs.rows as JobInput[],
    courses: courseInputs,
    openings: openings.rows as FranchiseOpeningInput[],
    villagers: villagers.rows as VillagerInput[],
    applications: applicationInputs,
    enrollments: enrollmentInputs,
  };
}

// The seeded random source lives with the vocabulary now; callers that knew it here still find it.
export { mulberry32 } from './vocabulary';
