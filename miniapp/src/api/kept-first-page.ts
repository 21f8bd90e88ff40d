import Taro from '@tarojs/taro';
import { printDocument } from './print-document';

/**
 * The last first page of each tab's list, kept on the phone so that opening the app on a weak
 * mountain signal shows cards at once while the fresh page loads.
 *
 * Only the default list is kept (no keyword, no chips, the default sort): it is what every
 * opening of the app shows, since filters are not remembered across launches; a keyword would
 * say what someone searched for. The cards hold the public catalogue only (titles, places,
 * pay, employer names), never anything about the villager. Bounded: one page per tab and at
 * most MAX_BYTES each. The key carries a version and each entry a fingerprint of the query
 * that produced it, so an app update with other card fields never reads an old shape.
 */
export type KeptTab = 'jobs' | 'courses' | 'openings';

export interface KeptPage<T> {
  nodes: T[];
  totalCount: number;
  totalCountIsLowerBound: boolean;
  /** When the page was received (ISO time). */
  savedAt: string;
}

interface Stored<T> extends KeptPage<T> {
  fingerprint: string;
}

const KEY_PREFIX = 'ziyang.keptFirstPage.v1.';
/** A page of twenty cards is 8–12 KB of JSON; anything far larger is not a first page. */
export const MAX_BYTES = 48 * 1024;
export const MAX_NODES = 20;
/** Older than this a kept page says more about the past than the present. */
export const MAX_AGE_MS = 30 * 24 * 3600 * 1000;

export function keptPageKey(tab: KeptTab): string {
  return `${KEY_PREFIX}${tab}`;
}

const fingerprints = new WeakMap<object, string>();

/** A short hash of the query's text: changes whenever the card's fields do. */
export function queryFingerprint(document: object): string {
  let known = fingerprints.get(document);
  if (!known) {
    // FNV-1a, 32 bits: enough to tell two versions of one query apart.
    let h = 0x811c9dc5;
    for (const ch of printDocument(document)) {
      h ^= ch.codePointAt(0) ?? 0;
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    known = h.toString(36);
    fingerprints.set(document, known);
  }
  return known;
}

export function readKeptPage<T extends { id: string }>(tab: KeptTab, document: object, now = Date.now()): KeptPage<T> | null {
  let raw: unknown;
  try {
    raw = Taro.getStorageSync(keptPageKey(tab));
  } catch {
    return null;
  }
  if (typeof raw !== 'string' || raw === '' || raw.length > MAX_BYTES) return null;
  let stored: Stored<T>;
  try {
    stored = JSON.parse(raw) as Stored<T>;
  } catch {
    return null;
  }
  const savedAt = Date.parse(stored?.savedAt);
  if (
    stored?.fingerprint !== queryFingerprint(document) ||
    !Array.isArray(stored.nodes) ||
    stored.nodes.length === 0 ||
    stored.nodes.length > MAX_NODES ||
    !stored.nodes.every((n) => typeof n?.id === 'string') ||
    typeof stored.totalCount !== 'number' ||
    !Number.isFinite(savedAt) ||
    now - savedAt > MAX_AGE_MS
  ) {
    return null;
  }
  return { nodes: stored.nodes, totalCount: stored.totalCount, totalCountIsLowerBound: stored.totalCountIsLowerBound === true, savedAt: stored.savedAt };
}

/** Keeps a freshly received first page; an empty or oversized one removes what was kept. */
export function keepPage<T extends { id: string }>(tab: KeptTab, document: object, page: Omit<KeptPage<T>, 'savedAt'>, now = Date.now()): KeptPage<T> | null {
  const kept: KeptPage<T> = { ...page, nodes: page.nodes.slice(0, MAX_NODES), savedAt: new Date(now).toISOString() };
  const text = JSON.stringify({ ...kept, fingerprint: queryFingerprint(document) } satisfies Stored<T>);
  try {
    if (kept.nodes.length === 0 || text.length > MAX_BYTES) {
      Taro.removeStorageSync(keptPageKey(tab));
      return null;
    }
    Taro.setStorageSync(keptPageKey(tab), text);
  } catch {
    // Storage full or refused: the app works as before, only without the kept page.
    return null;
  }
  return kept;
}
