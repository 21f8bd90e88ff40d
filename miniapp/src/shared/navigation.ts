import Taro from '@tarojs/taro';

/** Detail pages live in subpackages; these are their paths. */
export const DETAIL_PAGES = {
  job: '/job/detail/index',
  course: '/course/detail/index',
  opening: '/opening/detail/index',
} as const;

export function detailPath(kind: keyof typeof DETAIL_PAGES, id: string): string {
  return `${DETAIL_PAGES[kind]}?id=${encodeURIComponent(id)}`;
}

export function openDetail(kind: keyof typeof DETAIL_PAGES, id: string): void {
  Taro.navigateTo({ url: detailPath(kind, id) }).catch(() => {
    // WeChat allows ten pages on the stack; past that, replace the current page.
    void Taro.redirectTo({ url: detailPath(kind, id) });
  });
}
