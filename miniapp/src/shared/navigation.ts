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

/** The 我的 subpackage: the villager's own lists and her profile. */
export const ME_PAGES = {
  profile: '/me/profile/index',
  applications: '/me/applications/index',
  courses: '/me/courses/index',
  favorites: '/me/favorites/index',
  savedSearches: '/me/saved-searches/index',
  helped: '/me/helped/index',
} as const;

export function openMePage(kind: keyof typeof ME_PAGES): void {
  Taro.navigateTo({ url: ME_PAGES[kind] }).catch(() => void Taro.redirectTo({ url: ME_PAGES[kind] }));
}

/** The consoles (subpackages recruiter/, trainer/, admin/) and 消息, opened from 我的. */
export const CONSOLE_PAGES = {
  recruiter: '/recruiter/index/index',
  jobForm: '/recruiter/job/index',
  applicants: '/recruiter/applicants/index',
  openingForm: '/recruiter/opening/index',
  interests: '/recruiter/interests/index',
  trainer: '/trainer/index/index',
  courseForm: '/trainer/course/index',
  roster: '/trainer/roster/index',
  admin: '/admin/index/index',
  figures: '/admin/figures/index',
  callList: '/admin/call-list/index',
  cadres: '/admin/cadres/index',
  bureauSearch: '/admin/search/index',
  registerOrganization: '/org/register/index',
  messages: '/me/messages/index',
} as const;

export function openConsolePage(page: keyof typeof CONSOLE_PAGES, params: Record<string, string> = {}): void {
  const query = Object.entries(params)
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&');
  const url = query ? `${CONSOLE_PAGES[page]}?${query}` : CONSOLE_PAGES[page];
  Taro.navigateTo({ url }).catch(() => void Taro.redirectTo({ url }));
}
