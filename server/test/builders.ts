import type { RunningServer } from '../src/http/server';
import { newId } from '../src/modules/common/ids';
import type { CourseInput, FranchiseOpeningInput, JobInput } from '../src/seed/catalog-types';
import { courseRow, jobRow, openingRows } from '../src/seed/load';
import { syncSearchIndex } from '../src/modules/common/search-index';
import { SHENZHEN_JOB_INPUT } from '../src/bench/sample-inputs';

/** Inserts a job the way a later "post job" mutation will, and invalidates cached pages. */
export async function insertJob(server: RunningServer, overrides: Partial<JobInput> = {}): Promise<JobInput> {
  const employer = overrides.employerId
    ? await server.db.knex('organizations').where('id', overrides.employerId).first('id', 'name')
    : await server.db.knex('organizations').where('kind', 'EMPLOYER').first('id', 'name');
  const job: JobInput = {
    id: newId(),
    employerId: employer.id,
    title: '测试岗位 足疗技师',
    category: 'FOOT_THERAPY',
    description: '测试用岗位，底薪加提成，不向求职者收取任何费用。',
    place: { province: '广东省', city: '深圳市', county: '南山区' },
    pay: { min: 6000, max: 9000, unit: 'MONTH', settlement: 'MONTHLY' },
    providesHousing: true,
    providesMeals: true,
    coupleRooms: false,
    dayShiftOnly: false,
    socialInsurance: false,
    travelPaid: false,
    headcount: 3,
    requirements: ['能吃苦'],
    contactName: '测试经理',
    contactPhone: '13800000000',
    publishedAt: new Date(),
    expiresAt: null,
    status: 'OPEN',
    ...overrides,
  };
  await server.db.knex('jobs').insert(jobRow(server.db, job, employer.name));
  await syncSearchIndex(server.db, server.db.knex, 'jobs', [job.id]);
  await server.cache.invalidate();
  return job;
}

/** Inserts an upcoming free course with `seats` seats, none taken. */
export async function insertCourse(server: RunningServer, overrides: Partial<CourseInput> = {}): Promise<CourseInput> {
  const trainer = overrides.trainerId
    ? await server.db.knex('organizations').where('id', overrides.trainerId).first('id', 'name')
    : await server.db.knex('organizations').where('kind', 'TRAINING_INSTITUTION').first('id', 'name');
  const day = (offset: number) => new Date(Date.now() + offset * 86400000).toISOString().slice(0, 10);
  const course: CourseInput = {
    id: newId(),
    trainerId: trainer.id,
    title: '修脚技能免费培训班（测试）',
    skill: 'PEDICURE',
    description: '测试课程。',
    place: { province: '陕西省', city: '安康市', county: '紫阳县', town: '城关镇' },
    startDate: day(20),
    endDate: day(40),
    hours: 120,
    fee: 0,
    subsidy: 500,
    coversFood: true,
    coversLodging: true,
    coversTravel: false,
    seats: 10,
    enrolledCount: 0,
    enrollmentDeadline: day(15),
    certificate: '专项职业能力证书（修脚）',
    requirements: [],
    leadsToEmployerIds: [],
    contactName: '李老师',
    contactPhone: '09154321234',
    publishedAt: new Date(),
    ...overrides,
  };
  await server.db.knex('courses').insert(courseRow(server.db, course, trainer.name));
  await syncSearchIndex(server.db, server.db.knex, 'courses', [course.id]);
  await server.cache.invalidate();
  return course;
}

/** Inserts an open shop opening of `brandId` with two positions. */
export async function insertOpening(server: RunningServer, brandId: string): Promise<FranchiseOpeningInput> {
  const brand = await server.db.knex('organizations').where('id', brandId).first('name');
  const opening: FranchiseOpeningInput = {
    id: newId(),
    brandId,
    title: '新店开业招聘（测试）',
    description: '测试用开店信息。',
    place: { province: '广东省', city: '深圳市', county: '南山区' },
    openingDate: null,
    positions: [
      { title: '修脚师', headcount: 2, pay: { min: 7000, max: 10000, unit: 'MONTH', settlement: 'MONTHLY' } },
      { title: '前台', headcount: 1, pay: { min: 4000, max: 5000, unit: 'MONTH', settlement: 'MONTHLY' } },
    ],
    franchise: null,
    contactName: '陈店长',
    contactPhone: '13800001234',
    publishedAt: new Date(),
    status: 'OPEN',
  };
  const rows = openingRows(server.db, opening, brand.name);
  await server.db.knex('franchise_openings').insert(rows.opening);
  await syncSearchIndex(server.db, server.db.knex, 'franchise_openings', [opening.id]);
  await server.db.knex('opening_positions').insert(rows.positions);
  await server.cache.invalidate();
  return opening;
}

/** The example: a pedicure chain hiring in 深圳 at ¥6,000–9,000 a month, 包吃住, 夫妻间. */
export const SHENZHEN_JOB = SHENZHEN_JOB_INPUT;
