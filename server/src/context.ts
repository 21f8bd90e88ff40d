import type { Database } from './db/orm';
import { createLoaders, type Loaders } from './loaders';
import type { Services } from './services';

/** Everything a resolver may use, built once per request. */
export interface Context {
  db: Database;
  services: Services;
  /** The request's DataLoaders: they batch and cache within one request, never across. */
  loaders: Loaders;
  /** One clock reading per request, so every field of a response agrees on "now". */
  now: Date;
  /**
   * Set once the response is known to be public, so it may be shared with other anonymous
   * clients. An object, because Apollo hands resolvers a shallow copy of the context.
   */
  response: { cacheable: boolean };
}

export function createContext(db: Database, services: Services): Context {
  const now = new Date();
  return { db, services, now, loaders: createLoaders(services, now), response: { cacheable: false } };
}
