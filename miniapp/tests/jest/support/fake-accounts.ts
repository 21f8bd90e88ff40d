// The signed-in half of the fake API: users, sessions, applications, enrolments with seats and
// a waiting list, interests and favourites, with the rules the schema's docstrings promise
// (one application per job, COURSE_FULL or the waiting list, PHONE_REQUIRED …). Answers go
// through the real schema, so a field the app asks for that the contract lacks fails here.
import { GraphQLError } from 'graphql';
import { COURSES, JOBS, OPENINGS } from './fake-api';

export interface FakeUser {
  id: string;
  openid: string;
  name: string | null;
  phone: string | null;
  homeTown: string | null;
  homeVillage: string | null;
  skills: string[];
  preferredDestinations: string[];
  largeText: boolean;
  isAdmin: boolean;
  memberships: never[];
  certificates: never[];
}

interface Step {
  status: string;
  at: string;
  message: string | null;
}

interface FakeApplication {
  id: string;
  jobId: string;
  userId: string;
  note: string | null;
  status: string;
  history: Step[];
  createdAt: string;
  updatedAt: string;
}

interface FakeEnrollment {
  id: string;
  courseId: string;
  userId: string;
  status: string;
  history: Step[];
  createdAt: string;
  updatedAt: string;
}

interface FakeInterest {
  id: string;
  openingId: string;
  userId: string;
  positionTitle: string | null;
  note: string | null;
  status: string;
  history: Step[];
  createdAt: string;
}

export interface Ctx {
  user: FakeUser | null;
  token: string | null;
}

type UserErr = { field: string | null; message: string; code: string };

export interface FakeAccounts {
  demoLoginAvailable: boolean;
  /** Every mutation (sign-in included) answers RATE_LIMITED while set. */
  rateLimited: boolean;
  users: Map<string, FakeUser>;
  /** token → user id */
  sessions: Map<string, string>;
  applications: FakeApplication[];
  enrollments: FakeEnrollment[];
  interests: FakeInterest[];
  favorites: { userId: string; kind: string; id: string; createdAt: string }[];
  /** Seats taken per course on top of the catalogue's own figure. */
  seatsTaken: Map<string, number>;
  /** Signs a user in directly (a test that starts signed in); returns the token. */
  signIn: (openid: string, profile?: Partial<FakeUser>) => string;
  /** Every token stops working (expiry, or signed out on another phone). */
  expireAllSessions: () => void;
  seatsLeft: (courseId: string) => number;
  /** Root resolvers for the schema's accounts and applications fields. */
  root: Record<string, unknown>;
  /** Adds the viewer's fields to a catalogue item. */
  jobView: (job: (typeof JOBS)[number], ctx: Ctx) => object;
  courseView: (course: (typeof COURSES)[number], ctx: Ctx) => object;
  openingView: (opening: (typeof OPENINGS)[number], ctx: Ctx) => object;
}

const PHONE = /^1\d{10}$/;

function fail(code: string, message: string): never {
  throw new GraphQLError(message, { extensions: { code } });
}

export function createFakeAccounts(): FakeAccounts {
  let seq = 0;
  const next = (prefix: string) => `${prefix}-${++seq}`;
  const now = () => new Date(Date.UTC(2026, 10, 30, 2, 0, seq)).toISOString();

  const a: FakeAccounts = {
    demoLoginAvailable: true,
    rateLimited: false,
    users: new Map(),
    sessions: new Map(),
    applications: [],
    enrollments: [],
    interests: [],
    favorites: [],
    seatsTaken: new Map(),
    signIn(openid, profile = {}) {
      const user = findOrCreate(openid);
      Object.assign(user, profile);
      const token = `token-${next('s')}-abcdefghijklmnopqrstuvwxyz`;
      a.sessions.set(token, user.id);
      return token;
    },
    expireAllSessions() {
      a.sessions.clear();
    },
    seatsLeft(courseId) {
      const c = COURSES.find((x) => x.id === courseId);
      return c ? Math.max(0, c.seatsLeft - (a.seatsTaken.get(courseId) ?? 0)) : 0;
    },
    root: {},
    jobView: (job, ctx) => ({
      ...job,
      isFavorite: () => isFavorite(ctx, 'JOB', job.id),
      myApplication: () => {
        const app = ctx.user && a.applications.find((x) => x.jobId === job.id && x.userId === ctx.user!.id);
        return app ? applicationView(app, ctx) : null;
      },
      applications: null,
    }),
    courseView: (course, ctx) => {
      const left = a.seatsLeft(course.id);
      return {
        ...course,
        seatsLeft: left,
        status: course.status === 'OPEN' && left === 0 ? 'FULL' : course.status,
        isFavorite: () => isFavorite(ctx, 'COURSE', course.id),
        myEnrollment: () => {
          const mine = ctx.user && [...a.enrollments].reverse().find((x) => x.courseId === course.id && x.userId === ctx.user!.id);
          return mine ? enrollmentView(mine, ctx) : null;
        },
        enrollments: null,
      };
    },
    openingView: (opening, ctx) => ({
      ...opening,
      isFavorite: () => isFavorite(ctx, 'FRANCHISE_OPENING', opening.id),
      myInterest: () => {
        const mine = ctx.user && a.interests.find((x) => x.openingId === opening.id && x.userId === ctx.user!.id);
        return mine ? interestView(mine, ctx) : null;
      },
      interests: null,
    }),
  };

  function findOrCreate(openid: string): FakeUser {
    const found = [...a.users.values()].find((u) => u.openid === openid);
    if (found) return found;
    const user: FakeUser = {
      id: next('user'),
      openid,
      name: null,
      phone: null,
      homeTown: null,
      homeVillage: null,
      skills: [],
      preferredDestinations: [],
      largeText: false,
      isAdmin: false,
      memberships: [],
      certificates: [],
    };
    a.users.set(user.id, user);
    return user;
  }

  function isFavorite(ctx: Ctx, kind: string, id: string): boolean {
    return !!ctx.user && a.favorites.some((f) => f.userId === ctx.user!.id && f.kind === kind && f.id === id);
  }

  function signedIn(ctx: Ctx): FakeUser {
    if (!ctx.user) fail('UNAUTHENTICATED', '请先登录');
    return ctx.user;
  }

  function limited(): void {
    if (a.rateLimited) {
      throw new GraphQLError('操作太频繁', { extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 30 } });
    }
  }

  const applicationView = (app: FakeApplication, ctx: Ctx) => ({
    ...app,
    job: a.jobView(JOBS.find((j) => j.id === app.jobId)!, ctx),
    applicant: a.users.get(app.userId),
  });

  const enrollmentView = (e: FakeEnrollment, ctx: Ctx) => {
    const waiting = a.enrollments.filter((x) => x.courseId === e.courseId && x.status === 'WAITLISTED');
    return {
      ...e,
      waitlistPosition: e.status === 'WAITLISTED' ? waiting.indexOf(e) + 1 : null,
      course: a.courseView(COURSES.find((c) => c.id === e.courseId)!, ctx),
      trainee: a.users.get(e.userId),
    };
  };

  const interestView = (i: FakeInterest, ctx: Ctx) => ({
    ...i,
    opening: a.openingView(OPENINGS.find((o) => o.id === i.openingId)!, ctx),
    person: a.users.get(i.userId),
  });

  const loginPayload = (user: FakeUser) => {
    const token = `token-${next('s')}-abcdefghijklmnopqrstuvwxyz`;
    a.sessions.set(token, user.id);
    return { token, expiresAt: new Date(Date.now() + 30 * 86_400_000).toISOString(), user, userErrors: [] };
  };

  const newest = <T extends { createdAt: string }>(list: T[]) => [...list].reverse();

  a.root = {
    me: (_: unknown, ctx: Ctx) => ctx.user,
    // 消息 is empty in these tests; the consoles' own tests add what they need.
    unreadMessageCount: (_: unknown, ctx: Ctx) => (signedIn(ctx), 0),
    myMessages: (_: unknown, ctx: Ctx) => (signedIn(ctx), []),
    markMessagesRead: (_: unknown, ctx: Ctx) => (signedIn(ctx), 0),
    demoLoginAvailable: () => a.demoLoginAvailable,
    login: ({ code }: { code: string }) => {
      limited();
      if (!code.startsWith('ok-')) return { token: null, expiresAt: null, user: null, userErrors: [{ field: 'code', message: '登录凭证无效', code: 'WECHAT_CODE_INVALID' }] };
      return loginPayload(findOrCreate(code.slice(3)));
    },
    demoLogin: ({ role, slot = 1 }: { role: string; slot?: number }) => {
      if (!a.demoLoginAvailable) fail('FORBIDDEN', 'demo login is off');
      limited();
      return loginPayload(findOrCreate(`demo-${role}-${slot}`));
    },
    logout: (_: unknown, ctx: Ctx) => {
      if (ctx.token) a.sessions.delete(ctx.token);
      return true;
    },
    updateProfile: ({ input }: { input: Partial<FakeUser> }, ctx: Ctx) => {
      const user = signedIn(ctx);
      limited();
      const errors: UserErr[] = [];
      if (input.phone != null && !PHONE.test(input.phone)) errors.push({ field: 'input.phone', message: '手机号应是 1 开头的 11 位数字', code: 'INVALID_PHONE' });
      if (input.name != null && (input.name.length < 1 || input.name.length > 20)) errors.push({ field: 'input.name', message: '姓名最多 20 个字', code: 'TOO_LONG' });
      if (errors.length) return { user: null, userErrors: errors };
      for (const [k, v] of Object.entries(input)) (user as unknown as Record<string, unknown>)[k] = v;
      return { user, userErrors: [] };
    },
    bindWechatPhone: ({ code }: { code: string }, ctx: Ctx) => {
      const user = signedIn(ctx);
      const m = /^phone-(1\d{10})$/.exec(code);
      if (!m) return { user: null, userErrors: [{ field: 'code', message: '获取手机号失败', code: 'WECHAT_CODE_INVALID' }] };
      user.phone = m[1];
      return { user, userErrors: [] };
    },
    createOrganization: () => fail('FORBIDDEN', 'not in the fake'),
    verifyOrganization: () => fail('FORBIDDEN', 'not in the fake'),

    myApplications: (_: unknown, ctx: Ctx) => newest(a.applications.filter((x) => x.userId === signedIn(ctx).id)).map((x) => applicationView(x, ctx)),
    myEnrollments: (_: unknown, ctx: Ctx) => newest(a.enrollments.filter((x) => x.userId === signedIn(ctx).id)).map((x) => enrollmentView(x, ctx)),
    myInterests: (_: unknown, ctx: Ctx) => newest(a.interests.filter((x) => x.userId === signedIn(ctx).id)).map((x) => interestView(x, ctx)),
    myFavorites: (_: unknown, ctx: Ctx) =>
      newest(a.favorites.filter((f) => f.userId === signedIn(ctx).id)).map((f) => ({
        kind: f.kind,
        createdAt: f.createdAt,
        job: f.kind === 'JOB' ? a.jobView(JOBS.find((j) => j.id === f.id)!, ctx) : null,
        course: f.kind === 'COURSE' ? a.courseView(COURSES.find((c) => c.id === f.id)!, ctx) : null,
        franchiseOpening: f.kind === 'FRANCHISE_OPENING' ? a.openingView(OPENINGS.find((o) => o.id === f.id)!, ctx) : null,
      })),
    application: ({ id }: { id: string }, ctx: Ctx) => {
      const app = a.applications.find((x) => x.id === id && x.userId === ctx.user?.id);
      return app ? applicationView(app, ctx) : null;
    },

    applyToJob: ({ jobId, note, onBehalf }: { jobId: string; note?: string | null; onBehalf?: { phone: string } | null }, ctx: Ctx) => {
      const helper = signedIn(ctx);
      // As the server: an application for a relative (代报名) is the relative's, not the helper's.
      const user = onBehalf ? { ...helper, id: `relative-${onBehalf.phone}` } : helper;
      limited();
      const job = JOBS.find((j) => j.id === jobId);
      if (!job) return { application: null, userErrors: [{ field: 'jobId', message: '找不到这个工作', code: 'NOT_FOUND' }] };
      const existing = a.applications.find((x) => x.jobId === jobId && x.userId === user.id);
      if (existing && existing.status !== 'WITHDRAWN') return { application: applicationView(existing, ctx), userErrors: [] };
      if (job.status !== 'OPEN') return { application: null, userErrors: [{ field: 'jobId', message: '这个工作已经停止招聘了', code: 'JOB_CLOSED' }] };
      if (!user.phone) return { application: null, userErrors: [{ field: 'phone', message: '请先留下手机号，方便招工方联系你', code: 'PHONE_REQUIRED' }] };
      if (note && note.length > 200) return { application: null, userErrors: [{ field: 'note', message: '留言最多 200 个字', code: 'TOO_LONG' }] };
      const at = now();
      if (existing) {
        // Applying again after withdrawing reopens the same application.
        existing.status = 'SUBMITTED';
        existing.note = note ?? null;
        existing.history.push({ status: 'SUBMITTED', at, message: null });
        return { application: applicationView(existing, ctx), userErrors: [] };
      }
      const app: FakeApplication = { id: next('app'), jobId, userId: user.id, note: note ?? null, status: 'SUBMITTED', history: [{ status: 'SUBMITTED', at, message: null }], createdAt: at, updatedAt: at };
      a.applications.push(app);
      return { application: applicationView(app, ctx), userErrors: [] };
    },
    withdrawApplication: ({ id }: { id: string }, ctx: Ctx) => {
      const user = signedIn(ctx);
      const app = a.applications.find((x) => x.id === id && x.userId === user.id);
      if (!app) return { application: null, userErrors: [{ field: 'id', message: '找不到', code: 'NOT_FOUND' }] };
      if (['HIRED', 'REJECTED', 'WITHDRAWN'].includes(app.status)) return { application: null, userErrors: [{ field: 'id', message: '招工方已经处理完这条报名，不能撤回了', code: 'CANNOT_WITHDRAW' }] };
      const at = now();
      app.status = 'WITHDRAWN';
      app.updatedAt = at;
      app.history.push({ status: 'WITHDRAWN', at, message: null });
      return { application: applicationView(app, ctx), userErrors: [] };
    },

    enrollInCourse: ({ courseId, joinWaitlist }: { courseId: string; joinWaitlist?: boolean }, ctx: Ctx) => {
      const user = signedIn(ctx);
      limited();
      const course = COURSES.find((c) => c.id === courseId);
      if (!course) return { enrollment: null, userErrors: [{ field: 'courseId', message: '找不到', code: 'NOT_FOUND' }] };
      const held = a.enrollments.find((x) => x.courseId === courseId && x.userId === user.id && (x.status === 'ENROLLED' || x.status === 'WAITLISTED'));
      if (held) return { enrollment: enrollmentView(held, ctx), userErrors: [] };
      const at = now();
      let status: string;
      if (a.seatsLeft(courseId) > 0) {
        status = 'ENROLLED';
        a.seatsTaken.set(courseId, (a.seatsTaken.get(courseId) ?? 0) + 1);
      } else if (joinWaitlist) status = 'WAITLISTED';
      else return { enrollment: null, userErrors: [{ field: 'courseId', message: '名额已满，可以排队候补', code: 'COURSE_FULL' }] };
      const e: FakeEnrollment = { id: next('enr'), courseId, userId: user.id, status, history: [{ status, at, message: null }], createdAt: at, updatedAt: at };
      a.enrollments.push(e);
      return { enrollment: enrollmentView(e, ctx), userErrors: [] };
    },
    cancelEnrollment: ({ id }: { id: string }, ctx: Ctx) => {
      const user = signedIn(ctx);
      const e = a.enrollments.find((x) => x.id === id && x.userId === user.id);
      if (!e || (e.status !== 'ENROLLED' && e.status !== 'WAITLISTED')) return { enrollment: null, userErrors: [{ field: 'id', message: '找不到', code: 'NOT_FOUND' }] };
      const at = now();
      const freed = e.status === 'ENROLLED';
      e.status = 'CANCELLED';
      e.history.push({ status: 'CANCELLED', at, message: null });
      if (freed) {
        const first = a.enrollments.find((x) => x.courseId === e.courseId && x.status === 'WAITLISTED');
        if (first) {
          first.status = 'ENROLLED';
          first.history.push({ status: 'ENROLLED', at, message: '有人退出，补上了' });
        } else a.seatsTaken.set(e.courseId, (a.seatsTaken.get(e.courseId) ?? 0) - 1);
      }
      return { enrollment: enrollmentView(e, ctx), userErrors: [] };
    },

    expressInterest: ({ franchiseOpeningId, positionTitle, note }: { franchiseOpeningId: string; positionTitle?: string | null; note?: string | null }, ctx: Ctx) => {
      const user = signedIn(ctx);
      limited();
      const opening = OPENINGS.find((o) => o.id === franchiseOpeningId);
      if (!opening) return { interest: null, userErrors: [{ field: 'franchiseOpeningId', message: '找不到', code: 'NOT_FOUND' }] };
      if (positionTitle && !opening.positions.some((p) => p.title === positionTitle)) {
        return { interest: null, userErrors: [{ field: 'positionTitle', message: '这家店没有招这个岗位', code: 'UNKNOWN_POSITION' }] };
      }
      if (!user.phone) return { interest: null, userErrors: [{ field: 'phone', message: '请先留下手机号', code: 'PHONE_REQUIRED' }] };
      const existing = a.interests.find((x) => x.openingId === opening.id && x.userId === user.id);
      if (existing) return { interest: interestView(existing, ctx), userErrors: [] };
      const at = now();
      const i: FakeInterest = { id: next('int'), openingId: opening.id, userId: user.id, positionTitle: positionTitle ?? null, note: note ?? null, status: 'SUBMITTED', history: [{ status: 'SUBMITTED', at, message: null }], createdAt: at };
      a.interests.push(i);
      return { interest: interestView(i, ctx), userErrors: [] };
    },

    favorite: ({ kind, id }: { kind: string; id: string }, ctx: Ctx) => {
      const user = signedIn(ctx);
      limited();
      if (!a.favorites.some((f) => f.userId === user.id && f.kind === kind && f.id === id)) a.favorites.push({ userId: user.id, kind, id, createdAt: now() });
      return { saved: true, userErrors: [] };
    },
    unfavorite: ({ kind, id }: { kind: string; id: string }, ctx: Ctx) => {
      const user = signedIn(ctx);
      a.favorites = a.favorites.filter((f) => !(f.userId === user.id && f.kind === kind && f.id === id));
      return { saved: false, userErrors: [] };
    },
  };

  return a;
}
