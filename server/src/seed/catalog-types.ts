// Plain shapes of catalogue data before it is stored. The demo catalogue, the benchmark
// generator and the test builders all produce these; `seed/load.ts` turns them into rows.
// Ids are chosen by the caller (opaque strings) so data sets are reproducible.

import type { StoredDisclosure } from '../modules/franchise/franchise-disclosure';

export type OrganizationKind = 'EMPLOYER' | 'TRAINING_INSTITUTION' | 'SHOP_BRAND' | 'LABOUR_AGENCY';
export type PayUnit = 'MONTH' | 'DAY' | 'PIECE';
export type PaySettlement = 'MONTHLY' | 'DAILY';
export type JobCategory =
  | 'FOOT_THERAPY' | 'PEDICURE' | 'TEA' | 'CONSTRUCTION' | 'FACTORY'
  | 'CATERING' | 'DOMESTIC' | 'LOGISTICS' | 'FARMING' | 'OTHER';
export type CourseSkill =
  | 'PEDICURE' | 'FOOT_THERAPY' | 'TEA_ART' | 'ELECTRICIAN' | 'CHEF'
  | 'DOMESTIC' | 'ECOMMERCE' | 'CARE' | 'WELDING' | 'OTHER';

export interface PlaceInput {
  province: string;        // 陕西省
  city: string;            // 安康市
  county?: string | null;  // 紫阳县 / 南山区
  town?: string | null;    // 高桥镇
  village?: string | null; // 铁佛村
  address?: string | null;
  latitude?: number | null;
  longitude?: number | null;
}

export interface PayInput {
  min: number;             // yuan per unit, integer, 0 < min <= max
  max: number;
  unit: PayUnit;
  settlement: PaySettlement;
  /** Only for PIECE: the poster's estimate of pieces (clients) per month, used for the monthly equivalent. */
  unitsPerMonth?: number | null;
}

export interface OrganizationInput {
  id: string;
  name: string;
  kind: OrganizationKind;
  verified: boolean;
  verifiedAt?: Date | null;
  description: string;
  place: PlaceInput;
  createdAt: Date;
  /** A labour agency's 人力资源服务许可证 number, in its written form. */
  licenceNumber?: string | null;
}

export interface JobInput {
  id: string;
  employerId: string;
  title: string;
  category: JobCategory;
  description: string;
  place: PlaceInput;
  pay: PayInput;
  providesHousing: boolean;
  providesMeals: boolean;
  coupleRooms: boolean;
  dayShiftOnly: boolean;
  socialInsurance: boolean;
  travelPaid: boolean;
  headcount: number;
  ageMin?: number | null;
  ageMax?: number | null;
  requirements: string[];
  contactName: string;
  contactPhone: string;
  publishedAt: Date;
  expiresAt?: Date | null;
  status: 'OPEN' | 'CLOSED';
}

export interface CourseInput {
  id: string;
  trainerId: string;
  title: string;
  skill: CourseSkill;
  description: string;
  place: PlaceInput;
  startDate: string;          // YYYY-MM-DD
  endDate: string;
  hours: number;
  fee: number;                // yuan, 0 = free
  subsidy: number;            // yuan per trainee, 0 = none
  coversFood: boolean;
  coversLodging: boolean;
  coversTravel: boolean;
  seats: number;
  enrolledCount: number;      // seats already taken (0..seats)
  enrollmentDeadline: string; // YYYY-MM-DD, on or before startDate
  certificate?: string | null;
  requirements: string[];
  leadsToEmployerIds: string[];
  contactName: string;
  contactPhone: string;
  publishedAt: Date;
  cancelled?: boolean;
}

export interface OpeningPositionInput {
  title: string;
  headcount: number;
  pay: PayInput;
}

export interface FranchiseTermsInput {
  investmentMin: number;
  investmentMax: number;
  brandProvides: string[];
  filingNumber?: string | null;
  /** Stored as declared when there is no disclosure; computed from `disclosure.ownShops` otherwise. */
  meetsTwoShopsOneYear: boolean;
  /** The franchisor's disclosure (`modules/franchise/franchise-disclosure.ts`). */
  disclosure?: StoredDisclosure | null;
}

export interface FranchiseOpeningInput {
  id: string;
  brandId: string;
  title: string;
  description: string;
  place: PlaceInput;
  openingDate?: string | null; // YYYY-MM-DD
  positions: OpeningPositionInput[];
  franchise?: FranchiseTermsInput | null;
  contactName: string;
  contactPhone: string;
  publishedAt: Date;
  status: 'OPEN' | 'CLOSED';
}

/** A villager with an account: the person behind demo applications and enrolments. */
export interface VillagerInput {
  id: string;
  name: string;
  phone: string;
  homeTown: string;
  homeVillage: string | null;
  birthYear: number;
  createdAt: Date;
}

/** One status change of an application or enrolment; the last one is its status. */
export interface RecordStep {
  status: string;
  at: Date;
  message: string | null;
}

export interface ApplicationInput {
  id: string;
  jobId: string;
  userId: string;
  note: string | null;
  /** SUBMITTED first. */
  history: RecordStep[];
}

export interface CertificateInput {
  id: string;
  name: string;
  number: string;
  courseTitle: string;
  issuedOn: string; // YYYY-MM-DD
  createdAt: Date;
}

export interface EnrollmentInput {
  id: string;
  courseId: string;
  userId: string;
  /** ENROLLED first. */
  history: RecordStep[];
  /** Issued when the trainer marked her completed. */
  certificate?: CertificateInput | null;
}

export interface Catalog {
  organizations: OrganizationInput[];
  jobs: JobInput[];
  courses: CourseInput[];
  openings: FranchiseOpeningInput[];
  /** People and their records; a course's `enrolledCount` counts its seated enrolments here. */
  villagers?: VillagerInput[];
  applications?: ApplicationInput[];
  enrollments?: EnrollmentInput[];
}
