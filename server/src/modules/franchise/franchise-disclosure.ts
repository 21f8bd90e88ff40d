import type { FranchiseDisclosureInput } from '../../generated/graphql';
import { normalizeText } from '../common/text';
import type { Checker } from '../common/input-rules';

/**
 * What a franchisor must disclose before selling a franchise (商业特许经营管理条例 art. 7 and
 * 22): its own shops, every fee with when deposits come back, the investment broken down,
 * and its filing number. One module holds the rules, the 两店一年 computation and the stored
 * shape, so the posting service, the seed loader and the resolvers cannot disagree.
 */

export interface DisclosedShop {
  city: string;
  address: string | null;
  /** YYYY-MM-DD, China time. */
  openedOn: string;
}

export interface FranchiseFee {
  name: string;
  amount: number;
  refundable: boolean;
  refundWhen: string | null;
}

export interface InvestmentItem {
  name: string;
  min: number;
  max: number;
}

/** The disclosure as stored (JSON in `franchise_openings.disclosure`), without the filing number. */
export interface StoredDisclosure {
  ownShops: DisclosedShop[];
  fees: FranchiseFee[];
  investmentItems: InvestmentItem[];
}

/** The bounds the schema's `@listSize` states; the check enforces them. */
export const MAX_OWN_SHOPS = 50;
export const MAX_FEES = 20;
export const MAX_INVESTMENT_ITEMS = 12;
const MAX_AMOUNT = 10_000_000;
const EARLIEST_SHOP_DAY = '1980-01-01';

/**
 * 商业特许经营备案号 as the commerce ministry issues them: 16 digits — 0, the six-digit
 * administrative code of the filing office (its first two digits a province code 11–65),
 * then 9 digits of filing year and serial (e.g. 0610100211800123). Spaces and full-width
 * digits are folded away first; anything else is malformed.
 */
const FILING_NUMBER = /^0(1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5])\d{4}\d{9}$/;

export function normalizeFilingNumber(value: string): string {
  return normalizeText(value).normalize('NFKC').replace(/[\s-]/g, '');
}

export function isFilingNumber(value: string): boolean {
  return FILING_NUMBER.test(value);
}

/** The same day one year earlier (29 February → 28 February). */
function dayAYearBefore(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const lastOfMonth = new Date(Date.UTC(y - 1, m, 0)).getUTCDate();
  return `${y - 1}-${String(m).padStart(2, '0')}-${String(Math.min(d, lastOfMonth)).padStart(2, '0')}`;
}

/**
 * 两店一年 (art. 7): at least two of the brand's own shops have run for at least a year on
 * `today`, i.e. opened on or before the same day last year. Computed on every read from
 * the disclosed opening days, so an offer starts to meet it the day its second shop turns one.
 */
export function meetsTwoShopsOneYear(shops: readonly DisclosedShop[], today: string): boolean {
  const yearAgo = dayAYearBefore(today);
  return shops.filter((s) => s.openedOn <= yearAgo).length >= 2;
}

const isDay = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) === v;

/**
 * Checks a disclosure for an offer with this investment range; each problem is a user error
 * on its own field under `field` (input.franchise.disclosure). A missing disclosure reports
 * every part it lacks. Lists longer than their bound are refused, not truncated, and only
 * their first items past the bound are read.
 */
export function checkDisclosure(
  c: Checker,
  d: FranchiseDisclosureInput | null | undefined,
  field: string,
  today: string,
  investment: { min: number; max: number },
): StoredDisclosure {
  const list = <T>(items: readonly T[] | null | undefined, name: string, label: string, max: number): readonly T[] => {
    if (!items || items.length === 0) {
      c.add('REQUIRED', `请填写${label}`, `${field}.${name}`);
      return [];
    }
    if (items.length > max) c.add('TOO_MANY', `${label}最多 ${max} 条`, `${field}.${name}`);
    return items.slice(0, max);
  };

  const ownShops = list(d?.ownShops, 'ownShops', '品牌自己开的直营店', MAX_OWN_SHOPS).map((s, i) => {
    const at = `${field}.ownShops.${i}`;
    const city = c.text(s.city, `${at}.city`, '门店城市', 1, 20);
    const address = c.text(s.address, `${at}.address`, '门店地址', 0, 50);
    if (!isDay(s.openedOn)) c.add('INVALID_DATE', '开业日期应是 年-月-日', `${at}.openedOn`);
    else if (s.openedOn > today) c.add('OPENED_IN_FUTURE', '开业日期不能晚于今天', `${at}.openedOn`);
    else if (s.openedOn < EARLIEST_SHOP_DAY) c.add('OUT_OF_RANGE', '开业日期不能早于 1980 年', `${at}.openedOn`);
    return { city: city ?? '', address, openedOn: s.openedOn };
  });

  const fees = list(d?.fees, 'fees', '加盟商要交的每一笔费用', MAX_FEES).map((f, i) => {
    const at = `${field}.fees.${i}`;
    const name = c.text(f.name, `${at}.name`, '费用名称', 2, 20);
    c.int(f.amount, `${at}.amount`, '金额', 1, MAX_AMOUNT);
    const refundWhen = f.refundable ? c.text(f.refundWhen ?? null, `${at}.refundWhen`, '什么时候退', 4, 60) : null;
    return { name: name ?? '', amount: f.amount, refundable: f.refundable === true, refundWhen };
  });

  const rawItems = list(d?.investmentItems, 'investmentItems', '投资明细', MAX_INVESTMENT_ITEMS);
  let itemsOk = true;
  const investmentItems = rawItems.map((item, i) => {
    const at = `${field}.investmentItems.${i}`;
    const name = c.text(item.name, `${at}.name`, '投资项目', 1, 20);
    const before = c.errors.length;
    c.int(item.min, `${at}.min`, '最低金额', 0, MAX_AMOUNT);
    c.int(item.max, `${at}.max`, '最高金额', 0, MAX_AMOUNT);
    if (c.errors.length === before && item.min > item.max) c.add('INVESTMENT_RANGE', '最低金额不能高于最高金额', `${at}.min`);
    if (c.errors.length !== before) itemsOk = false;
    return { name: name ?? '', min: item.min, max: item.max };
  });
  if (itemsOk && investmentItems.length > 0) {
    const sumMin = investmentItems.reduce((n, x) => n + x.min, 0);
    const sumMax = investmentItems.reduce((n, x) => n + x.max, 0);
    if (sumMin !== investment.min || sumMax !== investment.max) {
      c.add('INVESTMENT_BREAKDOWN', `投资明细加起来是 ${sumMin} 到 ${sumMax} 元，和总投资 ${investment.min} 到 ${investment.max} 元对不上`, `${field}.investmentItems`);
    }
  }

  return { ownShops: [...ownShops].sort((a, b) => (a.openedOn < b.openedOn ? -1 : a.openedOn > b.openedOn ? 1 : 0)), fees, investmentItems };
}

/** The stored JSON back as a disclosure; null for offers published before disclosures. */
export function readDisclosure(json: string | null | undefined): StoredDisclosure | null {
  if (!json) return null;
  const d = JSON.parse(json) as StoredDisclosure;
  return { ownShops: d.ownShops ?? [], fees: d.fees ?? [], investmentItems: d.investmentItems ?? [] };
}
