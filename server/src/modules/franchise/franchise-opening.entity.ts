import { EntitySchema } from '@mikro-orm/core';
import type { Organization } from '../organizations/organization.entity';
import { placeProperties, type PlaceColumns } from '../common/place';
import type { PayColumns } from '../common/pay';

export interface FranchiseOpening extends PlaceColumns {
  id: string;
  brand: Organization;
  title: string;
  description: string;
  openingDate: string | null;
  isFranchiseOffer: boolean;
  investmentMin: number | null;
  investmentMax: number | null;
  /** One item per line. */
  brandProvides: string | null;
  filingNumber: string | null;
  meetsTwoShopsOneYear: boolean | null;
  /**
   * The franchisor's disclosure (own shops, fees, investment items) as JSON
   * (`franchise-disclosure.ts`); null for staff-only openings and offers published before
   * disclosures were asked for. Read whole with the opening, never queried into.
   */
  disclosure: string | null;
  /** Best monthly-equivalent pay of any position, for the "highest pay" order. */
  bestMonthlyPay: number;
  contactName: string;
  contactPhone: string;
  publishedAt: Date;
  status: 'OPEN' | 'CLOSED';
  searchText: string;
  /** Why the bureau took it down or held it (shown to the poster). */
  moderationNote: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface OpeningPosition extends PayColumns {
  opening: FranchiseOpening;
  /** Order of the position within its opening. */
  idx: number;
  title: string;
  headcount: number;
}

export const FranchiseOpeningSchema = new EntitySchema<FranchiseOpening>({
  name: 'FranchiseOpening',
  tableName: 'franchise_openings',
  properties: {
    id: { type: 'string', length: 16, primary: true },
    brand: { kind: 'm:1', entity: 'Organization', fieldName: 'brand_id' },
    title: { type: 'string', length: 60 },
    description: { type: 'text' },
    ...placeProperties,
    openingDate: { type: 'string', length: 10, nullable: true },
    isFranchiseOffer: { type: 'boolean' },
    investmentMin: { type: 'integer', nullable: true },
    investmentMax: { type: 'integer', nullable: true },
    brandProvides: { type: 'text', nullable: true },
    filingNumber: { type: 'string', length: 32, nullable: true },
    meetsTwoShopsOneYear: { type: 'boolean', nullable: true },
    disclosure: { type: 'text', nullable: true },
    bestMonthlyPay: { type: 'integer' },
    contactName: { type: 'string', length: 20 },
    contactPhone: { type: 'string', length: 20 },
    publishedAt: { type: 'datetime' },
    status: { type: 'string', length: 16 },
    searchText: { type: 'text' },
    moderationNote: { type: 'string', length: 200, nullable: true },
    createdAt: { type: 'datetime' },
    updatedAt: { type: 'datetime' },
  },
  indexes: [
    { name: 'openings_status_published_idx', properties: ['status', 'publishedAt', 'id'] },
    { name: 'openings_city_idx', properties: ['city', 'publishedAt'] },
    { name: 'openings_brand_idx', properties: ['brand'] },
  ],
});

export const OpeningPositionSchema = new EntitySchema<OpeningPosition>({
  name: 'OpeningPosition',
  tableName: 'opening_positions',
  properties: {
    opening: { kind: 'm:1', entity: 'FranchiseOpening', primary: true, fieldName: 'opening_id' },
    idx: { type: 'integer', primary: true },
    title: { type: 'string', length: 20 },
    headcount: { type: 'integer' },
    payMin: { type: 'integer' },
    payMax: { type: 'integer' },
    payUnit: { type: 'string', length: 8 },
    paySettlement: { type: 'string', length: 8 },
    payUnitsPerMonth: { type: 'integer', nullable: true },
    payMonthlyMin: { type: 'integer' },
    payMonthlyMax: { type: 'integer' },
  },
});
