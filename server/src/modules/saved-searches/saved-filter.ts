import { createHash } from 'node:crypto';
import type { JobCategory, JobFilter, PayUnit } from '../../generated/graphql';
import { parsePlace, type PlaceMatch } from '../common/filters';
import { keywordPattern } from '../common/text-filter';
import { searchForm } from '../common/text';
import { parseJobFilter } from '../jobs/job.service';

/** The switch-like conditions of a JobFilter, in the order the job list's chips show them. */
export const CONDITION_KEYS = [
  'providesHousing', 'providesMeals', 'coupleRooms', 'dayShiftOnly', 'dailySettlement',
  'socialInsurance', 'travelPaid', 'verifiedOnly', 'directEmployerOnly',
] as const;
type ConditionKey = (typeof CONDITION_KEYS)[number];

/**
 * A JobFilter in the one form a saved search keeps: every text as the job list compares it,
 * blanks and "don't care" conditions left out, keys in a fixed order. Two filters that list
 * the same jobs (足療 and 足疗, `coupleRooms: false` and no `coupleRooms`) have the same form,
 * so saving either twice is one saved search.
 */
export type SavedFilter = {
  keyword?: string;
  category?: JobCategory;
  place?: PlaceMatch;
  minPay?: { amount: number; unit: PayUnit };
  postedWithinDays?: number;
} & { [K in ConditionKey]?: true };

export interface SavedSearchRow {
  id: string;
  userId: string;
  name: string;
  filter: SavedFilter;
  createdAt: Date;
  matchedThrough: Date;
}

/**
 * Checks a filter exactly as `jobs(filter:)` does (the same parser, so the same limits and
 * messages) and returns its saved form. Throws the parser's BAD_USER_INPUT error.
 */
export function canonicalFilter(filter: JobFilter, now: Date): SavedFilter {
  parseJobFilter(filter, now);
  const out: SavedFilter = {};
  const pattern = keywordPattern(filter.keyword);
  if (pattern !== null) out.keyword = searchForm(filter.keyword!).trim();
  if (filter.category) out.category = filter.category;
  const place = parsePlace(filter.place, 'filter.place');
  if (place) {
    // Fixed key order, whatever order the client sent.
    const p: PlaceMatch = {};
    for (const level of ['province', 'city', 'county', 'town'] as const) if (place[level]) p[level] = place[level];
    out.place = p;
  }
  if (filter.minPay) out.minPay = { amount: filter.minPay.amount, unit: filter.minPay.unit };
  for (const c of CONDITION_KEYS) if (filter[c] === true) out[c] = true;
  if (filter.postedWithinDays !== null && filter.postedWithinDays !== undefined) out.postedWithinDays = filter.postedWithinDays;
  return out;
}

export function isEmptyFilter(f: SavedFilter): boolean {
  return Object.keys(f).length === 0;
}

/** The saved form as JSON and its key (what makes two saved searches the same one). */
export function filterJson(f: SavedFilter): { json: string; key: string } {
  const json = JSON.stringify(f);
  return { json, key: createHash('sha256').update(json).digest('hex') };
}

/** A saved form back as the JobFilter it stands for. */
export function toJobFilter(f: SavedFilter): JobFilter {
  return { ...f, place: f.place ? { ...f.place } : undefined, minPay: f.minPay ? { ...f.minPay } : undefined };
}

const CATEGORY_LABEL: Record<JobCategory, string> = {
  FOOT_THERAPY: '足疗', PEDICURE: '修脚', TEA: '茶叶', CONSTRUCTION: '建筑', FACTORY: '工厂',
  CATERING: '餐饮', DOMESTIC: '家政', LOGISTICS: '物流', FARMING: '农业', OTHER: '其他',
};

/** The job list's chip labels; 包吃住 when both housing and meals are asked for. */
const CONDITION_LABEL: Record<Exclude<ConditionKey, 'providesHousing' | 'providesMeals'>, string> = {
  coupleRooms: '夫妻间', dayShiftOnly: '长白班', dailySettlement: '日结', socialInsurance: '有社保',
  travelPaid: '报路费', verifiedOnly: '认证企业', directEmployerOnly: '只看直招',
};

const PAY_LABEL: Record<PayUnit, (n: number) => string> = {
  MONTH: (n) => `月薪${n}以上`,
  DAY: (n) => `日薪${n}以上`,
  PIECE: (n) => `每件${n}元以上`,
};

export const MAX_NAME_LENGTH = 30;

/**
 * The name a villager reads for a filter, from the chips she tapped: 深圳 · 足疗 · 包吃住.
 * A city is named as people say it (深圳, not 深圳市); a town or county as it is written.
 */
export function chipsName(f: SavedFilter): string {
  const chips: string[] = [];
  const p = f.place;
  if (p) {
    const city = p.city && [...p.city].length > 2 ? p.city.replace(/市$/, '') : p.city;
    const where = p.town ?? p.county ?? city ?? p.province;
    if (where) chips.push(where);
  }
  if (f.keyword) chips.push(`“${f.keyword}”`);
  if (f.category) chips.push(CATEGORY_LABEL[f.category]);
  if (f.providesHousing && f.providesMeals) chips.push('包吃住');
  else if (f.providesHousing) chips.push('包住');
  else if (f.providesMeals) chips.push('包吃');
  for (const [key, label] of Object.entries(CONDITION_LABEL)) if (f[key as ConditionKey]) chips.push(label);
  if (f.minPay) chips.push(PAY_LABEL[f.minPay.unit](f.minPay.amount));
  if (f.postedWithinDays) chips.push(`${f.postedWithinDays}天内发布`);
  const name = chips.join(' · ');
  const chars = [...name];
  return chars.length > MAX_NAME_LENGTH ? `${chars.slice(0, MAX_NAME_LENGTH - 1).join('')}…` : name;
}
