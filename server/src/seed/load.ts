import type { Database } from '../db/orm';
import { bumpCatalogVersion } from '../db/catalog-version-store';
import type { ApplicationInput, Catalog, CourseInput, EnrollmentInput, FranchiseOpeningInput, JobInput, OrganizationInput, RecordStep, VillagerInput } from './catalog-types';
import { payColumns } from '../modules/common/pay';
import { placeColumns, placeText } from '../modules/common/place';
import { searchText } from '../modules/common/text-filter';
import { rebuildSearchIndex, SEARCH_TABLES, syncSearchIndex, type SearchTable } from '../modules/common/search-index';
import { organizationNameKey } from '../modules/common/text';

// Bulk loading goes straight through the query builder in large batches: the ORM's unit of
// work would hydrate and track a million entities for nothing. Column names match the
// entities (and so the migrations) one to one.

type Row = Record<string, unknown>;

function snake(obj: Record<string, unknown>): Row {
  const out: Row = {};
  for (const [k, v] of Object.entries(obj)) out[k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)] = v;
  return out;
}

/** `nameKey` defaults to the name's key; the loader passes a distinct one for look-alikes. */
export function organizationRow(db: Database, o: OrganizationInput, nameKey = organizationNameKey(o.name)): Row {
  return snake({
    id: o.id,
    name: o.name,
    nameKey,
    kind: o.kind,
    verified: db.boolParam(o.verified),
    verifiedAt: o.verifiedAt ? db.dateParam(o.verifiedAt) : null,
    description: o.description,
    licenceNumber: o.licenceNumber ?? null,
    ...placeColumns(o.place),
    createdAt: db.dateParam(o.createdAt),
    updatedAt: db.dateParam(o.createdAt),
  });
}

export function jobRow(db: Database, j: JobInput, employerName: string): Row {
  const place = placeColumns(j.place);
  const b = db.boolParam;
  return snake({
    id: j.id,
    employerId: j.employerId,
    title: j.title,
    category: j.category,
    description: j.description,
    ...place,
    ...payColumns(j.pay),
    providesHousing: b(j.providesHousing),
    providesMeals: b(j.providesMeals),
    coupleRooms: b(j.coupleRooms),
    dayShiftOnly: b(j.dayShiftOnly),
    socialInsurance: b(j.socialInsurance),
    travelPaid: b(j.travelPaid),
    headcount: j.headcount,
    ageMin: j.ageMin ?? null,
    ageMax: j.ageMax ?? null,
    requirements: j.requirements.join('\n'),
    contactName: j.contactName,
    contactPhone: j.contactPhone,
    publishedAt: db.dateParam(j.publishedAt),
    ...freshness(db, j),
    expiresAt: j.expiresAt ? db.dateParam(j.expiresAt) : null,
    status: j.status,
    searchText: searchText([j.title, j.description, employerName, placeText(place), j.requirements.join(' ')]),
    createdAt: db.dateParam(j.publishedAt),
    updatedAt: db.dateParam(j.publishedAt),
  });
}

/**
 * When a loaded job was first published and last confirmed as still hiring (仍在招). Employers
 * in the demo confirmed within the last nine days (a fixed spread by id), never before they
 * published, so a fresh start neither asks every employer nor expires old postings at once.
 */
function freshness(db: Database, j: { id: string; status: string; publishedAt: Date }): Row {
  if (j.status === 'DRAFT') return { firstPublishedAt: null, confirmedAt: null };
  let spread = 0;
  for (const ch of j.id) spread = (spread * 31 + ch.charCodeAt(0)) % 9;
  const confirmed = Math.max(j.publishedAt.getTime(), Date.now() - spread * 86_400_000);
  return { firstPublishedAt: db.dateParam(j.publishedAt), confirmedAt: db.dateParam(new Date(Math.min(confirmed, Date.now()))) };
}

export function courseRow(db: Database, c: CourseInput, trainerName: string): Row {
  const place = placeColumns(c.place);
  const b = db.boolParam;
  return snake({
    id: c.id,
    trainerId: c.trainerId,
    title: c.title,
    skill: c.skill,
    description: c.description,
    ...place,
    startDate: c.startDate,
    endDate: c.endDate,
    enrollmentDeadline: c.enrollmentDeadline,
    hours: c.hours,
    fee: c.fee,
    subsidy: c.subsidy,
    coversFood: b(c.coversFood),
    coversLodging: b(c.coversLodging),
    coversTravel: b(c.coversTravel),
    seats: c.seats,
    enrolledCount: c.enrolledCount,
    certificate: c.certificate ?? null,
    requirements: c.requirements.join('\n'),
    contactName: c.contactName,
    contactPhone: c.contactPhone,
    publishedAt: db.dateParam(c.publishedAt),
    cancelled: b(c.cancelled === true),
    searchText: searchText([c.title, c.description, trainerName, placeText(place), c.certificate]),
    createdAt: db.dateParam(c.publishedAt),
    updatedAt: db.dateParam(c.publishedAt),
  });
}

export function openingRows(db: Database, o: FranchiseOpeningInput, brandName: string): { opening: Row; positions: Row[] } {
  const place = placeColumns(o.place);
  const positions = o.positions.map((p, idx) => snake({ openingId: o.id, idx, title: p.title, headcount: p.headcount, ...payColumns(p.pay) }));
  const f = o.franchise ?? null;
  return {
    opening: snake({
      id: o.id,
      brandId: o.brandId,
      title: o.title,
      description: o.description,
      ...place,
      openingDate: o.openingDate ?? null,
      isFranchiseOffer: db.boolParam(f !== null),
      investmentMin: f?.investmentMin ?? null,
      investmentMax: f?.investmentMax ?? null,
      brandProvides: f ? f.brandProvides.join('\n') : null,
      filingNumber: f?.filingNumber ?? null,
      meetsTwoShopsOneYear: f ? db.boolParam(f.meetsTwoShopsOneYear) : null,
      disclosure: f?.disclosure ? JSON.stringify(f.disclosure) : null,
      bestMonthlyPay: Math.max(0, ...positions.map((p) => p.pay_monthly_max as number)),
      contactName: o.contactName,
      contactPhone: o.contactPhone,
      publishedAt: db.dateParam(o.publishedAt),
      status: o.status,
      searchText: searchText([o.title, o.description, brandName, placeText(place), ...o.positions.map((p) => p.title)]),
      createdAt: db.dateParam(o.publishedAt),
      updatedAt: db.dateParam(o.publishedAt),
    }),
    positions,
  };
}

/** Rows per INSERT: SQLite allows 32,766 parameters and PostgreSQL 65,535; a job has ~40 columns. */
const BATCH = 500;

const INDEXED = new Set<string>(SEARCH_TABLES);

/**
 * Inserts rows in batches. Rows of a catalogue get their keyword index too: into a table that
 * already has rows, batch by batch in the batch's transaction; into an empty one (the seed, the
 * benchmark generator), in one ordered pass when all are in, which gives the densest index and
 * does not depend on the order the rows arrive in.
 */
async function insertAll(db: Database, table: string, rows: Iterable<Row>): Promise<number> {
  let batch: Row[] = [];
  let n = 0;
  const indexed = INDEXED.has(table);
  const wasEmpty = indexed && !(await db.knex(table).first('id'));
  const flush = async () => {
    if (batch.length === 0) return;
    const rows = batch;
    if (indexed && !wasEmpty) {
      await db.knex.transaction(async (trx) => {
        await trx(table).insert(rows);
        await syncSearchIndex(db, trx, table as SearchTable, rows.map((r) => String(r.id)));
      });
    } else {
      await db.knex(table).insert(rows);
    }
    n += batch.length;
    batch = [];
  };
  for (const row of rows) {
    batch.push(row);
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  // (PostgreSQL computed each row's grams as it was inserted.)
  if (wasEmpty && n > 0 && db.driver === 'sqlite') await rebuildSearchIndex(db, table as SearchTable);
  return n;
}

function* mapIter<A, B>(items: Iterable<A>, f: (a: A) => B): Iterable<B> {
  for (const a of items) yield f(a);
}

export interface LoadResult {
  organizations: number;
  jobs: number;
  courses: number;
  openings: number;
  villagers: number;
  applications: number;
  enrollments: number;
}

/**
 * The placeholder WeChat id of a catalogue's villager: no WeChat user has one, so nobody signs
 * in as her; she exists so that what the consoles and the bureau's figures count are rows.
 */
export const catalogVillagerOpenid = (id: string) => `catalog-villager-${id}`;

export function villagerRow(db: Database, v: VillagerInput): Row {
  return {
    id: v.id, openid: catalogVillagerOpenid(v.id), name: v.name, phone: v.phone, home_town: v.homeTown, home_village: v.homeVillage,
    birth_year: v.birthYear, skills: '', preferred_destinations: '', large_text: db.boolParam(false), demo_admin: db.boolParam(false),
    created_at: db.dateParam(v.createdAt), updated_at: db.dateParam(v.createdAt),
  };
}

const historyText = (steps: RecordStep[]) => JSON.stringify(steps.map((s) => ({ status: s.status, at: s.at.toISOString(), message: s.message })));
const last = (steps: RecordStep[]) => steps[steps.length - 1]!;

export function applicationRow(db: Database, a: ApplicationInput): Row {
  return {
    id: a.id, job_id: a.jobId, user_id: a.userId, note: a.note, status: last(a.history).status, history: historyText(a.history),
    created_at: db.dateParam(a.history[0]!.at), updated_at: db.dateParam(last(a.history).at),
  };
}

export function enrollmentRow(db: Database, e: EnrollmentInput): Row {
  return {
    id: e.id, course_id: e.courseId, user_id: e.userId, status: last(e.history).status, waitlisted_at: null, history: historyText(e.history),
    created_at: db.dateParam(e.history[0]!.at), updated_at: db.dateParam(last(e.history).at),
  };
}

/** Inserts a catalogue (jobs may be a lazy iterable) and bumps the catalogue version. */
export async function loadCatalog(db: Database, catalog: Omit<Catalog, 'jobs'> & { jobs: Iterable<JobInput> }): Promise<LoadResult> {
  const names = new Map(catalog.organizations.map((o) => [o.id, o.name]));
  const nameOf = (id: string) => {
    const n = names.get(id);
    if (n === undefined) throw new Error(`unknown organisation ${id}`);
    return n;
  };
  const result: LoadResult = { organizations: 0, jobs: 0, courses: 0, openings: 0, villagers: 0, applications: 0, enrollments: 0 };
  // Generated names are distinct but may still look alike (X（2） and X2); as with rows that
  // predate the key, the first keeps the key and the others are told apart by their id.
  const keys = new Set<string>();
  const orgRows = catalog.organizations.map((o) => {
    const key = organizationNameKey(o.name);
    const stored = key.length > 0 && !keys.has(key) ? key : `${key}#${o.id}`;
    keys.add(key);
    return organizationRow(db, o, stored);
  });
  result.organizations = await insertAll(db, 'organizations', orgRows);
  result.jobs = await insertAll(db, 'jobs', mapIter(catalog.jobs, (j) => jobRow(db, j, nameOf(j.employerId))));
  result.courses = await insertAll(db, 'courses', catalog.courses.map((c) => courseRow(db, c, nameOf(c.trainerId))));
  await insertAll(
    db,
    'course_employers',
    catalog.courses.flatMap((c) => [...new Set(c.leadsToEmployerIds)].map((e) => ({ course_id: c.id, employer_id: e }))),
  );
  const openings = catalog.openings.map((o) => openingRows(db, o, nameOf(o.brandId)));
  result.openings = await insertAll(db, 'franchise_openings', openings.map((o) => o.opening));
  await insertAll(db, 'opening_positions', openings.flatMap((o) => o.positions));
  // Villagers outlive a catalogue (clearing one keeps the users), so loading it again finds them.
  const villagers = (catalog.villagers ?? []).map((v) => villagerRow(db, v));
  for (let i = 0; i < villagers.length; i += BATCH) await db.knex('users').insert(villagers.slice(i, i + BATCH)).onConflict('id').ignore();
  result.villagers = villagers.length;
  result.applications = await insertAll(db, 'applications', (catalog.applications ?? []).map((a) => applicationRow(db, a)));
  const enrollments = catalog.enrollments ?? [];
  result.enrollments = await insertAll(db, 'enrollments', enrollments.map((e) => enrollmentRow(db, e)));
  const courseOf = new Map(catalog.courses.map((c) => [c.id, c]));
  await insertAll(db, 'certificates', enrollments.flatMap((e) => {
    const c = e.certificate;
    if (!c) return [];
    const course = courseOf.get(e.courseId);
    if (!course) throw new Error(`enrolment ${e.id}: unknown course ${e.courseId}`);
    return [{
      id: c.id, user_id: e.userId, enrollment_id: e.id, course_id: e.courseId, trainer_id: course.trainerId, name: c.name, number: c.number,
      course_title: c.courseTitle, issued_on: c.issuedOn, created_at: db.dateParam(c.createdAt),
    }];
  }));
  await bumpCatalogVersion(db);
  return result;
}

export async function isEmpty(db: Database): Promise<boolean> {
  const row = await db.knex('organizations').first('id');
  return !row;
}
