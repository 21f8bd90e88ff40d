import type { EditOpeningQuery, FranchiseOpeningInput } from '../../gql/graphql';
import type { UserErrorLike } from '../../api/user-errors';
import { chinaToday, DAY, FormChecker, splitLines, type Problems } from '../consoles/form-rules';

export interface PositionDraft {
  title: string;
  headcount: string;
  payMin: string;
  payMax: string;
}

/** One of the brand's own shops (直营店), as typed. `key` keeps a row's boxes when another row is deleted. */
export interface ShopDraft {
  key: number;
  city: string;
  address: string;
  openedOn: string;
}

/** A fee or deposit the franchisee pays the brand. */
export interface FeeDraft {
  key: number;
  name: string;
  amount: string;
  refundable: boolean;
  refundWhen: string;
}

/** One part of the total investment. */
export interface InvestmentItemDraft {
  key: number;
  name: string;
  min: string;
  max: string;
}

export interface OpeningDraft {
  title: string;
  description: string;
  province: string;
  city: string;
  address: string;
  openingDate: string;
  positions: PositionDraft[];
  franchise: boolean;
  investmentMin: string;
  investmentMax: string;
  brandProvides: string;
  filingNumber: string;
  ownShops: ShopDraft[];
  fees: FeeDraft[];
  investmentItems: InvestmentItemDraft[];
  contactName: string;
  contactPhone: string;
}

export const POSITION_ROWS = 3;

/** The schema's `@listSize` bounds on a disclosure (server franchise-disclosure.ts). */
export const MAX_OWN_SHOPS = 50;
export const MAX_FEES = 20;
export const MAX_INVESTMENT_ITEMS = 12;
const MAX_AMOUNT = 10_000_000;
const EARLIEST_SHOP_DAY = '1980-01-01';

export const DISCLOSURE = 'franchise.disclosure';

let rowSeq = 0;
const rowKey = () => ++rowSeq;
export const emptyShop = (): ShopDraft => ({ key: rowKey(), city: '', address: '', openedOn: '' });
export const emptyFee = (): FeeDraft => ({ key: rowKey(), name: '', amount: '', refundable: false, refundWhen: '' });
export const emptyInvestmentItem = (): InvestmentItemDraft => ({ key: rowKey(), name: '', min: '', max: '' });

/** Every field path the form shows, so the server's errors on them land next to their box. */
export function openingFields(d: OpeningDraft): string[] {
  return [
    'title', 'description', 'place.province', 'place.city', 'place.address', 'openingDate', 'positions',
    ...Array.from({ length: POSITION_ROWS }, (_, i) => [`positions.${i}.title`, `positions.${i}.headcount`, `positions.${i}.pay.min`, `positions.${i}.pay.max`]).flat(),
    'franchise.investmentMin', 'franchise.investmentMax', 'franchise.brandProvides', 'franchise.filingNumber',
    `${DISCLOSURE}.ownShops`, `${DISCLOSURE}.fees`, `${DISCLOSURE}.investmentItems`,
    ...d.ownShops.flatMap((_, i) => ['city', 'address', 'openedOn'].map((f) => `${DISCLOSURE}.ownShops.${i}.${f}`)),
    ...d.fees.flatMap((_, i) => ['name', 'amount', 'refundWhen'].map((f) => `${DISCLOSURE}.fees.${i}.${f}`)),
    ...d.investmentItems.flatMap((_, i) => ['name', 'min', 'max'].map((f) => `${DISCLOSURE}.investmentItems.${i}.${f}`)),
    'contactName', 'contactPhone',
  ];
}

const OPENING_NAMES: Record<string, string> = {
  title: '标题', description: '介绍', 'place.province': '省份', 'place.city': '城市', 'place.address': '地址', openingDate: '开业日期', positions: '岗位',
  'franchise.investmentMin': '最低投资', 'franchise.investmentMax': '最高投资', 'franchise.brandProvides': '品牌提供', 'franchise.filingNumber': '备案号',
  [`${DISCLOSURE}.ownShops`]: '直营店', [`${DISCLOSURE}.fees`]: '费用', [`${DISCLOSURE}.investmentItems`]: '投资项目', contactName: '联系人', contactPhone: '联系电话',
};
const ROW_NAMES: Record<string, [string, Record<string, string>]> = {
  positions: ['岗位', { title: '名称', headcount: '人数', 'pay.min': '最低工资', 'pay.max': '最高工资' }],
  ownShops: ['直营店', { city: '城市', address: '地址', openedOn: '开业日期' }],
  fees: ['费用', { name: '名称', amount: '金额', refundWhen: '退还说明' }],
  investmentItems: ['项目', { name: '名称', min: '最少', max: '最多' }],
};

/** The form's fields in screen order, named as the banner says them: 岗位2的人数, 费用1的金额. */
export function openingFieldNames(d: OpeningDraft): [string, string][] {
  return openingFields(d).map((path) => {
    const row = /^(?:franchise\.disclosure\.)?(positions|ownShops|fees|investmentItems)\.(\d+)\.(.+)$/.exec(path);
    if (row) {
      const [rowName, parts] = ROW_NAMES[row[1]];
      return [path, `${rowName}${Number(row[2]) + 1}的${parts[row[3]] ?? ''}`];
    }
    return [path, OPENING_NAMES[path] ?? ''];
  });
}

export function emptyOpeningDraft(contactName = '', contactPhone = ''): OpeningDraft {
  return {
    title: '', description: '', province: '', city: '', address: '', openingDate: '',
    positions: Array.from({ length: POSITION_ROWS }, () => ({ title: '', headcount: '', payMin: '', payMax: '' })),
    franchise: false, investmentMin: '', investmentMax: '', brandProvides: '', filingNumber: '',
    ownShops: [emptyShop()], fees: [emptyFee()], investmentItems: [emptyInvestmentItem()],
    contactName, contactPhone,
  };
}

type EditedOpening = NonNullable<EditOpeningQuery['franchiseOpening']>;

/** The form filled with an opening as it is now, to change it; empty rows up to POSITION_ROWS. */
export function draftFromOpening(o: EditedOpening): OpeningDraft {
  const rows: PositionDraft[] = o.positions.map((p) => ({ title: p.title, headcount: String(p.headcount), payMin: String(p.pay.min), payMax: String(p.pay.max) }));
  while (rows.length < POSITION_ROWS) rows.push({ title: '', headcount: '', payMin: '', payMax: '' });
  const f = o.franchise;
  const dis = f?.disclosure;
  const shops = dis?.ownShops.map((x) => ({ key: rowKey(), city: x.city, address: x.address ?? '', openedOn: x.openedOn })) ?? [];
  const fees = dis?.fees.map((x) => ({ key: rowKey(), name: x.name, amount: String(x.amount), refundable: x.refundable, refundWhen: x.refundWhen ?? '' })) ?? [];
  const items = dis?.investmentItems.map((x) => ({ key: rowKey(), name: x.name, min: String(x.min), max: String(x.max) })) ?? [];
  return {
    title: o.title, description: o.description, province: o.place.province, city: o.place.city, address: o.place.address ?? '',
    openingDate: o.openingDate ?? '', positions: rows,
    franchise: !!f, investmentMin: f ? String(f.investmentMin) : '', investmentMax: f ? String(f.investmentMax) : '',
    brandProvides: f ? f.brandProvides.join('\n') : '', filingNumber: f?.filingNumber ?? '',
    ownShops: shops.length ? shops : [emptyShop()], fees: fees.length ? fees : [emptyFee()], investmentItems: items.length ? items : [emptyInvestmentItem()],
    contactName: o.contactName, contactPhone: o.contactPhone,
  };
}

const filled = (p: PositionDraft) => !!(p.title.trim() || p.headcount.trim() || p.payMin.trim() || p.payMax.trim());
const shopFilled = (s: ShopDraft) => !!(s.city.trim() || s.address.trim() || s.openedOn.trim());
const feeFilled = (f: FeeDraft) => !!(f.name.trim() || f.amount.trim() || (f.refundable && f.refundWhen.trim()));
const itemFilled = (x: InvestmentItemDraft) => !!(x.name.trim() || x.min.trim() || x.max.trim());

/**
 * 商业特许经营备案号 as the server reads it (franchise-disclosure.ts): 16 digits — 0, a
 * six-digit office code whose first two digits are a province code 11–65, then 9 digits.
 */
const FILING_NUMBER = /^0(1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5])\d{4}\d{9}$/;

/** Spaces, dashes and full-width digits are folded away, as the server does. */
export function normalizeFilingNumber(value: string): string {
  return value.normalize('NFKC').replace(/[\s-]/g, '');
}

const isRealDay = (v: string) => DAY.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) === v;

/** The sums of the investment items' minimums and maximums, when every item has both as whole numbers. */
export function investmentSums(items: readonly InvestmentItemDraft[]): { min: number; max: number } | null {
  const rows = items.filter(itemFilled);
  if (!rows.length || rows.some((x) => !/^\d+$/.test(x.min.trim()) || !/^\d+$/.test(x.max.trim()))) return null;
  return { min: rows.reduce((n, x) => n + Number(x.min), 0), max: rows.reduce((n, x) => n + Number(x.max), 0) };
}

/** The server's rules (FranchiseOpeningInput, opening-posting.service.ts). */
export function openingProblems(d: OpeningDraft, today: string = chinaToday()): Problems {
  const c = new FormChecker();
  c.text(d.title, 'title', '标题', 4, 30);
  c.text(d.description, 'description', '介绍', 20, 2000);
  c.text(d.province, 'place.province', '省份', 1, 20);
  c.text(d.city, 'place.city', '城市', 1, 20);
  c.text(d.address, 'place.address', '地址', 0, 100);
  if (c.day(d.openingDate, 'openingDate', '开业日期', false)) c.rule(d.openingDate.trim() >= today, 'openingDate', '开业日期不能早于今天');
  const rows = d.positions.map((p, i) => [p, i] as const).filter(([p]) => filled(p));
  c.rule(rows.length >= 1, 'positions', '请填写 1 到 6 个岗位');
  for (const [p, i] of rows) {
    c.text(p.title, `positions.${i}.title`, '岗位名称', 2, 20);
    c.int(p.headcount, `positions.${i}.headcount`, '人数', 1, 99);
    const min = c.int(p.payMin, `positions.${i}.pay.min`, '最低工资', 1, 100_000);
    const max = c.int(p.payMax, `positions.${i}.pay.max`, '最高工资', 1, 100_000);
    if (min !== null && max !== null) c.rule(min <= max, `positions.${i}.pay.min`, '最低工资不能高于最高工资');
  }
  if (d.franchise) {
    const min = c.int(d.investmentMin, 'franchise.investmentMin', '最低投资', 10_000, 10_000_000);
    const max = c.int(d.investmentMax, 'franchise.investmentMax', '最高投资', 10_000, 10_000_000);
    if (min !== null && max !== null) c.rule(min <= max, 'franchise.investmentMin', '最低投资不能高于最高投资');
    c.lines(splitLines(d.brandProvides), 'franchise.brandProvides', '品牌提供', 10, 50);
    const filing = normalizeFilingNumber(d.filingNumber);
    if (!filing) c.rule(false, 'franchise.filingNumber', '招加盟必须填写商业特许经营备案号');
    else c.rule(FILING_NUMBER.test(filing), 'franchise.filingNumber', '备案号应是 0 开头的 16 位数字，如 0610100211800123');
    disclosureProblems(c, d, today, min !== null && max !== null ? { min, max } : null);
  }
  c.text(d.contactName, 'contactName', '联系人', 1, 20);
  c.phone(d.contactPhone, 'contactPhone');
  return c.problems;
}

/** The disclosure's rules, the same as the server's checkDisclosure, each on its row's box. */
function disclosureProblems(c: FormChecker, d: OpeningDraft, today: string, investment: { min: number; max: number } | null) {
  const list = <T>(rows: readonly T[], isFilled: (r: T) => boolean, name: string, label: string, max: number) => {
    const kept = rows.map((r, i) => [r, i] as const).filter(([r]) => isFilled(r));
    c.rule(kept.length > 0, `${DISCLOSURE}.${name}`, `请填写${label}`);
    c.rule(kept.length <= max, `${DISCLOSURE}.${name}`, `${label}最多 ${max} 条`);
    return kept;
  };
  for (const [s, i] of list(d.ownShops, shopFilled, 'ownShops', '品牌自己开的直营店', MAX_OWN_SHOPS)) {
    const at = `${DISCLOSURE}.ownShops.${i}`;
    c.text(s.city, `${at}.city`, '门店城市', 1, 20);
    c.text(s.address, `${at}.address`, '门店地址', 0, 50);
    const day = s.openedOn.trim();
    if (!day) c.rule(false, `${at}.openedOn`, '请填写开业日期');
    else if (!isRealDay(day)) c.rule(false, `${at}.openedOn`, '开业日期请按 2020-05-01 这样填写');
    else if (day > today) c.rule(false, `${at}.openedOn`, '开业日期不能晚于今天');
    else c.rule(day >= EARLIEST_SHOP_DAY, `${at}.openedOn`, '开业日期不能早于 1980 年');
  }
  for (const [f, i] of list(d.fees, feeFilled, 'fees', '加盟商要交的每一笔费用', MAX_FEES)) {
    const at = `${DISCLOSURE}.fees.${i}`;
    c.text(f.name, `${at}.name`, '费用名称', 2, 20);
    c.int(f.amount, `${at}.amount`, '金额', 1, MAX_AMOUNT);
    if (f.refundable) c.text(f.refundWhen, `${at}.refundWhen`, '什么时候退', 4, 60);
  }
  let itemsOk = true;
  for (const [x, i] of list(d.investmentItems, itemFilled, 'investmentItems', '投资明细', MAX_INVESTMENT_ITEMS)) {
    const at = `${DISCLOSURE}.investmentItems.${i}`;
    c.text(x.name, `${at}.name`, '投资项目', 1, 20);
    const before = Object.keys(c.problems).length;
    const lo = c.int(x.min, `${at}.min`, '最低金额', 0, MAX_AMOUNT);
    const hi = c.int(x.max, `${at}.max`, '最高金额', 0, MAX_AMOUNT);
    if (Object.keys(c.problems).length === before && lo !== null && hi !== null) c.rule(lo <= hi, `${at}.min`, '最低金额不能高于最高金额');
    if (Object.keys(c.problems).length !== before) itemsOk = false;
  }
  const sums = investmentSums(d.investmentItems);
  if (itemsOk && sums && investment && (sums.min !== investment.min || sums.max !== investment.max)) {
    c.rule(false, `${DISCLOSURE}.investmentItems`, `投资明细加起来是 ${sums.min} 到 ${sums.max} 元，和总投资 ${investment.min} 到 ${investment.max} 元对不上`);
  }
}

/**
 * Where each sent row came from: rows left empty are not sent, so the server's `fees.1` may be
 * the form's third fee row. Maps the server's paths back to the form's rows.
 */
export function formPathsOf(errors: readonly UserErrorLike[], d: OpeningDraft): UserErrorLike[] {
  const lists: Record<string, number[]> = {
    positions: d.positions.map((p, i) => [p, i] as const).filter(([p]) => filled(p)).map(([, i]) => i),
    [`franchise.disclosure.ownShops`]: d.ownShops.map((r, i) => [r, i] as const).filter(([r]) => shopFilled(r)).map(([, i]) => i),
    [`franchise.disclosure.fees`]: d.fees.map((r, i) => [r, i] as const).filter(([r]) => feeFilled(r)).map(([, i]) => i),
    [`franchise.disclosure.investmentItems`]: d.investmentItems.map((r, i) => [r, i] as const).filter(([r]) => itemFilled(r)).map(([, i]) => i),
  };
  return errors.map((e) => {
    const m = /^input\.(positions|franchise\.disclosure\.(?:ownShops|fees|investmentItems))\.(\d+)(.*)$/.exec(e.field ?? '');
    const row = m ? lists[m[1]]?.[Number(m[2])] : undefined;
    return m && row !== undefined ? { ...e, field: `input.${m[1]}.${row}${m[3]}` } : e;
  });
}

export function openingInputOf(d: OpeningDraft): FranchiseOpeningInput {
  const opt = (s: string) => (s.trim() ? s.trim() : null);
  return {
    title: d.title.trim(),
    description: d.description.trim(),
    place: { province: d.province.trim(), city: d.city.trim(), address: opt(d.address) },
    openingDate: opt(d.openingDate),
    positions: d.positions.filter(filled).map((p) => ({
      title: p.title.trim(),
      headcount: Number(p.headcount),
      pay: { min: Number(p.payMin), max: Number(p.payMax), unit: 'MONTH', settlement: 'MONTHLY' },
    })),
    franchise: d.franchise
      ? {
          investmentMin: Number(d.investmentMin),
          investmentMax: Number(d.investmentMax),
          brandProvides: splitLines(d.brandProvides),
          filingNumber: opt(normalizeFilingNumber(d.filingNumber)),
          // 两店一年 is no longer sent: the server works it out from the shops.
          disclosure: {
            ownShops: d.ownShops.filter(shopFilled).map((s) => ({ city: s.city.trim(), address: opt(s.address), openedOn: s.openedOn.trim() })),
            fees: d.fees.filter(feeFilled).map((f) => ({ name: f.name.trim(), amount: Number(f.amount), refundable: f.refundable, refundWhen: f.refundable ? f.refundWhen.trim() : null })),
            investmentItems: d.investmentItems.filter(itemFilled).map((x) => ({ name: x.name.trim(), min: Number(x.min), max: Number(x.max) })),
          },
        }
      : null,
    contactName: d.contactName.trim(),
    contactPhone: d.contactPhone.replace(/\s/g, ''),
  };
}
