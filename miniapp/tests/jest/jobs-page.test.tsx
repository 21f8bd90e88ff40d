import { act, fireEvent, waitFor } from '@testing-library/react';
import JobsPage from '../../src/pages/jobs/index';
import { JOBS } from './support/fake-api';
import { cardIds, chip, chipCount, expectPlainChinese, renderWithApi, totalShown, waitForCards } from './support/render';
import { calls, firePageEvent } from './support/taro-shim';

function searchInput(container: HTMLElement): HTMLInputElement {
  const input = container.querySelector('.search__input input') as HTMLInputElement | null;
  if (!input) throw new Error('no search input');
  return input;
}

function typeKeyword(container: HTMLElement, text: string) {
  const input = searchInput(container);
  fireEvent.input(input, { target: { value: text } });
  fireEvent.click(container.querySelector('.search__button')!);
}

describe('找工作 list', () => {
  it('shows a skeleton first, then job cards with pay, place and badges', async () => {
    const { container, api } = renderWithApi(<JobsPage />);
    expect(container.querySelector('[data-state="loading"]')).not.toBeNull();
    await waitForCards(container, 'data-job-id');
    expect(cardIds(container, 'data-job-id')).toHaveLength(20);
    expect(totalShown(container)).toBe(JOBS.length);
    const first = container.querySelector('[data-job-id="job-1"]')!;
    expect(first.textContent).toContain('200–260元/天');
    expect(first.textContent).toContain('紫阳县·高桥镇');
    for (const badge of ['包吃', '夫妻间', '日结', '未认证']) expect(first.textContent).toContain(badge);
    expect(first.textContent).toContain('今天发布');
    const second = container.querySelector('[data-job-id="job-2"]')!;
    expect(second.textContent).toContain('3100–5100元/月');
    expect(second.textContent).toContain('深圳市·南山区');
    expect(second.textContent).toContain('已认证');
    expectPlainChinese(container);
    expect(api.unexpectedErrors).toEqual([]);
  });

  it('searching 足疗 shows only matching jobs', async () => {
    const { container, api } = renderWithApi(<JobsPage />);
    await waitForCards(container, 'data-job-id');
    typeKeyword(container, '  足疗 ');
    const expected = JOBS.filter((j) => j.title.includes('足疗') || j.description.includes('足疗')).map((j) => j.id);
    await waitFor(() => expect(cardIds(container, 'data-job-id')).toEqual(expected));
    expect(totalShown(container)).toBe(expected.length);
    // The keyword went out trimmed.
    expect(api.received.filter((r) => r.operationName === 'JobList').pop()?.variables.filter).toEqual({ keyword: '足疗' });
  });

  it('a keyword of only spaces means no keyword, and a 500-character one is cut to 50', async () => {
    const { container, api } = renderWithApi(<JobsPage />);
    await waitForCards(container, 'data-job-id');
    typeKeyword(container, '     ');
    await waitFor(() => expect(totalShown(container)).toBe(JOBS.length));
    expect(api.received.filter((r) => r.operationName === 'JobList').pop()?.variables.filter).toEqual({});

    typeKeyword(container, '足'.repeat(500));
    await waitFor(() => expect(container.querySelector('[data-state="empty"]')).not.toBeNull());
    const sent = api.received.filter((r) => r.operationName === 'JobList').pop()?.variables.filter as { keyword: string };
    expect(Array.from(sent.keyword)).toHaveLength(50);
    expect(container.textContent).toContain('没有找到合适的工作');
    expect(container.textContent).toContain('清除全部条件');
    expectPlainChinese(container);
    expect(api.unexpectedErrors).toEqual([]);
  });

  it('the 包吃住 chip shows the count the list has after tapping it', async () => {
    const { container } = renderWithApi(<JobsPage />);
    await waitForCards(container, 'data-job-id');
    await waitFor(() => expect(chipCount(container, '包吃住')).not.toBeNull());
    const promised = chipCount(container, '包吃住');
    const expected = JOBS.filter((j) => j.providesHousing && j.providesMeals).length;
    expect(promised).toBe(expected);

    fireEvent.click(chip(container, '包吃住'));
    await waitFor(() => expect(totalShown(container)).toBe(expected));
    expect(chip(container, '包吃住').getAttribute('aria-pressed')).toBe('true');
    await waitFor(() => expect(chipCount(container, '包吃住')).toBe(expected));
    for (const id of cardIds(container, 'data-job-id')) {
      const job = JOBS.find((j) => j.id === id)!;
      expect(job.providesHousing && job.providesMeals).toBe(true);
    }
  });

  it('every condition and category chip count equals the results after tapping it', async () => {
    const { container } = renderWithApi(<JobsPage />);
    await waitForCards(container, 'data-job-id');
    for (const label of ['夫妻间', '长白班', '日结', '认证企业', '足疗']) {
      await waitFor(() => expect(chipCount(container, label)).not.toBeNull());
      const promised = chipCount(container, label);
      fireEvent.click(chip(container, label));
      await waitFor(() => expect(chip(container, label).getAttribute('aria-pressed')).toBe('true'));
      await waitFor(() => expect(totalShown(container) ?? 0).toBe(promised));
      fireEvent.click(chip(container, label));
      await waitFor(() => expect(totalShown(container)).toBe(JOBS.length));
    }
  });

  it('reaching the bottom loads the next page without duplicates, then says it is the end', async () => {
    const { container } = renderWithApi(<JobsPage />);
    await waitForCards(container, 'data-job-id');
    await act(() => firePageEvent('reachBottom'));
    await waitFor(() => expect(cardIds(container, 'data-job-id')).toHaveLength(40));
    await act(() => firePageEvent('reachBottom'));
    await waitFor(() => expect(cardIds(container, 'data-job-id')).toHaveLength(45));
    const ids = cardIds(container, 'data-job-id');
    expect(new Set(ids).size).toBe(ids.length);
    expect(container.querySelector('[data-state="end"]')?.textContent).toContain('已经到底了');
  });

  it('losing the network shows a plain Chinese message and a retry that works', async () => {
    const { container, api } = renderWithApi(<JobsPage />, (a) => (a.mode = 'offline'));
    await waitFor(() => expect(container.querySelector('[data-state="error"]')).not.toBeNull());
    expect(container.textContent).toContain('网络没有连上');
    expectPlainChinese(container);
    api.mode = 'ok';
    fireEvent.click(container.querySelector('[data-state="error"] .btn')!);
    await waitForCards(container, 'data-job-id');
  });

  it('a next page that fails keeps the cards and offers to try again', async () => {
    const { container, api } = renderWithApi(<JobsPage />);
    await waitForCards(container, 'data-job-id');
    api.mode = 'http500';
    await act(() => firePageEvent('reachBottom'));
    await waitFor(() => expect(container.querySelector('[data-state="more-error"]')).not.toBeNull());
    expect(cardIds(container, 'data-job-id')).toHaveLength(20);
    expect(container.textContent).toContain('服务器暂时出了点问题');
    api.mode = 'ok';
    fireEvent.click(container.querySelector('[data-state="more-error"] .btn')!);
    await waitFor(() => expect(cardIds(container, 'data-job-id')).toHaveLength(40));
  });

  it('a passing failure is retried once before the villager sees anything', async () => {
    const { container } = renderWithApi(<JobsPage />, (a) => {
      a.mode = 'timeout';
      a.failures = 2; // the first JobList and JobFacets attempts
    });
    await waitForCards(container, 'data-job-id');
    expect(container.querySelector('[data-state="error"]')).toBeNull();
  });

  it('pull-to-refresh reloads the list and keeps the filters', async () => {
    const { container, api } = renderWithApi(<JobsPage />);
    await waitForCards(container, 'data-job-id');
    fireEvent.click(chip(container, '长白班'));
    await waitFor(() => expect(chip(container, '长白班').getAttribute('aria-pressed')).toBe('true'));
    const before = api.received.length;
    await act(() => firePageEvent('pullDownRefresh'));
    await waitFor(() => expect(api.received.length).toBeGreaterThan(before));
    expect(api.received.filter((r) => r.operationName === 'JobList').pop()?.variables.filter).toEqual({ dayShiftOnly: true });
  });

  it('sorting by pay puts the best-paid job first', async () => {
    const { container } = renderWithApi(<JobsPage />);
    await waitForCards(container, 'data-job-id');
    fireEvent.click(container.querySelector('[data-sort="HIGHEST_PAY"]')!);
    const best = [...JOBS].sort((a, b) => b.pay.monthlyMax - a.pay.monthlyMax)[0];
    await waitFor(() => expect(cardIds(container, 'data-job-id')[0]).toBe(best.id));
  });

  it('tapping a card opens its detail page, and the filters are still there afterwards', async () => {
    const first = renderWithApi(<JobsPage />);
    await waitForCards(first.container, 'data-job-id');
    typeKeyword(first.container, '修脚');
    await waitFor(() => expect(totalShown(first.container)).toBeLessThan(JOBS.length));
    const id = cardIds(first.container, 'data-job-id')[0];
    fireEvent.click(first.container.querySelector(`[data-job-id="${id}"]`)!);
    expect(calls.navigateTo.pop()).toBe(`/job/detail/index?id=${id}`);

    // WeChat may rebuild a hidden page: a new instance starts from the same search.
    const again = renderWithApi(<JobsPage />);
    await waitForCards(again.container, 'data-job-id');
    expect(searchInput(again.container).value).toBe('修脚');
    expect(again.api.received.find((r) => r.operationName === 'JobList')?.variables.filter).toEqual({ keyword: '修脚' });
  });
});
