/**
 * Response headers that tell browsers to refuse what this site never does, so an injected
 * script, a framing page or a sniffed upload has nothing to work with.
 */

import { createHash } from 'node:crypto';

/**
 * Taro's H5 tab bar items are `<a href="javascript:;">` with a click handler: the click also
 * "navigates" to that no-op URL, which a plain `script-src 'self'` blocks with a violation
 * report on every tab tap. 'unsafe-hashes' plus the hash of exactly that text allows it and
 * nothing else: any other inline script, handler or javascript: URL stays refused.
 */
const TAB_BAR_NOOP = `'sha256-${createHash('sha256').update('javascript:;').digest('base64')}'`;

/**
 * The web app's policy, fitted to what the H5 build really loads (checked in headless
 * Chromium, tabs and a detail page included, with no violations): its own script bundles and
 * chunks (no inline script, no eval); its own stylesheet plus the `<style>` elements Taro's
 * components insert at run time (hence 'unsafe-inline' for styles only); its own images, the
 * `data:` SVG icons inlined in the bundles and the WeUI icon font inlined as a `data:` URL;
 * `blob:` images, which is how a licence photo is shown: `GET /uploads/<id>` needs the
 * Authorization header an `<img>` cannot send, so the app downloads it (Taro.downloadFile)
 * and shows the downloaded copy, which the H5 runtime hands back as a `blob:` URL; and
 * `blob:` in connect-src, because the H5 runtime's uploadFile reads the photo chosen with
 * chooseMedia back from its `blob:` URL (XHR) before sending it;
 * GraphQL on the same origin. Nothing may frame the page. Links to maps or `tel:` are
 * navigations, which CSP does not limit.
 *
 * A build whose TARO_APP_API_URL names another origin needs that origin in connect-src.
 */
export const PAGE_CSP = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-hashes' ${TAB_BAR_NOOP}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const COMMON = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  // Nothing on our pages is worth leaking in a Referer: job ids in the URL are the villager's business.
  'referrer-policy': 'no-referrer',
} as const;

/** For the H5 build and the page shown when it is missing. */
export const PAGE_SECURITY_HEADERS: Record<string, string> = { ...COMMON, 'content-security-policy': PAGE_CSP };

/**
 * For /graphql and /healthz: JSON is never a document, so a browser opening one directly may
 * run, load and frame nothing.
 */
export const API_SECURITY_HEADERS: Record<string, string> = { ...COMMON, 'content-security-policy': "default-src 'none'; frame-ancestors 'none'" };
