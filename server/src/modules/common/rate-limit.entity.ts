import { EntitySchema } from '@mikro-orm/core';

/**
 * One accepted request (or several, by weight) counted against a rate limit. Keeping each hit
 * rather than a per-minute counter is what lets the limit hold over any 60 seconds, not just
 * within clock minutes; a key holds at most `limit` rows, and older ones are deleted as it is hit.
 */
export interface RateHit {
  id: string;
  key: string;
  /** When, in epoch milliseconds on both engines. */
  at: number;
  weight: number;
}

export const RateHitSchema = new EntitySchema<RateHit>({
  name: 'RateHit',
  tableName: 'rate_hits',
  properties: {
    id: { type: 'string', length: 16, primary: true },
    key: { type: 'string', length: 100 },
    at: { type: 'bigint' },
    weight: { type: 'integer' },
  },
  indexes: [{ name: 'rate_hits_key_at_idx', properties: ['key', 'at'] }],
});
