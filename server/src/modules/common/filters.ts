import type { Knex } from '@mikro-orm/knex';
import type { Database } from '../../db/orm';
import type { PlaceFilter } from '../../generated/graphql';
import { exactText } from './text-filter';

export interface PlaceMatch {
  province?: string;
  city?: string;
  county?: string;
  town?: string;
}

export function parsePlace(p: PlaceFilter | null | undefined, argument: string): PlaceMatch | null {
  if (!p) return null;
  const out: PlaceMatch = {};
  for (const level of ['province', 'city', 'county', 'town'] as const) {
    const v = exactText(p[level], `${argument}.${level}`, 20);
    if (v) out[level] = v;
  }
  return Object.keys(out).length > 0 ? out : null;
}

export function wherePlace(q: Knex.QueryBuilder, table: string, place: PlaceMatch | null): void {
  if (!place) return;
  for (const [level, value] of Object.entries(place)) q.where(`${table}.${level}`, value);
}

/** `column = true` in the engine's own spelling (SQLite stores booleans as 0/1). */
export function isTrue(db: Database, column: string): string {
  return `${column} = ${db.driver === 'sqlite' ? 1 : 'true'}`;
}
