/**
 * Response headers that tell browsers to refuse what this site never does, so an injected
 * script, a framing page or a sniffed upload has nothing to work with.
 */

/**
 * The web app's policy, fitted to what the H5 build really loads (checked in headless
 * Chromium with no violations): its own script bundles and chunks (no inline script, no
 * eval); its own stylesheet plus the `<style>` elements Taro's components insert at run time
 * (hence 'unsafe-inline' for styles only); its own images and the `data:` SVG icons inlined in
 * the bundles; GraphQL on the same origin. Nothing may frame the page, and links to maps or
 * `tel:` are navigations, which CSP does not limit.
 *
 * A build whose TARO_APP_API_URL names another origin needs that origin in connect-src.
 */
export const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
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
