import { EntitySchema } from '@mikro-orm/core';

export interface Favorite {
  userId: string;
  kind: string;
  targetId: string;
  createdAt: Date;
}

export const FavoriteSchema = new EntitySchema<Favorite>({
  name: 'Favorite',
  tableName: 'favorites',
  properties: {
    userId: { type: 'string', length: 16, primary: true, fieldName: 'user_id' },
    kind: { type: 'string', length: 20, primary: true },
    targetId: { type: 'string', length: 16, primary: true, fieldName: 'target_id' },
    createdAt: { type: 'datetime' },
  },
});
