import type { Database } from '../db/orm';

/** Empties every catalogue table, children first. */
export async function clearCatalog(db: Database): Promise<void> {
  for (const table of ['opening_positions', 'franchise_openings', 'course_employers', 'courses', 'jobs', 'organizations']) {
    await db.knex(table).del();
  }
}

export function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
