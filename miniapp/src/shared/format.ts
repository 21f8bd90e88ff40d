// Plain Chinese wording for the values the API returns. Every function returns '' rather
// than "undefined" or "NaN" when a value is missing or malformed, so nothing technical can
// reach the screen.

import type { PayUnit, PaySettlement } from '../gql/graphql';

const UNIT: Record<PayUnit, string> = { MONTH: '元/月', DAY: '元/天', PIECE: '元/单' };
const SETTLEMENT: Record<PaySettlement, string> = { MONTHLY: '月结', DAILY: '日结' };

function isNumber(n: unknown): n is number {
  return typeof n === 'number' && Number.isFinite(n);
}

/** 5000–8000元/月, or 300元/天 when the range is one figure. */
export function formatPay(pay: { min: number; max: number; unit: PayUnit } | null | undefined): string {
  if (!pay || !isNumber(pay.min) || !isNumber(pay.max)) return '工资面议';
  const unit = UNIT[pay.unit] ?? '元';
  return pay.min === pay.max ? `${pay.min}${unit}` : `${pay.min}–${pay.max}${unit}`;
}

export function formatSettlement(settlement: PaySettlement | null | undefined): string {
  return (settlement && SETTLEMENT[settlement]) || '';
}

/** 12.5万, 8000 — investment figures. */
export function formatYuan(amount: number | null | undefined): string {
  if (!isNumber(amount)) return '';
  if (amount >= 10000) {
    const wan = Math.round(amount / 1000) / 10;
    return `${wan}万元`;
  }
  return `${amount}元`;
}

interface PlaceParts {
  province?: string | null;
  city?: string | null;
  county?: string | null;
  town?: string | null;
  village?: string | null;
  address?: string | null;
}

/** Short place for cards: 紫阳县·高桥镇, 深圳市·南山区. */
export function formatPlaceShort(place: PlaceParts | null | undefined): string {
  if (!place) return '';
  const parts = place.town ? [place.county, place.town] : [place.city, place.county];
  return parts.filter(Boolean).join('·');
}

/** Full place for detail pages: 陕西省安康市紫阳县高桥镇铁佛村 + address. */
export function formatPlaceFull(place: PlaceParts | null | undefined): string {
  if (!place) return '';
  const region = [place.province, place.city, place.county, place.town, place.village]
    .filter(Boolean)
    // 北京市北京市 reads oddly: drop a city that repeats the province.
    .filter((part, i, all) => i === 0 || part !== all[i - 1])
    .join('');
  return [region, streetAddress(place)].filter(Boolean).join(' ');
}

/**
 * The street part of an address, without the region it often starts with: people write
 * 汉滨区育才路 or 城关镇新桥街 in the address box, and 汉滨区汉滨区育才路 reads as a mistake.
 */
function streetAddress(place: PlaceParts): string {
  let rest = (place.address ?? '').trim();
  for (const part of [place.province, place.city, place.county, place.town, place.village]) {
    if (part && rest.startsWith(part) && rest.length > part.length) rest = rest.slice(part.length);
  }
  return rest;
}

function parseDay(value: string | null | undefined): Date | null {
  if (!value) return null;
  // `Date` scalars are calendar days in China time: read them at noon there.
  const d = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00+08:00`) : new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

function chinaParts(d: Date): { y: number; m: number; day: number } {
  const shifted = new Date(d.getTime() + 8 * 3600 * 1000);
  return { y: shifted.getUTCFullYear(), m: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** 12月15日, with the year when it is not this year. */
export function formatDay(value: string | null | undefined, now: Date = new Date()): string {
  const d = parseDay(value);
  if (!d) return '';
  const p = chinaParts(d);
  const sameYear = p.y === chinaParts(now).y;
  return sameYear ? `${p.m}月${p.day}日` : `${p.y}年${p.m}月${p.day}日`;
}

/** 12月15日—12月30日 */
export function formatDayRange(start: string | null | undefined, end: string | null | undefined, now?: Date): string {
  const a = formatDay(start, now);
  const b = formatDay(end, now);
  if (a && b) {
    if (a === b) return a;
    // 2027年2月15日—2月24日: the year once is enough.
    const year = /^\d{4}年/.exec(a)?.[0];
    return `${a}—${year && b.startsWith(year) ? b.slice(year.length) : b}`;
  }
  return a || b;
}

const DAY_MS = 24 * 3600 * 1000;

function chinaDayNumber(d: Date): number {
  return Math.floor((d.getTime() + 8 * 3600 * 1000) / DAY_MS);
}

/** 今天发布, 昨天发布, 3天前发布, 2个月前发布. */
export function formatPostedAgo(value: string | null | undefined, now: Date = new Date()): string {
  const d = parseDay(value);
  if (!d) return '';
  const days = chinaDayNumber(now) - chinaDayNumber(d);
  if (days <= 0) return '今天发布';
  if (days === 1) return '昨天发布';
  if (days < 30) return `${days}天前发布`;
  if (days < 365) return `${Math.floor(days / 30)}个月前发布`;
  return `${Math.floor(days / 365)}年前发布`;
}

/** 18–45岁, 45岁以下, 年龄不限. */
export function formatAgeRange(min: number | null | undefined, max: number | null | undefined): string {
  const hasMin = isNumber(min);
  const hasMax = isNumber(max);
  if (hasMin && hasMax) return `${min}–${max}岁`;
  if (hasMin) return `${min}岁以上`;
  if (hasMax) return `${max}岁以下`;
  return '年龄不限';
}

/** The keyword the API gets: trimmed, at most 50 characters, or undefined when blank. */
export const KEYWORD_MAX_LENGTH = 50;

export function normalizeKeyword(raw: string | null | undefined): string | undefined {
  const trimmed = (raw ?? '').replace(/\s+/g, ' ').trim();
  if (!trimmed) return undefined;
  // Count characters, not UTF-16 units, so a 50-character Chinese keyword is kept whole.
  return Array.from(trimmed).slice(0, KEYWORD_MAX_LENGTH).join('').trim();
}
