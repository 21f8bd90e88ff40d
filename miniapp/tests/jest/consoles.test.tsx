import { act, fireEvent, render, waitFor } from '@testing-library/react';
import JobFormPage from '../../src/recruiter/job/index';
import { ApplicantCard } from '../../src/features/recruiter/ApplicantCard';
import { BarChart, MonthChart } from '../../src/features/admin/Charts';
import { jobProblems, emptyJobDraft, type JobDraft } from '../../src/features/recruiter/job-form';
import { UserErrorsError } from '../../src/api/user-errors';
import { configureClient } from '../../src/api/client';
import type { ApplicantFieldsFragment } from '../../src/gql/graphql';
import { expectPlainChinese, renderSignedIn, sheet, tapTarget, typeInto } from './support/render';
import { setRouterParams } from './support/taro-shim';

const problemAt = (container: HTMLElement, field: string) => container.querySelector(`[data-field="${field}"] .form__problem`)?.textContent ?? null;

function fillValidJob(container: HTMLElement) {
  typeInto(container, 'title', '修脚师傅 深圳包吃住');
  typeInto(container, 'headcount', '3');
  typeInto(container, 'pay.min', '6000');
  typeInto(container, 'pay.max', '9000');
  typeInto(container, 'place.province', '广东省');
  typeInto(container, 'place.city', '深圳市');
  typeInto(container, 'description', '紫阳老乡开的修脚店，包吃包住，有夫妻间。不向求职者收取任何费用。');
  typeInto(container, 'contactName', '周经理');
  typeInto(container, 'contactPhone', '13800002001');
}

describe('the job form (招工管理 → 发布招聘)', () => {
  beforeEach(() => setRouterParams({ org: 'e1' }));

  it('checks the server rules in the app first, each problem under its own box, and sends nothing', async () => {
    const { container, api } = renderSignedIn(<JobFormPage />);
    await waitFor(() => expect(container.querySelector('[data-field="title"] input')).not.toBeNull());
    fillValidJob(container);
    typeInto(container, 'pay.min', '9500');
    typeInto(container, 'ageMin', '15');
    typeInto(container, 'description', '包吃包住，工资高，活不累，快来报名吧朋友们。');
    fireEvent.click(tapTarget(container, '发布'));
    await waitFor(() => expect(problemAt(container, 'pay.min')).toBe('最低工资不能高于最高工资'));
    expect(problemAt(container, 'ageMin')).toBe('最小年龄应在 16 到 70 之间');
    expect(problemAt(container, 'description')).toBe('工作介绍里必须写明“不向求职者收取任何费用”');
    expect(problemAt(container, 'title')).toBeNull();
    expect(api.received.some((r) => r.operationName === 'PostJob')).toBe(false);
    expectPlainChinese(container);
  });

  it("shows the server's field errors on the right field (a deposit on 工作介绍, a city on 城市)", async () => {
    const { container, api } = renderSignedIn(<JobFormPage />, {}, (a) => {
      a.extraRoot.postJob = () => ({
        job: null,
        userErrors: [
          { field: 'input.description', code: 'FEE_REQUESTED', message: '招聘信息不能向求职者收钱（发现：押金）。请删掉收费内容' },
          { field: 'input.place.city', code: 'TOO_LONG', message: '城市最多 20 个字' },
          { field: 'organizationId', code: 'ORGANIZATION_SUSPENDED', message: '机构因多次违规被暂停发布' },
        ],
      });
    });
    await waitFor(() => expect(container.querySelector('[data-field="title"] input')).not.toBeNull());
    fillValidJob(container);
    fireEvent.click(tapTarget(container, '发布'));
    await waitFor(() => expect(problemAt(container, 'description')).toBe('招聘信息不能向求职者收钱（发现：押金）。请删掉收费内容'));
    expect(problemAt(container, 'place.city')).toBe('城市最多 20 个字');
    expect(problemAt(container, 'title')).toBeNull();
    // An error about no field on the form still reaches the recruiter, above the buttons.
    expect(container.querySelector('[data-state="form-error"]')?.textContent).toBe('机构因多次违规被暂停发布');
    const sent = api.received.find((r) => r.operationName === 'PostJob')!.variables as { input: { pay: unknown; providesHousing: boolean }; publish: boolean; organizationId: string };
    expect(sent.organizationId).toBe('e1');
    expect(sent.publish).toBe(true);
    expect(sent.input.pay).toEqual({ min: 6000, max: 9000, unit: 'MONTH', settlement: 'MONTHLY', unitsPerMonth: null });
    expect(api.unexpectedErrors).toEqual([]);
  });

  it('an answer lost on the mountain network: 发布 is sent again with the same key, and the job saved once', async () => {
    configureClient({ retryDelayMs: 0 });
    const keys: string[] = [];
    const { container, api } = renderSignedIn(<JobFormPage />, {}, (a) => {
      a.extraRoot.postJob = (args: { idempotencyKey: string }) => {
        keys.push(args.idempotencyKey);
        return { job: JOB_FIXTURE, userErrors: [] };
      };
    });
    try {
      await waitFor(() => expect(container.querySelector('[data-field="title"] input')).not.toBeNull());
      fillValidJob(container);
      api.mode = 'offline';
      api.failures = 1;
      fireEvent.click(tapTarget(container, '发布'));
      await waitFor(() => expect(sheet(container, 'job-saved')).not.toBeNull());
      const sent = api.received.filter((r) => r.operationName === 'PostJob').map((r) => r.variables.idempotencyKey);
      expect(sent).toHaveLength(2);
      expect(sent[1]).toBe(sent[0]);
      expect(keys).toEqual([sent[0]]);
    } finally {
      configureClient({ retryDelayMs: 1000 });
    }
  });

  it('publishing a job that mentions a fee word says it waits for the bureau', async () => {
    const { container } = renderSignedIn(<JobFormPage />, {}, (a) => {
      a.extraRoot.postJob = () => ({ job: { ...JOB_FIXTURE, status: 'UNDER_REVIEW' }, userErrors: [] });
    });
    await waitFor(() => expect(container.querySelector('[data-field="title"] input')).not.toBeNull());
    fillValidJob(container);
    fireEvent.click(tapTarget(container, '发布'));
    await waitFor(() => expect(sheet(container, 'job-saved')).not.toBeNull());
    expect(sheet(container, 'job-saved')!.textContent).toContain('县人社局审核');
  });
});

const JOB_FIXTURE = {
  id: 'job-new', title: '修脚师傅 深圳包吃住', category: 'PEDICURE', description: '不向求职者收取任何费用，包吃住。', status: 'OPEN',
  place: { province: '广东省', city: '深圳市', county: null, town: null, village: null, address: null },
  pay: { min: 6000, max: 9000, unit: 'MONTH', settlement: 'MONTHLY' },
  providesHousing: true, providesMeals: true, coupleRooms: true, dayShiftOnly: false, socialInsurance: false, travelPaid: false,
  headcount: 3, ageMin: null, ageMax: null, requirements: [], contactName: '周经理', contactPhone: '13800002001',
  publishedAt: '2026-11-30T02:00:00Z', expiresAt: null, applicationCounts: null,
};

describe('jobProblems mirrors the server rules', () => {
  const valid: JobDraft = { ...emptyJobDraft('周经理', '13800002001'), title: '修脚师傅', description: '包吃包住，有夫妻间。不向求职者收取任何费用。', province: '广东省', city: '深圳市', payMin: '6000', payMax: '9000' };
  it('accepts a complete job', () => expect(jobProblems(valid, '2026-11-30')).toEqual({}));
  it('names each broken rule by its field', () => {
    expect(jobProblems({ ...valid, payUnit: 'DAY', payMin: '2500', payMax: '3000' }, '2026-11-30')['pay.min']).toBe('最低工资应在 1 到 2000 之间');
    expect(jobProblems({ ...valid, headcount: '0' }, '2026-11-30').headcount).toBe('招聘人数应在 1 到 999 之间');
    expect(jobProblems({ ...valid, contactPhone: '12345' }, '2026-11-30').contactPhone).toBe('联系电话应是手机号或带区号的座机');
    expect(jobProblems({ ...valid, expiresOn: '2026-11-29' }, '2026-11-30').expiresOn).toBe('截止日期不能早于发布日期');
    expect(jobProblems({ ...valid, expiresOn: '2027-06-30' }, '2026-11-30').expiresOn).toBe('招聘最长 180 天');
    expect(jobProblems({ ...valid, title: '修脚' }, '2026-11-30').title).toBe('标题至少 4 个字');
  });
});

function applicant(status: ApplicantFieldsFragment['status']): ApplicantFieldsFragment {
  return {
    id: 'app-1', status, note: '做过五年修脚', createdAt: '2026-11-30T02:00:00Z',
    history: [{ status: 'SUBMITTED', at: '2026-11-30T02:00:00Z', message: null }],
    applicant: { id: 'u1', name: '张桂兰', phone: '13800001001' },
    helper: null,
    certificates: [{ id: 'c1', name: '专项职业能力证书（修脚）', number: 'ZY2026-00000001', courseTitle: '修脚班', issuedOn: '2026-11-20', trainer: { id: 't1', name: '紫阳县职业技术教育中心' } }],
  };
}

describe('an applicant in 报名的人', () => {
  it('shows name, phone, note, certificate and a call button', () => {
    const { container } = render(<ApplicantCard application={applicant('SUBMITTED')} onSetStatus={jest.fn()} />);
    expect(container.textContent).toContain('张桂兰');
    expect(container.textContent).toContain('138 0000 1001');
    expect(container.textContent).toContain('留言：做过五年修脚');
    expect(container.querySelector('[data-field="certificates"]')?.textContent).toContain('专项职业能力证书（修脚）（ZY2026-00000001），紫阳县职业技术教育中心');
    expect(container.querySelector('[data-action="call"]')?.getAttribute('href')).toBe('tel:13800001001');
  });

  it('moves along the pipeline: 已查看 at once, 面试 only with a time and place', async () => {
    const onSetStatus = jest.fn().mockResolvedValue(undefined);
    const { container, rerender } = render(<ApplicantCard application={applicant('SUBMITTED')} onSetStatus={onSetStatus} />);
    fireEvent.click(tapTarget(container, '标为已查看'));
    await waitFor(() => expect(onSetStatus).toHaveBeenCalledWith('app-1', 'VIEWED', null));

    rerender(<ApplicantCard application={applicant('VIEWED')} onSetStatus={onSetStatus} />);
    expect(container.textContent).not.toContain('标为已查看');
    fireEvent.click(tapTarget(container, '邀请面试'));
    fireEvent.click(tapTarget(container, '确定邀请面试'));
    await waitFor(() => expect(container.querySelector('[data-field="message"] .form__problem')?.textContent).toBe('请写明面试的时间和地点'));
    expect(onSetStatus).toHaveBeenCalledTimes(1);
    // Taro's web Textarea draws its inner box a moment later.
    await waitFor(() => expect(container.querySelector('[data-field="message"] textarea')).not.toBeNull());
    typeInto(container, 'message', '12月5日上午10点，南山店');
    fireEvent.click(tapTarget(container, '确定邀请面试'));
    await waitFor(() => expect(onSetStatus).toHaveBeenLastCalledWith('app-1', 'INTERVIEW', '12月5日上午10点，南山店'));
    await waitFor(() => expect(container.querySelector('[data-step]')).toBeNull());

    rerender(<ApplicantCard application={applicant('INTERVIEW')} onSetStatus={onSetStatus} />);
    fireEvent.click(tapTarget(container, '录用'));
    fireEvent.click(tapTarget(container, '确定录用'));
    await waitFor(() => expect(onSetStatus).toHaveBeenLastCalledWith('app-1', 'HIRED', null));
    rerender(<ApplicantCard application={applicant('HIRED')} onSetStatus={onSetStatus} />);
    expect(container.querySelector('[data-action^="status-"]')).toBeNull();
    expectPlainChinese(container.querySelector('.card__title')!.parentElement!);
  });

  it("shows the server's refusal under the message box", async () => {
    const onSetStatus = jest.fn().mockRejectedValue(new UserErrorsError([{ field: 'message', code: 'TOO_LONG', message: '留言最多 200 个字' }]));
    const { container } = render(<ApplicantCard application={applicant('VIEWED')} onSetStatus={onSetStatus} />);
    fireEvent.click(tapTarget(container, '不录用'));
    await act(async () => {
      fireEvent.click(tapTarget(container, '确定不录用'));
    });
    await waitFor(() => expect(container.querySelector('[data-field="message"] .form__problem')?.textContent).toBe('留言最多 200 个字'));
  });
});

describe('county figures charts', () => {
  const rows = [
    { label: '高桥镇', postings: 4, applications: 10, hires: 2, enrollments: 6, completions: 3 },
    { label: '城关镇', postings: 2, applications: 5, hires: 1, enrollments: 0, completions: 0 },
    { label: '红椿镇', postings: 0, applications: 0, hires: 0, enrollments: 1, completions: 0 },
  ];

  it('draws one bar per town, as long as its share of the largest, with the figure written out', () => {
    const { container } = render(<BarChart rows={rows} measure='applications' title='各乡镇报名' />);
    const bars = [...container.querySelectorAll('[data-chart="bar"] [data-label]')];
    expect(bars.map((b) => [b.getAttribute('data-label'), b.getAttribute('data-value')])).toEqual([['高桥镇', '10'], ['城关镇', '5'], ['红椿镇', '0']]);
    const widths = bars.map((b) => (b.querySelector('.chart__bar') as HTMLElement).style.width);
    expect(widths).toEqual(['100%', '50%', '0%']);
    expect(bars[0].textContent).toContain('10');
    expectPlainChinese(container);
  });

  it('draws each month with a column per measure and names the newest month', () => {
    const months = [
      { label: '2026-09', postings: 1, applications: 2, hires: 0, enrollments: 0, completions: 0 },
      { label: '2026-10', postings: 3, applications: 8, hires: 1, enrollments: 0, completions: 0 },
      { label: '2026-11', postings: 2, applications: 4, hires: 2, enrollments: 0, completions: 0 },
    ];
    const { container } = render(<MonthChart rows={months} measures={['postings', 'applications', 'hires']} title='每月' />);
    const columns = [...container.querySelectorAll('[data-label="2026-10"] .chart__column')] as HTMLElement[];
    expect(columns.map((c) => [c.getAttribute('data-measure'), c.getAttribute('data-value')])).toEqual([['postings', '3'], ['applications', '8'], ['hires', '1']]);
    // The tallest figure is the full height; the others in proportion.
    expect(columns[1].style.height).toBe('112px');
    expect(container.querySelector('[data-field="latest"]')?.textContent).toBe('11月：招聘 2 · 报名 4 · 录用 2');
    expectPlainChinese(container);
  });

  it('an empty period says so instead of drawing nothing', () => {
    const { container } = render(<BarChart rows={[]} measure='hires' title='各乡镇录用' />);
    expect(container.textContent).toContain('这段时间还没有数据');
  });
});
