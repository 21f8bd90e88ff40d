import type { PayInput, PayUnit } from '../../seed/catalog-types';

/** Working days a month, to compare a day rate with a monthly wage (6 days a week). */
export const WORKING_DAYS_PER_MONTH = 26;
/** Pieces a month assumed when a piece-rate poster gives no estimate of their own. */
export const DEFAULT_UNITS_PER_MONTH = 150;

/** Yuan per month for an amount in `unit`; a piece rate needs the poster's monthly estimate. */
export function monthlyEquivalent(amount: number, unit: PayUnit, unitsPerMonth?: number | null): number {
  switch (unit) {
    case 'MONTH':
      return amount;
    case 'DAY':
      return amount * WORKING_DAYS_PER_MONTH;
    case 'PIECE':
      return Math.round(amount * (unitsPerMonth ?? DEFAULT_UNITS_PER_MONTH));
  }
}

export interface PayColumns {
  payMin: number;
  payMax: number;
  payUnit: PayUnit;
  paySettlement: 'MONTHLY' | 'DAILY';
  payUnitsPerMonth: number | null;
  payMonthlyMin: number;
  payMonthlyMax: number;
}

export function payColumns(p: PayInput): PayColumns {
  return {
    payMin: p.min,
    payMax: p.max,
    payUnit: p.unit,
    paySettlement: p.settlement,
    payUnitsPerMonth: p.unit === 'PIECE' ? (p.unitsPerMonth ?? DEFAULT_UNITS_PER_MONTH) : null,
    payMonthlyMin: monthlyEquivalent(p.min, p.unit, p.unitsPerMonth),
    payMonthlyMax: monthlyEquivalent(p.max, p.unit, p.unitsPerMonth),
  };
}

/** The GraphQL `PayRange` of stored columns. */
export function payRange(c: PayColumns) {
  return {
    min: c.payMin,
    max: c.payMax,
    unit: c.payUnit,
    settlement: c.paySettlement,
    monthlyMin: c.payMonthlyMin,
    monthlyMax: c.payMonthlyMax,
  };
}
