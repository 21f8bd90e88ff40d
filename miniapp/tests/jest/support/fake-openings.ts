// The brand's half of the fake API for shop openings: postFranchiseOpening and
// updateFranchiseOpening with the server's franchise rules (opening-posting.service.ts and
// franchise-disclosure.ts): a filing number of the commerce ministry's form, and a complete
// disclosure whose investment items add up to the range, each problem a user error on its own
// field. Saved openings are kept per fake API and read back by franchiseOpening.
import { GraphQLError } from 'graphql';
import { chinaToday } from '../../../src/features/consoles/form-rules';
import { OPENINGS } from './fake-api';
import type { Ctx } from './fake-accounts';

type UserErr = { field: string; message: string; code: string };
type Opening = (typeof OPENINGS)[number];

interface ShopIn { city: string; address?: string | null; openedOn: string }
interface FeeIn { name: string; amount: number; refundable: boolean; refundWhen?: string | null }
interface ItemIn { name: string; min: number; max: number }
interface OpeningIn {
  title: string;
  description: string;
  place: Record<string, unknown> & { province: string; city: string };
  openingDate?: string | null;
  positions: { title: string; headcount: number; pay: { min: number; max: number; unit: string; settlement: string } }[];
  franchise?: {
    investmentMin: number;
    investmentMax: number;
    brandProvides: string[];
    filingNumber?: string | null;
    meetsTwoShopsOneYear?: boolean | null;
    disclosure?: { ownShops?: ShopIn[] | null; fees?: FeeIn[] | null; investmentItems?: ItemIn[] | null } | null;
  } | null;
  contactName: string;
  contactPhone: string;
}

const FILING_NUMBER = /^0(1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5])\d{4}\d{9}$/;
const len = (s: string | null | undefined) => Array.from((s ?? '').trim()).length;

function yearBefore(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y - 1, m, 0)).getUTCDate();
  return `${y - 1}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** 两店一年 as the server computes it: two own shops opened on or before this day last year. */
export function meetsTwoShopsOneYear(shops: readonly { openedOn: string }[], today = chinaToday()): boolean {
  const yearAgo = yearBefore(today);
  return shops.filter((s) => s.openedOn <= yearAgo).length >= 2;
}

function checkFranchise(f: NonNullable<OpeningIn['franchise']>, today: string): UserErr[] {
  const errors: UserErr[] = [];
  const add = (code: string, message: string, field: string) => errors.push({ code, message, field });
  const text = (v: string | null | undefined, field: string, label: string, min: number, max: number) => {
    const n = len(v);
    if (n < min) add(n === 0 ? 'REQUIRED' : 'TOO_SHORT', n === 0 ? `请填写${label}` : `${label}至少 ${min} 个字`, field);
    else if (n > max) add('TOO_LONG', `${label}最多 ${max} 个字`, field);
  };
  const int = (v: number, field: string, label: string, min: number, max: number) => {
    if (!Number.isInteger(v) || v < min || v > max) add('OUT_OF_RANGE', `${label}应在 ${min} 到 ${max} 之间`, field);
  };
  int(f.investmentMin, 'input.franchise.investmentMin', '最低投资', 10_000, 10_000_000);
  int(f.investmentMax, 'input.franchise.investmentMax', '最高投资', 10_000, 10_000_000);
  if (f.investmentMin > f.investmentMax) add('INVESTMENT_RANGE', '最低投资不能高于最高投资', 'input.franchise.investmentMin');
  const filing = (f.filingNumber ?? '').normalize('NFKC').replace(/[\s-]/g, '');
  if (!filing) add('FILING_REQUIRED', '招加盟必须填写商业特许经营备案号', 'input.franchise.filingNumber');
  else if (!FILING_NUMBER.test(filing)) add('INVALID_FILING', '备案号应是 0 开头的 16 位数字，如 0610100211800123', 'input.franchise.filingNumber');

  const at = 'input.franchise.disclosure';
  const d = f.disclosure;
  const list = <T>(items: readonly T[] | null | undefined, name: string, label: string, max: number): readonly T[] => {
    if (!items || items.length === 0) {
      add('REQUIRED', `请填写${label}`, `${at}.${name}`);
      return [];
    }
    if (items.length > max) add('TOO_MANY', `${label}最多 ${max} 条`, `${at}.${name}`);
    return items.slice(0, max);
  };
  list(d?.ownShops, 'ownShops', '品牌自己开的直营店', 50).forEach((s, i) => {
    text(s.city, `${at}.ownShops.${i}.city`, '门店城市', 1, 20);
    text(s.address, `${at}.ownShops.${i}.address`, '门店地址', 0, 50);
    const real = /^\d{4}-\d{2}-\d{2}$/.test(s.openedOn) && !Number.isNaN(Date.parse(`${s.openedOn}T00:00:00Z`)) && new Date(`${s.openedOn}T00:00:00Z`).toISOString().slice(0, 10) === s.openedOn;
    if (!real) add('INVALID_DATE', '开业日期应是 年-月-日', `${at}.ownShops.${i}.openedOn`);
    else if (s.openedOn > today) add('OPENED_IN_FUTURE', '开业日期不能晚于今天', `${at}.ownShops.${i}.openedOn`);
    else if (s.openedOn < '1980-01-01') add('OUT_OF_RANGE', '开业日期不能早于 1980 年', `${at}.ownShops.${i}.openedOn`);
  });
  list(d?.fees, 'fees', '加盟商要交的每一笔费用', 20).forEach((fee, i) => {
    text(fee.name, `${at}.fees.${i}.name`, '费用名称', 2, 20);
    int(fee.amount, `${at}.fees.${i}.amount`, '金额', 1, 10_000_000);
    if (fee.refundable) text(fee.refundWhen, `${at}.fees.${i}.refundWhen`, '什么时候退', 4, 60);
  });
  const items = list(d?.investmentItems, 'investmentItems', '投资明细', 12);
  const before = errors.length;
  items.forEach((x, i) => {
    text(x.name, `${at}.investmentItems.${i}.name`, '投资项目', 1, 20);
    int(x.min, `${at}.investmentItems.${i}.min`, '最低金额', 0, 10_000_000);
    int(x.max, `${at}.investmentItems.${i}.max`, '最高金额', 0, 10_000_000);
    if (x.min > x.max) add('INVESTMENT_RANGE', '最低金额不能高于最高金额', `${at}.investmentItems.${i}.min`);
  });
  if (errors.length === before && items.length) {
    const sumMin = items.reduce((n, x) => n + x.min, 0);
    const sumMax = items.reduce((n, x) => n + x.max, 0);
    if (sumMin !== f.investmentMin || sumMax !== f.investmentMax) {
      add('INVESTMENT_BREAKDOWN', `投资明细加起来是 ${sumMin} 到 ${sumMax} 元，和总投资 ${f.investmentMin} 到 ${f.investmentMax} 元对不上`, `${at}.investmentItems`);
    }
  }
  return errors;
}

/** The opening as the API shows it after saving, with 两店一年 computed from the shops. */
function openingOf(id: string, input: OpeningIn, template: Opening, filing: string | null) {
  const f = input.franchise ?? null;
  const shops = [...(f?.disclosure?.ownShops ?? [])].map((s) => ({ city: s.city.trim(), address: s.address ?? null, openedOn: s.openedOn })).sort((a, b) => a.openedOn.localeCompare(b.openedOn));
  const meets = meetsTwoShopsOneYear(shops);
  return {
    ...template,
    id,
    title: input.title,
    description: input.description,
    place: { county: null, town: null, village: null, address: null, latitude: null, longitude: null, ...input.place },
    openingDate: input.openingDate ?? null,
    positions: input.positions.map((p) => ({ ...p, pay: { ...p.pay, monthlyMin: p.pay.min, monthlyMax: p.pay.max } })),
    isFranchiseOffer: !!f,
    franchise: f
      ? {
          investmentMin: f.investmentMin,
          investmentMax: f.investmentMax,
          brandProvides: f.brandProvides,
          filingNumber: filing,
          meetsTwoShopsOneYear: meets,
          disclosure: {
            ownShops: shops,
            ownShopCount: shops.length,
            ownShopCities: [...new Set(shops.map((s) => s.city))],
            meetsTwoShopsOneYear: meets,
            filingNumber: filing,
            fees: (f.disclosure?.fees ?? []).map((x) => ({ ...x, refundWhen: x.refundable ? x.refundWhen ?? null : null })),
            investmentItems: f.disclosure?.investmentItems ?? [],
          },
        }
      : null,
    contactName: input.contactName,
    contactPhone: input.contactPhone,
    status: 'OPEN',
  };
}

export interface FakeOpenings {
  /** Openings saved through the fake, by id (published ones and the catalogue's, changed). */
  saved: Map<string, ReturnType<typeof openingOf>>;
  root: Record<string, unknown>;
}

export function createFakeOpenings(view: (o: Opening, ctx: Ctx) => object): FakeOpenings {
  let seq = 0;
  const saved: FakeOpenings['saved'] = new Map();
  const save = (id: string, input: OpeningIn, template: Opening) => {
    const errors = input.franchise ? checkFranchise(input.franchise, chinaToday()) : [];
    if (errors.length) return { franchiseOpening: null, userErrors: errors };
    const filing = input.franchise ? (input.franchise.filingNumber ?? '').normalize('NFKC').replace(/[\s-]/g, '') : null;
    const opening = openingOf(id, input, template, filing);
    saved.set(id, opening);
    return { franchiseOpening: opening, userErrors: [] };
  };
  return {
    saved,
    root: {
      postFranchiseOpening: ({ input }: { organizationId: string; input: OpeningIn }, ctx: Ctx) => {
        if (!ctx.user) throw new GraphQLError('请先登录', { extensions: { code: 'UNAUTHENTICATED' } });
        return save(`opening-new-${++seq}`, input, OPENINGS[0]);
      },
      updateFranchiseOpening: ({ id, input }: { id: string; input: OpeningIn }, ctx: Ctx) => {
        if (!ctx.user) throw new GraphQLError('请先登录', { extensions: { code: 'UNAUTHENTICATED' } });
        const found = saved.get(id) ?? OPENINGS.find((o) => o.id === id);
        if (!found) return { franchiseOpening: null, userErrors: [{ field: 'id', message: '找不到', code: 'NOT_FOUND' }] };
        return save(id, input, found as Opening);
      },
      franchiseOpening: ({ id }: { id: string }, ctx: Ctx) => {
        const o = saved.get(id) ?? OPENINGS.find((x) => x.id === id);
        return o ? view(o as Opening, ctx) : null;
      },
    },
  };
}
