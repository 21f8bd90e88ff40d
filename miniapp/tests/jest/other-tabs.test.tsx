import { act, fireEvent, render, waitFor } from '@testing-library/react';
import CoursesPage from '../../src/pages/courses/index';
import MePage from '../../src/pages/me/index';
import OpeningsPage from '../../src/pages/openings/index';
import { SLOW_AFTER_MS } from '../../src/shared/usePagedList';
import { initFontScale } from '../../src/shared/font-scale';
import { COURSES, OPENINGS } from './support/fake-api';
import { cardIds, chip, expectPlainChinese, renderWithApi, totalShown, waitForCards } from './support/render';
import { firePageEvent } from './support/taro-shim';

describe('学技能 list', () => {
  it('cards show free or fee, dates and seats left', async () => {
    const { container, api } = renderWithApi(<CoursesPage />);
    await waitForCards(container, 'data-course-id');
    const first = container.querySelector('[data-course-id="course-1"]')!;
    expect(first.textContent).toContain('免费');
    expect(first.textContent).toContain('12月15日—12月30日');
    expect(first.textContent).toContain('还剩12个名额');
    const paid = container.querySelector('[data-course-id="course-5"]')!;
    expect(paid.textContent).toContain('学费800元');
    const full = container.querySelector('[data-course-id="course-6"]')!;
    expect(full.textContent).toContain('名额已满');
    expectPlainChinese(container);
    expect(api.unexpectedErrors).toEqual([]);
  });

  it('免费 and 还有名额 narrow the list; reaching the bottom loads the rest', async () => {
    const { container } = renderWithApi(<CoursesPage />);
    await waitForCards(container, 'data-course-id');
    await act(() => firePageEvent('reachBottom'));
    await waitFor(() => expect(cardIds(container, 'data-course-id')).toHaveLength(COURSES.length));
    fireEvent.click(chip(container, '免费'));
    fireEvent.click(chip(container, '还有名额'));
    const expected = COURSES.filter((c) => c.isFree && c.seatsLeft > 0 && c.status === 'OPEN').length;
    await waitFor(() => expect(totalShown(container)).toBe(expected));
  });
});

describe('开店加盟 list', () => {
  it('cards show city, positions and pay', async () => {
    const { container, api } = renderWithApi(<OpeningsPage />);
    await waitForCards(container, 'data-opening-id');
    expect(cardIds(container, 'data-opening-id')).toHaveLength(OPENINGS.length);
    const first = container.querySelector('[data-opening-id="opening-1"]')!;
    expect(first.textContent).toContain('紫阳县·高桥镇');
    expect(first.textContent).toContain('修脚师 4人 · 6000–9000元/月');
    expect(first.textContent).toContain('可加盟');
    expectPlainChinese(container);
    fireEvent.click(chip(container, '可加盟'));
    await waitFor(() => expect(totalShown(container)).toBe(OPENINGS.filter((o) => o.isFranchiseOffer).length));
    expect(api.unexpectedErrors).toEqual([]);
  });

  it('a search with no result suggests what to change and clears in one tap', async () => {
    const { container } = renderWithApi(<OpeningsPage />);
    await waitForCards(container, 'data-opening-id');
    const input = container.querySelector('.search__input input') as HTMLInputElement;
    fireEvent.input(input, { target: { value: '拉萨' } });
    fireEvent.click(container.querySelector('.search__button')!);
    await waitFor(() => expect(container.querySelector('[data-state="empty"]')).not.toBeNull());
    expect(container.textContent).toContain('换个城市或品牌');
    fireEvent.click(container.querySelector('[data-state="empty"] .btn')!);
    await waitFor(() => expect(cardIds(container, 'data-opening-id')).toHaveLength(OPENINGS.length));
  });
});

describe('bad networks', () => {
  it.each([
    ['graphqlErrors', '服务器暂时出了点问题'],
    ['http500', '服务器暂时出了点问题'],
    ['timeout', '网络太慢'],
    ['offline', '网络没有连上'],
  ] as const)('%s: a plain Chinese message and a retry', async (mode, message) => {
    const { container, api } = renderWithApi(<CoursesPage />, (a) => (a.mode = mode));
    await waitFor(() => expect(container.querySelector('[data-state="error"]')).not.toBeNull());
    expect(container.textContent).toContain(message);
    expect(container.textContent).toContain('重新加载');
    expectPlainChinese(container);
    api.mode = 'ok';
    fireEvent.click(container.querySelector('[data-state="error"] .btn')!);
    await waitForCards(container, 'data-course-id');
  });

  it('a slow answer shows a notice with a retry instead of a blank screen', async () => {
    jest.useFakeTimers();
    try {
      const { container, api } = renderWithApi(<OpeningsPage />, (a) => (a.mode = 'hang'));
      expect(container.querySelector('[data-state="loading"]')).not.toBeNull();
      act(() => void jest.advanceTimersByTime(SLOW_AFTER_MS + 100));
      expect(container.querySelector('[data-state="slow"]')?.textContent).toContain('网络有点慢');
      api.mode = 'ok';
      fireEvent.click(container.querySelector('[data-state="slow"] .btn')!);
      await act(async () => void jest.advanceTimersByTime(10));
      jest.useRealTimers();
      await waitForCards(container, 'data-opening-id');
      expect(container.querySelector('[data-state="slow"]')).toBeNull();
    } finally {
      jest.useRealTimers();
    }
  });
});

describe('我的', () => {
  it('大字模式 enlarges text by 1.3× and is remembered', async () => {
    const first = render(<MePage />);
    const root = () => first.container.querySelector('.screen')!;
    expect(root().getAttribute('data-font-scale')).toBe('1');
    const toggle = first.container.querySelector('[data-setting="large-text"]')!;
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-checked')).toBe('true');
    expect(root().getAttribute('data-font-scale')).toBe('1.3');
    expect((root() as HTMLElement).style.getPropertyValue('--fs')).toBe('1.3');
    first.unmount();

    // A new visit reads the saved setting.
    initFontScale();
    const again = render(<MePage />);
    expect(again.container.querySelector('.screen')!.getAttribute('data-font-scale')).toBe('1.3');
    expectPlainChinese(again.container);
  });

  it('switching 大字模式 on one page enlarges pages already open', async () => {
    const { container } = renderWithApi(<CoursesPage />);
    const me = render(<MePage />);
    fireEvent.click(me.container.querySelector('[data-setting="large-text"]')!);
    await waitFor(() => expect(container.querySelector('.screen')!.getAttribute('data-font-scale')).toBe('1.3'));
  });
});
