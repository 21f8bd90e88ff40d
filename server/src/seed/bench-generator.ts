// A large, deterministic catalogue for benchmarks: about 2,000 organisations and as many jobs as
// asked for, written with the same vocabularies and job kinds as the demo catalogue.
//
// The jobs come from a generator, so a million of them never sit in memory together; iterating
// `jobs` again starts over and yields exactly the same jobs.

import type { JobInput, OrganizationInput, OrganizationKind } from './catalog-types';
import {
  type Area,
  type JobKind,
  type OrgProfile,
  type Rng,
  type Trade,
  DAY_MS,
  FACTORY_CITY_AREAS,
  FACTORY_PRODUCTS,
  JOB_KINDS,
  ORG_NAME_PARTS,
  SHAANXI_AREAS,
  SHOP_CITY_AREAS,
  WORKSHOP_PRODUCTS,
  ZIYANG_TOWNS,
  candidatesFor,
  chance,
  composeJob,
  makeContacts,
  makeIdFactory,
  mulberry32,
  pick,
  pickSome,
  pickWeighted,
  placeIn,
  randInt,
  seasonOf,
} from './vocabulary';

export const BENCH_SEED = 20_260_301;
export const BENCH_ORGANIZATIONS = 2000;

/** Employers by trade, in parts per thousand of the employers. */
const EMPLOYER_TRADES: readonly [Trade, number][] = [
  ['FOOT', 200], ['TEA', 80], ['BUILD', 120], ['FACTORY', 130], ['WORKSHOP', 80], ['FOOD', 130],
  ['HOME', 70], ['LOGISTICS', 90], ['FARM', 40], ['SERVICE', 60],
];

/**
 * How often each job kind is posted. Foot therapy and pedicure are a smaller share than in the
 * demo, so that a keyword such as 足疗 or 修脚 keeps a few percent of the rows.
 */
const KIND_WEIGHTS: readonly [string, number][] = [
  ['footTech', 4], ['pedicure', 3], ['shopManager', 0.5], ['frontDesk', 0.5], ['apprentice', 0.8],
  ['teaPick', 6], ['teaMake', 3], ['build', 12], ['workshop', 8], ['factory', 15], ['food', 12],
  ['home', 7], ['logistics', 9], ['farm', 4], ['misc', 5],
];

const SHAANXI_TOWN_AREAS = SHAANXI_AREAS.filter((a) => a.key !== '西安高陵' && a.key !== '安康高新区');
const SHAANXI_FACTORY_AREAS = SHAANXI_AREAS.filter((a) => a.key === '西安高陵' || a.key === '安康高新区' || a.key === '西安未央');
const COUNTY_SEAT = ZIYANG_TOWNS.filter((a) => a.town === '城关镇');
/** The county seat and 高桥镇 (the pedicure town) get more postings than the hill towns. */
const TOWN_WEIGHTS = ZIYANG_TOWNS.map((a) => (a.town === '城关镇' ? 4 : a.town === '高桥镇' ? 3 : 1));

function ziyangTown(rng: Rng): Area {
  return ZIYANG_TOWNS[pickWeighted(rng, TOWN_WEIGHTS)] as Area;
}

/** Where an employer of a trade is based. */
function homeFor(rng: Rng, trade: Trade): Area {
  switch (trade) {
    case 'FOOT':
      return chance(rng, 0.88) ? pick(rng, SHOP_CITY_AREAS) : pick(rng, SHAANXI_TOWN_AREAS);
    case 'TEA':
    case 'WORKSHOP':
    case 'FARM':
      return ziyangTown(rng);
    case 'BUILD':
      return chance(rng, 0.5) ? ziyangTown(rng) : pick(rng, SHAANXI_TOWN_AREAS);
    case 'FACTORY':
      return chance(rng, 0.5) ? pick(rng, SHAANXI_FACTORY_AREAS) : pick(rng, FACTORY_CITY_AREAS);
    case 'FOOD':
    case 'SERVICE':
      return chance(rng, 0.45) ? (chance(rng, 0.8) ? pick(rng, COUNTY_SEAT) : ziyangTown(rng)) : pick(rng, SHAANXI_TOWN_AREAS);
    case 'HOME':
      return chance(rng, 0.3) ? pick(rng, COUNTY_SEAT) : chance(rng, 0.7) ? pick(rng, SHAANXI_TOWN_AREAS) : pick(rng, SHOP_CITY_AREAS);
    case 'LOGISTICS':
      return chance(rng, 0.35) ? ziyangTown(rng) : pick(rng, SHAANXI_TOWN_AREAS);
    default:
      return chance(rng, 0.5) ? pick(rng, COUNTY_SEAT) : pick(rng, SHAANXI_TOWN_AREAS);
  }
}

/** The home plus up to three more sites in the same city (or, in the county, other towns). */
function sitesFor(rng: Rng, home: Area): Area[] {
  const sameCity = home.scope === 'ZIYANG'
    ? ZIYANG_TOWNS
    : [...SHOP_CITY_AREAS, ...FACTORY_CITY_AREAS, ...SHAANXI_AREAS].filter((a) => a.city === home.city);
  const extra = pickSome(rng, sameCity.filter((a) => a !== home), randInt(rng, 0, 3));
  return [home, ...extra];
}

function districtShort(a: Area): string {
  return (a.town ?? a.county ?? a.city).replace(/(回族区|新区|区|镇|市)$/, '');
}

function orgName(rng: Rng, trade: Trade, kind: OrganizationKind, home: Area): { name: string; short: string; product?: string } {
  const P = ORG_NAME_PARTS;
  if (trade === 'FOOT' || kind === 'SHOP_BRAND') {
    const short = pick(rng, P.footPrefixes) + pick(rng, P.footCores);
    const name = kind === 'SHOP_BRAND' ? `${short}连锁` : chance(rng, 0.6) ? `${short}（${districtShort(home)}店）` : short;
    return { name, short };
  }
  const prefix = home.scope === 'ZIYANG' ? '紫阳县' : `${home.city}`;
  const word = pick(rng, P.words);
  if (kind === 'TRAINING_INSTITUTION') {
    return { name: `${prefix}${word}${pick(rng, P.trainingNames)}`, short: `${word}培训学校` };
  }
  const industry = pick(rng, P.industries[trade] ?? [{ name: '有限公司', short: '公司' }]);
  return {
    name: `${prefix}${word}${industry.name}`,
    short: `${word}${industry.short}`,
    ...(industry.products ? { product: pick(rng, industry.products) } : {}),
  };
}

const DESCRIPTIONS: Readonly<Partial<Record<Trade, readonly string[]>>> = {
  FOOT: ['主营足疗、修脚和肩颈调理，技师多来自紫阳。', '社区足道店，回头客多，老乡带老乡。', '专做修脚和足部护理，开店多年。'],
  BRAND: ['足疗修脚品牌，统一装修、统一培训，在多个城市开店。', '由紫阳修脚师傅创立的品牌，有自己的培训基地。'],
  TEA: ['做紫阳富硒绿茶和红茶，有自有茶园。', '收购周边鲜叶加工毛尖和红茶。'],
  BUILD: ['承接房建、道路和水利项目的劳务分包。', '施工队以本地工人为主，常年有项目。'],
  FACTORY: ['规模以上工业企业，常年招普工。', '与紫阳县人社局有劳务协作，可统一组织乘车。'],
  WORKSHOP: ['开在安置社区的社区工厂，让搬迁群众在家门口就业。', '来料加工，活儿轻巧，时间灵活。'],
  FOOD: ['做本地菜和面食，承接酒席。', '开了十几年的老店，生意稳定。'],
  HOME: ['做保姆、月嫂、育儿嫂和养老护理，员工持证上岗。', '家政服务和医院陪护。'],
  LOGISTICS: ['负责县内快递派送和商超配送。', '电商仓储和城市配送。'],
  FARM: ['带动周边农户种植和务工。', '种养结合，常年用工。'],
  SERVICE: ['物业管理和保安保洁服务。', '做紫阳富硒茶和农特产品的网店和直播。'],
  TRAINING: ['开展修脚、足疗、茶艺、电工、厨师等职业技能培训。', '民办职业培训学校，开设多个工种的培训班。'],
};

function buildOrganizations(seed: number, count: number): OrgProfile[] {
  const rng = mulberry32(seed ^ 0x0a1b2c3d);
  const nextId = makeIdFactory(seed ^ 0x51a7e);
  const names = new Set<string>();
  const profiles: OrgProfile[] = [];
  const brands = Math.round(count * 0.06);
  const trainers = Math.round(count * 0.04);
  const tradeWeights = EMPLOYER_TRADES.map(([, w]) => w);
  for (let i = 0; i < count; i++) {
    const kind: OrganizationKind = i < brands ? 'SHOP_BRAND' : i < brands + trainers ? 'TRAINING_INSTITUTION' : 'EMPLOYER';
    const trade: Trade = kind === 'SHOP_BRAND' ? 'BRAND' : kind === 'TRAINING_INSTITUTION' ? 'TRAINING' : (EMPLOYER_TRADES[pickWeighted(rng, tradeWeights)] as [Trade, number])[0];
    const home = kind === 'SHOP_BRAND' ? homeFor(rng, 'FOOT') : kind === 'TRAINING_INSTITUTION' ? homeFor(rng, 'SERVICE') : homeFor(rng, trade);
    let n = orgName(rng, trade, kind, home);
    for (let tries = 0; names.has(n.name) && tries < 20; tries++) n = orgName(rng, trade, kind, home);
    if (names.has(n.name)) n = { ...n, name: `${n.name}${districtShort(home)}分公司` };
    for (let k = 2; names.has(n.name); k++) n = { ...n, name: `${n.name}（${k}）` };
    names.add(n.name);
    const product = n.product ?? (trade === 'FACTORY' ? pick(rng, FACTORY_PRODUCTS) : trade === 'WORKSHOP' ? pick(rng, WORKSHOP_PRODUCTS) : undefined);
    profiles.push({
      id: nextId(),
      name: n.name,
      short: n.short,
      kind,
      trade,
      verified: chance(rng, 0.75),
      home,
      sites: sitesFor(rng, home),
      contacts: makeContacts(rng, trade, randInt(rng, 1, 2)),
      description: pick(rng, DESCRIPTIONS[trade] ?? ['常年招工。']),
      ...(product ? { product } : {}),
    });
  }
  return profiles;
}

function organizationInputs(seed: number, now: Date, profiles: readonly OrgProfile[]): OrganizationInput[] {
  const rng = mulberry32(seed ^ 0x3c3c3c3c);
  const nowMs = now.getTime();
  return profiles.map((p) => {
    const createdAt = new Date(nowMs - randInt(rng, 30, 5 * 365) * DAY_MS - randInt(rng, 0, 86_399) * 1000);
    const verifiedAt = p.verified ? new Date(createdAt.getTime() + randInt(rng, 1, Math.floor((nowMs - createdAt.getTime()) / 1000) - 1) * 1000) : null;
    return {
      id: p.id,
      name: p.name,
      kind: p.kind,
      verified: p.verified,
      verifiedAt,
      description: p.description,
      place: placeIn(rng, p.home, { village: 0.1 }).place,
      createdAt,
    };
  });
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/**
 * The jobs, lazily. Publication times walk a fixed permutation of N equal slots over the last
 * 365 days (stride coprime with N), with a random offset inside each slot: every job gets its own
 * millisecond, and consecutive jobs are not in time order, as rows imported in bulk would not be.
 */
function* jobStream(seed: number, now: Date, count: number, profiles: readonly OrgProfile[]): Generator<JobInput> {
  const rng = mulberry32(seed ^ 0x7f4a7c15);
  const nextId = makeIdFactory(seed ^ 0x2545f491);
  const season = seasonOf(now);
  const kinds: JobKind[] = [];
  const candidates: { org: OrgProfile; area: Area }[][] = [];
  const weights: number[] = [];
  for (const [key, w] of KIND_WEIGHTS) {
    const kind = JOB_KINDS[key];
    if (!kind) throw new Error(`unknown job kind ${key}`);
    const c = candidatesFor(kind, profiles);
    if (c.length === 0) continue;
    kinds.push(kind);
    candidates.push(c);
    weights.push(w);
  }
  // A lookup table makes the weighted pick O(1).
  const table: number[] = [];
  const total = weights.reduce((a, b) => a + b, 0);
  weights.forEach((w, i) => {
    for (let k = 0; k < Math.round((w / total) * 1000); k++) table.push(i);
  });

  const spanMs = 365 * DAY_MS;
  const start = now.getTime() - spanMs;
  const step = spanMs / Math.max(1, count);
  let stride = Math.max(1, Math.floor(count * 0.6180339887));
  while (gcd(stride, count) !== 1) stride++;
  let slot = Math.floor(rng() * count);

  for (let i = 0; i < count; i++) {
    const ki = table[Math.floor(rng() * table.length)] as number;
    const kind = kinds[ki] as JobKind;
    const { org, area } = pick(rng, candidates[ki] as { org: OrgProfile; area: Area }[]);
    const draft = composeJob(rng, kind, org, area, season);
    const publishedMs = start + Math.floor(slot * step + rng() * step * 0.999);
    slot += stride;
    if (slot >= count) slot -= count;
    const x = rng();
    // Most rows stay listed, so list benchmarks page through a realistic open catalogue.
    const expiresAt = x < 0.7 ? null : new Date(publishedMs + (15 + Math.floor(rng() * 386)) * DAY_MS);
    yield {
      id: nextId(),
      employerId: org.id,
      ...draft,
      publishedAt: new Date(publishedMs),
      expiresAt,
      status: rng() < 0.04 ? 'CLOSED' : 'OPEN',
    };
  }
}

/**
 * A benchmark catalogue: `jobs` postings by about 2,000 organisations, published over the last
 * 365 days before `now`. The same options always give the same data.
 */
export function generateBenchCatalog(opts: { jobs: number; seed?: number; now: Date }): {
  organizations: OrganizationInput[];
  jobs: Iterable<JobInput>;
} {
  const seed = opts.seed ?? BENCH_SEED;
  const count = Math.max(0, Math.floor(opts.jobs));
  const now = new Date(opts.now.getTime());
  const profiles = buildOrganizations(seed, BENCH_ORGANIZATIONS);
  return {
    organizations: organizationInputs(seed, now, profiles),
    jobs: { [Symbol.iterator]: () => jobStream(seed, now, count, profiles) },
  };
}
