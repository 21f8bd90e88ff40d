import { fireEvent, waitFor } from '@testing-library/react';
import JobsPage from '../../src/pages/jobs/index';
import JobDetailPage from '../../src/job/detail/index';
import OpeningDetailPage from '../../src/opening/detail/index';
import { JOBS } from './support/fake-api';
import { cardIds, chip, chipCount, expectPlainChinese, renderWithApi, totalShown, waitForCards } from './support/render';
import { setRouterParams } from './support/taro-shim';

async function ready(container: HTMLElement) {
  await waitFor(() => expect(container.querySelector('.detail')).not.toBeNull());
}

const agencyJobs = JOBS.filter((j) => j.viaAgency);

describe('labour agencies (中介)', () => {
  it('labels an agency posting 中介 on its card and no direct posting', async () => {
    const { container, api } = renderWithApi(<JobsPage />);
    await waitForCards(container, 'data-job-id');
    const agencyCard = container.querySelector(`[data-job-id="${agencyJobs[0]!.id}"]`)!;
    expect(agencyCard.textContent).toContain('中介');
    for (const id of cardIds(container, 'data-job-id')) {
      const job = JOBS.find((j) => j.id === id)!;
      expect(container.querySelector(`[data-job-id="${id}"]`)!.textContent!.includes('中介')).toBe(job.viaAgency);
    }
    expectPlainChinese(container);
    expect(api.unexpectedErrors).toEqual([]);
  });

  it('the 只看直招 chip shows the count the list has after tapping it, and leaves agency jobs out', async () => {
    const { container, api } = renderWithApi(<JobsPage />);
    await waitForCards(container, 'data-job-id');
    await waitFor(() => expect(chipCount(container, '只看直招')).not.toBeNull());
    const expected = JOBS.length - agencyJobs.length;
    expect(chipCount(container, '只看直招')).toBe(expected);
    fireEvent.click(chip(container, '只看直招'));
    await waitFor(() => expect(totalShown(container)).toBe(expected));
    expect(chip(container, '只看直招').getAttribute('aria-pressed')).toBe('true');
    for (const id of cardIds(container, 'data-job-id')) expect(JOBS.find((j) => j.id === id)!.viaAgency).toBe(false);
    expect(container.textContent).not.toContain('中介');
    expect(api.received.filter((r) => r.operationName === 'JobList').pop()?.variables.filter).toEqual({ directEmployerOnly: true });
  });

  it('shows the 中介 label and the licence number on an agency job\'s page', async () => {
    setRouterParams({ id: agencyJobs[0]!.id });
    const { container, api } = renderWithApi(<JobDetailPage />);
    await ready(container);
    const text = container.textContent ?? '';
    expect(text).toContain('中介');
    expect(container.querySelector('[data-field="agency-note"]')?.textContent).toContain('（陕）人服证字〔2021〕第0924000031号');
    expectPlainChinese(container);
    expect(api.unexpectedErrors).toEqual([]);
  });

  it('shows no 中介 label on a direct employer\'s job page', async () => {
    setRouterParams({ id: 'job-2' });
    const { container } = renderWithApi(<JobDetailPage />);
    await ready(container);
    expect(container.textContent).not.toContain('中介');
  });
});

describe('franchise disclosure checklist', () => {
  const marks = (container: HTMLElement) =>
    Object.fromEntries([...container.querySelectorAll('[data-check]')].map((el) => [el.getAttribute('data-check'), el.querySelector('.checklist__mark')!.textContent]));

  it('ticks every disclosed part of an offer that meets 两店一年, with fees, refunds and the investment items', async () => {
    setRouterParams({ id: 'opening-1' });
    const { container, api } = renderWithApi(<OpeningDetailPage />);
    await ready(container);
    expect(marks(container)).toEqual({ filing: '✓', twoShops: '✓', fees: '✓', investment: '✓' });
    const text = container.querySelector('[data-field="franchise-checklist"]')!.textContent!;
    for (const s of ['备案号 0440300111600123', '两店一年：符合', '直营店3家，在深圳市、广州市', '加盟费 3万元，不退', '履约保证金 1万元，可退：合同期满没有违约，30天内全额退还', '装修和设备 11万元–26万元', '紫阳县人社局', '0915-4312345']) {
      expect(text).toContain(s);
    }
    expectPlainChinese(container);
    expect(api.unexpectedErrors).toEqual([]);
  });

  it('crosses 两店一年 when the brand has not run two shops for a year, and warns not to pay', async () => {
    setRouterParams({ id: 'opening-5' });
    const { container } = renderWithApi(<OpeningDetailPage />);
    await ready(container);
    expect(marks(container)).toEqual({ filing: '✓', twoShops: '✗', fees: '✓', investment: '✓' });
    expect(container.textContent).toContain('两店一年：不符合');
    expect(container.querySelector('[data-field="franchise-warning"]')!.textContent).toContain('千万别先交钱');
  });

  it('crosses every part an offer without a disclosure leaves out', async () => {
    setRouterParams({ id: 'opening-3' });
    const { container } = renderWithApi(<OpeningDetailPage />);
    await ready(container);
    expect(marks(container)).toEqual({ filing: '✗', twoShops: '✗', fees: '✗', investment: '✗' });
    expectPlainChinese(container);
  });
});
