import { act, fireEvent, waitFor } from '@testing-library/react';
import ApplicantsPage from '../../src/recruiter/applicants/index';
import BureauPage from '../../src/admin/index/index';
import { userErrorText } from '../../src/api/user-errors';
import { expectPlainChinese, renderSignedIn, tapTarget } from './support/render';
import { setRouterParams } from './support/taro-shim';

const STALE = { field: null, code: 'STALE_STATUS', message: '状态已被他人更新，请刷新后再试' };

function application(status: string) {
  const history: { status: string; at: string; message: string | null }[] = [{ status: 'SUBMITTED', at: '2026-11-30T02:00:00Z', message: null }];
  if (status !== 'SUBMITTED') history.push({ status, at: '2026-11-30T03:00:00Z', message: status === 'HIRED' ? '下周一上岗' : null });
  return {
    id: 'app-1', status, note: null, createdAt: '2026-11-30T02:00:00Z', history,
    applicant: { id: 'u1', name: '张桂兰', phone: '13800001001' }, certificates: [],
  };
}

describe('a status someone else changed first (STALE_STATUS)', () => {
  it('reads as plain Chinese, whatever the server wrote', () => {
    expect(userErrorText({ ...STALE, message: 'stale' })).toBe('状态已被他人更新，请刷新后再试');
  });

  it('报名的人: a colleague hired her while the recruiter rejected her — the list reloads and shows 已录用 with the reason', async () => {
    setRouterParams({ id: 'job-1' });
    let hired = false;
    const { container, api } = renderSignedIn(<ApplicantsPage />, {}, (a) => {
      a.extraRoot.job = () => ({
        id: 'job-1', title: '修脚师傅', status: 'OPEN',
        applicationCounts: { submitted: hired ? 0 : 1, viewed: 0, interview: 0, hired: hired ? 1 : 0, rejected: 0, withdrawn: 0 },
        applications: [application(hired ? 'HIRED' : 'SUBMITTED')],
      });
      a.extraRoot.setApplicationStatus = () => {
        hired = true; // the colleague's decision landed first
        return { application: application('HIRED'), userErrors: [STALE] };
      };
    });
    await waitFor(() => expect(container.querySelector('[data-applicant-id="app-1"]')?.getAttribute('data-status')).toBe('SUBMITTED'));
    const loads = () => api.received.filter((r) => r.operationName === 'JobApplicants').length;
    const before = loads();
    fireEvent.click(tapTarget(container, '不录用'));
    await act(async () => {
      fireEvent.click(tapTarget(container, '确定不录用'));
    });
    await waitFor(() => expect(container.querySelector('[data-applicant-id="app-1"]')?.getAttribute('data-status')).toBe('HIRED'));
    expect(loads()).toBe(before + 1);
    const card = container.querySelector('[data-applicant-id="app-1"]')!;
    expect(card.querySelector('[data-state="form-error"]')?.textContent).toBe('状态已被他人更新，请刷新后再试');
    // The rejection step is closed, and no step a hired applicant cannot take is offered.
    expect(card.querySelector('[data-step]')).toBeNull();
    expect(card.querySelector('[data-action^="status-"]')).toBeNull();
    expectPlainChinese(card as HTMLElement);
  });

  it('县人社局: another admin rejected the organisation first — the queue reloads without it', async () => {
    let decided = false;
    const { container, api } = renderSignedIn(<BureauPage />, { isAdmin: true } as never, (a) => {
      a.extraRoot.pendingOrganizations = () => (decided ? [] : [{ id: 'o9', name: '新开足浴', kind: 'SHOP_BRAND', description: '', place: { province: '四川省', city: '成都市', county: null, town: null } }]);
      a.extraRoot.reports = () => [];
      a.extraRoot.reviewQueue = () => [];
      a.extraRoot.verifyOrganization = () => {
        decided = true;
        return { organization: { id: 'o9', verified: false }, userErrors: [STALE] };
      };
    });
    await waitFor(() => expect(container.querySelector('[data-organization-id="o9"]')).not.toBeNull());
    const loads = () => api.received.filter((r) => r.operationName === 'BureauQueues').length;
    const before = loads();
    await act(async () => {
      fireEvent.click(tapTarget(container.querySelector('[data-organization-id="o9"]') as HTMLElement, '认证通过'));
    });
    await waitFor(() => expect(container.querySelector('[data-organization-id="o9"]')).toBeNull());
    expect(loads()).toBe(before + 1);
    expect(container.textContent).toContain('没有等待认证的机构');
  });
});
