// An in-process GraphQL server for component tests: the real schema (so every operation the
// app sends is validated against the contract) over a small generated catalogue, with
// switches that make the network fail the ways it does in the mountains.
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { buildSchema, graphql, GraphQLError } from 'graphql';
import type { RequestOptions } from './taro-shim';
import { createFakeAccounts, type Ctx, type FakeAccounts } from './fake-accounts';
import { createFakeOpenings, type FakeOpenings } from './fake-openings';

const schemaDir = join(__dirname, '../../../../schema');
const schema = buildSchema(
  readdirSync(schemaDir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(join(schemaDir, f), 'utf8'))
    .join('\n'),
);

const NOW = Date.now();
const DAY = 24 * 3600 * 1000;
const CATEGORIES = ['FOOT_THERAPY', 'PEDICURE', 'FACTORY', 'CONSTRUCTION', 'CATERING'] as const;
const TITLES: Record<string, string> = {
  FOOT_THERAPY: '足疗技师',
  PEDICURE: '修脚师傅',
  FACTORY: '电子厂普工',
  CONSTRUCTION: '钢筋工',
  CATERING: '后厨帮工',
};
const PLACES = [
  { province: '陕西省', city: '安康市', county: '紫阳县', town: '高桥镇', village: '铁佛村', address: '镇政府旁', latitude: 32.52, longitude: 108.53 },
  { province: '广东省', city: '深圳市', county: '南山区', town: null, village: null, address: '科技园', latitude: null, longitude: null },
  { province: '浙江省', city: '杭州市', county: '西湖区', town: null, village: null, address: null, latitude: 30.25, longitude: 120.13 },
];

function org(id: string, name: string, kind: string, verified: boolean, place = PLACES[0]) {
  return { id, name, kind, verified, verifiedAt: verified ? new Date(NOW - 90 * DAY).toISOString() : null, description: `${name}，诚信经营多年。`, place, openJobCount: 3 };
}

const employers = [org('e1', '紫阳足康连锁', 'EMPLOYER', true), org('e2', '深圳华强电子厂', 'EMPLOYER', false, PLACES[1])];
/** A labour agency (劳务中介): its jobs read viaAgency and carry a 中介 label. */
export const AGENCY = { ...org('a1', '紫阳县汉水人力资源服务有限公司', 'LABOUR_AGENCY', true), licenceNumber: '（陕）人服证字〔2021〕第0924000031号' };

export type FakeJob = ReturnType<typeof makeJob>;

function makeJob(i: number) {
  const category = CATEGORIES[i % CATEGORIES.length];
  const place = PLACES[i % PLACES.length];
  const daily = i % 7 === 0;
  const housing = i % 3 !== 0;
  const meals = i % 2 === 0;
  return {
    id: `job-${i + 1}`,
    title: `${TITLES[category]}${housing && meals ? '（包吃住）' : ''}第${i + 1}号`,
    category,
    description: `${TITLES[category]}，工作稳定。`,
    employer: i % 9 === 4 ? AGENCY : employers[i % 4 === 0 ? 1 : 0],
    viaAgency: i % 9 === 4,
    place,
    pay: daily
      ? { min: 200, max: 260 + i, unit: 'DAY', settlement: 'DAILY', monthlyMin: 5200, monthlyMax: (260 + i) * 26 }
      : { min: 3000 + i * 100, max: 5000 + i * 100, unit: 'MONTH', settlement: 'MONTHLY', monthlyMin: 3000 + i * 100, monthlyMax: 5000 + i * 100 },
    providesHousing: housing,
    providesMeals: meals,
    coupleRooms: i % 5 === 0,
    dayShiftOnly: i % 4 === 1,
    socialInsurance: i % 2 === 1,
    travelPaid: i % 6 === 0,
    headcount: 2 + (i % 5),
    ageMin: i % 3 === 0 ? null : 18,
    ageMax: i % 3 === 0 ? null : 50,
    requirements: ['能吃苦耐劳', '身体健康'],
    contactName: '王经理',
    contactPhone: '0915-4321000',
    publishedAt: new Date(NOW - i * DAY).toISOString(),
    expiresAt: i % 2 ? new Date(NOW + 30 * DAY).toISOString() : null,
    status: 'OPEN',
  };
}

export const JOBS = Array.from({ length: 45 }, (_, i) => makeJob(i));

const trainer = org('t1', '紫阳县职业技术教育中心', 'TRAINING_INSTITUTION', true);
export const COURSES = Array.from({ length: 25 }, (_, i) => ({
  id: `course-${i + 1}`,
  title: `${i % 2 ? '修脚' : '足疗'}技能免费培训班（第${i + 1}期）`,
  skill: i % 2 ? 'PEDICURE' : 'FOOT_THERAPY',
  description: '手把手教，学会为止。',
  trainer,
  place: PLACES[0],
  startDate: '2026-12-15',
  endDate: '2026-12-30',
  hours: 120,
  fee: i % 5 === 4 ? 800 : 0,
  isFree: i % 5 !== 4,
  subsidy: i % 3 === 0 ? 300 : 0,
  coversFood: true,
  coversLodging: i % 2 === 0,
  coversTravel: false,
  seats: 40,
  seatsLeft: i % 6 === 5 ? 0 : 12 + i,
  enrollmentDeadline: '2026-12-10',
  certificate: i % 2 ? '专项职业能力证书（修脚）' : null,
  requirements: ['16–55岁', '紫阳县户籍'],
  leadsToEmployers: [employers[0]],
  leadsToJobs: [JOBS[0]],
  contactName: '李老师',
  contactPhone: '0915-4310000',
  publishedAt: new Date(NOW - i * DAY).toISOString(),
  status: i % 6 === 5 ? 'FULL' : 'OPEN',
}));

const brand = org('b1', '足康堂', 'SHOP_BRAND', true, PLACES[1]);
/** A complete franchise disclosure; `twoShops` picks shops that meet 两店一年 or not. */
function disclosure(twoShops: boolean) {
  const ownShops = twoShops
    ? [{ city: '深圳市', openedOn: '2019-05-01' }, { city: '深圳市', openedOn: '2021-03-01' }, { city: '广州市', openedOn: '2026-06-01' }]
    : [{ city: '深圳市', openedOn: '2024-05-01' }, { city: '广州市', openedOn: '2026-06-01' }];
  return {
    ownShops,
    ownShopCount: ownShops.length,
    ownShopCities: [...new Set(ownShops.map((s) => s.city))],
    meetsTwoShopsOneYear: twoShops,
    filingNumber: '0440300111600123',
    fees: [
      { name: '加盟费', amount: 30000, refundable: false, refundWhen: null },
      { name: '履约保证金', amount: 10000, refundable: true, refundWhen: '合同期满没有违约，30天内全额退还' },
    ],
    investmentItems: [
      { name: '加盟费', min: 30000, max: 30000 },
      { name: '履约保证金', min: 10000, max: 10000 },
      { name: '装修和设备', min: 110000, max: 260000 },
    ],
  };
}
export const OPENINGS = Array.from({ length: 12 }, (_, i) => ({
  id: `opening-${i + 1}`,
  title: `足康堂 ${PLACES[i % 3].city}${i + 1}号店 新店开业招聘`,
  brand,
  description: '新店开业，急招技师。',
  place: PLACES[i % 3],
  openingDate: i % 4 === 3 ? null : '2027-01-08',
  positions: [
    { title: '修脚师', headcount: 4, pay: { min: 6000, max: 9000 + i * 100, unit: 'MONTH', settlement: 'MONTHLY', monthlyMin: 6000, monthlyMax: 9000 + i * 100 } },
    { title: '足疗技师', headcount: 6, pay: { min: 5000, max: 8000, unit: 'MONTH', settlement: 'MONTHLY', monthlyMin: 5000, monthlyMax: 8000 } },
  ],
  isFranchiseOffer: i % 2 === 0,
  franchise: i % 2 === 0 ? { investmentMin: 150000, investmentMax: 300000, brandProvides: ['技术培训', '装修设计'], filingNumber: i % 4 === 0 ? '0440300111600123' : null, meetsTwoShopsOneYear: i % 8 === 0, disclosure: i % 4 === 0 ? disclosure(i % 8 === 0) : null } : null,
  contactName: '陈店长',
  contactPhone: '13800138000',
  publishedAt: new Date(NOW - i * DAY).toISOString(),
  status: 'OPEN',
}));

type Filter = Record<string, unknown> & { keyword?: string; place?: Record<string, string> };

function checkKeyword(keyword: unknown): string | undefined {
  if (keyword == null) return undefined;
  const k = String(keyword).trim();
  // The real server's rule: 1–50 characters after trimming.
  if (k.length === 0 || Array.from(k).length > 50) {
    throw new GraphQLError('keyword must be 1–50 characters', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return k;
}

function matchesPlace(place: Record<string, unknown>, f?: Record<string, string>): boolean {
  return !f || Object.entries(f).every(([k, v]) => place[k] === v);
}

function jobMatches(job: FakeJob, f: Filter = {}, skip: string[] = []): boolean {
  const k = checkKeyword(f.keyword);
  if (k && ![job.title, job.description, job.employer.name, job.place.city, job.place.county, job.place.town].some((s) => s?.includes(k))) return false;
  if (f.category && !skip.includes('category') && job.category !== f.category) return false;
  if (!skip.includes('place') && !matchesPlace(job.place, f.place)) return false;
  if (f.providesHousing && !job.providesHousing) return false;
  if (f.providesMeals && !job.providesMeals) return false;
  if (f.coupleRooms && !job.coupleRooms) return false;
  if (f.dayShiftOnly && !job.dayShiftOnly) return false;
  if (f.socialInsurance && !job.socialInsurance) return false;
  if (f.travelPaid && !job.travelPaid) return false;
  if (f.dailySettlement && job.pay.settlement !== 'DAILY') return false;
  if (f.verifiedOnly && !job.employer.verified) return false;
  if (f.directEmployerOnly && job.viaAgency) return false;
  return true;
}

function connection<T extends { id: string }>(all: T[], first = 20, after?: string | null) {
  if (first < 1 || first > 50) throw new GraphQLError('first must be 1–50', { extensions: { code: 'BAD_USER_INPUT' } });
  const start = after ? Number(after) : 0;
  const page = all.slice(start, start + first);
  return {
    edges: page.map((node, i) => ({ cursor: String(start + i + 1), node })),
    pageInfo: { hasNextPage: start + first < all.length, endCursor: page.length ? String(start + page.length) : null },
    totalCount: all.length,
    totalCountIsLowerBound: false,
  };
}

function countBy<T>(items: T[], key: (t: T) => string) {
  const m = new Map<string, { item: T; count: number }>();
  for (const it of items) {
    const k = key(it);
    const e = m.get(k);
    if (e) e.count++;
    else m.set(k, { item: it, count: 1 });
  }
  return [...m.values()].sort((a, b) => b.count - a.count);
}

const rootValue = {
  ok: () => true,
  jobs: ({ filter, sort, first, after }: { filter?: Filter; sort?: string; first?: number; after?: string }) => {
    let list = JOBS.filter((j) => jobMatches(j, filter));
    if (sort === 'HIGHEST_PAY') list = [...list].sort((a, b) => b.pay.monthlyMax - a.pay.monthlyMax);
    return connection(list, first, after);
  },
  job: ({ id }: { id: string }) => JOBS.find((j) => j.id === id) ?? null,
  jobFacets: ({ filter = {} }: { filter?: Filter }) => {
    const all = JOBS.filter((j) => jobMatches(j, filter));
    const cond = (extra: Filter) => JOBS.filter((j) => jobMatches(j, { ...filter, ...extra })).length;
    return {
      totalCount: all.length,
      totalCountIsLowerBound: false,
      countsAreLowerBounds: false,
      categories: countBy(JOBS.filter((j) => jobMatches(j, filter, ['category'])), (j) => j.category).map((e) => ({ category: e.item.category, count: e.count })),
      cities: countBy(JOBS.filter((j) => jobMatches(j, filter, ['place'])), (j) => j.place.city).map((e) => ({ province: e.item.place.province, city: e.item.place.city, town: null, count: e.count })),
      towns: [],
      conditions: {
        providesHousing: cond({ providesHousing: true }),
        providesMeals: cond({ providesMeals: true }),
        coupleRooms: cond({ coupleRooms: true }),
        dayShiftOnly: cond({ dayShiftOnly: true }),
        socialInsurance: cond({ socialInsurance: true }),
        travelPaid: cond({ travelPaid: true }),
        dailySettlement: cond({ dailySettlement: true }),
        verifiedOnly: cond({ verifiedOnly: true }),
        directEmployerOnly: cond({ directEmployerOnly: true }),
      },
    };
  },
  courses: ({ filter = {}, first, after }: { filter?: Filter; first?: number; after?: string }) => {
    const k = checkKeyword(filter.keyword);
    const list = COURSES.filter(
      (c) =>
        (!k || c.title.includes(k) || c.description.includes(k)) &&
        (!filter.skill || c.skill === filter.skill) &&
        (!filter.freeOnly || c.isFree) &&
        (!filter.hasSeatsLeft || (c.seatsLeft > 0 && c.status === 'OPEN')),
    );
    return connection(list, first, after);
  },
  course: ({ id }: { id: string }) => COURSES.find((c) => c.id === id) ?? null,
  franchiseOpenings: ({ filter = {}, first, after }: { filter?: Filter; first?: number; after?: string }) => {
    const k = checkKeyword(filter.keyword);
    const list = OPENINGS.filter(
      (o) =>
        (!k || o.title.includes(k) || o.place.city.includes(k)) &&
        (!filter.franchiseOnly || o.isFranchiseOffer) &&
        (!filter.position || o.positions.some((p) => p.title.includes(String(filter.position)))),
    );
    return connection(list, first, after);
  },
  franchiseOpening: ({ id }: { id: string }) => OPENINGS.find((o) => o.id === id) ?? null,
};

/** How the next requests go wrong, if at all. */
export type NetworkMode = 'ok' | 'offline' | 'timeout' | 'http500' | 'graphqlErrors' | 'hang';

export interface FakeApi {
  mode: NetworkMode;
  /** Only the next N requests use `mode`; after that the network is fine again. */
  failures: number;
  handle: (opts: RequestOptions) => void;
  /** Variables of every operation received, by operation name. */
  received: { operationName: string; variables: Record<string, unknown> }[];
  /** Errors other than BAD_USER_INPUT: an operation that does not match the schema shows here. */
  unexpectedErrors: string[];
  /** Users, sessions, applications, seats: the signed-in half of the API. */
  accounts: FakeAccounts;
  /** The Authorization header of every operation, by operation name. */
  auth: { operationName: string; authorization: string | null }[];
  /** Shop openings brands posted or changed through postFranchiseOpening / updateFranchiseOpening. */
  openings: FakeOpenings;
  /** Resolvers a test adds or overrides (the consoles' mutations), checked by the real schema all the same. */
  extraRoot: Record<string, unknown>;
}

/** Codes the fake answers on purpose (access, limits), not signs of a broken operation. */
const EXPECTED_CODES = new Set(['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'RATE_LIMITED']);

function rootFor(accounts: FakeAccounts) {
  const base = rootValue as Record<string, (args: never, ctx: Ctx) => unknown>;
  return {
    ...rootValue,
    ...accounts.root,
    job: (args: { id: string }, ctx: Ctx) => {
      const job = base.job(args as never, ctx) as FakeJob | null;
      return job ? accounts.jobView(job, ctx) : null;
    },
    course: (args: { id: string }, ctx: Ctx) => {
      const course = base.course(args as never, ctx) as (typeof COURSES)[number] | null;
      return course ? accounts.courseView(course, ctx) : null;
    },
    courses: (args: never, ctx: Ctx) => {
      const conn = base.courses(args, ctx) as { edges: { node: (typeof COURSES)[number] }[] };
      return { ...conn, edges: conn.edges.map((e) => ({ ...e, node: accounts.courseView(e.node, ctx) })) };
    },
    franchiseOpening: (args: { id: string }, ctx: Ctx) => {
      const opening = base.franchiseOpening(args as never, ctx) as (typeof OPENINGS)[number] | null;
      return opening ? accounts.openingView(opening, ctx) : null;
    },
  };
}

export function createFakeApi(): FakeApi {
  const accounts = createFakeAccounts();
  const openings = createFakeOpenings(accounts.openingView);
  const root = { ...rootFor(accounts), ...openings.root };
  const api: FakeApi = {
    mode: 'ok',
    failures: Infinity,
    received: [],
    unexpectedErrors: [],
    accounts,
    openings,
    auth: [],
    extraRoot: {},
    handle(opts) {
      const body = opts.data as { query: string; variables: Record<string, unknown> };
      const operationName = /(query|mutation)\s+(\w+)/.exec(body.query)?.[2] ?? '';
      api.received.push({ operationName, variables: body.variables ?? {} });
      const authorization = opts.header?.authorization ?? opts.header?.Authorization ?? null;
      api.auth.push({ operationName, authorization });
      let mode = api.mode;
      if (mode !== 'ok') {
        if (api.failures > 0) api.failures -= 1;
        else mode = 'ok';
      }
      const later = (fn: () => void) => setTimeout(fn, 0);
      switch (mode) {
        case 'offline':
          return later(() => opts.fail?.({ errMsg: 'request:fail net::ERR_INTERNET_DISCONNECTED' }));
        case 'timeout':
          return later(() => opts.fail?.({ errMsg: 'request:fail timeout' }));
        case 'http500':
          return later(() => opts.success?.({ statusCode: 500, data: 'Internal Server Error', header: {} }));
        case 'graphqlErrors':
          return later(() =>
            opts.success?.({ statusCode: 200, data: { errors: [{ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }], data: null }, header: {} }),
          );
        case 'hang':
          return undefined;
        default: {
          // Like the real server: a token it does not know fails the whole request.
          const token = authorization ? authorization.replace(/^Bearer /, '') : null;
          const userId = token ? accounts.sessions.get(token) : undefined;
          if (token && !userId) {
            return later(() =>
              opts.success?.({ statusCode: 401, data: { errors: [{ message: '登录已过期', extensions: { code: 'UNAUTHENTICATED' } }] }, header: {} }),
            );
          }
          const contextValue: Ctx = { token, user: userId ? accounts.users.get(userId) ?? null : null };
          void graphql({ schema, source: body.query, variableValues: body.variables, rootValue: { ...root, ...api.extraRoot }, contextValue }).then((result) => {
            const json = JSON.parse(JSON.stringify(result));
            for (const e of result.errors ?? []) if (!EXPECTED_CODES.has(String(e.extensions?.code))) api.unexpectedErrors.push(e.message);
            const bad = result.errors?.some((e) => e.extensions?.code === 'BAD_USER_INPUT') || (result.errors && !result.data);
            opts.success?.({ statusCode: bad ? 400 : 200, data: json, header: {} });
          });
        }
      }
    },
  };
  return api;
}
