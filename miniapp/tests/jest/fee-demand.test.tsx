import { fireEvent, waitFor } from '@testing-library/react';
import CourseDetailPage from '../../src/course/detail/index';
import MyApplicationsPage from '../../src/me/applications/index';
import { expectPlainChinese, renderSignedIn, sheet, tapTarget, typeInto } from './support/render';
import { setRouterParams } from './support/taro-shim';

/** What the server answers to 对方让我交钱, frozen or not, recording what it was sent. */
function answering(frozen: boolean, sent: Record<string, unknown>[]) {
  return (args: Record<string, unknown>) => {
    sent.push(args);
    return { report: { id: `rep-${sent.length}`, status: 'OPEN', postingFrozen: frozen }, userErrors: [] };
  };
}

/** A course of the fake catalogue. */
const COURSE = 'course-2';

describe('对方让我交钱', () => {
  it('on a course page: the note is optional, one tap sends, the answer is shown', async () => {
    setRouterParams({ id: COURSE });
    const sent: Record<string, unknown>[] = [];
    const { container, api } = renderSignedIn(<CourseDetailPage />, {}, (a) => {
      a.extraRoot.reportFeeDemand = answering(false, sent);
    });
    await waitFor(() => expect(container.querySelector('[data-action="fee-demand"]')).not.toBeNull());
    fireEvent.click(tapTarget(container, '对方让我交钱'));
    const open = () => sheet(container, 'fee-demand') as HTMLElement;
    await waitFor(() => expect(open()).not.toBeNull());
    expect(open()).not.toBeNull();
    expect(open().textContent).toContain('可以不填');
    // The note left empty: one tap sends the report.
    fireEvent.click(tapTarget(open(), '告诉县人社局'));
    await waitFor(() => expect(open().querySelector('[data-state="fee-reported"]')).not.toBeNull());
    expect(sent).toEqual([{ postingId: COURSE, note: null, idempotencyKey: expect.any(String) }]);
    expect(open().textContent).toContain('请你不要交钱');
    expectPlainChinese(container);
    fireEvent.click(tapTarget(open(), '知道了'));
    expect(sheet(container, 'fee-demand')).toBeNull();
    expect(api.unexpectedErrors).toEqual([]);
  });

  it('sends the note typed, refuses one too long before sending, and shows the server\'s refusal', async () => {
    setRouterParams({ id: COURSE });
    const sent: Record<string, unknown>[] = [];
    const { container, api } = renderSignedIn(<CourseDetailPage />, {}, (a) => {
      a.extraRoot.reportFeeDemand = (args: Record<string, unknown>) => {
        sent.push(args);
        return sent.length === 1
          ? { report: null, userErrors: [{ field: 'note', code: 'INVALID', message: '补充说明含有无法识别的字符' }] }
          : { report: { id: 'rep-1', status: 'OPEN', postingFrozen: true }, userErrors: [] };
      };
    });
    await waitFor(() => expect(container.querySelector('[data-action="fee-demand"]')).not.toBeNull());
    fireEvent.click(tapTarget(container, '对方让我交钱'));
    const open = () => sheet(container, 'fee-demand') as HTMLElement;
    await waitFor(() => expect(open()).not.toBeNull());
    await waitFor(() => expect(open().querySelector('[data-field="note"] textarea')).not.toBeNull());
    typeInto(open(), 'note', '钱'.repeat(201));
    fireEvent.click(tapTarget(open(), '告诉县人社局'));
    expect(open().textContent).toContain('补充说明最多 200 个字');
    expect(sent).toEqual([]);
    typeInto(open(), 'note', '打电话让先交500元服装费');
    fireEvent.click(tapTarget(open(), '告诉县人社局'));
    await waitFor(() => expect(open().textContent).toContain('补充说明含有无法识别的字符'));
    fireEvent.click(tapTarget(open(), '告诉县人社局'));
    await waitFor(() => expect(open().querySelector('[data-state="fee-reported"]')).not.toBeNull());
    expect(sent.map((s) => s.note)).toEqual(['打电话让先交500元服装费', '打电话让先交500元服装费']);
    expect(open().textContent).toContain('这条信息先暂停显示了');
    expect(api.unexpectedErrors).toEqual([]);
  });

  it('on 我的报名: every application has the button, one sheet opens at a time, and the list reloads after', async () => {
    const sent: Record<string, unknown>[] = [];
    const { container, api } = renderSignedIn(<MyApplicationsPage />, {}, (a) => {
      const userId = [...a.accounts.users.values()][0].id;
      for (const [id, jobId] of [['app-1', 'job-1'], ['app-2', 'job-2']]) {
        a.accounts.applications.push({ id, jobId, userId, note: null, status: 'SUBMITTED', history: [{ status: 'SUBMITTED', at: '2026-11-28T02:00:00.000Z', message: null }], createdAt: '2026-11-28T02:00:00.000Z', updatedAt: '2026-11-28T02:00:00.000Z' });
      }
      a.extraRoot.reportFeeDemand = answering(true, sent);
    });
    await waitFor(() => expect(container.querySelector('[data-application-id="app-2"]')).not.toBeNull());
    const card = (id: string) => container.querySelector(`[data-application-id="${id}"]`) as HTMLElement;
    expect(card('app-1').querySelector('[data-action="fee-demand"]')).not.toBeNull();
    fireEvent.click(tapTarget(card('app-2'), '对方让我交钱'));
    await waitFor(() => expect(sheet(container, 'fee-demand')).not.toBeNull());
    expect(container.querySelectorAll('[data-sheet="fee-demand"]')).toHaveLength(1);
    fireEvent.click(tapTarget(sheet(container, 'fee-demand')!, '告诉县人社局'));
    await waitFor(() => expect(container.querySelector('[data-state="fee-reported"]')).not.toBeNull());
    expect(sent).toEqual([{ postingId: 'job-2', note: null, idempotencyKey: expect.any(String) }]);
    const loads = api.received.filter((r) => r.operationName === 'MyApplications').length;
    fireEvent.click(tapTarget(sheet(container, 'fee-demand')!, '知道了'));
    await waitFor(() => expect(api.received.filter((r) => r.operationName === 'MyApplications').length).toBeGreaterThan(loads));
    expect(container.querySelectorAll('[data-sheet="fee-demand"]')).toHaveLength(0);
    expectPlainChinese(container);
    expect(api.unexpectedErrors).toEqual([]);
  });
});
