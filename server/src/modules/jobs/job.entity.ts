import { EntitySchema } from '@mikro-orm/core';
import type { JobCategory } from '../../seed/catalog-types';
import type { Organization } from '../organizations/organization.entity';
import { placeProperties, type PlaceColumns } from '../common/place';
import type { PayColumns } from '../common/pay';

export interface Job extends PlaceColumns, PayColumns {
  id: string;
  employer: Organization;
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
  /** One requirement per line. */
  requirements: string;
  contactName: string;
  contactPhone: string;
  publishedAt: Date;
  expiresAt: Date | null;
  status: 'OPEN' | 'CLOSED';
  /** Lower-cased title, description, employer and place: what a keyword is matched against. */
  searchText: string;
  /** Why the bureau took it down or held it (shown to the poster). */
  moderationNote: string | null;
  /** First published; re-publishing keeps it. */
  firstPublishedAt: Date | null;
  /** Last confirmed 仍在招 (or first published). */
  confirmedAt: Date | null;
  /** When its employer was asked 还在招吗 about this confirmation. */
  confirmAskedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export const JobSchema = new EntitySchema<Job>({
  name: 'Job',
  tableName: 'jobs',
  properties: {
    id: { type: 'string', length: 16, primary: true },
    employer: { kind: 'm:1', entity: 'Organization', fieldName: 'employer_id' },
    title: { type: 'string', length: 60 },
    category: { type: 'string', length: 16 },
    description: { type: 'text' },
    ...placeProperties,
    payMin: { type: 'integer' },
    payMax: { type: 'integer' },
    payUnit: { type: 'string', length: 8 },
    paySettlement: { type: 'string', length: 8 },
    payUnitsPerMonth: { type: 'integer', nullable: true },
    payMonthlyMin: { type: 'integer' },
    payMonthlyMax: { type: 'integer' },
    providesHousing: { type: 'boolean' },
    providesMeals: { type: 'boolean' },
    coupleRooms: { type: 'boolean' },
    dayShiftOnly: { type: 'boolean' },
    socialInsurance: { type: 'boolean' },
    travelPaid: { type: 'boolean' },
    headcount: { type: 'integer' },
    ageMin: { type: 'integer', nullable: true },
    ageMax: { type: 'integer', nullable: true },
    requirements: { type: 'text' },
    contactName: { type: 'string', length: 20 },
    contactPhone: { type: 'string', length: 20 },
    publishedAt: { type: 'datetime' },
    expiresAt: { type: 'datetime', nullable: true },
    status: { type: 'string', length: 16 },
    searchText: { type: 'text' },
    moderationNote: { type: 'string', length: 200, nullable: true },
    firstPublishedAt: { type: 'datetime', nullable: true },
    confirmedAt: { type: 'datetime', nullable: true },
    confirmAskedAt: { type: 'datetime', nullable: true },
    createdAt: { type: 'datetime' },
    updatedAt: { type: 'datetime' },
  },
  indexes: [
    // The default list: open jobs, newest first, walked by (published_at, id) keyset.
    { name: 'jobs_status_published_idx', properties: ['status', 'publishedAt', 'id'] },
    // Counting the open jobs reads only this index, never the rows.
    { name: 'jobs_status_expires_idx', properties: ['status', 'expiresAt'] },
    // "Highest pay" walks (pay_monthly_max, published_at, id).
    { name: 'jobs_status_pay_idx', properties: ['status', 'payMonthlyMax', 'publishedAt', 'id'] },
    { name: 'jobs_city_idx', properties: ['city', 'publishedAt'] },
    { name: 'jobs_county_idx', properties: ['county', 'publishedAt'] },
    // A town name is unique enough on its own: villagers filter by town without a county.
    { name: 'jobs_town_idx', properties: ['town', 'publishedAt'] },
    { name: 'jobs_category_idx', properties: ['category', 'publishedAt'] },
    { name: 'jobs_employer_idx', properties: ['employer'] },
    // The hourly sweep of jobs to ask 仍在招 and to expire.
    { name: 'jobs_status_confirmed_idx', properties: ['status', 'confirmedAt'] },
  ],
});
