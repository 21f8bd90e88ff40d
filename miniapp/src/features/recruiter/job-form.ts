import type { JobCategory, JobInput, PayUnit, PaySettlement, PostingJobFieldsFragment } from '../../gql/graphql';
import { addDays, chinaToday, FormChecker, splitLines, type Problems } from '../consoles/form-rules';

/** What the job form holds: numbers as typed text, so a half-typed figure is not lost. */
export interface JobDraft {
  title: string;
  category: JobCategory;
  description: string;
  province: string;
  city: string;
  county: string;
  town: string;
  address: string;
  payMin: string;
  payMax: string;
  payUnit: PayUnit;
  settlement: PaySettlement;
  unitsPerMonth: string;
  providesHousing: boolean;
  providesMeals: boolean;
  coupleRooms: boolean;
  dayShiftOnly: boolean;
  socialInsurance: boolean;
  travelPaid: boolean;
  headcount: string;
  ageMin: string;
  ageMax: string;
  requirements: string;
  contactName: string;
  contactPhone: string;
  expiresOn: string;
}

export const NO_FEE_STATEMENT = '不向求职者收取任何费用';
export const PAY_CEILING: Record<PayUnit, number> = { MONTH: 100_000, DAY: 2_000, PIECE: 1_000 };
export const MAX_OPEN_DAYS = 180;

/** Every path the form shows a problem at (the rest of the server's errors go above the buttons). */
export const JOB_FIELDS = [
  'title', 'category', 'description', 'place.province', 'place.city', 'place.county', 'place.town', 'place.address',
  'pay.min', 'pay.max', 'pay.unitsPerMonth', 'headcount', 'ageMin', 'ageMax', 'requirements', 'contactName', 'contactPhone', 'expiresOn',
] as const;

/** The form's fields in the order they are on screen, named as the banner says them (最高工资没填好). */
export const JOB_FIELD_NAMES = [
  ['title', '标题'], ['category', '工种'], ['headcount', '招聘人数'], ['pay.min', '最低工资'], ['pay.max', '最高工资'], ['pay.unitsPerMonth', '每月件数'],
  ['place.province', '省份'], ['place.city', '城市'], ['place.county', '区县'], ['place.town', '乡镇'], ['place.address', '详细地址'],
  ['ageMin', '最小年龄'], ['ageMax', '最大年龄'], ['requirements', '其他要求'], ['description', '工作介绍'],
  ['contactName', '联系人'], ['contactPhone', '联系电话'], ['expiresOn', '截止日期'],
] as const;

export function emptyJobDraft(contactName = '', contactPhone = ''): JobDraft {
  return {
    title: '', category: 'FOOT_THERAPY', description: `${NO_FEE_STATEMENT}。`,
    province: '', city: '', county: '', town: '', address: '',
    payMin: '', payMax: '', payUnit: 'MONTH', settlement: 'MONTHLY', unitsPerMonth: '',
    providesHousing: false, providesMeals: false, coupleRooms: false, dayShiftOnly: false, socialInsurance: false, travelPaid: false,
    headcount: '1', ageMin: '', ageMax: '', requirements: '', contactName, contactPhone, expiresOn: '',
  };
}

export function draftFromJob(job: PostingJobFieldsFragment): JobDraft {
  const s = (n: number | null | undefined) => (typeof n === 'number' ? String(n) : '');
  return {
    title: job.title, category: job.category, description: job.description,
    province: job.place.province, city: job.place.city, county: job.place.county ?? '', town: job.place.town ?? '', address: job.place.address ?? '',
    payMin: s(job.pay.min), payMax: s(job.pay.max), payUnit: job.pay.unit, settlement: job.pay.settlement, unitsPerMonth: '',
    providesHousing: job.providesHousing, providesMeals: job.providesMeals, coupleRooms: job.coupleRooms, dayShiftOnly: job.dayShiftOnly,
    socialInsurance: job.socialInsurance, travelPaid: job.travelPaid,
    headcount: s(job.headcount), ageMin: s(job.ageMin), ageMax: s(job.ageMax), requirements: job.requirements.join('\n'),
    contactName: job.contactName, contactPhone: job.contactPhone,
    // The server stores the last day's end; the day itself is what the form edits.
    expiresOn: job.expiresAt ? chinaToday(new Date(job.expiresAt)) : '',
  };
}

/** The server's rules (JobInput's docstring, job-posting.service.ts), with its sentences. */
export function jobProblems(d: JobDraft, today: string = chinaToday()): Problems {
  const c = new FormChecker();
  c.text(d.title, 'title', '标题', 4, 30);
  c.text(d.description, 'description', '工作介绍', 20, 2000);
  if (d.description.trim()) c.rule(d.description.includes(NO_FEE_STATEMENT), 'description', `工作介绍里必须写明“${NO_FEE_STATEMENT}”`);
  c.text(d.province, 'place.province', '省份', 1, 20);
  c.text(d.city, 'place.city', '城市', 1, 20);
  c.text(d.county, 'place.county', '区县', 0, 20);
  c.text(d.town, 'place.town', '乡镇', 0, 20);
  c.text(d.address, 'place.address', '地址', 0, 100);
  const ceiling = PAY_CEILING[d.payUnit];
  const min = c.int(d.payMin, 'pay.min', '最低工资', 1, ceiling);
  const max = c.int(d.payMax, 'pay.max', '最高工资', 1, ceiling);
  if (min !== null && max !== null) c.rule(min <= max, 'pay.min', '最低工资不能高于最高工资');
  if (d.payUnit === 'PIECE') c.int(d.unitsPerMonth, 'pay.unitsPerMonth', '每月件数', 1, 2000, false);
  c.int(d.headcount, 'headcount', '招聘人数', 1, 999);
  const ageMin = c.int(d.ageMin, 'ageMin', '最小年龄', 16, 70, false);
  const ageMax = c.int(d.ageMax, 'ageMax', '最大年龄', 16, 70, false);
  if (ageMin !== null && ageMax !== null) c.rule(ageMin <= ageMax, 'ageMin', '最小年龄不能大于最大年龄');
  c.lines(splitLines(d.requirements), 'requirements', '要求', 10, 50);
  c.text(d.contactName, 'contactName', '联系人', 1, 20);
  c.phone(d.contactPhone, 'contactPhone');
  if (c.day(d.expiresOn, 'expiresOn', '截止日期', false)) {
    const e = d.expiresOn.trim();
    c.rule(e >= today, 'expiresOn', '截止日期不能早于发布日期');
    if (e >= today) c.rule(e <= addDays(today, MAX_OPEN_DAYS - 1), 'expiresOn', `招聘最长 ${MAX_OPEN_DAYS} 天`);
  }
  return c.problems;
}

const int = (s: string) => Number(s.trim());
const optInt = (s: string) => (s.trim() ? Number(s.trim()) : null);
const opt = (s: string) => (s.trim() ? s.trim() : null);

export function jobInputOf(d: JobDraft): JobInput {
  return {
    title: d.title.trim(),
    category: d.category,
    description: d.description.trim(),
    place: { province: d.province.trim(), city: d.city.trim(), county: opt(d.county), town: opt(d.town), address: opt(d.address) },
    pay: { min: int(d.payMin), max: int(d.payMax), unit: d.payUnit, settlement: d.settlement, unitsPerMonth: d.payUnit === 'PIECE' ? optInt(d.unitsPerMonth) : null },
    providesHousing: d.providesHousing,
    providesMeals: d.providesMeals,
    coupleRooms: d.coupleRooms,
    dayShiftOnly: d.dayShiftOnly,
    socialInsurance: d.socialInsurance,
    travelPaid: d.travelPaid,
    headcount: int(d.headcount),
    ageMin: optInt(d.ageMin),
    ageMax: optInt(d.ageMax),
    requirements: splitLines(d.requirements),
    contactName: d.contactName.trim(),
    contactPhone: d.contactPhone.replace(/\s/g, ''),
    expiresOn: opt(d.expiresOn),
  };
}
