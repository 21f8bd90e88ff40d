import { loadConfig } from '../src/config';

/** The waits of timed work are configuration, checked when the server starts. */
describe('timed work configuration', () => {
  const load = (env: Record<string, string>) => () => loadConfig(env as NodeJS.ProcessEnv);

  it('has the documented defaults, in hours', () => {
    const c = loadConfig({} as NodeJS.ProcessEnv);
    expect(c.deadlines).toEqual({ replyReminderHours: 48, noReplyCloseHours: 168, jobConfirmAskHours: 336, jobExpireUnconfirmedHours: 504 });
    expect(c.timedWork).toEqual({ intervalMs: 30_000, leaseMs: 120_000, backoffMs: 60_000, maxAttempts: 5 });
  });

  it.each([
    [{ REPLY_REMINDER_HOURS: '0' }, 'REPLY_REMINDER_HOURS'],
    [{ REPLY_REMINDER_HOURS: 'two days' }, 'REPLY_REMINDER_HOURS'],
    [{ NO_REPLY_CLOSE_DAYS: '1000' }, 'NO_REPLY_CLOSE_DAYS'],
    [{ JOB_CONFIRM_ASK_DAYS: '-3' }, 'JOB_CONFIRM_ASK_DAYS'],
    [{ JOB_EXPIRE_UNCONFIRMED_DAYS: '1.5' }, 'JOB_EXPIRE_UNCONFIRMED_DAYS'],
    [{ TIMED_WORK_INTERVAL_MS: '5' }, 'TIMED_WORK_INTERVAL_MS'],
    [{ TIMED_WORK_LEASE_MS: '10' }, 'TIMED_WORK_LEASE_MS'],
    [{ TIMED_WORK_MAX_ATTEMPTS: '0' }, 'TIMED_WORK_MAX_ATTEMPTS'],
  ])('refuses %j, naming the variable', (env, name) => {
    expect(load(env)).toThrow(new RegExp(`Invalid configuration:\\n  ${name}: `));
  });

  it('refuses a reminder that would come after the application closes, and an expiry before the question', () => {
    expect(load({ REPLY_REMINDER_HOURS: '168', NO_REPLY_CLOSE_DAYS: '7' })).toThrow('REPLY_REMINDER_HOURS: must be shorter than NO_REPLY_CLOSE_DAYS');
    expect(load({ JOB_CONFIRM_ASK_DAYS: '21', JOB_EXPIRE_UNCONFIRMED_DAYS: '21' })).toThrow('JOB_CONFIRM_ASK_DAYS: must be shorter than JOB_EXPIRE_UNCONFIRMED_DAYS');
    expect(loadConfig({ REPLY_REMINDER_HOURS: '24', NO_REPLY_CLOSE_DAYS: '3', JOB_CONFIRM_ASK_DAYS: '7', JOB_EXPIRE_UNCONFIRMED_DAYS: '10' } as NodeJS.ProcessEnv).deadlines).toEqual({
      replyReminderHours: 24, noReplyCloseHours: 72, jobConfirmAskHours: 168, jobExpireUnconfirmedHours: 240,
    });
  });
});
