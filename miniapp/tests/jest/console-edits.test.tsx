import { fireEvent, waitFor } from '@testing-library/react';
import CourseFormPage from '../../src/trainer/course/index';
import OpeningFormPage from '../../src/recruiter/opening/index';
import InterestsPage from '../../src/recruiter/interests/index';
import { courseProblems, draftFromCourse, type EmployerChoice } from '../../src/features/trainer/course-form';
import { EmployerPicker } from '../../src/features/trainer/EmployerPicker';
import { COURSES, OPENINGS } from './support/fake-api';
import { expectPlainChinese, inputValue, renderSignedIn, renderWithApi, sheet, tapTarget, typeInto } from './support/render';
import { setRouterParams } from './support/taro-shim';

const LONG_DESCRIPTION = '手把手教修脚，学会为止；结业后推荐到合作的店里上班，包吃包住。';

describe('editing a course (培训管理 → 修改)', () => {
  beforeEach(() => setRouterParams({ id: 'course-2' }));

  it('fills the form with the course, lets the trainer change the employers it leads to, and saves with updateCourse', async () => {
    const { container, api } = renderSignedIn(<CourseFormPage />, {}, (a) => {
      a.extraRoot.updateCourse = () => ({ course: { id: 'course-2', title: COURSES[1].title, status: 'OPEN' }, userErrors: [] });
    });
    await waitFor(() => expect(inputValue(container, 'title')).toBe(COURSES[1].title));
    expect(inputValue(container, 'seats')).toBe('40');
    expect(inputValue(container, 'certificate')).toBe('专项职业能力证书（修脚）');
    expect(container.querySelector('[data-chosen-employer="e1"]')?.textContent).toContain('紫阳足康连锁');

    // 电子 is in job titles of other employers too: only the employer named so is offered, once.
    typeInto(container, 'employerKeyword', '电子');
    fireEvent.click(tapTarget(container, '查找'));
    await waitFor(() => expect(container.querySelectorAll('[data-found-employer]').length).toBe(1));
    const found = container.querySelector('[data-found-employer="e2"]')!;
    expect(found.textContent).toContain('深圳华强电子厂');
    expect(found.textContent).toContain('未认证');
    fireEvent.click(tapTarget(found as HTMLElement, '选上'));
    fireEvent.click(tapTarget(container.querySelector('[data-chosen-employer="e1"]') as HTMLElement, '去掉'));
    expect([...container.querySelectorAll('[data-chosen-employer]')].map((e) => e.getAttribute('data-chosen-employer'))).toEqual(['e2']);

    typeInto(container, 'description', LONG_DESCRIPTION);
    typeInto(container, 'seats', '45');
    fireEvent.click(tapTarget(container, '保存修改'));
    await waitFor(() => expect(sheet(container, 'course-saved')).not.toBeNull());
    expect(sheet(container, 'course-saved')!.textContent).toContain('改好了');
    const sent = api.received.find((r) => r.operationName === 'UpdateCourse')!.variables as { id: string; input: Record<string, unknown> };
    expect(sent.id).toBe('course-2');
    expect(sent.input).toMatchObject({ title: COURSES[1].title, seats: 45, skill: 'PEDICURE', leadsToEmployerIds: ['e2'], description: LONG_DESCRIPTION, requirements: ['16–55岁', '紫阳县户籍'] });
    expect(api.received.some((r) => r.operationName === 'PostCourse')).toBe(false);
    expect(api.unexpectedErrors).toEqual([]);
    expectPlainChinese(container);
  });

  it("places the server's refusal of an employer under 订单式培训", async () => {
    const { container } = renderSignedIn(<CourseFormPage />, {}, (a) => {
      a.extraRoot.updateCourse = () => ({ course: null, userErrors: [{ field: 'input.leadsToEmployerIds', code: 'NOT_FOUND', message: '关联的用工单位不存在' }] });
    });
    await waitFor(() => expect(inputValue(container, 'title')).toBe(COURSES[1].title));
    typeInto(container, 'description', LONG_DESCRIPTION);
    fireEvent.click(tapTarget(container, '保存修改'));
    await waitFor(() => expect(container.querySelector('[data-field="leadsToEmployerIds"] > .form__problem')?.textContent).toBe('找不到了，可能已经被删除'));
  });
});

describe('choosing employers for 订单式培训', () => {
  const five: EmployerChoice[] = Array.from({ length: 5 }, (_, i) => ({ id: `x${i}`, name: `合作单位${i + 1}`, verified: true }));

  it('offers no more once five are chosen', async () => {
    const onChange = jest.fn();
    const { container } = renderWithApi(<EmployerPicker chosen={five} onChange={onChange} />);
    await waitFor(() => expect(container.querySelector('[data-field="employerKeyword"] input')).not.toBeNull());
    typeInto(container, 'employerKeyword', '足康');
    fireEvent.click(tapTarget(container, '查找'));
    await waitFor(() => expect(container.querySelector('[data-found-employer="e1"]')).not.toBeNull());
    expect(container.querySelector('[data-state="employers-full"]')?.textContent).toBe('已经选了 5 家，要换就先去掉一家。');
    expect(container.querySelector('[data-action="add-employer"]')).toBeNull();
    expectPlainChinese(container);
  });

  it('says so when no employer has the words, and asks for words first', async () => {
    const { container } = renderWithApi(<EmployerPicker chosen={[]} onChange={jest.fn()} />);
    await waitFor(() => expect(container.querySelector('[data-field="employerKeyword"] input')).not.toBeNull());
    fireEvent.click(tapTarget(container, '查找'));
    expect(container.querySelector('[data-state="form-error"]')?.textContent).toBe('请先写上单位名称里的几个字');
    typeInto(container, 'employerKeyword', '没有这家');
    fireEvent.click(tapTarget(container, '查找'));
    await waitFor(() => expect(container.querySelector('[data-state="no-employers"]')).not.toBeNull());
  });

  it('the form rules allow at most five', () => {
    const course = { ...COURSES[1], description: LONG_DESCRIPTION, leadsToEmployers: [] } as never;
    const draft = { ...draftFromCourse(course), leadsTo: [...five, { id: 'x6', name: '第六家', verified: false }] };
    expect(courseProblems(draft, '2026-11-30').leadsToEmployerIds).toBe('最多关联 5 家用工单位');
    expect(courseProblems({ ...draft, leadsTo: five }, '2026-11-30')).toEqual({});
  });
});

describe('editing a shop opening (招工管理 → 新店招人 → 修改)', () => {
  beforeEach(() => setRouterParams({ id: 'opening-1' }));

  it('fills the form with the opening and saves the change with updateFranchiseOpening', async () => {
    const { container, api } = renderSignedIn(<OpeningFormPage />, {}, (a) => {
      a.extraRoot.updateFranchiseOpening = () => ({ franchiseOpening: { id: 'opening-1', title: OPENINGS[0].title, status: 'OPEN' }, userErrors: [] });
    });
    await waitFor(() => expect(inputValue(container, 'title')).toBe(OPENINGS[0].title));
    expect(inputValue(container, 'positions.0.title')).toBe('修脚师');
    expect(inputValue(container, 'positions.1.pay.max')).toBe('8000');
    expect(inputValue(container, 'positions.2.title')).toBe('');
    expect(inputValue(container, 'franchise.investmentMin')).toBe('150000');
    expect(inputValue(container, 'franchise.brandProvides')).toBe('技术培训\n装修设计');

    typeInto(container, 'description', '新店开业，急招修脚师和足疗技师，包吃包住，不向求职者收取任何费用。');
    typeInto(container, 'positions.0.headcount', '5');
    fireEvent.click(tapTarget(container, '保存修改'));
    await waitFor(() => expect(sheet(container, 'opening-saved')).not.toBeNull());
    const sent = api.received.find((r) => r.operationName === 'UpdateFranchiseOpening')!.variables as { id: string; input: { positions: unknown[]; franchise: unknown; openingDate: string } };
    expect(sent.id).toBe('opening-1');
    expect(sent.input.positions).toEqual([
      { title: '修脚师', headcount: 5, pay: { min: 6000, max: 9000, unit: 'MONTH', settlement: 'MONTHLY' } },
      { title: '足疗技师', headcount: 6, pay: { min: 5000, max: 8000, unit: 'MONTH', settlement: 'MONTHLY' } },
    ]);
    expect(sent.input.franchise).toEqual({
      investmentMin: 150000,
      investmentMax: 300000,
      brandProvides: ['技术培训', '装修设计'],
      filingNumber: '0440300111600123',
      disclosure: {
        ownShops: [
          { city: '深圳市', address: null, openedOn: '2019-05-01' },
          { city: '深圳市', address: null, openedOn: '2021-03-01' },
          { city: '广州市', address: null, openedOn: '2026-06-01' },
        ],
        fees: [
          { name: '加盟费', amount: 30000, refundable: false, refundWhen: null },
          { name: '履约保证金', amount: 10000, refundable: true, refundWhen: '合同期满没有违约，30天内全额退还' },
        ],
        investmentItems: [
          { name: '加盟费', min: 30000, max: 30000 },
          { name: '履约保证金', min: 10000, max: 10000 },
          { name: '装修和设备', min: 110000, max: 260000 },
        ],
      },
    });
    expect(sent.input.openingDate).toBe('2027-01-08');
    expect(api.received.some((r) => r.operationName === 'PostFranchiseOpening')).toBe(false);
    expect(api.unexpectedErrors).toEqual([]);
  });
});

describe('感兴趣的人 of a shop opening', () => {
  beforeEach(() => setRouterParams({ id: 'opening-1' }));

  it('lists each interested villager with what she wants, her note and a call button', async () => {
    const { container } = renderSignedIn(<InterestsPage />, {}, (a) => {
      a.extraRoot.franchiseOpening = () => ({
        ...OPENINGS[0],
        interests: [
          { id: 'i1', positionTitle: '修脚师', note: '做过三年修脚', createdAt: '2026-11-29T02:00:00Z', person: { id: 'u1', name: '张桂兰', phone: '13800001001' } },
          { id: 'i2', positionTitle: null, note: null, createdAt: '2026-11-28T02:00:00Z', person: { id: 'u2', name: '', phone: null } },
        ],
      });
    });
    await waitFor(() => expect(container.querySelectorAll('[data-interest-id]').length).toBe(2));
    expect(container.textContent).toContain('2人感兴趣');
    const first = container.querySelector('[data-interest-id="i1"]')!;
    expect(first.textContent).toContain('张桂兰');
    expect(first.textContent).toContain('138 0000 1001');
    expect(first.textContent).toContain('想做：修脚师');
    expect(first.textContent).toContain('留言：做过三年修脚');
    expect(first.querySelector('[data-action="call"]')?.getAttribute('href')).toBe('tel:13800001001');
    const second = container.querySelector('[data-interest-id="i2"]')!;
    expect(second.textContent).toContain('想了解加盟');
    expect(second.textContent).toContain('没留电话');
    expect(second.querySelector('[data-action="call"]')).toBeNull();
    expectPlainChinese(container);
  });

  it('says when nobody is interested yet', async () => {
    const { container } = renderSignedIn(<InterestsPage />, {}, (a) => {
      a.extraRoot.franchiseOpening = () => ({ ...OPENINGS[0], interests: [] });
    });
    await waitFor(() => expect(container.textContent).toContain('还没有人感兴趣'));
  });
});
