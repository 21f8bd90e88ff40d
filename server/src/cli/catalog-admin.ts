import type { Database } from '../db/orm';

/**
 * Empties every catalogue table and everything that refers to a posting or an organisation
 * (applications, enrolments, reports …), children first. Users and their sessions stay.
 */
export async function clearCatalog(db: Database): Promise<void> {
  for (const table of [
    'application_certificates', 'applications', 'certificates', 'enrollments', 'interests', 'favorites', 'reports', 'memberships',
    'opening_positions', 'franchise_openings', 'course_employers', 'courses', 'jobs', 'organizations',
  ]) {
    await db.knex(table).del();
  }
}

export function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
