import type { EditOpeningQuery, FranchiseOpeningInput } from '../../gql/graphql';
import { chinaToday, FormChecker, splitLines, type Problems } from '../consoles/form-rules';

export interface PositionDraft {
  title: string;
  headcount: string;
  payMin: string;
  payMax: string;
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
  meetsTwoShopsOneYear: boolean;
  contactName: string;
  contactPhone: string;
}

export const POSITION_ROWS = 3;

export const OPENING_FIELDS = [
  'title', 'description', 'place.province', 'place.city', 'place.address', 'openingDate', 'positions',
  ...Array.from({ length: POSITION_ROWS }, (_, i) => [`positions.${i}.title`, `positions.${i}.headcount`, `positions.${i}.pay.min`, `positions.${i}.pay.max`]).flat(),
  'franchise.investmentMin', 'franchise.investmentMax', 'franchise.brandProvides', 'franchise.filingNumber', 'contactName', 'contactPhone',
];

export function emptyOpeningDraft(contactName = '', contactPhone = ''): OpeningDraft {
  return {
    title: '', description: '', province: '', city: '', address: '', openingDate: '',
    positions: Array.from({ length: POSITION_ROWS }, () => ({ title: '', headcount: '', payMin: '', payMax: '' })),
    franchise: false, investmentMin: '', investmentMax: '', brandProvides: '', filingNumber: '', meetsTwoShopsOneYear: false,
    contactName, contactPhone,
  };
}

type EditedOpening = NonNullable<EditOpeningQuery['franchiseOpening']>;

/** The form filled with an opening as it is now, to change it; empty rows up to POSITION_ROWS. */
export function draftFromOpening(o: EditedOpening): OpeningDraft {
  const rows: PositionDraft[] = o.positions.map((p) => ({ title: p.title, headcount: String(p.headcount), payMin: String(p.pay.min), payMax: String(p.pay.max) }));
  while (rows.length < POSITION_ROWS) rows.push({ title: '', headcount: '', payMin: '', payMax: '' });
  const f = o.franchise;
  return {
    title: o.title, description: o.description, province: o.place.province, city: o.place.city, address: o.place.address ?? '',
    openingDate: o.openingDate ?? '', positions: rows,
    franchise: !!f, investmentMin: f ? String(f.investmentMin) : '', investmentMax: f ? String(f.investmentMax) : '',
    brandProvides: f ? f.brandProvides.join('\n') : '', filingNumber: f?.filingNumber ?? '', meetsTwoShopsOneYear: f?.meetsTwoShopsOneYear ?? false,
    contactName: o.contactName, contactPhone: o.contactPhone,
  };
}

const filled = (p: PositionDraft) => !!(p.title.trim() || p.headcount.trim() || p.payMin.trim() || p.payMax.trim());

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
    if (d.filingNumber.trim()) c.rule(/^\d{10,32}$/.test(d.filingNumber.trim()), 'franchise.filingNumber', '备案号应是 10 到 32 位数字');
  }
  c.text(d.contactName, 'contactName', '联系人', 1, 20);
  c.phone(d.contactPhone, 'contactPhone');
  return c.problems;
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
      ? { investmentMin: Number(d.investmentMin), investmentMax: Number(d.investmentMax), brandProvides: splitLines(d.brandProvides), filingNumber: opt(d.filingNumber), meetsTwoShopsOneYear: d.meetsTwoShopsOneYear }
      : null,
    contactName: d.contactName.trim(),
    contactPhone: d.contactPhone.replace(/\s/g, ''),
  };
}
