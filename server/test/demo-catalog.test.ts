import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ADMIN_OPENID, bearer, engines, signIn, startTestServer } from './harness';
import { parseDatabaseUrl } from '../src/config';
import { openDatabase, type Database } from '../src/db/orm';
import { buildDemoCatalog, DEMO_DIR, DemoDataError } from '../src/seed/demo-catalog';

const MEASURES = ['postings', 'applications', 'hires', 'enrollments', 'completions'] as const;
type Measure = (typeof MEASURES)[number];
type Figure = { label: string } & Record<Measure, number>;

const FIGURES = `query($m: Int) { countyFigures(months: $m) {
  total { label postings applications hires enrollments completions }
  byTown { label postings applications hires enrollments completions }
  byMonth { label postings applications hires enrollments completions } } }`;

const CST_MS = 8 * 3_600_000;
/** `YYYY-MM` of an instant in China time. */
const monthOf = (d: Date) => new Date(d.getTime() + CST_MS).toISOString().slice(0, 7);

/** The first instant of the period `countyFigures(months)` covers: China-time midnight on the 1st, months−1 months ago. */
function periodStart(months: number): Date {
  const local = new Date(Date.now() + CST_MS);
  local.setUTCMonth(local.getUTCMonth() - months + 1, 1);
  local.setUTCHours(0, 0, 0, 0);
  return new Date(local.getTime() - CST_MS);
}

/**
 * What each tile counts, straight from the tables: the row, the town it is counted under (the
 * villager's home town, or the job's own town) and the instant that puts it in a month.
 */
async function counted(db: Database, measure: Measure): Promise<{ town: string | null; at: Date }[]> {
  const k = db.knex;
  const rows: { town: string | null; at: unknown }[] =
    measure === 'postings' ? await k.raw(`select town, published_at as at from jobs where county = '紫阳县' and status <> 'DRAFT'`)
      : measure === 'applications' ? await k.raw(`select u.home_town as town, a.created_at as at from applications a join users u on u.id = a.user_id`)
        : measure === 'hires' ? await k.raw(`select u.home_town as town, a.updated_at as at from applications a join users u on u.id = a.user_id where a.status = 'HIRED'`)
          : measure === 'enrollments' ? await k.raw(`select u.home_town as town, e.created_at as at from enrollments e join users u on u.id = e.user_id where e.status in ('ENROLLED', 'COMPLETED')`)
            : await k.raw(`select u.home_town as town, c.created_at as at from certificates c join users u on u.id = c.user_id`);
  const list = Array.isArray(rows) ? rows : (rows as any).rows;
  return list.map((r: any) => ({ town: r.town, at: db.readDate(r.at) }));
}

function tally<T>(items: T[], key: (t: T) => string | null): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of items) {
    const k = key(t);
    if (k !== null) out.set(k, (out.get(k) ?? 0) + 1);
  }
  return out;
}

describe.each(engines)('the demo catalogue on %s', (engine) => {
  let s: Awaited<ReturnType<typeof startTestServer>>;
  let db: Database;
  let admin: string;
  beforeAll(async () => {
    s = await startTestServer(engine);
    db = await openDatabase(parseDatabaseUrl(s.databaseUrl));
    admin = await signIn(s, ADMIN_OPENID);
  });
  afterAll(async () => {
    await db?.close();
    await s?.dispose();
  });

  it.each([6, 12])('every tile of the bureau\'s figures over %i months is a count of the rows it names', async (months) => {
    const res = await s.gql(FIGURES, { m: months }, bearer(admin));
    expect(res.errors).toBeUndefined();
    const figures = res.data.countyFigures as { total: Figure; byTown: Figure[]; byMonth: Figure[] };
    const since = periodStart(months);
    for (const measure of MEASURES) {
      const rows = (await counted(db, measure)).filter((r) => r.at >= since);
      expect([measure, figures.total[measure]]).toEqual([measure, rows.length]);
      const byTown = tally(rows, (r) => r.town);
      for (const t of figures.byTown) expect([measure, t.label, t[measure]]).toEqual([measure, t.label, byTown.get(t.label) ?? 0]);
      expect(figures.byTown.map((t) => t.label)).toEqual(expect.arrayContaining([...byTown.keys()]));
      const byMonth = tally(rows, (r) => monthOf(r.at));
      for (const m of figures.byMonth) expect([measure, m.label, m[measure]]).toEqual([measure, m.label, byMonth.get(m.label) ?? 0]);
      expect(figures.byMonth.map((m) => m.label)).toEqual(expect.arrayContaining([...byMonth.keys()]));
    }
    expect(figures.byMonth).toHaveLength(months);
  });

  it('counts real demo records: every tile of the year is above zero', async () => {
    const total = (await s.gql(FIGURES, { m: 12 }, bearer(admin))).data.countyFigures.total as Figure;
    for (const measure of MEASURES) expect([measure, total[measure] > 0]).toEqual([measure, true]);
  });

  it('a course\'s seats taken are its enrolment rows, as the trainer console shows them', async () => {
    const rows: any = await db.knex.raw(`
      select c.id, c.seats, c.enrolled_count,
        (select count(*) from enrollments e where e.course_id = c.id and e.status in ('ENROLLED', 'COMPLETED')) as n
      from courses c`);
    const courses = (Array.isArray(rows) ? rows : rows.rows) as { id: string; seats: number; enrolled_count: number; n: number | string }[];
    expect(courses.length).toBeGreaterThan(20);
    for (const c of courses) expect([c.id, Number(c.enrolled_count)]).toEqual([c.id, Number(c.n)]);
    expect(courses.some((c) => Number(c.n) === Number(c.seats))).toBe(true);
    // Over HTTP, as a villager's course page and the trainer's list read them.
    const ids = courses.slice(0, 10).map((c) => c.id);
    for (const id of ids) {
      const course = (await s.gql(`query($id: ID!) { course(id: $id) { seats seatsLeft } }`, { id })).data.course;
      if (!course) continue; // a past or cancelled course may be hidden from the public
      const c = courses.find((x) => x.id === id)!;
      expect(course.seatsLeft).toBe(Math.max(0, c.seats - Number(c.n)));
    }
  });

  it('the people behind demo records have placeholder WeChat ids, and their phones reach only the organisation concerned and the bureau', async () => {
    const villager = await signIn(s, 'demo-catalogue-onlooker');
    const app: any = await db.knex('applications').first('id', 'user_id');
    const res = await s.gql(`query($id: ID!) { application(id: $id) { id applicant { name phone } } }`, { id: app.id }, bearer(villager));
    expect(res.data.application).toBeNull();
    const asAdmin = await s.gql(`query($id: ID!) { application(id: $id) { applicant { name phone } } }`, { id: app.id }, bearer(admin));
    expect(asAdmin.data.application.applicant.phone).toMatch(/^1\d{10}$/);
    const user: any = await db.knex('users').where('id', app.user_id).first('openid');
    expect(user.openid).toMatch(/^catalog-villager-/);
  });
});

describe('the demo data files', () => {
  const now = new Date();

  it('hold the catalogue with seated enrolments within seats and titles whose year is the course\'s', () => {
    const c = buildDemoCatalog(now);
    expect(c.organizations.length).toBeGreaterThan(30);
    expect(c.jobs.length).toBeGreaterThan(200);
    expect(c.courses.length).toBeGreaterThan(20);
    expect(c.openings.length).toBeGreaterThan(20);
    for (const course of c.courses) {
      expect(course.enrolledCount).toBeLessThanOrEqual(course.seats);
      const year = /^(\d{4})年/.exec(course.title)?.[1];
      if (year) expect([course.title, year]).toEqual([course.title, course.startDate.slice(0, 4)]);
    }
    // Every instant is in the past but for jobs' ends and nothing runs ahead of its posting.
    for (const j of c.jobs) expect(j.publishedAt.getTime()).toBeLessThanOrEqual(now.getTime());
    for (const a of c.applications) for (const h of a.history) expect(h.at.getTime()).toBeLessThanOrEqual(now.getTime());
  });

  it('give the same catalogue for the same day, with dates that follow the day', () => {
    const a = buildDemoCatalog(new Date('2027-03-10T04:00:00Z'));
    const b = buildDemoCatalog(new Date('2027-03-10T04:00:00Z'));
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    const later = buildDemoCatalog(new Date('2027-03-17T04:00:00Z'));
    expect(Date.parse(later.courses[0]!.startDate) - Date.parse(a.courses[0]!.startDate)).toBe(7 * 86_400_000);
    // Loaded at 01:00 China time, what the files hold as "earlier today" is still today and past.
    const early = new Date('2027-03-09T17:00:00Z');
    const start = Date.parse('2027-03-09T16:00:00Z');
    for (const j of buildDemoCatalog(early).jobs) expect(j.publishedAt.getTime() <= early.getTime()).toBe(true);
    expect(buildDemoCatalog(early).jobs.some((j) => j.publishedAt.getTime() >= start)).toBe(true);
  });

  describe('a bad record', () => {
    let dir: string;
    beforeEach(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'demo-data-'));
      for (const f of fs.readdirSync(DEMO_DIR)) if (f.endsWith('.json')) fs.copyFileSync(path.join(DEMO_DIR, f), path.join(dir, f));
    });
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

    const edit = (file: string, change: (rows: any[]) => void) => {
      const rows = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
      change(rows);
      fs.writeFileSync(path.join(dir, file), JSON.stringify(rows));
      return rows;
    };
    const failure = () => {
      try {
        buildDemoCatalog(now, dir);
      } catch (e) {
        expect(e).toBeInstanceOf(DemoDataError);
        return (e as Error).message;
      }
      throw new Error('the bad record was accepted');
    };

    it('of the wrong type names the file, the record and the field', () => {
      const rows = edit('jobs.json', (r) => { r[4].pay.min = '3000'; });
      expect(failure()).toMatch(new RegExp(`^jobs\\.json 第 5 条（id ${rows[4].id}）: pay\\.min: `));
    });

    it('with a date not written as D±n', () => {
      const rows = edit('courses.json', (r) => { r[2].startDate = '2026-12-31'; });
      expect(failure()).toMatch(new RegExp(`^courses\\.json 第 3 条（id ${rows[2].id}）: startDate: 日期应写成 D\\+14 或 D-3`));
    });

    it('with a field nobody reads', () => {
      edit('organizations.json', (r) => { r[0].nmae = r[0].name; });
      expect(failure()).toMatch(/^organizations\.json 第 1 条（id \w+）: \(整条\): Unrecognized key/);
    });

    it('naming an organisation that is not there, or of the wrong kind', () => {
      edit('courses.json', (r) => { r[0].trainerId = 'AAAAAAAAAAAA'; });
      expect(failure()).toMatch(/^courses\.json 第 1 条（id \w+）: trainerId AAAAAAAAAAAA 不是培训机构/);
    });

    it('filling a course past its seats', () => {
      const courses = JSON.parse(fs.readFileSync(path.join(dir, 'courses.json'), 'utf8'));
      const enrollments = JSON.parse(fs.readFileSync(path.join(dir, 'enrollments.json'), 'utf8'));
      const full = courses.findIndex((c: any) => !c.cancelled && enrollments.filter((e: any) => e.courseId === c.id).length > 2);
      edit('courses.json', (r) => { r[full].seats = 2; });
      expect(failure()).toMatch(new RegExp(`^courses\\.json 第 ${full + 1} 条（id ${courses[full].id}）: 报名 \\d+ 人，超过名额 2`));
    });

    it('enrolling one villager twice in a course', () => {
      edit('enrollments.json', (r) => { r.push({ ...r[0], id: 'DUPLICATE000' }); });
      expect(failure()).toMatch(/^enrollments\.json 第 \d+ 条（id DUPLICATE000）: 同一个人对同一个课程报了两次名/);
    });

    it('that is not JSON at all', () => {
      fs.writeFileSync(path.join(dir, 'villagers.json'), '[{"id": ');
      expect(failure()).toMatch(/^villagers\.json: 读不出来：/);
    });
  });
});
