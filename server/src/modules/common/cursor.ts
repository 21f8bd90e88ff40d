import { badInput } from '../../errors';

/** What each value of a sort key is, so a decoded cursor can be checked before it reaches SQL. */
export type KeyPart = 'date' | 'int' | 'day' | 'id';

/**
 * Cursors are base64url JSON `{ s: sort, k: [values of the sort key of the last row] }`.
 * Decoding checks every value's type against the sort, so a forged or truncated cursor is a
 * clear BAD_USER_INPUT, never an SQL error.
 */
export function encodeCursor(sort: string, key: (string | number)[]): string {
  return Buffer.from(JSON.stringify({ s: sort, k: key })).toString('base64url');
}

const MAX_CURSOR_LENGTH = 200;

export function decodeCursor(cursor: string, sort: string, parts: readonly KeyPart[]): (string | number)[] {
  const invalid = () => badInput('分页游标 after 无效：请使用上一页返回的 endCursor', 'after');
  if (cursor.length === 0 || cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw invalid();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (typeof parsed !== 'object' || parsed === null) throw invalid();
  const { s, k } = parsed as { s?: unknown; k?: unknown };
  if (s !== sort) throw badInput('分页游标 after 属于另一种排序：换排序后请从第一页开始', 'after');
  if (!Array.isArray(k) || k.length !== parts.length) throw invalid();
  k.forEach((v, i) => {
    const ok =
      parts[i] === 'id'
        ? typeof v === 'string' && /^[A-Za-z0-9_-]{1,16}$/.test(v)
        : parts[i] === 'day'
          ? typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)
          : Number.isSafeInteger(v) && (v as number) >= 0;
    if (!ok) throw invalid();
  });
  return k as (string | number)[];
}
