/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/**
 * Narrows the course list. Every field is optional and all given fields must hold.
 * Cancelled courses and courses that have ended are never listed.
 */
export type CourseFilter = {
  /** Only free courses. */
  freeOnly?: boolean | null | undefined;
  /** Only courses with at least one seat left and still taking enrolments. */
  hasSeatsLeft?: boolean | null | undefined;
  /** Chinese substring of the title, description, trainer or place, 1–50 characters after trimming. */
  keyword?: string | null | undefined;
  place?: PlaceFilter | null | undefined;
  skill?: CourseSkill | null | undefined;
  /** Only courses starting on or after this day. */
  startsAfter?: string | null | undefined;
};

/** The skill a course teaches. */
export type CourseSkill =
  /** 育婴 / 养老护理 childcare and elderly care. */
  | 'CARE'
  /** 厨师 cook. */
  | 'CHEF'
  /** 家政 domestic work. */
  | 'DOMESTIC'
  /** 电商 e-commerce and live selling. */
  | 'ECOMMERCE'
  /** 电工 electrician. */
  | 'ELECTRICIAN'
  /** 足疗 foot therapy and massage. */
  | 'FOOT_THERAPY'
  /** 其他 anything else. */
  | 'OTHER'
  /** 修脚 pedicure. */
  | 'PEDICURE'
  /** 茶艺 tea art. */
  | 'TEA_ART'
  /** 焊工 welding. */
  | 'WELDING';

/** Order of a course list. */
export type CourseSort =
  /** Most recently published first (the default). */
  | 'NEWEST'
  /** Earliest start date first. */
  | 'SOONEST_START';

/** Where a course stands. */
export type CourseStatus =
  /** Cancelled by the trainer. */
  | 'CANCELLED'
  /** Started or past its enrolment deadline. */
  | 'CLOSED'
  /** Every seat is taken. */
  | 'FULL'
  /** Taking enrolments. */
  | 'OPEN';

/**
 * Narrows the shop-opening list. Every field is optional and all given fields must hold.
 * Only open openings are listed.
 */
export type FranchiseOpeningFilter = {
  /** Exact city, e.g. 深圳市. */
  city?: string | null | undefined;
  /** Only franchise offers. */
  franchiseOnly?: boolean | null | undefined;
  /** Chinese substring of the title, description, brand or place, 1–50 characters after trimming. */
  keyword?: string | null | undefined;
  place?: PlaceFilter | null | undefined;
  /** Substring of a wanted position's title, e.g. 修脚. */
  position?: string | null | undefined;
};

/** Order of a shop-opening list. */
export type FranchiseOpeningSort =
  /** Highest monthly-equivalent pay of any position first. */
  | 'HIGHEST_PAY'
  /** Most recently published first (the default). */
  | 'NEWEST'
  /** Earliest opening date first. */
  | 'SOONEST_OPENING';

/** Where a shop opening stands. */
export type FranchiseOpeningStatus =
  /** No longer recruiting. */
  | 'CLOSED'
  /** Recruiting staff or franchisees. */
  | 'OPEN';

/** The trade of a job. */
export type JobCategory =
  /** 餐饮 catering and kitchens. */
  | 'CATERING'
  /** 建筑 construction. */
  | 'CONSTRUCTION'
  /** 家政 domestic work, care of children and the elderly. */
  | 'DOMESTIC'
  /** 工厂 factory work. */
  | 'FACTORY'
  /** 农业 farming. */
  | 'FARMING'
  /** 足疗 foot therapy and massage. */
  | 'FOOT_THERAPY'
  /** 物流 logistics, delivery, warehouses. */
  | 'LOGISTICS'
  /** 其他 anything else. */
  | 'OTHER'
  /** 修脚 pedicure. */
  | 'PEDICURE'
  /** 茶叶 tea picking and processing. */
  | 'TEA';

/**
 * Narrows the job list. Every field is optional and all given fields must hold. Only open,
 * unexpired jobs are ever listed.
 */
export type JobFilter = {
  category?: JobCategory | null | undefined;
  /** Only jobs with couple rooms (夫妻间). */
  coupleRooms?: boolean | null | undefined;
  /** Only jobs settled daily (日结). */
  dailySettlement?: boolean | null | undefined;
  /** Only day-shift jobs (长白班). */
  dayShiftOnly?: boolean | null | undefined;
  /** Chinese substring of the title, description, employer or place, 1–50 characters after trimming. `%` and `_` match literally. */
  keyword?: string | null | undefined;
  /** Keeps jobs whose highest pay reaches this floor, compared as monthly equivalents. */
  minPay?: PayFloor | null | undefined;
  place?: PlaceFilter | null | undefined;
  /** Only jobs published in the last N days, 1–365. */
  postedWithinDays?: number | null | undefined;
  /** Only jobs with free housing (包住). */
  providesHousing?: boolean | null | undefined;
  /** Only jobs with free meals (包吃). */
  providesMeals?: boolean | null | undefined;
  /** Only jobs with social insurance. */
  socialInsurance?: boolean | null | undefined;
  /** Only jobs that pay travel. */
  travelPaid?: boolean | null | undefined;
  /** Only employers verified by the county labour bureau. */
  verifiedOnly?: boolean | null | undefined;
};

/** Order of a job list. */
export type JobSort =
  /** Highest monthly-equivalent pay first, then newest. */
  | 'HIGHEST_PAY'
  /** Most recently published first (the default). */
  | 'NEWEST';

/** Where a job stands. */
export type JobStatus =
  /** Closed by the employer (filled or withdrawn). */
  | 'CLOSED'
  /** Past its expiry date. */
  | 'EXPIRED'
  /** Taking applications. */
  | 'OPEN';

/**
 * A floor for pay, in any unit: `{ amount: 200, unit: DAY }` keeps postings that can pay at
 * least 200 × 26 = 5200 yuan a month.
 */
export type PayFloor = {
  /** Yuan per `unit`, at least 0 and at most 1,000,000. */
  amount: number;
  unit: PayUnit;
};

/** When the worker is paid. */
export type PaySettlement =
  /** Every day (日结). */
  | 'DAILY'
  /** Once a month (月结). */
  | 'MONTHLY';

/** How a pay figure is counted. */
export type PayUnit =
  /** Yuan per day. */
  | 'DAY'
  /** Yuan per month. */
  | 'MONTH'
  /** Yuan per piece or per client (计件, 提成). */
  | 'PIECE';

/**
 * Narrows a list to a place, at any level: every field given must match exactly.
 * `{ county: "紫阳县" }` is the whole county; `{ town: "高桥镇" }` one town; `{ city: "深圳市" }` one city.
 */
export type PlaceFilter = {
  city?: string | null | undefined;
  county?: string | null | undefined;
  province?: string | null | undefined;
  town?: string | null | undefined;
};

export type CourseCardFieldsFragment = { id: string, title: string, skill: CourseSkill, startDate: string, endDate: string, fee: number, isFree: boolean, subsidy: number, coversFood: boolean, coversLodging: boolean, seats: number, seatsLeft: number, status: CourseStatus, publishedAt: string, place: { province: string, city: string, county: string | null, town: string | null }, trainer: { id: string, name: string, verified: boolean } };

export type CourseListQueryVariables = Exact<{
  filter?: CourseFilter | null | undefined;
  sort?: CourseSort | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CourseListQuery = { courses: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, skill: CourseSkill, startDate: string, endDate: string, fee: number, isFree: boolean, subsidy: number, coversFood: boolean, coversLodging: boolean, seats: number, seatsLeft: number, status: CourseStatus, publishedAt: string, place: { province: string, city: string, county: string | null, town: string | null }, trainer: { id: string, name: string, verified: boolean } } }> } };

export type CourseDetailQueryVariables = Exact<{
  id: string;
}>;


export type CourseDetailQuery = { course: { id: string, title: string, skill: CourseSkill, description: string, startDate: string, endDate: string, hours: number, fee: number, isFree: boolean, subsidy: number, coversFood: boolean, coversLodging: boolean, coversTravel: boolean, seats: number, seatsLeft: number, enrollmentDeadline: string, certificate: string | null, requirements: Array<string>, contactName: string, contactPhone: string, publishedAt: string, status: CourseStatus, trainer: { id: string, name: string, verified: boolean, description: string, place: { province: string, city: string, county: string | null, town: string | null } }, place: { province: string, city: string, county: string | null, town: string | null, village: string | null, address: string | null, latitude: number | null, longitude: number | null }, leadsToEmployers: Array<{ id: string, name: string, verified: boolean }>, leadsToJobs: Array<{ id: string, title: string, place: { province: string, city: string, county: string | null, town: string | null }, pay: { min: number, max: number, unit: PayUnit, settlement: PaySettlement } }> } | null };

export type JobCardFieldsFragment = { id: string, title: string, category: JobCategory, providesHousing: boolean, providesMeals: boolean, coupleRooms: boolean, dayShiftOnly: boolean, publishedAt: string, place: { province: string, city: string, county: string | null, town: string | null }, pay: { min: number, max: number, unit: PayUnit, settlement: PaySettlement }, employer: { id: string, name: string, verified: boolean } };

export type JobListQueryVariables = Exact<{
  filter?: JobFilter | null | undefined;
  sort?: JobSort | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type JobListQuery = { jobs: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, category: JobCategory, providesHousing: boolean, providesMeals: boolean, coupleRooms: boolean, dayShiftOnly: boolean, publishedAt: string, place: { province: string, city: string, county: string | null, town: string | null }, pay: { min: number, max: number, unit: PayUnit, settlement: PaySettlement }, employer: { id: string, name: string, verified: boolean } } }> } };

export type JobFacetsQueryVariables = Exact<{
  filter?: JobFilter | null | undefined;
  boardAndLodgingFilter?: JobFilter | null | undefined;
}>;


export type JobFacetsQuery = { jobFacets: { totalCount: number, categories: Array<{ category: JobCategory, count: number }>, cities: Array<{ province: string, city: string, count: number }>, conditions: { coupleRooms: number, dayShiftOnly: number, dailySettlement: number, verifiedOnly: number } }, boardAndLodging: { totalCount: number } };

export type JobDetailQueryVariables = Exact<{
  id: string;
}>;


export type JobDetailQuery = { job: { id: string, title: string, category: JobCategory, description: string, providesHousing: boolean, providesMeals: boolean, coupleRooms: boolean, dayShiftOnly: boolean, socialInsurance: boolean, travelPaid: boolean, headcount: number, ageMin: number | null, ageMax: number | null, requirements: Array<string>, contactName: string, contactPhone: string, publishedAt: string, expiresAt: string | null, status: JobStatus, employer: { id: string, name: string, verified: boolean, verifiedAt: string | null, description: string, openJobCount: number, place: { province: string, city: string, county: string | null, town: string | null } }, place: { province: string, city: string, county: string | null, town: string | null, village: string | null, address: string | null, latitude: number | null, longitude: number | null }, pay: { min: number, max: number, unit: PayUnit, settlement: PaySettlement, monthlyMin: number, monthlyMax: number } } | null };

export type OpeningCardFieldsFragment = { id: string, title: string, openingDate: string | null, isFranchiseOffer: boolean, publishedAt: string, brand: { id: string, name: string, verified: boolean }, place: { province: string, city: string, county: string | null, town: string | null }, positions: Array<{ title: string, headcount: number, pay: { min: number, max: number, unit: PayUnit, settlement: PaySettlement, monthlyMax: number } }> };

export type OpeningListQueryVariables = Exact<{
  filter?: FranchiseOpeningFilter | null | undefined;
  sort?: FranchiseOpeningSort | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OpeningListQuery = { franchiseOpenings: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, openingDate: string | null, isFranchiseOffer: boolean, publishedAt: string, brand: { id: string, name: string, verified: boolean }, place: { province: string, city: string, county: string | null, town: string | null }, positions: Array<{ title: string, headcount: number, pay: { min: number, max: number, unit: PayUnit, settlement: PaySettlement, monthlyMax: number } }> } }> } };

export type OpeningDetailQueryVariables = Exact<{
  id: string;
}>;


export type OpeningDetailQuery = { franchiseOpening: { id: string, title: string, description: string, openingDate: string | null, isFranchiseOffer: boolean, contactName: string, contactPhone: string, publishedAt: string, status: FranchiseOpeningStatus, brand: { id: string, name: string, verified: boolean, description: string, place: { province: string, city: string, county: string | null, town: string | null } }, place: { province: string, city: string, county: string | null, town: string | null, village: string | null, address: string | null, latitude: number | null, longitude: number | null }, positions: Array<{ title: string, headcount: number, pay: { min: number, max: number, unit: PayUnit, settlement: PaySettlement, monthlyMin: number, monthlyMax: number } }>, franchise: { investmentMin: number, investmentMax: number, brandProvides: Array<string>, filingNumber: string | null, meetsTwoShopsOneYear: boolean } | null } | null };

export const CourseCardFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CourseCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Course"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"skill"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"county"}},{"kind":"Field","name":{"kind":"Name","value":"town"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"fee"}},{"kind":"Field","name":{"kind":"Name","value":"isFree"}},{"kind":"Field","name":{"kind":"Name","value":"subsidy"}},{"kind":"Field","name":{"kind":"Name","value":"coversFood"}},{"kind":"Field","name":{"kind":"Name","value":"coversLodging"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"trainer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]} as unknown as DocumentNode<CourseCardFieldsFragment, unknown>;
export const JobCardFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"county"}},{"kind":"Field","name":{"kind":"Name","value":"town"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"settlement"}}]}},{"kind":"Field","name":{"kind":"Name","value":"providesHousing"}},{"kind":"Field","name":{"kind":"Name","value":"providesMeals"}},{"kind":"Field","name":{"kind":"Name","value":"coupleRooms"}},{"kind":"Field","name":{"kind":"Name","value":"dayShiftOnly"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]} as unknown as DocumentNode<JobCardFieldsFragment, unknown>;
export const OpeningCardFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OpeningCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FranchiseOpening"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"brand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"county"}},{"kind":"Field","name":{"kind":"Name","value":"town"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openingDate"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"pay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"settlement"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyMax"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"isFranchiseOffer"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]} as unknown as DocumentNode<OpeningCardFieldsFragment, unknown>;
export const CourseListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CourseList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CourseFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CourseSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"courses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CourseCardFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CourseCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Course"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"skill"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"county"}},{"kind":"Field","name":{"kind":"Name","value":"town"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"fee"}},{"kind":"Field","name":{"kind":"Name","value":"isFree"}},{"kind":"Field","name":{"kind":"Name","value":"subsidy"}},{"kind":"Field","name":{"kind":"Name","value":"coversFood"}},{"kind":"Field","name":{"kind":"Name","value":"coversLodging"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"trainer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]} as unknown as DocumentNode<CourseListQuery, CourseListQueryVariables>;
export const CourseDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CourseDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"course"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"skill"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"trainer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"county"}},{"kind":"Field","name":{"kind":"Name","value":"town"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"county"}},{"kind":"Field","name":{"kind":"Name","value":"town"}},{"kind":"Field","name":{"kind":"Name","value":"village"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"fee"}},{"kind":"Field","name":{"kind":"Name","value":"isFree"}},{"kind":"Field","name":{"kind":"Name","value":"subsidy"}},{"kind":"Field","name":{"kind":"Name","value":"coversFood"}},{"kind":"Field","name":{"kind":"Name","value":"coversLodging"}},{"kind":"Field","name":{"kind":"Name","value":"coversTravel"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"enrollmentDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"}},{"kind":"Field","name":{"kind":"Name","value":"leadsToEmployers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadsToJobs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"county"}},{"kind":"Field","name":{"kind":"Name","value":"town"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"settlement"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CourseDetailQuery, CourseDetailQueryVariables>;
export const JobListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JobList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JobFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JobSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobCardFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"county"}},{"kind":"Field","name":{"kind":"Name","value":"town"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"settlement"}}]}},{"kind":"Field","name":{"kind":"Name","value":"providesHousing"}},{"kind":"Field","name":{"kind":"Name","value":"providesMeals"}},{"kind":"Field","name":{"kind":"Name","value":"coupleRooms"}},{"kind":"Field","name":{"kind":"Name","value":"dayShiftOnly"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]} as unknown as DocumentNode<JobListQuery, JobListQueryVariables>;
export const JobFacetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JobFacets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JobFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"boardAndLodgingFilter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JobFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobFacets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coupleRooms"}},{"kind":"Field","name":{"kind":"Name","value":"dayShiftOnly"}},{"kind":"Field","name":{"kind":"Name","value":"dailySettlement"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedOnly"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"boardAndLodging"},"name":{"kind":"Name","value":"jobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"boardAndLodgingFilter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<JobFacetsQuery, JobFacetsQueryVariables>;
export const JobDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JobDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"openJobCount"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"county"}},{"kind":"Field","name":{"kind":"Name","value":"town"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"county"}},{"kind":"Field","name":{"kind":"Name","value":"town"}},{"kind":"Field","name":{"kind":"Name","value":"village"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"settlement"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyMin"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyMax"}}]}},{"kind":"Field","name":{"kind":"Name","value":"providesHousing"}},{"kind":"Field","name":{"kind":"Name","value":"providesMeals"}},{"kind":"Field","name":{"kind":"Name","value":"coupleRooms"}},{"kind":"Field","name":{"kind":"Name","value":"dayShiftOnly"}},{"kind":"Field","name":{"kind":"Name","value":"socialInsurance"}},{"kind":"Field","name":{"kind":"Name","value":"travelPaid"}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"ageMin"}},{"kind":"Field","name":{"kind":"Name","value":"ageMax"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<JobDetailQuery, JobDetailQueryVariables>;
export const OpeningListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpeningList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FranchiseOpeningFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FranchiseOpeningSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"franchiseOpenings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OpeningCardFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OpeningCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FranchiseOpening"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"brand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"county"}},{"kind":"Field","name":{"kind":"Name","value":"town"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openingDate"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"pay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"settlement"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyMax"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"isFranchiseOffer"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]} as unknown as DocumentNode<OpeningListQuery, OpeningListQueryVariables>;
export const OpeningDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpeningDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"franchiseOpening"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"brand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"county"}},{"kind":"Field","name":{"kind":"Name","value":"town"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"county"}},{"kind":"Field","name":{"kind":"Name","value":"town"}},{"kind":"Field","name":{"kind":"Name","value":"village"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openingDate"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"pay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"settlement"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyMin"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyMax"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"isFranchiseOffer"}},{"kind":"Field","name":{"kind":"Name","value":"franchise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"investmentMin"}},{"kind":"Field","name":{"kind":"Name","value":"investmentMax"}},{"kind":"Field","name":{"kind":"Name","value":"brandProvides"}},{"kind":"Field","name":{"kind":"Name","value":"filingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"meetsTwoShopsOneYear"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<OpeningDetailQuery, OpeningDetailQueryVariables>;