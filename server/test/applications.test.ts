import { bearer, codes, engines, fillProfile, signIn, startTestServer } from './harness';
import { insertCourse, insertJob } from './builders';

const APPLY = `mutation($j: ID!, $n: String) { applyToJob(jobId: $j, note: $n) { application { id status note history { status at message } job { id } applicant { name phone } } userErrors { field code message } } }`;
const ENROLL = `mutation($c: ID!, $w: Boolean) { enrollInCourse(courseId: $c, joinWaitlist: $w) { enrollment { id status waitlistPosition } userErrors { field code message } } }`;
const CANCEL = `mutation($id: ID!) { cancelEnrollment(id: $id) { enrollment { id status } userErrors { code } } }`;
const SEATS = `query($id: ID!) { course(id: $id) { seats seatsLeft status } }`;

describe.each(engines)('applying, enrolling and following up on %s', (engine) => {
  let s: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => {
    s = await startTestServer(engine);
  });
  afterAll(() => s?.dispose());

  async function villager(openid: string, phone = `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`) {
    const token = await signIn(s, openid);
    await fillProfile(s, token, '测试村民', phone);
    return token;
  }

  it('applies to a job once, shows it in myApplications and on the job, and withdraws', async () => {
    const token = await villager('apply-1', '13700001111');
    const job = await insertJob(s);
    const first = await s.gql(APPLY, { j: job.id, n: '  我在深圳做过三年足疗  ' }, bearer(token));
    expect(first.data.applyToJob.userErrors).toEqual([]);
    const app = first.data.applyToJob.application;
    expect(app).toMatchObject({ status: 'SUBMITTED', note: '我在深圳做过三年足疗', job: { id: job.id }, applicant: { name: '测试村民', phone: '13700001111' } });
    expect(app.history.map((h: any) => h.status)).toEqual(['SUBMITTED']);
    // A second tap returns the same application.
    const second = await s.gql(APPLY, { j: job.id }, bearer(token));
    expect(second.data.applyToJob.application.id).toBe(app.id);
    expect(await s.db.knex('applications').where('job_id', job.id).count({ n: '*' }).then((r) => Number(r[0].n))).toBe(1);
    const onJob = await s.gql(`query($id: ID!) { job(id: $id) { myApplication { id status } isFavorite applications { id } } }`, { id: job.id }, bearer(token));
    expect(onJob.data.job).toEqual({ myApplication: { id: app.id, status: 'SUBMITTED' }, isFavorite: false, applications: null });
    const later = await insertJob(s);
    await s.gql(APPLY, { j: later.id }, bearer(token));
    const mine = await s.gql(`{ myApplications { id status job { id } } }`, {}, bearer(token));
    expect(mine.data.myApplications.map((a: any) => a.job.id)).toEqual([later.id, job.id]);
    const W = `mutation($id: ID!) { withdrawApplication(id: $id) { application { status history { status } } userErrors { code } } }`;
    const withdrawn = await s.gql(W, { id: app.id }, bearer(token));
    expect(withdrawn.data.withdrawApplication.application.status).toBe('WITHDRAWN');
    expect(withdrawn.data.withdrawApplication.application.history.map((h: any) => h.status)).toEqual(['SUBMITTED', 'WITHDRAWN']);
    // Applying again reopens the same application.
    const reopened = await s.gql(APPLY, { j: job.id }, bearer(token));
    expect(reopened.data.applyToJob.application).toMatchObject({ id: app.id, status: 'SUBMITTED' });
  });

  it('shows the employer\'s status changes with their history, newest application first', async () => {
    const token = await villager('apply-history');
    const job = await insertJob(s);
    const { id } = (await s.gql(APPLY, { j: job.id }, bearer(token))).data.applyToJob.application;
    // The recruiter console (a later feature) moves applications along; here the rows change directly.
    const row = await s.db.knex('applications').where('id', id).first('history');
    const history = [...JSON.parse(row.history), { status: 'VIEWED', at: new Date().toISOString(), message: null }, { status: 'INTERVIEW', at: new Date().toISOString(), message: '周三上午十点 南山店' }];
    await s.db.knex('applications').where('id', id).update({ status: 'INTERVIEW', history: JSON.stringify(history) });
    const mine = await s.gql(`{ myApplications { id status history { status message } } }`, {}, bearer(token));
    expect(mine.data.myApplications[0]).toEqual({ id, status: 'INTERVIEW', history: [{ status: 'SUBMITTED', message: null }, { status: 'VIEWED', message: null }, { status: 'INTERVIEW', message: '周三上午十点 南山店' }] });
  });

  it('refuses closed and expired jobs, unknown jobs, a missing phone and a bad note', async () => {
    const token = await villager('apply-refused');
    const closed = await insertJob(s, { status: 'CLOSED' });
    const expired = await insertJob(s, { expiresAt: new Date(Date.now() - 1000) });
    for (const j of [closed, expired]) {
      const res = await s.gql(APPLY, { j: j.id }, bearer(token));
      expect(res.data.applyToJob).toMatchObject({ application: null, userErrors: [{ field: 'jobId', code: 'JOB_CLOSED' }] });
    }
    const unknown = await s.gql(APPLY, { j: 'NoSuchJob123' }, bearer(token));
    expect(unknown.data.applyToJob.userErrors[0].code).toBe('NOT_FOUND');
    expect(codes(await s.gql(APPLY, { j: 'bad id!' }, bearer(token)))).toEqual(['BAD_USER_INPUT']);
    const open = await insertJob(s);
    const long = await s.gql(APPLY, { j: open.id, n: '字'.repeat(201) }, bearer(token));
    expect(long.data.applyToJob.userErrors).toEqual([expect.objectContaining({ field: 'note', code: 'TOO_LONG' })]);
    const noPhone = await signIn(s, 'apply-no-phone');
    const res = await s.gql(APPLY, { j: open.id }, bearer(noPhone));
    expect(res.data.applyToJob.userErrors[0].code).toBe('PHONE_REQUIRED');
    expect(await s.db.knex('applications').where('job_id', open.id).count({ n: '*' }).then((r) => Number(r[0].n))).toBe(0);
    expect(codes(await s.gql(APPLY, { j: open.id }))).toEqual(['UNAUTHENTICATED']);
  });

  it('fills a course to its seats, then refuses or waitlists in order and promotes when a seat frees', async () => {
    const course = await insertCourse(s, { seats: 3, enrolledCount: 1 });
    const tokens = [];
    for (let i = 0; i < 5; i++) tokens.push(await villager(`enroll-${i}`));
    const a = await s.gql(ENROLL, { c: course.id }, bearer(tokens[0]));
    expect(a.data.enrollInCourse.enrollment.status).toBe('ENROLLED');
    expect((await s.gql(SEATS, { id: course.id })).data.course).toEqual({ seats: 3, seatsLeft: 1, status: 'OPEN' });
    expect((await s.gql(ENROLL, { c: course.id }, bearer(tokens[0]))).data.enrollInCourse.enrollment.id).toBe(a.data.enrollInCourse.enrollment.id);
    const b = await s.gql(ENROLL, { c: course.id }, bearer(tokens[1]));
    expect(b.data.enrollInCourse.enrollment.status).toBe('ENROLLED');
    expect((await s.gql(SEATS, { id: course.id })).data.course).toEqual({ seats: 3, seatsLeft: 0, status: 'FULL' });
    const full = await s.gql(ENROLL, { c: course.id }, bearer(tokens[2]));
    expect(full.data.enrollInCourse).toEqual({ enrollment: null, userErrors: [{ field: 'courseId', code: 'COURSE_FULL', message: expect.stringMatching(/名额已满/) }] });
    const w1 = await s.gql(ENROLL, { c: course.id, w: true }, bearer(tokens[2]));
    const w2 = await s.gql(ENROLL, { c: course.id, w: true }, bearer(tokens[3]));
    expect(w1.data.enrollInCourse.enrollment).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 1 });
    expect(w2.data.enrollInCourse.enrollment).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 2 });
    // The first enrolled villager cancels: the first in line takes the seat.
    const cancelled = await s.gql(CANCEL, { id: a.data.enrollInCourse.enrollment.id }, bearer(tokens[0]));
    expect(cancelled.data.cancelEnrollment.enrollment.status).toBe('CANCELLED');
    const mine2 = await s.gql(`{ myEnrollments { id status waitlistPosition history { status message } } }`, {}, bearer(tokens[2]));
    expect(mine2.data.myEnrollments[0]).toMatchObject({ status: 'ENROLLED', waitlistPosition: null });
    expect(mine2.data.myEnrollments[0].history.map((h: any) => h.status)).toEqual(['WAITLISTED', 'ENROLLED']);
    const mine3 = await s.gql(`{ myEnrollments { status waitlistPosition } }`, {}, bearer(tokens[3]));
    expect(mine3.data.myEnrollments[0]).toEqual({ status: 'WAITLISTED', waitlistPosition: 1 });
    expect((await s.gql(SEATS, { id: course.id })).data.course.seatsLeft).toBe(0);
    // seatsLeft agrees with the enrolments (1 seat was taken before the test).
    const enrolled = await s.db.knex('enrollments').where({ course_id: course.id, status: 'ENROLLED' }).count({ n: '*' });
    expect(3 - 1 - Number(enrolled[0].n)).toBe(0);
    // Someone else cannot cancel her enrolment: it is "not found" to them.
    const other = await s.gql(CANCEL, { id: mine2.data.myEnrollments[0].id }, bearer(tokens[4]));
    expect(other.data.cancelEnrollment.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
  });

  it('refuses cancelled, closed and unknown courses', async () => {
    const token = await villager('enroll-refused');
    const cancelled = await insertCourse(s, { cancelled: true });
    const started = await insertCourse(s, { startDate: '2020-01-01', enrollmentDeadline: '2019-12-31' });
    expect((await s.gql(ENROLL, { c: cancelled.id }, bearer(token))).data.enrollInCourse.userErrors[0].code).toBe('COURSE_CANCELLED');
    expect((await s.gql(ENROLL, { c: started.id }, bearer(token))).data.enrollInCourse.userErrors[0].code).toBe('COURSE_CLOSED');
    expect((await s.gql(ENROLL, { c: 'NoSuchCourse' }, bearer(token))).data.enrollInCourse.userErrors[0].code).toBe('NOT_FOUND');
  });

  it('expresses interest in a shop position and saves favourites', async () => {
    const token = await villager('interest-1');
    const opening = (await s.gql(`{ franchiseOpenings(first: 1) { edges { node { id positions { title } } } } }`)).data.franchiseOpenings.edges[0].node;
    const I = `mutation($o: ID!, $p: String, $n: String) { expressInterest(franchiseOpeningId: $o, positionTitle: $p, note: $n) { interest { id status positionTitle opening { id } } userErrors { field code } } }`;
    const bad = await s.gql(I, { o: opening.id, p: '宇航员' }, bearer(token));
    expect(bad.data.expressInterest.userErrors).toEqual([{ field: 'positionTitle', code: 'UNKNOWN_POSITION' }]);
    const ok = await s.gql(I, { o: opening.id, p: opening.positions[0].title, n: '想学修脚' }, bearer(token));
    expect(ok.data.expressInterest.interest).toMatchObject({ status: 'SUBMITTED', positionTitle: opening.positions[0].title, opening: { id: opening.id } });
    const again = await s.gql(I, { o: opening.id }, bearer(token));
    expect(again.data.expressInterest.interest.id).toBe(ok.data.expressInterest.interest.id);
    expect((await s.gql(`{ myInterests { id } }`, {}, bearer(token))).data.myInterests).toHaveLength(1);
    const F = `mutation($k: FavoriteKind!, $id: ID!) { favorite(kind: $k, id: $id) { saved userErrors { code } } }`;
    const job = await insertJob(s);
    expect((await s.gql(F, { k: 'JOB', id: job.id }, bearer(token))).data.favorite).toEqual({ saved: true, userErrors: [] });
    expect((await s.gql(F, { k: 'JOB', id: job.id }, bearer(token))).data.favorite.saved).toBe(true);
    expect((await s.gql(F, { k: 'FRANCHISE_OPENING', id: opening.id }, bearer(token))).data.favorite.saved).toBe(true);
    expect((await s.gql(F, { k: 'COURSE', id: job.id }, bearer(token))).data.favorite.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
    const favs = await s.gql(`{ myFavorites { kind job { id } franchiseOpening { id } course { id } } }`, {}, bearer(token));
    expect(favs.data.myFavorites).toEqual([
      { kind: 'FRANCHISE_OPENING', job: null, franchiseOpening: { id: opening.id }, course: null },
      { kind: 'JOB', job: { id: job.id }, franchiseOpening: null, course: null },
    ]);
    expect((await s.gql(`query($id: ID!) { job(id: $id) { isFavorite } }`, { id: job.id }, bearer(token))).data.job.isFavorite).toBe(true);
    await s.gql(`mutation($id: ID!) { unfavorite(kind: JOB, id: $id) { saved } }`, { id: job.id }, bearer(token));
    expect((await s.gql(`{ myFavorites { kind } }`, {}, bearer(token))).data.myFavorites).toEqual([{ kind: 'FRANCHISE_OPENING' }]);
  });

  it('needs sign-in for every villager list', async () => {
    for (const q of ['{ myApplications { id } }', '{ myEnrollments { id } }', '{ myInterests { id } }', '{ myFavorites { kind } }']) {
      expect(codes(await s.gql(q))).toEqual(['UNAUTHENTICATED']);
    }
  });

  it('never enrolls past capacity when 50 villagers take 10 seats at once', async () => {
    const course = await insertCourse(s, { seats: 10 });
    const tokens = await Promise.all(Array.from({ length: 50 }, (_, i) => villager(`crowd-${i}`)));
    const answers = await Promise.all(tokens.map((t) => s.gql(ENROLL, { c: course.id }, bearer(t))));
    const enrolled = answers.filter((a) => a.data?.enrollInCourse.enrollment?.status === 'ENROLLED');
    const full = answers.filter((a) => a.data?.enrollInCourse.userErrors[0]?.code === 'COURSE_FULL');
    expect([enrolled.length, full.length]).toEqual([10, 40]);
    expect((await s.gql(SEATS, { id: course.id })).data.course.seatsLeft).toBe(0);
    const rows = await s.db.knex('enrollments').where({ course_id: course.id, status: 'ENROLLED' }).count({ n: '*' });
    expect(Number(rows[0].n)).toBe(10);
  });
});
