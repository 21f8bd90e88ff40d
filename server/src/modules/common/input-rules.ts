import type { PayUnit } from '../../seed/catalog-types';
import { hasControlCharacter, normalizeText } from './text';
import { userError, type UserError } from './user-errors';

/**
 * Field rules shared by every posting form, each adding a user error under the field's path.
 * They mirror the rules the app checks before sending, so a villager-facing form and the
 * server never disagree about what is valid.
 *
 * Every text passes through `normalizeText` here, before any length or content rule reads it
 * and before it is stored: this is the one place where what people typed becomes what the
 * rest of the server sees.
 */
export const MOBILE = /^1[3-9]\d{9}$/;
export const LANDLINE = /^0\d{2,3}-?\d{7,8}$/;

export class Checker {
  readonly errors: UserError[] = [];

  text(value: string | null | undefined, field: string, label: string, min: number, max: number): string | null {
    if (value === null || value === undefined) {
      if (min > 0) this.errors.push(userError('REQUIRED', `请填写${label}`, field));
      return null;
    }
    // Lengths count what a reader sees: 30 zero-width characters are an empty title.
    const v = normalizeText(value).trim();
    const n = [...v].length;
    if (hasControlCharacter(v)) this.errors.push(userError('INVALID', `${label}含有无法识别的字符`, field));
    else if (n < min) this.errors.push(userError(n === 0 ? 'REQUIRED' : 'TOO_SHORT', n === 0 ? `请填写${label}` : `${label}至少 ${min} 个字`, field));
    else if (n > max) this.errors.push(userError('TOO_LONG', `${label}最多 ${max} 个字`, field));
    return v.length ? v : null;
  }

  int(value: number | null | undefined, field: string, label: string, min: number, max: number): number | null {
    if (value === null || value === undefined) return null;
    if (!Number.isInteger(value) || value < min || value > max) this.errors.push(userError('OUT_OF_RANGE', `${label}应在 ${min} 到 ${max} 之间`, field));
    return value;
  }

  lines(values: readonly string[], field: string, label: string, maxItems: number, maxLength: number): string[] {
    if (values.length > maxItems) this.errors.push(userError('TOO_MANY', `${label}最多 ${maxItems} 条`, field));
    return values.slice(0, maxItems).map((v, i) => this.text(v, `${field}.${i}`, label, 1, maxLength)).filter((v): v is string => v !== null);
  }

  phone(value: string, field: string): string {
    // An input method left in full-width mode types １３８… and ０９１５－…; fold them all,
    // the kept full-width punctuation included, since a number has no prose to preserve.
    const v = normalizeText(value).normalize('NFKC').replace(/[\s]/g, '');
    if (!MOBILE.test(v) && !LANDLINE.test(v)) this.errors.push(userError('INVALID_PHONE', '联系电话应是手机号或带区号的座机', field));
    return v;
  }

  add(code: string, message: string, field: string | null): void {
    this.errors.push(userError(code, message, field));
  }

  get ok(): boolean {
    return this.errors.length === 0;
  }
}

/** The most a posting may offer per unit: beyond it the figure is a typo or a lure. */
export const PAY_CEILING: Record<PayUnit, number> = { MONTH: 100_000, DAY: 2_000, PIECE: 1_000 };

export function checkPlace(c: Checker, p: { province: string; city: string; county?: string | null; town?: string | null; village?: string | null; address?: string | null; latitude?: number | null; longitude?: number | null }, field: string) {
  const place = {
    province: c.text(p.province, `${field}.province`, '省份', 1, 20),
    city: c.text(p.city, `${field}.city`, '城市', 1, 20),
    county: c.text(p.county, `${field}.county`, '区县', 0, 20),
    town: c.text(p.town, `${field}.town`, '乡镇', 0, 20),
    village: c.text(p.village, `${field}.village`, '村', 0, 20),
    address: c.text(p.address, `${field}.address`, '地址', 0, 100),
    latitude: p.latitude ?? null,
    longitude: p.longitude ?? null,
  };
  if (place.latitude !== null && !(place.latitude >= -90 && place.latitude <= 90)) c.add('OUT_OF_RANGE', '纬度应在 -90 到 90 之间', `${field}.latitude`);
  if (place.longitude !== null && !(place.longitude >= -180 && place.longitude <= 180)) c.add('OUT_OF_RANGE', '经度应在 -180 到 180 之间', `${field}.longitude`);
  return place;
}

export function checkPay(c: Checker, p: { min: number; max: number; unit: PayUnit; settlement: 'MONTHLY' | 'DAILY'; unitsPerMonth?: number | null }, field: string) {
  const ceiling = PAY_CEILING[p.unit];
  c.int(p.min, `${field}.min`, '最低工资', 1, ceiling);
  c.int(p.max, `${field}.max`, '最高工资', 1, ceiling);
  if (Number.isInteger(p.min) && Number.isInteger(p.max) && p.min > p.max) c.add('PAY_RANGE', '最低工资不能高于最高工资', `${field}.min`);
  if (p.unit === 'PIECE') c.int(p.unitsPerMonth ?? null, `${field}.unitsPerMonth`, '每月件数', 1, 2000);
  return { min: p.min, max: p.max, unit: p.unit, settlement: p.settlement, unitsPerMonth: p.unit === 'PIECE' ? p.unitsPerMonth ?? null : null };
}
