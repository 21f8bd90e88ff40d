import { act, fireEvent, render, waitFor } from '@testing-library/react';
import JobDetailPage from '../../src/job/detail/index';
import MyApplicationsPage from '../../src/me/applications/index';
import { JOBS } from './support/fake-api';
import { sessionToken } from '../../src/api/session-token';
import { reloadSession } from '../../src/features/account/session';
import { expectPlainChinese, inputValue, renderSignedIn, renderWithApi, sheet, tapTarget, typeInto } from './support/render';
import { setLoginResult, setRequestHandler, setRouterParams } from './support/taro-shim';

async function ready(container: HTMLElement) {
  await waitFor(() => expect(container.querySelector('.detail')).not.toBeNull());
}

const applyButton = (container: HTMLElement) => container.querySelector('[data-action="apply"]') as HTMLElement;

describe('报名 on a job, signed out (web page with demo sign-in)', () => {
  it('asks to sign in, signs in as a demo villager in one tap, then shows the short form', async () => {
    setRouterParams({ id: 'job-2' });
    const { container, api } = renderWithApi(<JobDetailPage />);
    await ready(container);
    expect(applyButton(container).textContent).toBe('我要报名');

    fireEvent.click(applyButton(container));
    await waitFor(() => expect(sheet(container, 'sign-in')?.textContent).toContain('演示村民1'));
    const signIn = sheet(container, 'sign-in')!;
    // Clearly marked as a demo, with every role on offer.
    expect(signIn.textContent).toContain('演示登录');
    expect(signIn.textContent).toContain('这是试用版');
    for (const who of ['演示村民1', '演示村民2', '招工方', '培训机构', '县人社局']) expect(signIn.textContent).toContain(who);
    expectPlainChinese(container);

    fireEvent.click(signIn.querySelector('[data-demo-role="VILLAGER"][data-demo-slot="2"]')!);
    await waitFor(() => expect(sheet(container, 'contact-form')).not.toBeNull());
    expect(sheet(container, 'sign-in')).toBeNull();
    expect(sessionToken()).toMatch(/^token-/);
    expect(api.received.find((r) => r.operationName === 'DemoLogin')?.variables).toEqual({ role: 'VILLAGER', slot: 2 });
    expect(sheet(container, 'contact-form')!.textContent).toContain('报名：');
    expect(api.unexpectedErrors).toEqual([]);
  });

  it('without demo sign-in, says plainly that sign-in works inside WeChat', async () => {
    setRouterParams({ id: 'job-2' });
    const { container } = renderWithApi(<JobDetailPage />, (api) => (api.accounts.demoLoginAvailable = false));
    await ready(container);
    fireEvent.click(applyButton(container));
    await waitFor(() => expect(container.querySelector('[data-state="wechat-only"]')).not.toBeNull());
    expect(sheet(container, 'sign-in')!.textContent).toContain('登录要在微信里用');
    expect(container.querySelector('[data-demo-role]')).toBeNull();
    expectPlainChinese(container);
    fireEvent.click(tapTarget(sheet(container, 'sign-in')!, '知道了'));
    expect(sheet(container, 'sign-in')).toBeNull();
    expect(applyButton(container).textContent).toBe('我要报名');
  });
});

describe('报名 on a job in WeChat', () => {
  beforeEach(() => {
    process.env.TARO_ENV = 'weapp';
  });
  afterEach(() => {
    process.env.TARO_ENV = 'h5';
  });

  it('signs in with wx.login in the same tap, with no sheet in between', async () => {
    setRouterParams({ id: 'job-2' });
    const { container, api } = renderWithApi(<JobDetailPage />);
    await ready(container);
    fireEvent.click(applyButton(container));
    await waitFor(() => expect(sheet(container, 'contact-form')).not.toBeNull());
    expect(api.received.find((r) => r.operationName === 'Login')?.variables).toEqual({ code: 'ok-villager' });
    expect(sessionToken()).not.toBeNull();
    // The getPhoneNumber button is offered, so nobody has to type eleven digits.
    expect(container.querySelector('.form__wechat-phone')?.textContent).toBe('用微信绑定的手机号');
  });

  it('a refused code says 登录失败，请重试 and offers the button again', async () => {
    setRouterParams({ id: 'job-2' });
    setLoginResult({ code: 'used-code' });
    const { container } = renderWithApi(<JobDetailPage />);
    await ready(container);
    fireEvent.click(applyButton(container));
    await waitFor(() => expect(sheet(container, 'sign-in')).not.toBeNull());
    expect(sheet(container, 'sign-in')!.textContent).toContain('登录失败，请重试');
    expect(sessionToken()).toBeNull();
    setLoginResult({ code: 'ok-villager' });
    fireEvent.click(tapTarget(sheet(container, 'sign-in')!, '微信一键登录'));
    await waitFor(() => expect(sheet(container, 'contact-form')).not.toBeNull());
  });

  it('too many sign-ins: 操作太频繁 with the wait', async () => {
    setRouterParams({ id: 'job-2' });
    const { container } = renderWithApi(<JobDetailPage />, (api) => (api.accounts.rateLimited = true));
    await ready(container);
    fireEvent.click(applyButton(container));
    await waitFor(() => expect(sheet(container, 'sign-in')).not.toBeNull());
    expect(sheet(container, 'sign-in')!.textContent).toContain('操作太频繁，请30秒后再试');
    expectPlainChinese(container);
  });
});

describe('the apply form', () => {
  it('prefills from the profile, applies, confirms, and the button shows 已报名 · 待查看', async () => {
    setRouterParams({ id: 'job-2' });
    const { container, api } = renderSignedIn(<JobDetailPage />);
    await ready(container);
    fireEvent.click(applyButton(container));
    await waitFor(() => expect(inputValue(container, 'name')).toBe('张秀英'));
    expect(inputValue(container, 'phone')).toBe('13912345678');
    typeInto(container, 'note', '下个月就能去，做过三年');
    expect(sheet(container, 'contact-form')!.textContent).toContain('11/200');

    fireEvent.click(tapTarget(container, '提交报名'));
    await waitFor(() => expect(sheet(container, 'applied')).not.toBeNull());
    expect(sheet(container, 'applied')!.textContent).toContain('紫阳足康连锁');
    expect(applyButton(container).textContent).toBe('已报名 · 待查看');
    // Nothing changed in the profile, so only the application went.
    expect(api.received.map((r) => r.operationName)).not.toContain('UpdateProfile');
    expect(api.received.find((r) => r.operationName === 'ApplyToJob')?.variables).toEqual({ jobId: 'job-2', note: '下个月就能去，做过三年' });
    expect(api.auth.find((r) => r.operationName === 'ApplyToJob')?.authorization).toMatch(/^Bearer token-/);
    // The public detail goes without the token, so the server may answer it from its cache.
    expect(api.auth.find((r) => r.operationName === 'JobDetail')?.authorization).toBeNull();
    expectPlainChinese(container);
    expect(api.unexpectedErrors).toEqual([]);
  });

  it('checks the phone with the server rule before sending anything, and saves a new one first', async () => {
    setRouterParams({ id: 'job-3' });
    const { container, api } = renderSignedIn(<JobDetailPage />, { phone: null, name: null });
    await ready(container);
    fireEvent.click(applyButton(container));
    // The form is drawn again once the (empty) profile arrives; wait for that before typing.
    await waitFor(() => expect(api.received.map((r) => r.operationName)).toContain('Me'));
    await waitFor(() => expect(container.querySelector('[data-field="name"] input')).not.toBeNull());
    fireEvent.click(tapTarget(container, '提交报名'));
    await waitFor(() => expect(container.querySelector('[data-field="phone"] .form__problem')).not.toBeNull());
    expect(container.querySelector('[data-field="name"] .form__problem')?.textContent).toBe('请填写姓名');

    // Under load the boxes may still be redrawing (the profile and 我的证书 arrive separately).
    await waitFor(() => expect(container.querySelector('[data-field="name"] input')).not.toBeNull());
    typeInto(container, 'name', '王德明');
    typeInto(container, 'phone', '2391234567');
    fireEvent.click(tapTarget(container, '提交报名'));
    await waitFor(() => expect(container.querySelector('[data-field="phone"] .form__problem')?.textContent).toBe('手机号要是1开头的11位数字'));
    expect(api.received.map((r) => r.operationName)).not.toContain('ApplyToJob');

    typeInto(container, 'phone', '13800138000');
    fireEvent.click(tapTarget(container, '提交报名'));
    await waitFor(() => expect(sheet(container, 'applied')).not.toBeNull());
    const ops = api.received.map((r) => r.operationName);
    expect(ops.indexOf('UpdateProfile')).toBeLessThan(ops.indexOf('ApplyToJob'));
    expect(api.received.find((r) => r.operationName === 'UpdateProfile')?.variables).toEqual({ input: { name: '王德明', phone: '13800138000' } });
    expect(applyButton(container).textContent).toBe('已报名 · 待查看');
  });

  it('a network failure keeps the form and what was typed, says so plainly, and a retry works', async () => {
    setRouterParams({ id: 'job-2' });
    const { container, api } = renderSignedIn(<JobDetailPage />);
    await ready(container);
    await waitFor(() => expect(api.received.map((r) => r.operationName)).toContain('JobViewerState'));
    fireEvent.click(applyButton(container));
    await waitFor(() => expect(inputValue(container, 'phone')).toBe('13912345678'));
    typeInto(container, 'note', '能吃苦');
    api.mode = 'offline';
    fireEvent.click(tapTarget(container, '提交报名'));
    await waitFor(() => expect(container.querySelector('[data-state="form-error"]')).not.toBeNull());
    expect(container.querySelector('[data-state="form-error"]')!.textContent).toBe('网络没有连上，请检查手机信号或无线网后再试。');
    expect(inputValue(container, 'note')).toBe('能吃苦');
    expect(applyButton(container).textContent).toBe('我要报名');
    expectPlainChinese(container);

    api.mode = 'ok';
    fireEvent.click(tapTarget(container, '提交报名'));
    await waitFor(() => expect(applyButton(container).textContent).toBe('已报名 · 待查看'));
  });

  it('a server refusal shows its plain meaning (the job closed meanwhile)', async () => {
    setRouterParams({ id: 'job-2' });
    const { container, api } = renderSignedIn(<JobDetailPage />);
    await ready(container);
    fireEvent.click(applyButton(container));
    await waitFor(() => expect(inputValue(container, 'phone')).toBe('13912345678'));
    const real = api.handle;
    setRequestHandler((o) => {
      const q = (o.data as { query: string }).query;
      if (q.includes('mutation ApplyToJob')) {
        return o.success?.({ statusCode: 200, data: { data: { applyToJob: { application: null, userErrors: [{ field: null, message: 'job closed', code: 'JOB_CLOSED' }] } } }, header: {} });
      }
      return real(o);
    });
    fireEvent.click(tapTarget(container, '提交报名'));
    await waitFor(() => expect(container.querySelector('[data-state="form-error"]')?.textContent).toBe('这个工作已经不招了'));
    expectPlainChinese(container);
  });

  it('the state is there after a reload', async () => {
    setRouterParams({ id: 'job-2' });
    const first = renderSignedIn(<JobDetailPage />);
    await ready(first.container);
    fireEvent.click(applyButton(first.container));
    await waitFor(() => expect(inputValue(first.container, 'phone')).toBe('13912345678'));
    fireEvent.click(tapTarget(first.container, '提交报名'));
    await waitFor(() => expect(applyButton(first.container).textContent).toBe('已报名 · 待查看'));
    first.unmount();

    // A reload: memory is gone, storage and the server remain.
    reloadSession();
    const again = render(<JobDetailPage />);
    await ready(again.container);
    await waitFor(() => expect(applyButton(again.container).textContent).toBe('已报名 · 待查看'));
    expect(first.api.accounts.applications).toHaveLength(1);
  });

  it('an expired session is forgotten and the villager is asked to sign in again', async () => {
    setRouterParams({ id: 'job-2' });
    const { container, api } = renderSignedIn(<JobDetailPage />, {}, (a) => a.accounts.expireAllSessions());
    await ready(container);
    await waitFor(() => expect(sessionToken()).toBeNull());
    expect(applyButton(container).textContent).toBe('我要报名');
    fireEvent.click(applyButton(container));
    await waitFor(() => expect(sheet(container, 'sign-in')).not.toBeNull());
    expect(api.unexpectedErrors).toEqual([]);
  });
});

describe('after withdrawing', () => {
  it('the job page says so and applying again reopens the application', async () => {
    setRouterParams({ id: 'job-2' });
    const { container, api } = renderSignedIn(<JobDetailPage />, {}, (a) => {
      const at = '2026-11-28T02:00:00.000Z';
      a.accounts.applications.push({
        id: 'app-w', jobId: 'job-2', userId: [...a.accounts.users.values()][0].id, note: null, status: 'WITHDRAWN',
        history: [{ status: 'SUBMITTED', at, message: null }, { status: 'WITHDRAWN', at, message: null }], createdAt: at, updatedAt: at,
      });
    });
    await ready(container);
    await waitFor(() => expect(applyButton(container).textContent).toBe('已撤回 · 重新报名'));
    fireEvent.click(applyButton(container));
    await waitFor(() => expect(inputValue(container, 'phone')).toBe('13912345678'));
    fireEvent.click(tapTarget(container, '提交报名'));
    await waitFor(() => expect(applyButton(container).textContent).toBe('已报名 · 待查看'));
    expect(api.accounts.applications).toHaveLength(1);
  });
});

describe('我的报名', () => {
  it('lists the application with its status and history, and withdrawing shows at once', async () => {
    const { container, api } = renderSignedIn(<MyApplicationsPage />, {}, (a) => {
      a.accounts.applications.push({
        id: 'app-9',
        jobId: 'job-2',
        userId: [...a.accounts.users.values()][0].id,
        note: '能吃苦',
        status: 'INTERVIEW',
        history: [
          { status: 'SUBMITTED', at: '2026-11-28T02:00:00.000Z', message: null },
          { status: 'VIEWED', at: '2026-11-28T06:00:00.000Z', message: null },
          { status: 'INTERVIEW', at: '2026-11-29T01:30:00.000Z', message: '12月2日上午9点到高桥镇店里面试' },
        ],
        createdAt: '2026-11-28T02:00:00.000Z',
        updatedAt: '2026-11-29T01:30:00.000Z',
      });
    });
    await waitFor(() => expect(container.querySelector('[data-application-id="app-9"]')).not.toBeNull());
    const card = () => container.querySelector('[data-application-id="app-9"]') as HTMLElement;
    expect(card().textContent).toContain('邀请面试');
    expect(card().textContent).toContain('12月2日上午9点到高桥镇店里面试');
    expect(card().textContent).toContain('11月29日 09:30');
    expect(card().textContent).toContain('报名已发出');
    expect(card().textContent).toContain('你的留言：能吃苦');
    expectPlainChinese(container);

    fireEvent.click(tapTarget(card(), '撤回报名'));
    fireEvent.click(tapTarget(card(), '确定撤回'));
    await waitFor(() => expect(card().getAttribute('data-status')).toBe('WITHDRAWN'));
    expect(card().textContent).toContain('你撤回了报名');
    expect(() => tapTarget(card(), '撤回报名')).toThrow();
    expect(api.unexpectedErrors).toEqual([]);
  });

  it('a job the bureau took down shows its title and why, with nothing to call or open', async () => {
    // What the server sends for a job its applicant may no longer see: a stub naming it.
    const stub = { ...JOBS[0], id: 'job-gone', title: '深圳足疗店（已下架）', status: 'TAKEN_DOWN', description: '这条招聘已被县人社局下架，内容不再显示。', contactPhone: '', contactName: '' };
    JOBS.push(stub);
    try {
      const { container, api } = renderSignedIn(<MyApplicationsPage />, {}, (a) => {
        a.accounts.applications.push({
          id: 'app-gone', jobId: 'job-gone', userId: [...a.accounts.users.values()][0].id, note: null, status: 'SUBMITTED',
          history: [{ status: 'SUBMITTED', at: '2026-11-28T02:00:00.000Z', message: null }], createdAt: '2026-11-28T02:00:00.000Z', updatedAt: '2026-11-28T02:00:00.000Z',
        });
      });
      await waitFor(() => expect(container.querySelector('[data-application-id="app-gone"]')).not.toBeNull());
      const card = container.querySelector('[data-application-id="app-gone"]') as HTMLElement;
      expect(card.textContent).toContain('深圳足疗店（已下架）');
      expect(card.textContent).toContain('这条招聘已被县人社局下架');
      expect(card.textContent).not.toContain('元');
      expect(card.querySelector('[data-gone="true"]')).not.toBeNull();
      expect(card.querySelector('[role="link"]')).toBeNull();
      expect(() => tapTarget(card, '打电话')).toThrow();
      expectPlainChinese(container);
      expect(api.unexpectedErrors).toEqual([]);
    } finally {
      JOBS.splice(JOBS.indexOf(stub), 1);
    }
  });

  it('signed out: one tap to sign in, then the list', async () => {
    const { container } = renderWithApi(<MyApplicationsPage />);
    expect(container.querySelector('[data-state="signed-out"]')).not.toBeNull();
    fireEvent.click(tapTarget(container, '登录'));
    await waitFor(() => expect(container.querySelector('[data-demo-role="VILLAGER"]')).not.toBeNull());
    await act(async () => void fireEvent.click(container.querySelector('[data-demo-slot="1"]')!));
    await waitFor(() => expect(container.textContent).toContain('还没有报名'));
    expectPlainChinese(container);
  });
});

describe("WeChat's phone number button", () => {
  beforeEach(() => {
    process.env.TARO_ENV = 'weapp';
  });
  afterEach(() => {
    process.env.TARO_ENV = 'h5';
  });

  it('fills the phone from the number bound to WeChat (bindWechatPhone)', async () => {
    setRouterParams({ id: 'job-2' });
    const { container, api } = renderSignedIn(<JobDetailPage />, { phone: null });
    await ready(container);
    fireEvent.click(applyButton(container));
    await waitFor(() => expect(inputValue(container, 'name')).toBe('张秀英'));
    const button = container.querySelector('.form__wechat-phone') as HTMLElement;
    fireEvent(button, new CustomEvent('getphonenumber', { detail: { code: 'phone-13711112222', errMsg: 'getPhoneNumber:ok' }, bubbles: true }));
    await waitFor(() => expect(inputValue(container, 'phone')).toBe('13711112222'));
    expect(api.received.find((r) => r.operationName === 'BindWechatPhone')?.variables).toEqual({ code: 'phone-13711112222' });
  });
});
