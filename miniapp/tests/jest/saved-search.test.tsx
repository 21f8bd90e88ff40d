import { act, fireEvent, waitFor } from '@testing-library/react';
import JobsPage from '../../src/pages/jobs/index';
import MySavedSearchesPage from '../../src/me/saved-searches/index';
import { searchOf, type SavedJobFilter } from '../../src/features/saved-searches/saved-search';
import { chip, expectPlainChinese, renderSignedIn, waitForCards } from './support/render';
import { calls, setSubscribeAnswer } from './support/taro-shim';

const EMPTY: SavedJobFilter = {
  keyword: null, category: null, place: null, minPay: null, providesHousing: null, providesMeals: null, coupleRooms: null, dayShiftOnly: null,
  socialInsurance: null, travelPaid: null, dailySettlement: null, verifiedOnly: null, directEmployerOnly: null, postedWithinDays: null,
};

const saveButton = (container: HTMLElement) => container.querySelector('[data-action="save-search"]') as HTMLElement | null;

describe('保存搜索 on the job list', () => {
  it('appears once a filter is on, sends the filter on screen, and says what was saved', async () => {
    const { container, api } = renderSignedIn(<JobsPage />, {}, (a) => {
      a.extraRoot.saveSearch = ({ filter }: { filter: Record<string, unknown> }) => ({
        created: true,
        savedSearch: { id: 'ss-1', name: '包吃住', createdAt: '2026-12-03T00:00:00.000Z', filter: { ...EMPTY, ...filter } },
        userErrors: [],
      });
    });
    await waitForCards(container, 'data-job-id');
    expect(saveButton(container)).toBeNull();
    fireEvent.click(chip(container, '包吃住'));
    await waitFor(() => expect(saveButton(container)).not.toBeNull());
    await act(async () => {
      fireEvent.click(saveButton(container)!);
    });
    await waitFor(() => expect(container.querySelector('[data-saved-search="包吃住"]')).not.toBeNull());
    expect(api.received.filter((r) => r.operationName === 'SaveSearch').map((r) => r.variables.filter)).toEqual([{ providesHousing: true, providesMeals: true }]);
    expect(container.textContent).toContain('已保存“包吃住”。有新工作，每天在“消息”里告诉你一次。');
    expectPlainChinese(container);
    expect(api.unexpectedErrors).toEqual([]);
  });

  it('in WeChat, asks for the subscribe message at each tap, as a one-time grant allows one message', async () => {
    const env = { TARO_ENV: process.env.TARO_ENV, TARO_APP_SUBSCRIBE_TEMPLATES: process.env.TARO_APP_SUBSCRIBE_TEMPLATES };
    process.env.TARO_ENV = 'weapp';
    process.env.TARO_APP_SUBSCRIBE_TEMPLATES = 'tmpl-digest';
    try {
      setSubscribeAnswer({ 'tmpl-digest': 'accept' });
      const accepted: string[][] = [];
      const { container } = renderSignedIn(<JobsPage />, {}, (a) => {
        a.extraRoot.saveSearch = ({ filter }: { filter: Record<string, unknown> }) => ({
          created: true,
          savedSearch: { id: 'ss-1', name: '包吃住', createdAt: '2026-12-03T00:00:00.000Z', filter: { ...EMPTY, ...filter } },
          userErrors: [],
        });
        a.extraRoot.acceptWechatSubscriptions = ({ templates }: { templates: string[] }) => {
          accepted.push(templates);
          return true;
        };
      });
      await waitForCards(container, 'data-job-id');
      fireEvent.click(chip(container, '包吃住'));
      await waitFor(() => expect(saveButton(container)).not.toBeNull());
      const before = calls.subscribeRequests.length;
      await act(async () => {
        fireEvent.click(saveButton(container)!);
      });
      await waitFor(() => expect(container.querySelector('[data-saved-search="包吃住"]')).not.toBeNull());
      expect(saveButton(container)!.textContent).toBe('每天提醒我');
      await act(async () => {
        fireEvent.click(saveButton(container)!);
      });
      await waitFor(() => expect(accepted).toEqual([['tmpl-digest'], ['tmpl-digest']]));
      expect(calls.subscribeRequests.slice(before)).toEqual([['tmpl-digest'], ['tmpl-digest']]);
    } finally {
      for (const [k, v] of Object.entries(env)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
  });

  it("shows the server's reason when it refuses (the 11th search)", async () => {
    const { container } = renderSignedIn(<JobsPage />, {}, (a) => {
      a.extraRoot.saveSearch = () => ({ created: false, savedSearch: null, userErrors: [{ field: null, code: 'TOO_MANY_SAVED_SEARCHES', message: '最多保存 10 个搜索，请先在“我的 › 我的搜索”里删掉一个不用的' }] });
    });
    await waitForCards(container, 'data-job-id');
    fireEvent.click(chip(container, '包吃住'));
    await waitFor(() => expect(saveButton(container)).not.toBeNull());
    await act(async () => {
      fireEvent.click(saveButton(container)!);
    });
    await waitFor(() => expect(container.querySelector('[data-state="form-error"]')?.textContent).toContain('最多保存 10 个搜索'));
    expect(container.querySelector('[data-saved-search]')).toBeNull();
  });
});

describe('我的搜索', () => {
  it('lists the saved searches and deletes one', async () => {
    const searches = [
      { id: 'ss-1', name: '深圳 · 足疗 · 包吃住', createdAt: '2026-12-03T02:00:00.000Z', filter: { ...EMPTY, category: 'FOOT_THERAPY', place: { province: null, city: '深圳市', county: null, town: null }, providesHousing: true, providesMeals: true } },
      { id: 'ss-2', name: '“修脚”', createdAt: '2026-12-02T02:00:00.000Z', filter: { ...EMPTY, keyword: '修脚' } },
    ];
    const { container, api } = renderSignedIn(<MySavedSearchesPage />, {}, (a) => {
      a.extraRoot.me = () => ({ id: 'villager-1', savedSearches: searches });
      a.extraRoot.deleteSavedSearch = ({ id }: { id: string }) => ({ deletedId: id, userErrors: [] });
    });
    await waitFor(() => expect(container.querySelectorAll('[data-saved-search]')).toHaveLength(2));
    expect(container.textContent).toContain('深圳 · 足疗 · 包吃住');
    expect(container.textContent).toContain('12月3日保存');
    const row = container.querySelector('[data-saved-search="“修脚”"]')!;
    await act(async () => {
      fireEvent.click(row.querySelector('[data-action="delete-saved-search"]')!);
    });
    await waitFor(() => expect(container.querySelectorAll('[data-saved-search]')).toHaveLength(1));
    expect(api.received.filter((r) => r.operationName === 'DeleteSavedSearch').map((r) => r.variables)).toEqual([{ id: 'ss-2' }]);
    expectPlainChinese(container);
    expect(api.unexpectedErrors).toEqual([]);
  });

  it('maps a saved filter back onto the job list chips', () => {
    expect(searchOf({ ...EMPTY, category: 'FOOT_THERAPY', place: { province: null, city: '深圳市', county: null, town: null }, providesHousing: true, providesMeals: true, coupleRooms: true })).toEqual({
      keyword: undefined, category: 'FOOT_THERAPY', city: '深圳市', conditions: ['boardAndLodging', 'coupleRooms'],
    });
    // Housing alone has no chip of its own: 包吃住 is both.
    expect(searchOf({ ...EMPTY, keyword: '修脚', providesHousing: true }).conditions).toEqual([]);
  });
});
