import { badInput } from '../../errors';

export const MAX_KEYWORD_LENGTH = 50;

// Control characters have no place in a search and PostgreSQL refuses NUL in text.
const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * A keyword as a LIKE pattern: trimmed, lower-cased, with `%`, `_` and `\` escaped so they
 * match literally. Blank means "no keyword".
 */
export function keywordPattern(raw: string | null | undefined, argument = 'filter.keyword'): string | null {
  if (raw === null || raw === undefined) return null;
  const kw = raw.trim();
  if (kw.length === 0) return null;
  if ([...kw].length > MAX_KEYWORD_LENGTH) throw badInput(`关键词最多 ${MAX_KEYWORD_LENGTH} 个字`, argument);
  if (CONTROL.test(kw)) throw badInput('关键词含有无法识别的字符', argument);
  return `%${kw.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** An exact-match text filter (a city, a town): trimmed, bounded, blank means none. */
export function exactText(raw: string | null | undefined, argument: string, max = 30): string | null {
  if (raw === null || raw === undefined) return null;
  const v = raw.trim();
  if (v.length === 0) return null;
  if ([...v].length > max) throw badInput(`${argument} 最多 ${max} 个字`, argument);
  if (CONTROL.test(v)) throw badInput(`${argument} 含有无法识别的字符`, argument);
  return v;
}

/** Text of every searchable field, lower-cased, for the `search_text` column. */
export function searchText(parts: (string | null | undefined)[]): string {
  return parts.filter(Boolean).join(' ').toLowerCase();
}
