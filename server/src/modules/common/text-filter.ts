import { badInput } from '../../errors';
import { normalizeText, searchForm } from './text';

export const MAX_KEYWORD_LENGTH = 50;

// Control characters have no place in a search and PostgreSQL refuses NUL in text.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * A keyword as a LIKE pattern: in the search column's form (`searchForm`: 足療 finds 足疗,
 * ＡＢＣ finds abc), trimmed, with `%`, `_` and `\` escaped so they match literally. Blank
 * (or only invisible characters) means "no keyword".
 */
export function keywordPattern(raw: string | null | undefined, argument = 'filter.keyword'): string | null {
  if (raw === null || raw === undefined) return null;
  const kw = searchForm(raw).trim();
  if (kw.length === 0) return null;
  if ([...kw].length > MAX_KEYWORD_LENGTH) throw badInput(`关键词最多 ${MAX_KEYWORD_LENGTH} 个字`, argument);
  if (CONTROL.test(kw)) throw badInput('关键词含有无法识别的字符', argument);
  return `%${kw.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * An exact-match text filter (a city, a town): normalised like the stored place it is compared
 * with (紫陽縣 is 紫阳县), trimmed, bounded, blank means none.
 */
export function exactText(raw: string | null | undefined, argument: string, max = 30): string | null {
  if (raw === null || raw === undefined) return null;
  const v = normalizeText(raw).trim();
  if (v.length === 0) return null;
  if ([...v].length > max) throw badInput(`${argument} 最多 ${max} 个字`, argument);
  if (CONTROL.test(v)) throw badInput(`${argument} 含有无法识别的字符`, argument);
  return v;
}

/**
 * Text of every searchable field for the `search_text` column, in the same `searchForm` as
 * the keyword it will be matched against. Parts read back from the database (an employer's
 * name stored before names were normalised) are normalised here too.
 */
export function searchText(parts: (string | null | undefined)[]): string {
  return searchForm(parts.filter(Boolean).join(' '));
}
