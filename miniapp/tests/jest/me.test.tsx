import { fireEvent, render, waitFor } from '@testing-library/react';
import JobDetailPage from '../../src/job/detail/index';
import OpeningDetailPage from '../../src/opening/detail/index';
import MyFavoritesPage from '../../src/me/favorites/index';
import ProfilePage from '../../src/me/profile/index';
import MePage from '../../src/pages/me/index';
import { sessionToken } from '../../src/api/session-token';
import { reloadSession } from '../../src/features/account/session';
import { initFontScale } from '../../src/shared/font-scale';
import { expectPlainChinese, inputValue, renderSignedIn, renderWithApi, sheet, tapTarget, typeInto } from './support/render';
import { calls, setRouterParams } from './support/taro-shim';

describe('我的 tab', () => {
  it('signed in: shows the profile and the way to my lists', async () => {
    const { container, api } = renderSignedIn(<MePage />, { homeTown: '高桥镇', homeVillage: '铁佛村', skills: ['修脚'], preferredDestinations: ['深圳市'] });
    await waitFor(() => expect(container.querySelector('[data-field="profile-name"]')?.textContent).toBe('张秀英'));
    const text = container.textContent ?? '';
    for (const s of ['139 1234 5678', '高桥镇铁佛村', '修脚', '深圳市', '我的报名', '我的课程', '我的收藏', '大字模式', '退出登录']) expect(text).toContain(s);
    fireEvent.click(container.querySelector('[data-menu="applications"]')!);
    expect(calls.navigateTo).toEqual(['/me/applications/index']);
    expectPlainChinese(container);
    expect(api.unexpectedErrors).toEqual([]);
  });

  it('大字模式 is saved to the profile when signed in', async () => {
    const { container, api } = renderSignedIn(<MePage />);
    await waitFor(() => expect(container.querySelector('[data-field="profile-name"]')?.textContent).toBe('张秀英'));
    fireEvent.click(container.querySelector('[data-setting="large-text"]')!);
    await waitFor(() => expect(api.received.find((r) => r.operationName === 'UpdateProfile')?.variables).toEqual({ input: { largeText: true } }));
    expect([...api.accounts.users.values()][0].largeText).toBe(true);
    expect(container.querySelector('.screen')!.getAttribute('data-font-scale')).toBe('1.3');
  });

  it('signing in as someone whose profile has 大字模式 turns it on here', async () => {
    const { container, api } = renderWithApi(<MePage />);
    api.accounts.signIn('demo-VILLAGER-1', { largeText: true });
    expect(container.querySelector('.screen')!.getAttribute('data-font-scale')).toBe('1');
    fireEvent.click(tapTarget(container, '登录'));
    await waitFor(() => expect(container.querySelector('[data-demo-slot="1"]')).not.toBeNull());
    fireEvent.click(container.querySelector('[data-demo-role="VILLAGER"][data-demo-slot="1"]')!);
    await waitFor(() => expect(container.querySelector('[data-state="signed-in"]')).not.toBeNull());
    expect(container.querySelector('.screen')!.getAttribute('data-font-scale')).toBe('1.3');
  });

  it('退出登录 ends the session on the server and here, and stays signed out after a reload', async () => {
    const first = renderSignedIn(<MePage />);
    await waitFor(() => expect(first.container.querySelector('[data-state="signed-in"]')).not.toBeNull());
    fireEvent.click(tapTarget(first.container, '退出登录'));
    await waitFor(() => expect(first.container.querySelector('[data-state="signed-out"]')).not.toBeNull());
    expect(first.api.accounts.sessions.size).toBe(0);
    expect(sessionToken()).toBeNull();
    first.unmount();
    reloadSession();
    initFontScale();
    const again = render(<MePage />);
    expect(again.container.querySelector('[data-state="signed-out"]')).not.toBeNull();
  });

  it('an expired session says so on 我的', async () => {
    const { container } = renderSignedIn(<MePage />, {}, (a) => a.accounts.expireAllSessions());
    await waitFor(() => expect(container.querySelector('[data-state="signed-out"]')).not.toBeNull());
    expect(container.textContent).toContain('登录已过期，请重新登录');
    expectPlainChinese(container);
  });
});

describe('修改资料', () => {
  it('checks each field, saves only what changed, and the profile shows it', async () => {
    const { container, api } = renderSignedIn(<ProfilePage />);
    await waitFor(() => expect(inputValue(container, 'name')).toBe('张秀英'));
    typeInto(container, 'phone', '1391234');
    fireEvent.click(tapTarget(container, '保存'));
    await waitFor(() => expect(container.querySelector('[data-field="phone"] .form__problem')?.textContent).toBe('手机号要是1开头的11位数字'));
    expect(api.received.map((r) => r.operationName)).not.toContain('UpdateProfile');

    typeInto(container, 'phone', '13712345678');
    typeInto(container, 'homeTown', '高桥镇');
    fireEvent.click(container.querySelector('[data-field="skills"] [data-chip="修脚"]')!);
    fireEvent.click(container.querySelector('[data-field="preferredDestinations"] [data-chip="深圳市"]')!);
    fireEvent.click(tapTarget(container, '保存'));
    await waitFor(() => expect(calls.toasts).toContain('已保存'));
    expect(api.received.find((r) => r.operationName === 'UpdateProfile')?.variables).toEqual({
      input: { phone: '13712345678', homeTown: '高桥镇', skills: ['修脚'], preferredDestinations: ['深圳市'] },
    });
    const user = [...api.accounts.users.values()][0];
    expect(user.phone).toBe('13712345678');
    expect(user.skills).toEqual(['修脚']);
    expectPlainChinese(container);
  });

  it("shows the server's answer next to the field", async () => {
    const { container, api } = renderSignedIn(<ProfilePage />);
    await waitFor(() => expect(inputValue(container, 'name')).toBe('张秀英'));
    typeInto(container, 'homeVillage', '铁佛村');
    api.accounts.rateLimited = true;
    fireEvent.click(tapTarget(container, '保存'));
    await waitFor(() => expect(container.querySelector('[data-state="form-error"]')?.textContent).toBe('操作太频繁，请30秒后再试。'));
    expectPlainChinese(container);
  });
});

describe('收藏', () => {
  it('a job saved on its page is in 我的收藏, and removing it there takes it off', async () => {
    setRouterParams({ id: 'job-3' });
    const detail = renderSignedIn(<JobDetailPage />);
    await waitFor(() => expect(detail.container.querySelector('.detail')).not.toBeNull());
    const fav = () => detail.container.querySelector('[data-action="favorite"]') as HTMLElement;
    expect(fav().getAttribute('aria-checked')).toBe('false');
    fireEvent.click(fav());
    await waitFor(() => expect(fav().getAttribute('aria-checked')).toBe('true'));
    expect(fav().textContent).toContain('已收藏');
    detail.unmount();

    const mine = render(<MyFavoritesPage />);
    await waitFor(() => expect(mine.container.querySelector('[data-favorite="JOB:job-3"]')).not.toBeNull());
    expect(mine.container.querySelector('[data-job-id="job-3"]')).not.toBeNull();
    fireEvent.click(tapTarget(mine.container.querySelector('[data-favorite="JOB:job-3"]') as HTMLElement, '取消收藏'));
    await waitFor(() => expect(mine.container.textContent).toContain('还没有收藏'));
    expect(detail.api.accounts.favorites).toEqual([]);
    expectPlainChinese(mine.container);
  });
});

describe('我感兴趣 on a shop opening', () => {
  it('choose a position, send, and the button shows the state', async () => {
    setRouterParams({ id: 'opening-2' });
    const { container, api } = renderSignedIn(<OpeningDetailPage />);
    await waitFor(() => expect(container.querySelector('.detail')).not.toBeNull());
    const button = () => container.querySelector('[data-action="interest"]') as HTMLElement;
    expect(button().textContent).toBe('我感兴趣');
    fireEvent.click(button());
    await waitFor(() => expect(inputValue(container, 'phone')).toBe('13912345678'));
    // Two positions and no franchise: one must be chosen.
    fireEvent.click(tapTarget(container, '发给店里'));
    await waitFor(() => expect(container.querySelector('[data-state="form-error"]')?.textContent).toBe('请先选一个想做的'));
    fireEvent.click(container.querySelector('[data-choice="修脚师"]')!);
    fireEvent.click(tapTarget(container, '发给店里'));
    await waitFor(() => expect(sheet(container, 'interested')).not.toBeNull());
    expect(button().textContent).toBe('已表达意向 · 已发送');
    expect(api.received.find((r) => r.operationName === 'ExpressInterest')?.variables).toEqual({ franchiseOpeningId: 'opening-2', positionTitle: '修脚师', note: null });
    expectPlainChinese(container);
    expect(api.unexpectedErrors).toEqual([]);
  });

  it('a franchise offer can be chosen as 加盟 (no position)', async () => {
    setRouterParams({ id: 'opening-1' });
    const { container, api } = renderSignedIn(<OpeningDetailPage />);
    await waitFor(() => expect(container.querySelector('.detail')).not.toBeNull());
    fireEvent.click(container.querySelector('[data-action="interest"]')!);
    await waitFor(() => expect(inputValue(container, 'phone')).toBe('13912345678'));
    fireEvent.click(container.querySelector('[data-choice="franchise"]')!);
    typeInto(container, 'note', '想在安康开一家');
    fireEvent.click(tapTarget(container, '发给店里'));
    await waitFor(() => expect(sheet(container, 'interested')).not.toBeNull());
    expect(api.received.find((r) => r.operationName === 'ExpressInterest')?.variables).toEqual({ franchiseOpeningId: 'opening-1', positionTitle: null, note: '想在安康开一家' });
  });
});
