import { fireEvent, waitFor } from '@testing-library/react';
import JobsPage from '../../src/pages/jobs/index';
import CoursesPage from '../../src/pages/courses/index';
import OpeningsPage from '../../src/pages/openings/index';
import { keptPageKey, MAX_BYTES } from '../../src/api/kept-first-page';
import { printDocument } from '../../src/api/print-document';
import { JobListQuery } from '../../src/features/jobs/operations';
import { CourseListQuery } from '../../src/features/courses/operations';
import { OpeningListQuery } from '../../src/features/openings/operations';
import { forgetRememberedState } from '../../src/shared/useRememberedState';
import { COURSES, JOBS, OPENINGS } from './support/fake-api';
import { cardIds, chip, expectPlainChinese, renderWithApi, tapTarget, totalShown, waitForCards } from './support/render';
import { storedValue } from './support/taro-shim';
import Taro from '@tarojs/taro';

/** A first visit that shows and keeps the default jobs list. */
async function firstVisit() {
  const first = renderWithApi(<JobsPage />);
  await waitForCards(first.container, 'data-job-id');
  await waitFor(() => expect(storedValue(keptPageKey('jobs'))).toBeTruthy());
  const shown = cardIds(first.container, 'data-job-id');
  first.unmount();
  // A new launch: filters are forgotten, storage stays.
  forgetRememberedState();
  return shown;
}

describe('the first page kept on the phone', () => {
  it('the three list queries ask for card fields only, never description, requirements or contacts', () => {
    for (const doc of [JobListQuery, CourseListQuery, OpeningListQuery]) {
      const text = printDocument(doc);
      expect(text).toMatch(/edges/);
      for (const field of ['description', 'requirements', 'contactName', 'contactPhone', 'address', 'latitude']) {
        expect(text).not.toMatch(new RegExp(`\\b${field}\\b`));
      }
    }
  });

  it('a second visit shows the kept jobs at once with a quiet 正在更新, then the fresh ones', async () => {
    const shown = await firstVisit();
    const kept = JSON.parse(String(storedValue(keptPageKey('jobs'))));
    expect(kept.nodes.map((n: { id: string }) => n.id)).toEqual(shown);
    // Public card fields only.
    expect(JSON.stringify(kept)).not.toMatch(/description|contactPhone|contactName|13\d{9}/);

    const { container, unmount } = renderWithApi(<JobsPage />, (api) => {
      api.mode = 'hang';
    });
    // Before any answer: the kept cards, the hint, and no skeleton.
    expect(cardIds(container, 'data-job-id')).toEqual(shown);
    expect(container.querySelector('[data-state="updating"]')?.textContent).toContain('正在更新');
    expect(container.querySelector('[data-state="loading"]')).toBeNull();
    expect(totalShown(container)).toBe(JOBS.length);
    expectPlainChinese(container);
    unmount();
  });

  it('the hint goes once the fresh page is in', async () => {
    await firstVisit();
    const { container } = renderWithApi(<JobsPage />);
    // Answers arrive after the first render: until then the kept page shows with the hint.
    expect(container.querySelector('[data-state="updating"]')).not.toBeNull();
    await waitFor(() => expect(container.querySelector('[data-state="updating"]')).toBeNull());
    expect(cardIds(container, 'data-job-id')).toHaveLength(20);
    expect(container.querySelector('[data-state="kept"]')).toBeNull();
  });

  it('offline on the second visit: the kept jobs stay, with a plain message and a retry that works', async () => {
    const shown = await firstVisit();
    const { container, api } = renderWithApi(<JobsPage />, (a) => {
      a.mode = 'offline';
    });
    await waitFor(() => expect(container.querySelector('[data-state="kept"]')).not.toBeNull());
    expect(cardIds(container, 'data-job-id')).toEqual(shown);
    expect(container.querySelector('[data-state="error"]')).toBeNull();
    const notice = container.querySelector('[data-state="kept"]')!.textContent ?? '';
    expect(notice).toContain('没能更新');
    expect(notice).toContain('网络没有连上');
    expect(notice).toContain('今天看到的内容');
    expectPlainChinese(container);

    api.mode = 'ok';
    fireEvent.click(tapTarget(container.querySelector('[data-state="kept"]') as HTMLElement, '重新加载'));
    await waitFor(() => expect(container.querySelector('[data-state="kept"]')).toBeNull());
    await waitFor(() => expect(container.querySelector('[data-state="updating"]')).toBeNull());
    expect(cardIds(container, 'data-job-id')).toHaveLength(20);
  });

  it('a filtered list is never kept, and never shown from what was kept', async () => {
    const shown = await firstVisit();
    const before = storedValue(keptPageKey('jobs'));
    const { container } = renderWithApi(<JobsPage />);
    await waitFor(() => expect(container.querySelector('[data-state="updating"]')).toBeNull());
    await waitForCards(container, 'data-job-id');
    const savedDefault = storedValue(keptPageKey('jobs'));
    fireEvent.click(chip(container, '夫妻间'));
    const expected = JOBS.filter((j) => j.coupleRooms).length;
    await waitFor(() => expect(totalShown(container)).toBe(expected));
    // The chip's list replaced nothing kept; while it loaded, no kept default cards stood in.
    expect(storedValue(keptPageKey('jobs'))).toBe(savedDefault);
    expect(JSON.parse(String(before)).nodes.map((n: { id: string }) => n.id)).toEqual(shown);
    // Clearing the chip goes back to the default list, kept again from the fresh answer.
    fireEvent.click(chip(container, '夫妻间'));
    await waitFor(() => expect(totalShown(container)).toBe(JOBS.length));
    expect(JSON.parse(String(storedValue(keptPageKey('jobs')))).totalCount).toBe(JOBS.length);
  });

  it('a filtered list that fails shows the error screen, not the kept default cards', async () => {
    await firstVisit();
    const { container, api } = renderWithApi(<JobsPage />);
    await waitFor(() => expect(container.querySelector('[data-state="updating"]')).toBeNull());
    api.mode = 'offline';
    fireEvent.click(chip(container, '日结'));
    await waitFor(() => expect(container.querySelector('[data-state="error"]')).not.toBeNull());
    expect(cardIds(container, 'data-job-id')).toEqual([]);
    expect(container.querySelector('[data-state="kept"]')).toBeNull();
  });

  it('kept pages of another app version, garbage or oversized ones are ignored', async () => {
    const shown = await firstVisit();
    const good = JSON.parse(String(storedValue(keptPageKey('jobs'))));
    const cases = [
      JSON.stringify({ ...good, fingerprint: 'older-version' }),
      '{not json',
      JSON.stringify({ ...good, nodes: [{ title: 'no id' }] }),
      JSON.stringify({ ...good, savedAt: new Date(Date.now() - 40 * 24 * 3600 * 1000).toISOString() }),
      JSON.stringify({ ...good, padding: 'x'.repeat(MAX_BYTES) }),
    ];
    for (const stored of cases) {
      Taro.setStorageSync(keptPageKey('jobs'), stored);
      const { container, unmount } = renderWithApi(<JobsPage />, (api) => {
        api.mode = 'hang';
      });
      expect(container.querySelector('[data-state="loading"]')).not.toBeNull();
      expect(cardIds(container, 'data-job-id')).toEqual([]);
      unmount();
    }
    expect(shown).toHaveLength(20);
  });

  it('courses and shop openings keep their first pages too', async () => {
    for (const [Page, tab, attr, total] of [
      [CoursesPage, 'courses', 'data-course-id', COURSES.length],
      [OpeningsPage, 'openings', 'data-opening-id', OPENINGS.length],
    ] as const) {
      const first = renderWithApi(<Page />);
      await waitForCards(first.container, attr);
      await waitFor(() => expect(storedValue(keptPageKey(tab))).toBeTruthy());
      const shown = cardIds(first.container, attr);
      first.unmount();
      forgetRememberedState();
      const { container, unmount } = renderWithApi(<Page />, (api) => {
        api.mode = 'offline';
      });
      expect(cardIds(container, attr)).toEqual(shown);
      await waitFor(() => expect(container.querySelector('[data-state="kept"]')).not.toBeNull());
      expect(totalShown(container)).toBe(total);
      expectPlainChinese(container);
      unmount();
    }
  });
});
