import type { RunningServer } from '../src/http/server';
import { newId } from '../src/modules/common/ids';
import type { JobInput } from '../src/seed/catalog-types';
import { jobRow } from '../src/seed/load';

/** Inserts a job the way a later "post job" mutation will, and invalidates cached pages. */
export async function insertJob(server: RunningServer, overrides: Partial<JobInput> = {}): Promise<JobInput> {
  const employer = await server.db.knex('organizations').where('kind', 'EMPLOYER').first('id', 'name');
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
  await server.cache.invalidate();
  return job;
}
