// Takes the README's screenshots (miniapp/docs/screenshots/*.png) from a running server in
// development mode (demo sign-in) on a fresh database with the demo data:
//
//   PORT=4377 DATABASE_URL=sqlite:/tmp/shots.sqlite UPLOAD_DIR=/tmp/shots-uploads \
//     CLOCK_FILE=/tmp/shots-clock TIMED_WORK_INTERVAL_MS=500 pnpm start
//   CLOCK_FILE=/tmp/shots-clock node miniapp/scripts/screenshots.mjs http://127.0.0.1:4377
//
// It walks the app in headless Chromium (375×812, scale 2) as the people who use it: a
// visitor, villagers, a recruiter, a trainer and the county bureau. It posts a few jobs and a
// course, applies, reports and registers an organisation, so run it once per fresh database.
// CLOCK_FILE (the same file the server was started with) lets it move the server's clock a
// week at the end, so 我的报名 also shows an application closed as 未回复; without it that
// application is withdrawn instead. Each picture's page text is checked for English,
// "undefined" or an error line; what is found is listed at the end and the exit code is 1.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const BASE = (process.argv[2] || 'http://127.0.0.1:4377').replace(/\/+$/, '');
const OUT = process.env.SCREENSHOT_DIR || resolve(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'screenshots');
const CLOCK_FILE = process.env.CLOCK_FILE || null;
const scratch = mkdtempSync(join(tmpdir(), 'ziyang-shots-'));
const problems = [];

async function gql(query, variables = {}, token = null) {
  const res = await fetch(`${BASE}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

async function demo(role, slot = 1) {
  const { demoLogin } = await gql(`mutation($role: DemoRole!, $slot: Int) { demoLogin(role: $role, slot: $slot) { token user { id name memberships { organization { id } } } } }`, { role, slot });
  return { token: demoLogin.token, user: demoLogin.user, orgId: demoLogin.user.memberships[0]?.organization.id ?? null };
}

function noErrors(payload, what) {
  if (payload.userErrors?.length) throw new Error(`${what}: ${JSON.stringify(payload.userErrors)}`);
  return payload;
}

const POST_JOB = `mutation($o: ID!, $i: JobInput!) { postJob(organizationId: $o, input: $i, publish: true) { job { id status } userErrors { code message } } }`;
const job = (over) => ({
  category: 'PEDICURE',
  description: '紫阳老乡开的修脚店，包吃包住，月休四天，年纪大些也可以。不向求职者收取任何费用。',
  place: { province: '广东省', city: '深圳市', county: '福田区', address: '福华路88号' },
  pay: { min: 5000, max: 8000, unit: 'MONTH', settlement: 'MONTHLY' },
  providesHousing: true, providesMeals: true, coupleRooms: false, dayShiftOnly: true, socialInsurance: false, travelPaid: false,
  headcount: 3, requirements: ['会修脚'], contactName: '周经理', contactPhone: '13812340000',
  ...over,
});
async function postJob(recruiter, over) {
  const { postJob: r } = await gql(POST_JOB, { o: recruiter.orgId, i: job(over) }, recruiter.token);
  return noErrors(r, `post ${over.title}`).job.id;
}

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

async function openPhone() {
  const dir = mkdtempSync(join(scratch, 'chromium-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 375, height: 812 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/]|localhost[:/])/, (route) => route.abort());
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(20_000);
  page.on('pageerror', (e) => problems.push(`script error: ${e}`));
  return { context, page, close: () => context.close() };
}

const on = (p) => (selector, options) => p.locator(`${selector}:visible`, options);
/** Pages slide in and out (300 ms); a toast fades in 1.5 s. */
const settle = (p, ms = 450) => p.waitForTimeout(ms);

/** Saves the viewport as NAME.png, after checking that what it shows is plain Chinese. */
async function shot(p, name) {
  await settle(p, 300);
  const text = await p.evaluate(() => document.body.innerText);
  for (const bad of [/undefined/i, /\bnull\b/i, /NaN/, /\[object/, /[A-Za-z]{3,}/, /出错|失败|网络不好/]) {
    const m = bad.exec(text);
    if (m) problems.push(`${name}: "${m[0]}" in …${text.slice(Math.max(0, m.index - 30), m.index + 30).replace(/\s+/g, ' ')}…`);
  }
  mkdirSync(OUT, { recursive: true });
  await p.screenshot({ path: join(OUT, `${name}.png`) });
  console.log(`  ${name}.png`);
}

async function openTab(p, label) {
  await p.locator('.weui-tabbar__item', { hasText: label }).click();
  await settle(p);
}

async function goto(p, hash) {
  await p.goto(`${BASE}/#${hash}`);
  await p.reload();
  await on(p)('.screen').first().waitFor();
  await settle(p);
}

/** 我的 → sign out if needed → the demo sign-in sheet. */
async function signInAs(p, role, slot = 1) {
  const v = on(p);
  await goto(p, '/pages/me/index');
  await v('[data-action="sign-out"], [data-state="signed-out"]').first().waitFor();
  await settle(p);
  if (await v('[data-action="sign-out"]').count()) {
    await v('[data-action="sign-out"]').click();
    await v('[data-state="signed-out"]').waitFor();
  }
  await v('[data-state="signed-out"] [data-action="sign-in"]').click();
  await v(`[data-demo-role="${role}"][data-demo-slot="${slot}"]`).click();
  await v('[data-state="signed-in"]').waitFor();
  await settle(p, 1800);
}

async function fill(p, field, value) {
  await on(p)(`[data-field="${field}"] input, [data-field="${field}"] textarea`).first().fill(value);
}

/** Scrolls the element to the top of the screen, a little space above it. */
async function scrollTo(p, selectorOrLocator, block = 'start', space = 12) {
  const el = typeof selectorOrLocator === 'string' ? p.locator(`${selectorOrLocator}:visible`).first() : selectorOrLocator;
  await el.evaluate((node, [b, space]) => {
    node.scrollIntoView({ block: b });
    if (b !== 'start') return;
    for (let box = node.parentElement; box; box = box.parentElement) {
      if (box.scrollHeight > box.clientHeight && /(auto|scroll)/.test(getComputedStyle(box).overflowY)) {
        box.scrollTop -= space;
        return;
      }
    }
    window.scrollBy(0, -space);
  }, [block, space]);
  await settle(p, 300);
}

/** A photo of a 营业执照, drawn by the browser, as a phone's camera would hand it over. */
async function licencePhoto(p) {
  const base64 = await p.evaluate(() => {
    const c = document.createElement('canvas');
    c.width = 480;
    c.height = 330;
    const g = c.getContext('2d');
    g.fillStyle = '#f4efe1';
    g.fillRect(0, 0, 480, 330);
    g.strokeStyle = '#b22222';
    g.lineWidth = 6;
    g.strokeRect(12, 12, 456, 306);
    g.fillStyle = '#b22222';
    g.font = 'bold 40px sans-serif';
    g.fillText('营业执照', 160, 80);
    g.fillStyle = '#333';
    g.font = '20px sans-serif';
    g.fillText('名称 紫阳县城关镇巧手修脚店', 40, 150);
    g.fillText('统一社会信用代码', 40, 195);
    g.fillText('9144030071526726XG', 40, 225);
    g.fillText('经营者 王建华', 40, 270);
    return c.toDataURL('image/jpeg', 0.85).split(',')[1];
  });
  const file = join(scratch, 'licence.jpg');
  writeFileSync(file, Buffer.from(base64, 'base64'));
  return file;
}

function today() {
  return new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10);
}
function addDays(day, n) {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

async function main() {
  const health = await fetch(`${BASE}/healthz`).then((r) => r.json());
  if (health.status !== 'ok') throw new Error(`server not healthy: ${JSON.stringify(health)}`);
  if (!(await gql('{ demoLoginAvailable }')).demoLoginAvailable) throw new Error('the server must run in development mode (demo sign-in)');

  const recruiter = await demo('RECRUITER', 1);
  const villager1 = await demo('VILLAGER', 1);
  const villager2 = await demo('VILLAGER', 2);
  const villager3 = await demo('VILLAGER', 3);

  // ── A visitor: the three tabs, a search, a job ────────────────────────────────────────
  console.log('visitor');
  {
    const { page: p, close } = await openPhone();
    const v = on(p);
    await p.goto(`${BASE}/`);
    await v('[data-job-id]').first().waitFor();
    await p.waitForFunction(() => document.querySelector('[data-chip="包吃住"] .chip__count'));
    await shot(p, 'jobs');
    await openTab(p, '学技能');
    await v('[data-course-id]').first().waitFor();
    await shot(p, 'courses');
    await openTab(p, '开店加盟');
    await v('[data-opening-id]').first().waitFor();
    await shot(p, 'openings');

    // A job of an employer with reply figures (an agency's when there is one).
    const { jobs } = await gql(`{ jobs(first: 50) { edges { node { id viaAgency confirmedAt employer { replyStats { replyRate } } } } } }`);
    const nodes = jobs.edges.map((e) => e.node).filter((j) => j.employer.replyStats);
    const pick = nodes.find((j) => j.viaAgency) ?? nodes.find((j) => j.confirmedAt) ?? nodes[0] ?? jobs.edges[0].node;
    await goto(p, `/job/detail/index?id=${pick.id}`);
    await v('.detail [data-field="pay"]').waitFor();
    await settle(p);
    await shot(p, 'job-detail');

    // 大字模式 on 我的.
    await goto(p, '/pages/me/index');
    const toggle = v('[data-setting="large-text"]');
    await toggle.click();
    await p.reload();
    await v('[data-setting="large-text"][aria-checked="true"]').waitFor();
    await settle(p);
    await shot(p, 'me-large-text');
    await close();
  }

  // ── 张桂兰 (villager 1): a filtered list saved, 我的搜索 ───────────────────────────────
  console.log('villager');
  const villager = await openPhone();
  {
    const p = villager.page;
    const v = on(p);
    await signInAs(p, 'VILLAGER', 1);
    await goto(p, '/pages/jobs/index');
    await v('[data-job-id]').first().waitFor();
    // 普工 + 包吃住: an agency's job (中介) and one of an employer with reply figures.
    await v('.search__input input').fill('普工');
    await v('.search__button').click();
    await settle(p, 800);
    await v('[data-chip="包吃住"]').first().click();
    await v('[data-chip="包吃住"][aria-pressed="true"]').first().waitFor();
    await v('[data-action="save-search"]').waitFor();
    await settle(p, 800);
    await shot(p, 'jobs-search-filtered');
    await v('[data-action="save-search"]').click();
    await v('[data-saved-search]').first().waitFor();

    // 深圳 · 足疗 · 包吃住, saved, and 我的搜索.
    await v('.search__input input').fill('');
    await v('.search__button').click();
    await settle(p, 800);
    for (const chip of ['深圳市', '足疗']) {
      await v(`[data-chip="${chip}"]`).first().click();
      await v(`[data-chip="${chip}"][aria-pressed="true"]`).first().waitFor();
      await settle(p);
    }
    await v('[data-action="save-search"]').click();
    await v('[data-saved-search]').first().waitFor();
    await goto(p, '/me/saved-searches/index');
    await v('[data-saved-search]').first().waitFor();
    await settle(p);
    await shot(p, 'saved-searches');
  }

  // What the walk needs from the other side: the recruiter's jobs.
  const onBehalfJob = await postJob(recruiter, { title: '修脚师 福田店包吃住' });
  const replyJobs = [
    await postJob(recruiter, { title: '足疗技师 罗湖店', category: 'FOOT_THERAPY', place: { province: '广东省', city: '深圳市', county: '罗湖区' }, contactName: '吴店长' }),
    await postJob(recruiter, { title: '修脚学徒 龙华店', place: { province: '广东省', city: '深圳市', county: '龙华区' }, pay: { min: 3500, max: 5000, unit: 'MONTH', settlement: 'MONTHLY' } }),
  ];
  const quietJob = await postJob(recruiter, { title: '修脚师傅 宝安店', place: { province: '广东省', city: '深圳市', county: '宝安区' }, pay: { min: 6000, max: 9000, unit: 'MONTH', settlement: 'MONTHLY' } });
  const feeJob = await postJob(recruiter, { title: '足疗师 南山新店急招', category: 'FOOT_THERAPY', place: { province: '广东省', city: '深圳市', county: '南山区' }, contactName: '郑经理' });
  const APPLY = `mutation($j: ID!, $n: String) { applyToJob(jobId: $j, note: $n) { application { id } userErrors { code message } } }`;
  noErrors((await gql(APPLY, { j: onBehalfJob, n: '做过五年修脚，下个月初能到' }, villager2.token)).applyToJob, 'apply');
  // The recruiter answers what comes in, so the employer has reply figures (回复率) to show.
  for (const j of replyJobs) {
    for (const slot of [3, 4, 5]) {
      const { token } = await demo('VILLAGER', slot);
      const { applyToJob } = await gql(APPLY, { j, n: null }, token);
      const { setApplicationStatus } = await gql(`mutation($id: ID!) { setApplicationStatus(id: $id, status: VIEWED) { userErrors { code message } } }`, { id: noErrors(applyToJob, 'apply').application.id }, recruiter.token);
      noErrors(setApplicationStatus, 'viewed');
    }
  }
  noErrors((await gql(APPLY, { j: quietJob, n: null }, villager1.token)).applyToJob, 'apply');
  noErrors((await gql(APPLY, { j: feeJob, n: null }, villager2.token)).applyToJob, 'apply');
  await gql(`mutation($id: ID!) { confirmStillHiring(jobId: $id) { userErrors { code } } }`, { id: onBehalfJob }, recruiter.token);

  // ── 张桂兰 applies, then applies for her father-in-law 张大山 (帮家人报名) ─────────────────
  {
    const p = villager.page;
    const v = on(p);
    await goto(p, `/job/detail/index?id=${onBehalfJob}`);
    await v('[data-action="apply"]').waitFor();
    await v('[data-action="apply"]').click();
    await v('[data-sheet="contact-form"]').waitFor();
    await p.waitForFunction(() => /^1\d{10}$/.test(document.querySelector('[data-sheet="contact-form"] [data-field="phone"] input')?.value ?? ''));
    await fill(p, 'note', '下个月初就能到，做过三年');
    await settle(p);
    await shot(p, 'apply-form');
    await v('[data-sheet="contact-form"] [data-field="onBehalf"]').click();
    await fill(p, 'note', '');
    await fill(p, 'onBehalf.name', '张大山');
    await fill(p, 'onBehalf.phone', '13922220002');
    await fill(p, 'onBehalf.homeTown', '高桥镇');
    await fill(p, 'onBehalf.homeVillage', '铁佛村');
    await fill(p, 'onBehalf.birthYear', '1960');
    await v('[data-field="onBehalf.relation"] [data-choice="CHILD"]').click();
    await settle(p);
    await scrollTo(p, '[data-sheet="contact-form"] [data-field="onBehalf"]', 'start', 0);
    await shot(p, 'apply-on-behalf');
    await v('[data-sheet="contact-form"] [data-action="submit"]').click();
    await v('[data-state="applied"]').waitFor();
  }

  // ── 李德明 (villager 2): 对方让我交钱 from 我的报名 ───────────────────────────────────────
  {
    const { page: p, close } = await openPhone();
    const v = on(p);
    await signInAs(p, 'VILLAGER', 2);
    await goto(p, '/me/applications/index');
    const card = v('.card.mine', { hasText: '足疗师 南山新店急招' }).first();
    await card.waitFor();
    await card.locator('[data-action="fee-demand"]').click();
    const sheet = v('[data-sheet="fee-demand"]');
    await sheet.waitFor();
    await sheet.locator('[data-field="note"] textarea').fill('打电话让先交500元服装费才能上岗');
    await settle(p);
    await sheet.locator('[data-action="send-fee-demand"]').click();
    await v('[data-state="fee-reported"]').waitFor();
    await close();
  }

  // ── The recruiter: who applied, one by a relative ─────────────────────────────────────
  console.log('recruiter, trainer');
  const staff = await openPhone();
  {
    const p = staff.page;
    const v = on(p);
    await signInAs(p, 'RECRUITER', 1);
    await goto(p, `/recruiter/applicants/index?id=${onBehalfJob}`);
    const row = v('.applicant', { hasText: '张大山' }).first();
    await row.waitFor();
    // She is 待查看; the other one was opened and asked to an interview.
    const other = v('[data-applicant-id]', { hasText: '李德明' }).first();
    await other.locator('[data-action="status-VIEWED"]').click();
    await p.waitForFunction(() => [...document.querySelectorAll('[data-applicant-id]')].some((e) => e.getAttribute('data-status') === 'VIEWED'));
    await other.locator('[data-action="status-INTERVIEW"]').click();
    await other.locator('[data-field="message"] textarea').fill('12月5日上午10点，福田店，找周经理');
    await other.locator('[data-action="confirm-status"]').click();
    await p.waitForFunction(() => [...document.querySelectorAll('[data-applicant-id]')].some((e) => e.getAttribute('data-status') === 'INTERVIEW'));
    await p.reload();
    await row.waitFor();
    await settle(p);
    await shot(p, 'recruiter-applicants');
  }

  // ── 张桂兰 looks at the job again: the employer's reply figures, 首次发布, 仍在招 ──────────
  {
    const p = villager.page;
    const v = on(p);
    await goto(p, `/job/detail/index?id=${onBehalfJob}`);
    await v('[data-field="reply-stats"]').waitFor();
    await scrollTo(p, v('.section', { hasText: '招工单位' }).first());
    await shot(p, 'job-detail-employer');
  }

  // ── The trainer: a course that starts today; 李德明 completes it ────────────────────────
  {
    const trainer = await demo('TRAINER', 1);
    const day = today();
    const { postCourse } = await gql(
      `mutation($org: ID!, $input: CourseInput!) { postCourse(organizationId: $org, input: $input) { course { id } userErrors { field code message } } }`,
      {
        org: trainer.orgId,
        input: {
          title: '修脚技能速成班（今天开课）', skill: 'PEDICURE', description: '县职教中心老师手把手教修脚，管吃管住，结业发证书。',
          place: { province: '陕西省', city: '安康市', county: '紫阳县', town: '城关镇' }, startDate: day, endDate: addDays(day, 10),
          enrollmentDeadline: day, hours: 80, fee: 0, subsidy: 300, coversFood: true, coversLodging: true, coversTravel: false,
          seats: 30, certificate: '专项职业能力证书（修脚）', requirements: [], leadsToEmployerIds: [], contactName: '李老师', contactPhone: '0915-4310000',
        },
      },
      trainer.token,
    );
    const courseId = noErrors(postCourse, 'post course').course.id;
    for (const who of [villager2, villager3]) {
      const { enrollInCourse } = await gql(`mutation($id: ID!) { enrollInCourse(courseId: $id) { userErrors { code message } } }`, { id: courseId }, who.token);
      noErrors(enrollInCourse, 'enrol');
    }
    const p = staff.page;
    const v = on(p);
    await signInAs(p, 'TRAINER', 1);
    await v('[data-menu="trainer"]').click();
    await v(`[data-course-posting-id="${courseId}"] [data-action="roster"]`).click();
    await v('[data-enrollment-id]', { hasText: '李德明' }).first().waitFor();
    await v('[data-enrollment-id]', { hasText: '李德明' }).first().locator('[data-action="complete"]').click();
    await v('[data-state="certificate-issued"]').waitFor();
    await settle(p);
    await shot(p, 'trainer-roster');
  }

  // ── 名额已满: 李德明 has a course open at its last seat when someone else takes it ──────────
  {
    const { courses } = await gql(`{ courses(filter: { hasSeatsLeft: true }, first: 50) { edges { node { id seatsLeft } } } }`);
    const course = courses.edges.map((e) => e.node).filter((c) => c.seatsLeft <= 4).sort((a, b) => a.seatsLeft - b.seatsLeft)[0];
    if (!course) throw new Error('the demo data has no course with at most 4 seats left');
    for (let slot = 4; slot < 4 + course.seatsLeft - 1; slot++) {
      const { token } = await demo('VILLAGER', slot);
      noErrors((await gql(`mutation($id: ID!) { enrollInCourse(courseId: $id) { userErrors { code message } } }`, { id: course.id }, token)).enrollInCourse, 'enrol');
    }
    const { page: p, close } = await openPhone();
    const v = on(p);
    await signInAs(p, 'VILLAGER', 2);
    await goto(p, `/course/detail/index?id=${course.id}`);
    await p.waitForFunction(() => document.querySelector('[data-field="seats-left"]')?.textContent === '还剩1个名额');
    noErrors((await gql(`mutation($id: ID!) { enrollInCourse(courseId: $id) { userErrors { code message } } }`, { id: course.id }, villager1.token)).enrollInCourse, 'the last seat');
    await v('[data-action="enroll"]').click();
    await v('[data-state="course-full"]').waitFor();
    await settle(p);
    await shot(p, 'course-full');
    await close();
  }

  // ── 李德明 registers his shop: 机构登记认证 with a credit code and a licence photo ────────
  console.log('organisation, bureau');
  {
    const { page: p, close } = await openPhone();
    const v = on(p);
    await signInAs(p, 'VILLAGER', 2);
    await v('[data-menu="registerOrganization"]').click();
    await v('[data-field="creditCode"] input').waitFor();
    await settle(p);
    await fill(p, 'name', '紫阳县城关镇巧手修脚店');
    await fill(p, 'creditCode', '9144030071526726XG');
    await fill(p, 'legalRepresentative', '王建华');
    await fill(p, 'town', '城关镇');
    await fill(p, 'address', '新民街12号');
    await fill(p, 'contactPhone', '13912345678');
    const photo = await licencePhoto(p);
    const [chooser] = await Promise.all([p.waitForEvent('filechooser'), v('[data-action="choose-licence"]').click()]);
    await chooser.setFiles(photo);
    await v('[data-photo-state="sent"]').waitFor();
    await settle(p);
    await scrollTo(p, '[data-field="contactPhone"]');
    await shot(p, 'organization-registration');
    await v('[data-action="register"]').click();
    await v('[data-state="registered"]').waitFor();
    await close();
  }

  // ── The bureau: a job held for review and a report; the verification card; figures; search
  {
    const { postJob: held } = await gql(POST_JOB, {
      o: recruiter.orgId,
      i: job({ title: '足疗技师 杭州高薪', category: 'FOOT_THERAPY', description: '杭州足疗店招技师，包住，工装费用到店了解。不向求职者收取任何费用。', place: { province: '浙江省', city: '杭州市' }, pay: { min: 7000, max: 12000, unit: 'MONTH', settlement: 'MONTHLY' }, providesMeals: false, dayShiftOnly: false, contactName: '吴店长', contactPhone: '13912345678' }),
    }, recruiter.token);
    noErrors(held, 'held job');
    const { page: q } = villager;
    const w = on(q);
    await goto(q, `/job/detail/index?id=${onBehalfJob}`);
    await w('.report [data-action="report"]').click();
    await w('[data-reason-form="report"] textarea').fill('打电话时说要先交三百块工装费');
    await w('[data-reason-form="report"] [data-action="confirm-report"]').click();
    await w('[data-state="reported"]').waitFor();

    const p = staff.page;
    const v = on(p);
    await signInAs(p, 'ADMIN', 1);
    await v('[data-menu="admin"]').click();
    await v('[data-review-id]').first().waitFor();
    await v('[data-report-id]').first().waitFor();
    await settle(p);
    await shot(p, 'bureau-queues');
    const card = v('[data-organization-id]', { hasText: '巧手修脚店' }).first();
    await card.waitFor();
    await p.waitForFunction(() => [...document.querySelectorAll('[data-licence="shown"] img')].some((img) => img.complete && img.naturalWidth > 0));
    await scrollTo(p, card);
    await shot(p, 'bureau-verification-card');

    await goto(p, '/admin/index/index');
    await v('[data-menu="figures"]').click();
    await v('[data-chart="bar"] [data-label]').first().waitFor();
    await settle(p, 800);
    await shot(p, 'bureau-figures');

    await goto(p, '/admin/index/index');
    await v('[data-menu="search"]').click();
    await v('[data-bureau-search="keyword"] input').fill('足疗');
    await v('[data-bureau-filter="kind"] .chip', { hasText: '招聘' }).click();
    await v('[data-action="search"]').click();
    await v('[data-result-id]').first().waitFor();
    await settle(p);
    await shot(p, 'bureau-search');
  }

  // ── 我的报名, a week on: the job 张大山 was asked to is closed (岗位已关闭), the other one
  //    never answered (未回复) ────────────────────────────────────────────────────────────
  console.log('我的报名');
  {
    await gql(`mutation($id: ID!) { closeJob(id: $id) { userErrors { code } } }`, { id: onBehalfJob }, recruiter.token);
    const TIMED = `{ myApplications { status job { id } } }`;
    const wait = async (ok) => {
      for (let i = 0; i < 120; i++) {
        const { myApplications } = await gql(TIMED, {}, villager1.token);
        if (ok(myApplications)) return;
        await new Promise((r) => setTimeout(r, 500));
      }
      problems.push('我的报名: the timed work did not change the applications in 60 s');
    };
    await wait((apps) => apps.find((a) => a.job.id === onBehalfJob)?.status === 'JOB_CLOSED');
    if (CLOCK_FILE) {
      writeFileSync(CLOCK_FILE, String(8 * 24 * 3600 * 1000));
      await wait((apps) => apps.find((a) => a.job.id === quietJob)?.status === 'NO_REPLY');
    } else {
      await gql(`mutation($id: ID!) { withdrawApplication(id: $id) { userErrors { code } } }`, { id: (await gql(`{ myApplications { id job { id } } }`, {}, villager1.token)).myApplications.find((a) => a.job.id === quietJob).id }, villager1.token);
    }
    const p = villager.page;
    const v = on(p);
    await goto(p, '/me/applications/index');
    await v('.card.mine').first().waitFor();
    await settle(p, 800);
    await shot(p, 'my-applications');
  }

  await villager.close();
  await staff.close();
}

try {
  await main();
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
if (problems.length) {
  console.error(`\n${problems.length} problem(s):\n${problems.join('\n')}`);
  process.exitCode = 1;
} else {
  console.log(`\nsaved in ${OUT}`);
}
