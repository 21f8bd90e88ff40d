import type { Database } from '../../db/orm';
import type { JobCategory, PaySettlement, PayUnit } from '../../seed/catalog-types';
import { placeColumnNames, type PlaceColumns } from '../common/place';
import type { PayColumns } from '../common/pay';

/** A job as the API reads it: a plain row, no entity hydration on the read path. */
export interface JobRow extends PlaceColumns, PayColumns {
  id: string;
  employerId: string;
  title: string;
  category: JobCategory;
  description: string;
  providesHousing: boolean;
  providesMeals: boolean;
  coupleRooms: boolean;
  dayShiftOnly: boolean;
  socialInsurance: boolean;
  travelPaid: boolean;
  headcount: number;
  ageMin: number | null;
  ageMax: number | null;
  requirements: string[];
  contactName: string;
  contactPhone: string;
  publishedAt: Date;
  expiresAt: Date | null;
  status: 'DRAFT' | 'UNDER_REVIEW' | 'OPEN' | 'CLOSED' | 'EXPIRED' | 'TAKEN_DOWN';
  /** Why the bureau held or took it down; shown to the employer only. */
  moderationNote: string | null;
  /** First published (首次发布; re-publishing keeps it) and last confirmed 仍在招; absent on a stub. */
  firstPublishedAt?: Date | null;
  confirmedAt?: Date | null;
}

export const jobColumns = [
  'id', 'employer_id', 'title', 'category', 'description', ...placeColumnNames,
  'pay_min', 'pay_max', 'pay_unit', 'pay_settlement', 'pay_units_per_month', 'pay_monthly_min', 'pay_monthly_max',
  'provides_housing', 'provides_meals', 'couple_rooms', 'day_shift_only', 'social_insurance', 'travel_paid',
  'headcount', 'age_min', 'age_max', 'requirements', 'contact_name', 'contact_phone', 'published_at', 'expires_at', 'status',
  'moderation_note', 'first_published_at', 'confirmed_at',
].map((c) => `jobs.${c}`);

export function lines(text: string | null): string[] {
  return text ? text.split('\n').filter((l) => l.trim().length > 0) : [];
}

export function toJobRow(db: Database, r: Record<string, any>, now: Date): JobRow {
  const expiresAt = r.expires_at == null ? null : db.readDate(r.expires_at);
  return {
    id: r.id,
    employerId: r.employer_id,
    title: r.title,
    category: r.category,
    description: r.description,
    province: r.province,
    city: r.city,
    county: r.county,
    town: r.town,
    village: r.village,
    address: r.address,
    latitude: r.latitude,
    longitude: r.longitude,
    payMin: r.pay_min,
    payMax: r.pay_max,
    payUnit: r.pay_unit as PayUnit,
    paySettlement: r.pay_settlement as PaySettlement,
    payUnitsPerMonth: r.pay_units_per_month,
    payMonthlyMin: r.pay_monthly_min,
    payMonthlyMax: r.pay_monthly_max,
    providesHousing: db.readBool(r.provides_housing),
    providesMeals: db.readBool(r.provides_meals),
    coupleRooms: db.readBool(r.couple_rooms),
    dayShiftOnly: db.readBool(r.day_shift_only),
    socialInsurance: db.readBool(r.social_insurance),
    travelPaid: db.readBool(r.travel_paid),
    headcount: r.headcount,
    ageMin: r.age_min,
    ageMax: r.age_max,
    requirements: lines(r.requirements),
    contactName: r.contact_name,
    contactPhone: r.contact_phone,
    publishedAt: db.readDate(r.published_at),
    expiresAt,
    // Only a live job expires by the clock; every other status is what was stored.
    status: r.status === 'OPEN' && expiresAt && expiresAt <= now ? 'EXPIRED' : r.status,
    moderationNote: r.moderation_note ?? null,
    firstPublishedAt: r.first_published_at == null ? null : db.readDate(r.first_published_at),
    confirmedAt: r.confirmed_at == null ? null : db.readDate(r.confirmed_at),
  };
}
