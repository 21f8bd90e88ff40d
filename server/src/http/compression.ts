import { brotliCompress, brotliCompressSync, constants, gzip, gzipSync } from 'node:zlib';
import { promisify } from 'node:util';

/**
 * Content codings the server sends. Villagers open the app on weak mountain 3G, where every
 * kilobyte before the first job card is felt: JSON and JavaScript shrink to a fifth or less.
 */
export type ContentCoding = 'br' | 'gzip';

/**
 * Below this the coding's framing and the CPU are not worth it: a small answer fits in one
 * TCP segment either way.
 */
export const COMPRESS_MIN_BYTES = 1024;

/**
 * The coding to answer with for an Accept-Encoding header (RFC 9110 §12.5.3): the acceptable
 * one with the highest q, brotli on a tie (smaller output), `*` standing for codings not named,
 * and q=0 meaning "not this one". None acceptable, or no header: null (send the bytes as they are).
 */
export function negotiateCoding(header: string | string[] | undefined): ContentCoding | null {
  if (!header) return null;
  const text = Array.isArray(header) ? header.join(',') : header;
  const q = new Map<string, number>();
  for (const part of text.split(',')) {
    const [rawName, ...params] = part.split(';');
    const name = rawName.trim().toLowerCase();
    if (!name) continue;
    let weight = 1;
    for (const param of params) {
      const m = /^\s*q\s*=(.*)$/i.exec(param);
      // A weight that is not a number is read as "not acceptable": when unsure, send plain bytes.
      if (m) weight = /^\s*[0-9.]+\s*$/.test(m[1]) ? Number(m[1]) : 0;
    }
    if (!Number.isFinite(weight)) weight = 0;
    // The highest weight given for a name counts if it is repeated.
    q.set(name, Math.max(q.get(name) ?? 0, weight));
  }
  const weightOf = (coding: ContentCoding) => q.get(coding) ?? (coding === 'gzip' ? q.get('x-gzip') : undefined) ?? q.get('*') ?? 0;
  const br = weightOf('br');
  const gz = weightOf('gzip');
  if (br <= 0 && gz <= 0) return null;
  return br >= gz ? 'br' : 'gzip';
}

/** Types worth compressing; images and fonts are compressed already. */
export function isCompressible(contentType: string | undefined): boolean {
  if (!contentType) return false;
  return /^(text\/|application\/(json|javascript|graphql-response\+json|manifest\+json|xml)|image\/svg\+xml)/i.test(contentType);
}

// GraphQL answers are compressed while the request waits: brotli at quality 5 is about as
// fast as gzip's default and still 10–20 % smaller. Static files are compressed once and kept,
// so they get the slowest, smallest settings.
const FAST_BROTLI = { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT } };
const FAST_GZIP = { level: 6 };
const BEST_GZIP = { level: 9 };

/** Compresses an answer being sent now (GraphQL): quick settings. */
export function compressNow(body: Buffer, coding: ContentCoding): Buffer {
  return coding === 'br' ? brotliCompressSync(body, { ...FAST_BROTLI, params: { ...FAST_BROTLI.params, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }) : gzipSync(body, FAST_GZIP);
}

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * Compresses a file to keep (static assets), off the event loop (zlib's thread pool).
 * `best` is the smallest output: for brotli, quality 11, about 0.4 s for the app's 240 KB
 * bundle and 9 % smaller than quality 5, which takes 15 ms; gzip's best costs nothing extra.
 */
export function compressToKeep(body: Buffer, coding: ContentCoding, effort: 'quick' | 'best'): Promise<Buffer> {
  if (coding === 'gzip') return gzipAsync(body, BEST_GZIP);
  const quality = effort === 'best' ? constants.BROTLI_MAX_QUALITY : 5;
  return brotliAsync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } });
}

/** Whether a quick compression in `coding` can later be bettered by a slow one. */
export function hasSlowerBetterForm(coding: ContentCoding): boolean {
  return coding === 'br';
}
