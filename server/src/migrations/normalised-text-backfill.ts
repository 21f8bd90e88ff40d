import type { Migration } from '@mikro-orm/migrations';
import { organizationNameKey, searchForm } from '../modules/common/text';

/**
 * Data steps shared by both engines' `organization_name_key` migration. They call the live
 * normaliser on purpose: the point is that rows written before it existed end up exactly as
 * rows written after it, so search and the duplicate-name rule see one form.
 */

type Execute = (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

const PAGE = 1000;

/** Statements run at once, inside the migration's transaction (`addSql` would run them later). */
function executor(m: Migration): Execute {
  return (sql, params) => m.execute(sql, params) as Promise<Record<string, unknown>[]>;
}

/**
 * Gives every organisation its name key. When names registered earlier already share a key,
 * the oldest keeps it and the others get `key#id`: both stay as they are (the bureau can sort
 * them out), the unique index can be built, and a new look-alike of any of them is refused.
 */
export async function backfillOrganizationNameKeys(m: Migration): Promise<void> {
  const execute = executor(m);
  const rows = await execute('select id, name from organizations order by created_at, id');
  const seen = new Set<string>();
  for (const row of rows) {
    const id = String(row.id);
    const key = organizationNameKey(String(row.name));
    const stored = key.length > 0 && !seen.has(key) ? key : `${key}#${id}`;
    seen.add(key);
    await execute('update organizations set name_key = ? where id = ?', [stored, id]);
  }
}

/**
 * Rewrites the `search_text` of existing jobs, courses and shop openings in the keyword's
 * form (a traditional or full-width keyword is normalised now, so old rows must be too).
 * The column was the lower-cased text, and normalising commutes with lower-casing here, so
 * the column is recomputed from itself; only rows that change are written.
 */
export async function normaliseSearchColumns(m: Migration): Promise<void> {
  const execute = executor(m);
  for (const table of ['jobs', 'courses', 'franchise_openings']) {
    let after = '';
    for (;;) {
      const rows = await execute(`select id, search_text from ${table} where id > ? order by id limit ${PAGE}`, [after]);
      for (const row of rows) {
        const before = String(row.search_text);
        const now = searchForm(before);
        if (now !== before) await execute(`update ${table} set search_text = ? where id = ?`, [now, row.id]);
      }
      if (rows.length < PAGE) break;
      after = String(rows[rows.length - 1].id);
    }
  }
}
