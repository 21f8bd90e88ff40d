#!/usr/bin/env node
// Checks the built WeChat package (dist/weapp) against WeChat's rules for uploading:
// - every page in app.json (main package and subpackages) has its .js, .json and .wxml, and
//   the tab pages are in the main package;
// - the main package and each subpackage under 2 MB, the whole under 20 MB (our own tighter
//   budget is size-budget.mjs);
// - the tab bar: 2–5 tabs, each icon present and under 40 KB, or text-only throughout;
// - privacy: every API that needs `requiredPrivateInfos` is declared there, and privacy
//   interfaces (the getPhoneNumber button …) come with `__usePrivacyCheck__`;
// - project.config.json (with an app id, the placeholder until the operator's) and sitemap.json;
// - no deprecated WeChat API in our code;
// - a release build (TARO_APP_RELEASE=1, or --release) has no http:// or loopback address.
// Usage: node scripts/weapp-rules.mjs [--release] [dist/weapp]
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { wechatApis } from '../tests/weapp/wechat-apis.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const release = args.includes('--release') || process.env.TARO_APP_RELEASE === '1';
const dist = args.find((a) => !a.startsWith('--')) ?? join(root, 'dist', 'weapp');

const MB = 1024 * 1024;
const PACKAGE_LIMIT = 2 * MB;
const TOTAL_LIMIT = 20 * MB;
const TAB_ICON_LIMIT = 40 * 1024;
// app.json's requiredPrivateInfos accepts exactly these (WeChat refuses the package otherwise).
const REQUIRED_PRIVATE_INFOS = ['getFuzzyLocation', 'getLocation', 'onLocationChange', 'startLocationUpdate', 'startLocationUpdateBackground', 'chooseLocation', 'choosePoi', 'chooseAddress'];
// Privacy interfaces: WeChat disables them unless the 用户隐私保护指引 declares the data.
const PRIVACY_INTERFACES = {
  'openType:"getPhoneNumber"': '手机号 (getPhoneNumber button)',
  'openType:"getRealtimePhoneNumber"': '手机号 (getRealtimePhoneNumber button)',
  'openType:"chooseAvatar"': '头像 (chooseAvatar button)',
  '.getUserProfile(': '昵称、头像 (getUserProfile)',
  '.setClipboardData(': '剪切板 (setClipboardData)',
  '.getClipboardData(': '剪切板 (getClipboardData)',
  '.chooseImage(': '照片 (chooseImage)',
  '.chooseMedia(': '照片或视频 (chooseMedia)',
  '.chooseAddress(': '地址 (chooseAddress)',
  '.getLocation(': '位置信息 (getLocation)',
  '.getFuzzyLocation(': '位置信息 (getFuzzyLocation)',
  '.chooseLocation(': '位置信息 (chooseLocation)',
};

const failures = [];
const fail = (text) => failures.push(text);
const notes = [];

if (!existsSync(join(dist, 'app.json'))) {
  console.error(`No WeChat build at ${dist}: run "pnpm build:weapp" first.`);
  process.exit(1);
}
const app = JSON.parse(readFileSync(join(dist, 'app.json'), 'utf8'));

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}
const rel = (file) => relative(dist, file).split(sep).join('/');
const all = [...files(dist)].map((file) => ({ file, path: rel(file), size: statSync(file).size }));

// ---- pages ----
const subPackages = app.subPackages ?? app.subpackages ?? [];
const subRoots = subPackages.map((p) => p.root.replace(/\/$/, ''));
const pages = [...(app.pages ?? []), ...subPackages.flatMap((p) => p.pages.map((page) => `${p.root.replace(/\/$/, '')}/${page}`))];
if (!app.pages?.length) fail('app.json has no pages');
for (const page of pages) {
  for (const ext of ['js', 'json', 'wxml']) if (!existsSync(join(dist, `${page}.${ext}`))) fail(`page ${page}: ${page}.${ext} is missing`);
}
if (new Set(pages).size !== pages.length) fail('app.json lists a page twice');

// ---- sizes ----
const notUploaded = (p) => p === 'project.config.json' || p === 'project.private.config.json' || p.endsWith('.LICENSE.txt') || p.endsWith('.map');
const sizes = new Map([['main', 0], ...subRoots.map((r) => [r, 0])]);
let total = 0;
for (const f of all) {
  if (notUploaded(f.path)) continue;
  const pkg = subRoots.find((r) => f.path.startsWith(`${r}/`)) ?? 'main';
  sizes.set(pkg, sizes.get(pkg) + f.size);
  total += f.size;
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
for (const [pkg, size] of sizes) if (size >= PACKAGE_LIMIT) fail(`package ${pkg} is ${kb(size)}, over WeChat's 2 MB`);
if (total >= TOTAL_LIMIT) fail(`the whole package is ${kb(total)}, over WeChat's 20 MB`);

// ---- tab bar ----
const tabs = app.tabBar?.list ?? [];
if (app.tabBar) {
  if (tabs.length < 2 || tabs.length > 5) fail(`tabBar has ${tabs.length} tabs; WeChat needs 2 to 5`);
  for (const tab of tabs) {
    if (!(app.pages ?? []).includes(tab.pagePath)) fail(`tab ${tab.text}: ${tab.pagePath} must be a page of the main package`);
  }
  const withIcons = tabs.filter((t) => t.iconPath || t.selectedIconPath);
  if (withIcons.length && withIcons.length !== tabs.length) fail('some tabs have icons and some do not');
  for (const tab of withIcons) {
    for (const icon of [tab.iconPath, tab.selectedIconPath]) {
      if (!icon) fail(`tab ${tab.text}: iconPath and selectedIconPath go together`);
      else if (!existsSync(join(dist, icon))) fail(`tab ${tab.text}: icon ${icon} is missing`);
      else if (statSync(join(dist, icon)).size > TAB_ICON_LIMIT) fail(`tab ${tab.text}: icon ${icon} is over 40 KB`);
      else if (!/\.(png|jpe?g)$/i.test(icon)) fail(`tab ${tab.text}: icon ${icon} must be png or jpg`);
    }
  }
  notes.push(withIcons.length ? `tab bar: ${tabs.length} tabs with icons` : `tab bar: ${tabs.length} tabs, text-only (the README's decision)`);
}

// ---- our code: privacy, deprecated APIs, addresses ----
// taro.js is Taro's API table (every WeChat API name as a string); everything else is the app.
const code = all.filter((f) => /\.(js|json|wxml)$/.test(f.path) && f.path !== 'taro.js' && !notUploaded(f.path)).map((f) => ({ ...f, text: readFileSync(f.file, 'utf8') }));
const used = (needle) => code.filter((f) => f.text.includes(needle)).map((f) => f.path);

const declared = new Set(app.requiredPrivateInfos ?? []);
for (const api of REQUIRED_PRIVATE_INFOS) {
  const where = used(`.${api}(`);
  if (where.length && !declared.has(api)) fail(`${api} is called (${where[0]}) but not declared in app.json requiredPrivateInfos`);
  if (!where.length && declared.has(api)) notes.push(`requiredPrivateInfos declares ${api}, which the code does not call`);
}
for (const api of declared) if (!REQUIRED_PRIVATE_INFOS.includes(api)) fail(`requiredPrivateInfos: WeChat does not accept "${api}"`);
const privacy = Object.entries(PRIVACY_INTERFACES).filter(([needle]) => used(needle).length).map(([, what]) => what);
if (privacy.length && app.__usePrivacyCheck__ !== true) fail(`privacy interfaces used (${privacy.join(', ')}) without "__usePrivacyCheck__": true in app.json`);
notes.push(privacy.length ? `privacy guide must declare: ${privacy.join(', ')}` : 'no privacy interface used');

const { methods } = wechatApis();
for (const [name, deprecated] of methods) {
  if (!deprecated) continue;
  const where = code.filter((f) => new RegExp(`\\.${name}\\b`).test(f.text)).map((f) => f.path);
  if (where.length) fail(`deprecated WeChat API ${name} in ${where.join(', ')}`);
}

const insecure = new Set();
for (const f of code) {
  for (const m of f.text.matchAll(/\bhttp:\/\/[^\s"'`)\\]+/g)) insecure.add(m[0]);
  for (const m of f.text.matchAll(/(?:https?:)?\/\/(?:127\.\d+\.\d+\.\d+|localhost|0\.0\.0\.0|\[::1\])(?::\d+)?[^\s"'`)\\]*/g)) insecure.add(m[0]);
}
if (insecure.size) {
  if (release) fail(`a release build must not contain http:// or loopback addresses: ${[...insecure].join(', ')} (set TARO_APP_API_URL to the https:// API address)`);
  else notes.push(`development build: calls ${[...insecure].join(', ')}; not for upload (a release build sets TARO_APP_RELEASE=1 and an https:// TARO_APP_API_URL)`);
}

// ---- project files ----
const projectConfig = join(dist, 'project.config.json');
if (!existsSync(projectConfig)) fail('project.config.json is missing');
else {
  const project = JSON.parse(readFileSync(projectConfig, 'utf8'));
  if (typeof project.appid !== 'string' || !project.appid) fail('project.config.json has no appid (the placeholder is "touristappid")');
  else if (project.appid === 'touristappid') notes.push('project.config.json: appid is the placeholder "touristappid"; set the operator\'s AppID in DevTools before uploading');
  if (project.compileType !== 'miniprogram') fail('project.config.json: compileType must be "miniprogram"');
}
const sitemapPath = app.sitemapLocation ?? 'sitemap.json';
if (!existsSync(join(dist, sitemapPath))) fail(`${sitemapPath} is missing`);
else {
  const sitemap = JSON.parse(readFileSync(join(dist, sitemapPath), 'utf8'));
  if (!Array.isArray(sitemap.rules) || !sitemap.rules.length) fail(`${sitemapPath} has no rules`);
}

// ---- report ----
console.log(`WeChat package rules for ${relative(process.cwd(), dist) || dist}${release ? ' (release build)' : ''}`);
console.log(`  ${pages.length} pages (${app.pages.length} in the main package, ${subPackages.length} subpackages), each with .js/.json/.wxml`);
console.log('  ' + 'package'.padEnd(12) + 'size'.padStart(11) + '  WeChat limit');
for (const [pkg, size] of sizes) console.log('  ' + pkg.padEnd(12) + kb(size).padStart(11) + '  2 MB');
console.log('  ' + 'total'.padEnd(12) + kb(total).padStart(11) + '  20 MB');
for (const note of notes) console.log(`  ${note}`);
if (failures.length) {
  for (const f of failures) console.error(`FAIL ${f}`);
  console.error(`${failures.length} WeChat rule(s) broken.`);
  process.exit(1);
}
console.log('All WeChat package rules hold.');
