import type { Database } from './db/orm';
import { createLoaders, type Loaders } from './loaders';
import type { Viewer } from './modules/accounts/viewer';
import type { Services } from './services';

/** Everything a resolver may use, built once per request. */
export interface Context {
  db: Database;
  services: Services;
  /** The signed-in user, or null for an anonymous visitor. */
  viewer: Viewer | null;
  /** The client's address, for per-client limits. */
  clientAddress: string;
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

export function createContext(db: Database, services: Services, viewer: Viewer | null, clientAddress: string): Context {
  const now = services.clock.now();
  return { db, services, viewer, clientAddress, now, loaders: createLoaders(services, now, viewer), response: { cacheable: false } };
}
