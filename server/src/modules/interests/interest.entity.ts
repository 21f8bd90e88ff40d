import { EntitySchema } from '@mikro-orm/core';
import { recordColumns } from '../common/records';

export interface Interest {
  id: string;
  openingId: string;
  userId: string;
  positionTitle: string | null;
  note: string | null;
  status: string;
  history: string;
  createdAt: Date;
  updatedAt: Date;
}

export const InterestSchema = new EntitySchema<Interest>({
  name: 'Interest',
  tableName: 'interests',
  properties: {
    ...recordColumns,
    openingId: { type: 'string', length: 16, fieldName: 'opening_id' },
    positionTitle: { type: 'string', length: 20, nullable: true },
    note: { type: 'string', length: 200, nullable: true },
  },
  uniques: [{ name: 'interests_opening_user_unique', properties: ['openingId', 'userId'] }],
  indexes: [{ name: 'interests_user_idx', properties: ['userId', 'createdAt'] }],
});
