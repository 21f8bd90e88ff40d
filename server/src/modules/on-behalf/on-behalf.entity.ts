import { EntitySchema } from '@mikro-orm/core';

/** Who made an application, enrolment or interest for whom (代报名), one row per record. */
export interface OnBehalfRecord {
  recordKind: string;
  recordId: string;
  helperId: string;
  /** The person row the record was made for (or the user, when she had proved the number). */
  personId: string;
  relation: string;
  /** Her home as the helper gave it: the village cadre's list is by this. */
  homeTown: string;
  homeVillage: string;
  createdAt: Date;
}

/** A village cadre the county labour bureau verified, for one village. */
export interface VillageCadre {
  userId: string;
  town: string;
  village: string;
  grantedBy: string;
  grantedAt: Date;
}

export const OnBehalfRecordSchema = new EntitySchema<OnBehalfRecord>({
  name: 'OnBehalfRecord',
  tableName: 'on_behalf_records',
  properties: {
    recordKind: { type: 'string', length: 12, primary: true, fieldName: 'record_kind' },
    recordId: { type: 'string', length: 16, primary: true, fieldName: 'record_id' },
    helperId: { type: 'string', length: 16, fieldName: 'helper_id' },
    personId: { type: 'string', length: 16, fieldName: 'person_id', index: 'on_behalf_records_person_idx' },
    relation: { type: 'string', length: 16 },
    homeTown: { type: 'string', length: 20 },
    homeVillage: { type: 'string', length: 20 },
    createdAt: { type: 'datetime' },
  },
  // A helper's list, newest first.
  indexes: [{ name: 'on_behalf_records_helper_idx', properties: ['helperId', 'createdAt'] }],
});

export const VillageCadreSchema = new EntitySchema<VillageCadre>({
  name: 'VillageCadre',
  tableName: 'village_cadres',
  properties: {
    userId: { type: 'string', length: 16, primary: true, fieldName: 'user_id' },
    town: { type: 'string', length: 20 },
    village: { type: 'string', length: 20 },
    grantedBy: { type: 'string', length: 16 },
    grantedAt: { type: 'datetime' },
  },
  indexes: [{ name: 'village_cadres_place_idx', properties: ['town', 'village'] }],
});
