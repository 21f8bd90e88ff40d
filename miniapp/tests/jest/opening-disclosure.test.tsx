import { fireEvent, waitFor } from '@testing-library/react';
import OpeningFormPage from '../../src/recruiter/opening/index';
import { OPENINGS } from './support/fake-api';
import { expectPlainChinese, inputValue, renderSignedIn, sheet, tapTarget, typeInto } from './support/render';
import { setRouterParams } from './support/taro-shim';

// 招工管理 → 新店招人 with 同时招加盟: the franchise disclosure the server now requires.

const D = 'franchise.disclosure';
const problemAt = (container: HTMLElement, field: string) => container.querySelector(`[data-field="${field}"] > .form__problem`)?.textContent ?? null;
const tap = (container: HTMLElement, selector: string) => fireEvent.click(container.querySelector(selector) as HTMLElement);

async function addRow(container: HTMLElement, action: string, rowAttr: string, count: number) {
  tap(container, `[data-action="${action}"]`);
  await waitFor(() => expect(container.querySelectorAll(`[${rowAttr}]`).length).toBe(count));
}

/** A complete offer: two shops open over a year, a fee and a refundable deposit, two investment items adding up. */
async function fillFranchiseOffer(container: HTMLElement) {
  typeInto(container, 'title', '足康堂 西安雁塔店 招加盟');
  typeInto(container, 'description', '足康堂在西安开新店，招修脚师，也招加盟商，不向求职者收取任何费用。');
  typeInto(container, 'place.province', '陕西省');
  typeInto(container, 'place.city', '西安市');
  typeInto(container, 'positions.0.title', '修脚师');
  typeInto(container, 'positions.0.headcount', '3');
  typeInto(container, 'positions.0.pay.min', '6000');
  typeInto(container, 'positions.0.pay.max', '9000');
  tap(container, '[data-field="franchise"]');
  await waitFor(() => expect(container.querySelector('[data-field="franchise.investmentMin"] input')).not.toBeNull());
  typeInto(container, 'franchise.investmentMin', '100000');
  typeInto(container, 'franchise.investmentMax', '200000');
  typeInto(container, 'franchise.brandProvides', '技术培训\n装修设计');
  typeInto(container, 'franchise.filingNumber', '0610100211800123');

  typeInto(container, `${D}.ownShops.0.city`, '西安市');
  typeInto(container, `${D}.ownShops.0.openedOn`, '2018-03-01');
  typeInto(container, `${D}.ownShops.0.address`, '雁塔区小寨东路');
  await addRow(container, 'add-shop', 'data-shop', 2);
  typeInto(container, `${D}.ownShops.1.city`, '安康市');
  typeInto(container, `${D}.ownShops.1.openedOn`, '2020-09-15');

  typeInto(container, `${D}.fees.0.name`, '加盟费');
  typeInto(container, `${D}.fees.0.amount`, '30000');
  await addRow(container, 'add-fee', 'data-fee', 2);
  typeInto(container, `${D}.fees.1.name`, '履约保证金');
  typeInto(container, `${D}.fees.1.amount`, '10000');
  tap(container, `[data-field="${D}.fees.1.refundable"]`);
  await waitFor(() => expect(container.querySelector(`[data-field="${D}.fees.1.refundWhen"] input`)).not.toBeNull());
  typeInto(container, `${D}.fees.1.refundWhen`, '合同期满没有违约，30天内全额退还');

  typeInto(container, `${D}.investmentItems.0.name`, '加盟费和保证金');
  typeInto(container, `${D}.investmentItems.0.min`, '40000');
  typeInto(container, `${D}.investmentItems.0.max`, '40000');
  await addRow(container, 'add-investment-item', 'data-investment-item', 2);
  typeInto(container, `${D}.investmentItems.1.name`, '装修和设备');
  typeInto(container, `${D}.investmentItems.1.min`, '60000');
  typeInto(container, `${D}.investmentItems.1.max`, '160000');
  typeInto(container, 'contactName', '陈店长');
  typeInto(container, 'contactPhone', '13800138000');
}

describe('a franchise offer with its disclosure (招工管理 → 新店招人 → 同时招加盟)', () => {
  beforeEach(() => setRouterParams({ org: 'b1' }));

  it('a brand fills its shops, fees and investment items and publishes; the server works out 两店一年', async () => {
    const { container, api } = renderSignedIn(<OpeningFormPage />);
    await waitFor(() => expect(container.querySelector('[data-field="title"] input')).not.toBeNull());
    await fillFranchiseOffer(container);
    // No switch to claim 两店一年: a line says it is worked out from the shops.
    expect(container.querySelector('[data-field="meetsTwoShopsOneYear"]')).toBeNull();
    expect(container.querySelector('[data-state="two-shops-one-year"]')?.textContent).toContain('按上面的直营店算');
    expect(container.querySelector('[data-state="investment-sums"]')?.textContent).toBe('明细加起来：100000 到 200000 元');

    // A row added by mistake is deleted again, and the one below it keeps its boxes.
    await addRow(container, 'add-shop', 'data-shop', 3);
    typeInto(container, `${D}.ownShops.2.city`, '杭州市');
    fireEvent.click(tapTarget(container.querySelector('[data-shop="1"]') as HTMLElement, '删除'));
    await waitFor(() => expect(container.querySelectorAll('[data-shop]').length).toBe(2));
    expect(inputValue(container, `${D}.ownShops.1.city`)).toBe('杭州市');
    typeInto(container, `${D}.ownShops.1.city`, '安康市');
    typeInto(container, `${D}.ownShops.1.openedOn`, '2020-09-15');

    fireEvent.click(tapTarget(container, '发布'));
    await waitFor(() => expect(sheet(container, 'opening-saved')).not.toBeNull());
    expect(sheet(container, 'opening-saved')!.textContent).toContain('按你填的直营店算，符合两店一年。');
    const sent = api.received.find((r) => r.operationName === 'PostFranchiseOpening')!.variables as { organizationId: string; input: { franchise: Record<string, unknown> } };
    expect(sent.organizationId).toBe('b1');
    expect(sent.input.franchise).toEqual({
      investmentMin: 100000,
      investmentMax: 200000,
      brandProvides: ['技术培训', '装修设计'],
      filingNumber: '0610100211800123',
      disclosure: {
        ownShops: [
          { city: '西安市', address: '雁塔区小寨东路', openedOn: '2018-03-01' },
          { city: '安康市', address: null, openedOn: '2020-09-15' },
        ],
        fees: [
          { name: '加盟费', amount: 30000, refundable: false, refundWhen: null },
          { name: '履约保证金', amount: 10000, refundable: true, refundWhen: '合同期满没有违约，30天内全额退还' },
        ],
        investmentItems: [
          { name: '加盟费和保证金', min: 40000, max: 40000 },
          { name: '装修和设备', min: 60000, max: 160000 },
        ],
      },
    });
    expect('meetsTwoShopsOneYear' in sent.input.franchise).toBe(false);
    expect([...api.openings.saved.values()][0].franchise?.disclosure.meetsTwoShopsOneYear).toBe(true);
    expect(api.unexpectedErrors).toEqual([]);
    expectPlainChinese(container);
  });

  it('catches investment items that do not add up to the range, and an old-style filing number, before sending', async () => {
    const { container, api } = renderSignedIn(<OpeningFormPage />);
    await waitFor(() => expect(container.querySelector('[data-field="title"] input')).not.toBeNull());
    await fillFranchiseOffer(container);
    typeInto(container, `${D}.investmentItems.1.max`, '150000');
    typeInto(container, 'franchise.filingNumber', '1234567890');
    fireEvent.click(tapTarget(container, '发布'));
    await waitFor(() => expect(problemAt(container, 'franchise.filingNumber')).toBe('备案号应是 0 开头的 16 位数字，如 0610100211800123'));
    expect(problemAt(container, `${D}.investmentItems`)).toBe('投资明细加起来是 100000 到 190000 元，和总投资 100000 到 200000 元对不上');
    expect(container.querySelector('[data-state="investment-sums"]')?.textContent).toBe('明细加起来：100000 到 190000 元');
    // The banner names the first wrong field on screen, and how many more there are.
    expect(container.querySelector('[data-state="form-error"]')?.textContent).toBe('备案号没填好：备案号应是 0 开头的 16 位数字，如 0610100211800123（还有 1 项，请看红字）');
    expect(api.received.some((r) => r.operationName === 'PostFranchiseOpening')).toBe(false);

    // Without a disclosure at all, each list says what is missing.
    typeInto(container, `${D}.fees.0.name`, '');
    typeInto(container, `${D}.fees.0.amount`, '');
    fireEvent.click(tapTarget(container.querySelector('[data-fee="1"]') as HTMLElement, '删除'));
    await waitFor(() => expect(container.querySelectorAll('[data-fee]').length).toBe(1));
    fireEvent.click(tapTarget(container, '发布'));
    await waitFor(() => expect(problemAt(container, `${D}.fees`)).toBe('请填写加盟商要交的每一笔费用'));
    expect(api.received.some((r) => r.operationName === 'PostFranchiseOpening')).toBe(false);
    expectPlainChinese(container);
  });

  it("shows the server's refusal of fees.0.refundWhen on that fee's row", async () => {
    const { container, api } = renderSignedIn(<OpeningFormPage />, {}, (a) => {
      a.extraRoot.postFranchiseOpening = () => ({
        franchiseOpening: null,
        userErrors: [
          { field: 'input.franchise.disclosure.fees.0.refundWhen', code: 'TOO_SHORT', message: '什么时候退至少 4 个字' },
          { field: 'input.franchise.disclosure.investmentItems.1.max', code: 'OUT_OF_RANGE', message: '最高金额应在 0 到 10000000 之间' },
        ],
      });
    });
    await waitFor(() => expect(container.querySelector('[data-field="title"] input')).not.toBeNull());
    await fillFranchiseOffer(container);
    // The first fee, made refundable: the server's row 0.
    tap(container, `[data-field="${D}.fees.0.refundable"]`);
    await waitFor(() => expect(container.querySelector(`[data-field="${D}.fees.0.refundWhen"] input`)).not.toBeNull());
    typeInto(container, `${D}.fees.0.refundWhen`, '满一年就退');
    fireEvent.click(tapTarget(container, '发布'));
    await waitFor(() => expect(problemAt(container, `${D}.fees.0.refundWhen`)).toBe('什么时候退至少 4 个字'));
    expect(container.querySelector('[data-fee="0"]')?.textContent).toContain('什么时候退至少 4 个字');
    expect(container.querySelector('[data-fee="1"]')?.textContent).not.toContain('什么时候退至少 4 个字');
    expect(problemAt(container, `${D}.investmentItems.1.max`)).toBe('最高金额应在 0 到 10000000 之间');
    expect(container.querySelector('[data-state="form-error"]')?.textContent).toBe('费用1的退还说明没填好：什么时候退至少 4 个字（还有 1 项，请看红字）');
    expect(api.received.filter((r) => r.operationName === 'PostFranchiseOpening').length).toBe(1);
    expect(api.unexpectedErrors).toEqual([]);
  });

  it('places a server error on the row it is about when an empty row was left out of what was sent', async () => {
    const { container } = renderSignedIn(<OpeningFormPage />, {}, (a) => {
      a.extraRoot.postFranchiseOpening = () => ({ franchiseOpening: null, userErrors: [{ field: 'input.franchise.disclosure.ownShops.1.city', code: 'TOO_LONG', message: '门店城市最多 20 个字' }] });
    });
    await waitFor(() => expect(container.querySelector('[data-field="title"] input')).not.toBeNull());
    await fillFranchiseOffer(container);
    await addRow(container, 'add-shop', 'data-shop', 3);
    // Row 1 emptied: the server's shop 1 is the form's row 2.
    typeInto(container, `${D}.ownShops.2.city`, '安康市');
    typeInto(container, `${D}.ownShops.2.openedOn`, '2020-09-15');
    typeInto(container, `${D}.ownShops.1.city`, '');
    typeInto(container, `${D}.ownShops.1.openedOn`, '');
    fireEvent.click(tapTarget(container, '发布'));
    await waitFor(() => expect(problemAt(container, `${D}.ownShops.2.city`)).toBe('门店城市最多 20 个字'));
    expect(problemAt(container, `${D}.ownShops.1.city`)).toBeNull();
  });

  it('offers no 添加一行 past the schema bound (12 investment items)', async () => {
    const { container } = renderSignedIn(<OpeningFormPage />);
    await waitFor(() => expect(container.querySelector('[data-field="title"] input')).not.toBeNull());
    tap(container, '[data-field="franchise"]');
    await waitFor(() => expect(container.querySelector('[data-action="add-investment-item"]')).not.toBeNull());
    for (let n = 2; n <= 12; n++) await addRow(container, 'add-investment-item', 'data-investment-item', n);
    expect(container.querySelector('[data-action="add-investment-item"]')).toBeNull();
    expect(container.textContent).toContain('最多 12 项');
  });
});

describe('editing a franchise offer (招工管理 → 新店招人 → 修改)', () => {
  beforeEach(() => setRouterParams({ id: 'opening-1' }));

  it('loads the disclosure into the rows and shows 两店一年 as the server worked it out; saving keeps it', async () => {
    const { container, api } = renderSignedIn(<OpeningFormPage />);
    await waitFor(() => expect(inputValue(container, 'title')).toBe(OPENINGS[0].title));
    expect(container.querySelectorAll('[data-shop]').length).toBe(3);
    expect(inputValue(container, `${D}.ownShops.0.city`)).toBe('深圳市');
    expect(inputValue(container, `${D}.ownShops.1.openedOn`)).toBe('2021-03-01');
    expect(inputValue(container, `${D}.ownShops.2.city`)).toBe('广州市');
    expect(container.querySelectorAll('[data-fee]').length).toBe(2);
    expect(inputValue(container, `${D}.fees.0.name`)).toBe('加盟费');
    expect(container.querySelector(`[data-field="${D}.fees.0.refundable"]`)?.getAttribute('aria-checked')).toBe('false');
    expect(container.querySelector(`[data-field="${D}.fees.1.refundable"]`)?.getAttribute('aria-checked')).toBe('true');
    expect(inputValue(container, `${D}.fees.1.refundWhen`)).toBe('合同期满没有违约，30天内全额退还');
    expect(container.querySelectorAll('[data-investment-item]').length).toBe(3);
    expect(inputValue(container, `${D}.investmentItems.2.max`)).toBe('260000');
    expect(inputValue(container, 'franchise.filingNumber')).toBe('0440300111600123');
    expect(container.querySelector('[data-state="two-shops-one-year"]')?.textContent).toBe('两店一年：符合（按你填的直营店算，至少两家开满一年）。');

    // The brand deletes its two older shops: the server's answer changes after saving.
    fireEvent.click(tapTarget(container.querySelector('[data-shop="0"]') as HTMLElement, '删除'));
    await waitFor(() => expect(container.querySelectorAll('[data-shop]').length).toBe(2));
    fireEvent.click(tapTarget(container.querySelector('[data-shop="0"]') as HTMLElement, '删除'));
    await waitFor(() => expect(container.querySelectorAll('[data-shop]').length).toBe(1));
    expect(inputValue(container, `${D}.ownShops.0.city`)).toBe('广州市');
    typeInto(container, 'description', '新店开业，急招修脚师和足疗技师，包吃包住，不向求职者收取任何费用。');
    fireEvent.click(tapTarget(container, '保存修改'));
    await waitFor(() => expect(sheet(container, 'opening-saved')).not.toBeNull());
    expect(sheet(container, 'opening-saved')!.textContent).toContain('还不符合两店一年');
    const sent = api.received.find((r) => r.operationName === 'UpdateFranchiseOpening')!.variables as { input: { franchise: { disclosure: { ownShops: unknown[] } } } };
    expect(sent.input.franchise.disclosure.ownShops).toEqual([{ city: '广州市', address: null, openedOn: '2026-06-01' }]);
    expect(api.openings.saved.get('opening-1')?.franchise?.disclosure.meetsTwoShopsOneYear).toBe(false);
    expect(api.unexpectedErrors).toEqual([]);
    expectPlainChinese(container);
  });
});
