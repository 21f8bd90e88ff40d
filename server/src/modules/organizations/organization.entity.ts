import { EntitySchema } from '@mikro-orm/core';
import type { OrganizationKind } from '../../seed/catalog-types';
import { placeProperties, type PlaceColumns } from '../common/place';

export interface Organization extends PlaceColumns {
  id: string;
  name: string;
  kind: OrganizationKind;
  verified: boolean;
  verifiedAt: Date | null;
  description: string;
  createdAt: Date;
  updatedAt: Date;
}

export const OrganizationSchema = new EntitySchema<Organization>({
  name: 'Organization',
  tableName: 'organizations',
  properties: {
    id: { type: 'string', length: 16, primary: true },
    name: { type: 'string', length: 100 },
    kind: { type: 'string', length: 24 },
    verified: { type: 'boolean', default: false },
    verifiedAt: { type: 'datetime', nullable: true },
    description: { type: 'text' },
    ...placeProperties,
    createdAt: { type: 'datetime' },
    updatedAt: { type: 'datetime' },
  },
});
