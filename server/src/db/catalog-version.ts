import { EntitySchema } from '@mikro-orm/core';

/**
 * One row whose `version` goes up on every write to a catalogue. Server instances compare it
 * to decide whether a cached public response is still good, so a write on one instance is
 * seen by every instance without talking to them.
 */
export interface CatalogState {
  id: number;
  version: number;
}

export const CatalogStateSchema = new EntitySchema<CatalogState>({
  name: 'CatalogState',
  tableName: 'catalog_state',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: false },
    version: { type: 'integer' },
  },
});
