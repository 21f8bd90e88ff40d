import { fireEvent, waitFor } from '@testing-library/react';
import CourseDetailPage from '../../src/course/detail/index';
import JobDetailPage from '../../src/job/detail/index';
import OpeningDetailPage from '../../src/opening/detail/index';
import { initFontScale } from '../../src/shared/font-scale';
import { expectPlainChinese, renderWithApi } from './support/render';
import { setAppBaseInfo, setRouterParams, shareMessage } from './support/taro-shim';

async function ready(container: HTMLElement) {
  await waitFor(() => expect(container.querySelector('.detail')).not.toBeNull());
}

describe('job detail', () => {
  it('shows pay, place, every condition and how to call', async () => {
    setRouterParams({ id: 'job-2' });
    const { container, api } = renderWithApi(<JobDetailPage />);
    await ready(container);
    const text = container.textContent ?? '';
    expect(container.querySelector('[data-field="pay"]')?.textContent).toBe('3100–5100元/月');
    expect(container.querySelector('[data-field="place"]')?.textContent).toBe('深圳市·南山区');
    for (const s of ['免费住宿', '不包吃', '长白班，不上夜班', '交社保', '18–50岁', '能吃苦耐劳', '王经理', '0915-4321000', '广东省深圳市南山区 科技园', '紫阳足康连锁', '已认证']) {
      expect(text).toContain(s);
    }
    const call = container.querySelector('[data-action="call"]') as HTMLAnchorElement;
    expect(call.getAttribute('href')).toBe('tel:09154321000');
    expect(container.querySelector('[data-action="map"]')?.getAttribute('href')).toMatch(/^https:\/\/uri\.amap\.com\/search\?keyword=/);
    expectPlainChinese(container);
    expect(api.unexpectedErrors).toEqual([]);
  });

  it('shares a title naming pay and place, opening this job', async () => {
    setRouterParams({ id: 'job-2' });
    const { container } = renderWithApi(<JobDetailPage />);
    await ready(container);
    expect(shareMessage()).toEqual({ title: expect.stringMatching(/^3100–5100元\/月 深圳市·南山区 /), path: '/job/detail/index?id=job-2' });
  });

  it('the map link points at the coordinates when the job has them', async () => {
    setRouterParams({ id: 'job-1' });
    const { container } = renderWithApi(<JobDetailPage />);
    await ready(container);
    expect(container.querySelector('[data-action="map"]')?.getAttribute('href')).toContain('position=108.53,32.52');
  });

  it('a job that no longer exists says so plainly', async () => {
    setRouterParams({ id: 'gone' });
    const { container } = renderWithApi(<JobDetailPage />);
    await waitFor(() => expect(container.querySelector('[data-state="empty"]')).not.toBeNull());
    expect(container.textContent).toContain('这个工作已经找不到了');
    expectPlainChinese(container);
  });

  it('a failed load offers a retry', async () => {
    setRouterParams({ id: 'job-1' });
    const { container, api } = renderWithApi(<JobDetailPage />, (a) => (a.mode = 'graphqlErrors'));
    await waitFor(() => expect(container.querySelector('[data-state="error"]')).not.toBeNull());
    expectPlainChinese(container);
    api.mode = 'ok';
    fireEvent.click(container.querySelector('[data-state="error"] .btn')!);
    await ready(container);
  });

  it('follows WeChat font size on top of 大字模式', async () => {
    setAppBaseInfo({ fontSizeSetting: 20 });
    process.env.TARO_ENV = 'weapp';
    try {
      initFontScale();
      setRouterParams({ id: 'job-1' });
      const { container } = renderWithApi(<JobDetailPage />);
      expect(container.querySelector('.screen')?.getAttribute('data-font-scale')).toBe('1.25');
      await ready(container);
    } finally {
      process.env.TARO_ENV = 'h5';
    }
  });
});

describe('course detail', () => {
  it('shows seats left, dates, cost and the jobs it leads to', async () => {
    setRouterParams({ id: 'course-2' });
    const { container, api } = renderWithApi(<CourseDetailPage />);
    await ready(container);
    expect(container.querySelector('[data-field="seats-left"]')?.textContent).toBe('还剩13个名额');
    const text = container.textContent ?? '';
    for (const s of ['免费', '12月15日—12月30日', '120课时', '共40个，还剩13个', '专项职业能力证书（修脚）', '管饭', '紫阳县职业技术教育中心', '学完包就业', '李老师']) {
      expect(text).toContain(s);
    }
    expectPlainChinese(container);
    expect(api.unexpectedErrors).toEqual([]);
  });
});

describe('shop opening detail', () => {
  it('shows positions with pay, and the franchise terms with the filing warning', async () => {
    setRouterParams({ id: 'opening-3' });
    const { container, api } = renderWithApi(<OpeningDetailPage />);
    await ready(container);
    const text = container.textContent ?? '';
    for (const s of ['修脚师  4人', '6000–9200元/月', '足疗技师  6人', '15万元–30万元', '没有备案号', '两店一年', '千万别先交钱', '0915-4312345', '陈店长', '杭州市']) {
      expect(text).toContain(s);
    }
    expect(container.querySelectorAll('[data-field="position"]')).toHaveLength(2);
    expectPlainChinese(container);
    expect(api.unexpectedErrors).toEqual([]);
  });
});
