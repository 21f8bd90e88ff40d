import type { Database } from '../../db/orm';
import { placeColumnNames, type PlaceColumns } from '../common/place';
import type { PayColumns } from '../common/pay';
import { lines } from '../jobs/job.rows';
import { readDisclosure, type StoredDisclosure } from './franchise-disclosure';

/** A shop opening as the API reads it; its positions come through a DataLoader. */
export interface FranchiseOpeningRow extends PlaceColumns {
  id: string;
  brandId: string;
  title: string;
  description: string;
  openingDate: string | null;
  isFranchiseOffer: boolean;
  franchise: FranchiseTermsRow | null;
  contactName: string;
  contactPhone: string;
  publishedAt: Date;
  status: 'OPEN' | 'CLOSED' | 'DRAFT' | 'UNDER_REVIEW' | 'TAKEN_DOWN';
  moderationNote: string | null;
}

/** Franchise terms; 两店一年 is resolved from the disclosure on the day asked. */
export interface FranchiseTermsRow {
  investmentMin: number;
  investmentMax: number;
  brandProvides: string[];
  filingNumber: string | null;
  /** What was declared or computed when it was saved: read only when `disclosure` is null. */
  storedMeetsTwoShopsOneYear: boolean;
  disclosure: FranchiseDisclosureRow | null;
}

export interface FranchiseDisclosureRow extends StoredDisclosure {
  filingNumber: string;
}

export interface OpeningPositionRow extends PayColumns {
  openingId: string;
  title: string;
  headcount: number;
}

export const openingColumns = [
  'id', 'brand_id', 'title', 'description', ...placeColumnNames, 'opening_date', 'is_franchise_offer',
  'investment_min', 'investment_max', 'brand_provides', 'filing_number', 'meets_two_shops_one_year', 'disclosure',
  'contact_name', 'contact_phone', 'published_at', 'status', 'moderation_note',
].map((c) => `franchise_openings.${c}`);

export function toOpeningRow(db: Database, r: Record<string, any>): FranchiseOpeningRow {
  const isFranchiseOffer = db.readBool(r.is_franchise_offer);
  return {
    id: r.id,
    brandId: r.brand_id,
    title: r.title,
    description: r.description,
    province: r.province,
    city: r.city,
    county: r.county,
    town: r.town,
    village: r.village,
    address: r.address,
    latitude: r.latitude,
    longitude: r.longitude,
    openingDate: r.opening_date,
    isFranchiseOffer,
    franchise: isFranchiseOffer
      ? {
          investmentMin: r.investment_min,
          investmentMax: r.investment_max,
          brandProvides: lines(r.brand_provides),
          filingNumber: r.filing_number,
          storedMeetsTwoShopsOneYear: db.readBool(r.meets_two_shops_one_year),
          disclosure: disclosureRow(r.disclosure, r.filing_number),
        }
      : null,
    contactName: r.contact_name,
    contactPhone: r.contact_phone,
    publishedAt: db.readDate(r.published_at),
    status: r.status,
    moderationNote: r.moderation_note ?? null,
  };
}

function disclosureRow(json: string | null, filingNumber: string | null): FranchiseDisclosureRow | null {
  const d = readDisclosure(json);
  return d && filingNumber ? { ...d, filingNumber } : null;
}

export function toPositionRow(r: Record<string, any>): OpeningPositionRow {
  return {
    openingId: r.opening_id,
    title: r.title,
    headcount: r.headcount,
    payMin: r.pay_min,
    payMax: r.pay_max,
    payUnit: r.pay_unit,
    paySettlement: r.pay_settlement,
    payUnitsPerMonth: r.pay_units_per_month,
    payMonthlyMin: r.pay_monthly_min,
    payMonthlyMax: r.pay_monthly_max,
  };
}
