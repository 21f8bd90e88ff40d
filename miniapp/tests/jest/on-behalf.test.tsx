import { fireEvent, render, waitFor } from '@testing-library/react';
import { InterestCard } from '../../src/features/recruiter/InterestCard';
import JobDetailPage from '../../src/job/detail/index';
import { expectPlainChinese, inputValue, renderSignedIn, sheet, tapTarget, typeInto } from './support/render';
import { setRouterParams } from './support/taro-shim';

const applyButton = (container: HTMLElement) => container.querySelector('[data-action="apply"]') as HTMLElement;
const problemOf = (container: HTMLElement, field: string) => container.querySelector(`[data-field="onBehalf.${field}"]`)?.textContent ?? '';

describe('帮家人报名 on the apply form', () => {
  async function openForm() {
    setRouterParams({ id: 'job-2' });
    const rendered = renderSignedIn(<JobDetailPage />);
    const { container } = rendered;
    await waitFor(() => expect(container.querySelector('.detail')).not.toBeNull());
    fireEvent.click(applyButton(container));
    await waitFor(() => expect(inputValue(container, 'name')).toBe('张秀英'));
    return rendered;
  }

  it('is off at first; switched on it asks for the relative and how she is related', async () => {
    const { container } = await openForm();
    const form = sheet(container, 'contact-form')!;
    expect(form.querySelector('[data-field="onBehalf.name"]')).toBeNull();
    fireEvent.click(tapTarget(form, '☐帮家人报名'));
    for (const f of ['name', 'phone', 'homeTown', 'homeVillage', 'relation']) expect(form.querySelector(`[data-field="onBehalf.${f}"]`)).not.toBeNull();
    // A cadre's relation is only for cadres the bureau verified.
    expect(form.querySelector('[data-choice="VILLAGE_CADRE"]')).toBeNull();
    expect([...form.querySelectorAll('[data-field="onBehalf.relation"] [data-choice]')].map((e) => e.textContent)).toEqual(['子女', '配偶', '亲戚']);
    expectPlainChinese(container);
  });

  it('checks the relative before sending: nothing missing, a real mobile number, not her own', async () => {
    const { container, api } = await openForm();
    const form = sheet(container, 'contact-form')!;
    fireEvent.click(tapTarget(form, '☐帮家人报名'));
    // The relative's boxes render their inputs a moment after the switch, as in the next test.
    await waitFor(() => expect(container.querySelector('[data-field="onBehalf.phone"] input')).not.toBeNull());
    fireEvent.click(tapTarget(form, '提交报名'));
    await waitFor(() => expect(problemOf(container, 'name')).toContain('请填写家人的姓名'));
    expect(problemOf(container, 'phone')).toContain('请填写家人的手机号');
    expect(problemOf(container, 'homeTown')).toContain('请填写家人的家乡镇');
    expect(problemOf(container, 'relation')).toContain('请选择你和家人的关系');
    typeInto(container, 'onBehalf.phone', '13912345678');
    fireEvent.click(tapTarget(form, '提交报名'));
    await waitFor(() => expect(problemOf(container, 'phone')).toContain('这是你自己的手机号'));
    typeInto(container, 'onBehalf.phone', '2392222000');
    fireEvent.click(tapTarget(form, '提交报名'));
    await waitFor(() => expect(problemOf(container, 'phone')).toContain('手机号要是1开头的11位数字'));
    expect(api.received.filter((r) => r.operationName === 'ApplyToJob')).toEqual([]);
    expectPlainChinese(container);
  });

  it('sends the relative with the application and says whom it was for', async () => {
    const { container, api } = await openForm();
    const form = sheet(container, 'contact-form')!;
    fireEvent.click(tapTarget(form, '☐帮家人报名'));
    await waitFor(() => expect(container.querySelector('[data-field="onBehalf.homeVillage"] input')).not.toBeNull());
    typeInto(container, 'onBehalf.name', ' 张大山 ');
    typeInto(container, 'onBehalf.phone', '13922220002');
    typeInto(container, 'onBehalf.homeTown', '高桥镇');
    typeInto(container, 'onBehalf.homeVillage', '铁佛村');
    fireEvent.click(tapTarget(form, '子女'));
    fireEvent.click(tapTarget(form, '提交报名'));
    await waitFor(() => expect(api.received.find((r) => r.operationName === 'ApplyToJob')).toBeDefined());
    expect(api.received.find((r) => r.operationName === 'ApplyToJob')!.variables.onBehalf).toEqual({ name: '张大山', phone: '13922220002', homeTown: '高桥镇', homeVillage: '铁佛村', relation: 'CHILD' });
    await waitFor(() => expect(sheet(container, 'applied')).not.toBeNull());
    expect(sheet(container, 'applied')!.textContent).toContain('已经替张大山把报名发给');
    // Her own button does not turn into 已报名: the application is his.
    expect(applyButton(container).textContent).toBe('我要报名');
  });
});

describe('who applied for whom, on the lists of those who receive it', () => {
  const interest = {
    __typename: 'Interest' as const,
    id: 'interest-1',
    positionTitle: '足疗技师',
    note: null,
    createdAt: '2026-12-01T02:00:00.000Z',
    person: { __typename: 'User' as const, id: 'relative-1', name: '张大山', phone: '13922220002' },
    helper: { __typename: 'Helper' as const, name: '张丽', phone: '13800001001', relation: 'CHILD' as const },
  };

  it('a brand sees the helper and her phone beside the villager', () => {
    const { container } = render(<InterestCard interest={interest} />);
    expect(container.querySelector('[data-field="helper"]')?.textContent).toBe('由 张丽（子女）代报名 · 138 0000 1001');
    expectPlainChinese(container);
  });

  it('shows nothing of a helper when the villager came by herself', () => {
    const { container } = render(<InterestCard interest={{ ...interest, helper: null }} />);
    expect(container.querySelector('[data-field="helper"]')).toBeNull();
  });
});
