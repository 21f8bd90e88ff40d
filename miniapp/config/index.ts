import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import path from 'node:path';
import { babelOptimizerPlugin } from '@graphql-codegen/client-preset';
import { PreloadFirstTabPlugin } from './preload-first-tab';

// The API address is read from the environment at build time (TARO_APP_API_URL), or from
// `.env.local`. Empty means "same origin" on H5 (the server serves the H5 build next to
// /graphql) and the local development server (http://127.0.0.1:4000/graphql) in WeChat.
const apiUrl = process.env.TARO_APP_API_URL ?? '';
// TARO_APP_RELEASE=1 marks a WeChat build meant for upload. WeChat only lets a released
// mini-program call the https:// domains listed under 服务器域名 (no IP address, no
// localhost), so such a build without one fails here instead of failing on villagers' phones.
const release = process.env.TARO_APP_RELEASE === '1';
if (release && process.env.TARO_ENV === 'weapp') {
  const problem = releaseOriginProblem(apiUrl);
  if (problem) {
    throw new Error(`TARO_APP_RELEASE=1: ${problem}. Set TARO_APP_API_URL to the API's https:// address, e.g. TARO_APP_API_URL=https://api.example.cn/graphql.`);
  }
}

function releaseOriginProblem(url: string): string | null {
  if (!url) return 'TARO_APP_API_URL is not set, so the build would call http://127.0.0.1:4000';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `TARO_APP_API_URL "${url}" is not an absolute URL`;
  }
  if (parsed.protocol !== 'https:') return `TARO_APP_API_URL "${url}" is not https://`;
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host.endsWith('.localhost') || /^[\d.]+$/.test(host) || host.includes(':')) {
    return `TARO_APP_API_URL "${url}" names an IP address or localhost, which WeChat refuses as a request domain`;
  }
  return null;
}
// WeChat subscribe-message template ids, comma-separated; empty means the app never asks.
const subscribeTemplates = process.env.TARO_APP_SUBSCRIBE_TEMPLATES ?? '';
// The county bureau's hotline, shown beside every warning not to pay. Demo builds fall back to
// a placeholder; a release build must be given the real, published number.
const bureauPhone = process.env.TARO_APP_BUREAU_PHONE ?? '';
if (release && !/^0\d{2,3}-?\d{7,8}$|^1[3-9]\d{9}$|^12333$/.test(bureauPhone)) {
  throw new Error('TARO_APP_RELEASE=1: set TARO_APP_BUREAU_PHONE to the county labour bureau\'s published hotline (e.g. 0915-4312345, or 12333).');
}

export default defineConfig<'webpack5'>(() => {
  const config: UserConfigExport<'webpack5'> = {
    projectName: 'ziyang-work',
    date: '2026-11-30',
    // Styles are written in real CSS pixels for a 375-wide phone. pxtransform is off so
    // "17px" stays 17px on both targets and the elder-friendly minimums hold exactly.
    designWidth: 375,
    deviceRatio: { 375: 2, 640: 2.34 / 2, 750: 1, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${process.env.TARO_ENV}`,
    plugins: [],
    env: { TARO_APP_API_URL: JSON.stringify(apiUrl), TARO_APP_SUBSCRIBE_TEMPLATES: JSON.stringify(subscribeTemplates), TARO_APP_BUREAU_PHONE: JSON.stringify(bureauPhone) },
    defineConstants: {},
    // WeChat reads sitemap.json (which pages its search may index) from the package root.
    // The web build's tab icon, at the address browsers ask for by themselves.
    copy: { patterns: process.env.TARO_ENV === 'weapp' ? [{ from: 'src/sitemap.json', to: 'dist/weapp/sitemap.json' }] : [{ from: 'src/favicon.ico', to: 'dist/h5/favicon.ico' }], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    // Taro's persistent cache is keyed on config only; a stale cache has produced old bundles.
    cache: { enable: false },
    logger: { quiet: true, stats: false },
    mini: {
      postcss: {
        pxtransform: { enable: false, config: {} },
        cssModules: { enable: false },
      },
      // Keep the weapp bundle readable in DevTools only in development.
      enableSourceMap: false,
    },
    h5: {
      // Relative, so the build works when the server serves it at `/` or under any prefix.
      publicPath: './',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      enableSourceMap: false,
      postcss: {
        autoprefixer: { enable: true, config: {} },
        pxtransform: { enable: false, config: {} },
        cssModules: { enable: false },
      },
      devServer: { host: '127.0.0.1' },
      webpackChain(chain) {
        // The tab the app opens on downloads with the app bundle, not after it (see the plugin).
        chain.plugin('preloadFirstTab').use(PreloadFirstTabPlugin, [/[\\/]pages[\\/]jobs[\\/]index$/]);
        // Each graphql(`…`) call becomes an import of its one document (codegen's optimizer), so
        // page code no longer carries the map of every operation's text: ~20 KB per page, 7 KB
        // of it over the wire, on the way to the first job card too.
        chain.module
          .rule('script')
          .use('babelLoader')
          .tap((options: Record<string, unknown> = {}) => ({
            ...options,
            plugins: [...((options.plugins as unknown[]) ?? []), [babelOptimizerPlugin, { artifactDirectory: path.resolve(__dirname, '../src/gql'), gqlTagName: 'graphql' }]],
          }));
      },
    },
  };
  return config;
});
