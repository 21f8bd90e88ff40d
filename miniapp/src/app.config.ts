export default defineAppConfig({
  // The four tabs live in the main package; detail pages sit in subpackages by area so the
  // main package stays far below WeChat's 2 MB limit as the app grows.
  pages: [
    'pages/jobs/index',
    'pages/courses/index',
    'pages/openings/index',
    'pages/me/index',
  ],
  subPackages: [
    { root: 'job', pages: ['detail/index'] },
    { root: 'course', pages: ['detail/index'] },
    { root: 'opening', pages: ['detail/index'] },
    // The villager's own pages, opened from 我的.
    { root: 'me', pages: ['applications/index', 'courses/index', 'favorites/index', 'profile/index', 'messages/index', 'helped/index', 'saved-searches/index'] },
    // Consoles for those who post (an employer or brand, a trainer) and for the county bureau:
    // most users never open them, so they are never downloaded for most users.
    { root: 'recruiter', pages: ['index/index', 'job/index', 'applicants/index', 'opening/index', 'interests/index'] },
    { root: 'trainer', pages: ['index/index', 'course/index', 'roster/index'] },
    { root: 'admin', pages: ['index/index', 'figures/index', 'call-list/index', 'cadres/index', 'search/index'] },
    // An employer, trainer or agency registers here for the bureau to verify.
    { root: 'org', pages: ['register/index'] },
  ],
  // Detail pages are one tap from a tab: fetch their code early when on Wi-Fi or 4G.
  preloadRule: {
    'pages/jobs/index': { network: 'all', packages: ['job'] },
    'pages/courses/index': { network: 'all', packages: ['course'] },
    'pages/openings/index': { network: 'all', packages: ['opening'] },
    'pages/me/index': { network: 'all', packages: ['me'] },
  },
  window: {
    backgroundTextStyle: 'dark',
    navigationBarBackgroundColor: '#0b6b3a',
    navigationBarTitleText: '紫阳务工通',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f2f3f5',
  },
  // Which pages WeChat search may index (copied into the build, see config/index.ts).
  sitemapLocation: 'sitemap.json',
  // The app uses a privacy interface (the getPhoneNumber button): WeChat checks
  // it against the 用户隐私保护指引 declared in the admin console and shows its own consent
  // dialog first. On by default since 2023-09-15; explicit so older base libraries and
  // DevTools behave the same. No API that needs requiredPrivateInfos (getLocation,
  // chooseLocation …) is called; scripts/weapp-rules.mjs fails the build check if one appears.
  __usePrivacyCheck__: true,
  // Text-only on purpose (see the README, "The WeChat build"): four words read better for our
  // users than icons, and no image weighs on the main package.
  tabBar: {
    color: '#333333',
    selectedColor: '#0b6b3a',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/jobs/index', text: '找工作' },
      { pagePath: 'pages/courses/index', text: '学技能' },
      { pagePath: 'pages/openings/index', text: '开店加盟' },
      { pagePath: 'pages/me/index', text: '我的' },
    ],
  },
});
