import { EntitySchema } from '@mikro-orm/core';
import type { OrganizationKind } from '../../seed/catalog-types';
import { placeProperties, type PlaceColumns } from '../common/place';

export interface Organization extends PlaceColumns {
  id: string;
  name: string;
  /**
   * The name as a villager tells names apart (`organizationNameKey`): unique, so no one can
   * register a look-alike of a known employer, even with two requests racing on two servers.
   * Nullable only because SQLite cannot add a NOT NULL column without a default; the
   * migration that added it gave every existing row one.
   */
  nameKey: string | null;
  kind: OrganizationKind;
  verified: boolean;
  verifiedAt: Date | null;
  description: string;
  /** Suspended after repeated takedowns: may not post, and its postings are hidden. */
  suspended: boolean;
  takedownCount: number;
  /**
   * A labour agency's 人力资源服务许可证 number in its written form
   * (`organizationLicence`); required before an agency is verified. Public.
   */
  licenceNumber: string | null;
  /** Why the bureau refused to verify it; null when not refused. */
  rejectionReason: string | null;
  /** 统一社会信用代码 in upper case (`parseCreditCode`). Public, as printed on the licence. */
  creditCode: string | null;
  /** 法定代表人 as on the licence. Public, as on the licence. */
  legalRepresentative: string | null;
  /** The phone the bureau calls about the registration: members and admins only. */
  contactPhone: string | null;
  /** The photo of its licence (an `uploads` row): members and admins only. */
  licenceUploadId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export const OrganizationSchema = new EntitySchema<Organization>({
  name: 'Organization',
  tableName: 'organizations',
  properties: {
    id: { type: 'string', length: 16, primary: true },
    name: { type: 'string', length: 100 },
    nameKey: { type: 'text', nullable: true, unique: 'organizations_name_key_unique' },
    kind: { type: 'string', length: 24 },
    verified: { type: 'boolean', default: false },
    verifiedAt: { type: 'datetime', nullable: true },
    description: { type: 'text' },
    suspended: { type: 'boolean', default: false },
    takedownCount: { type: 'integer', default: 0 },
    licenceNumber: { type: 'string', length: 40, nullable: true },
    rejectionReason: { type: 'string', length: 200, nullable: true },
    creditCode: { type: 'string', length: 18, nullable: true },
    legalRepresentative: { type: 'string', length: 40, nullable: true },
    contactPhone: { type: 'string', length: 20, nullable: true },
    licenceUploadId: { type: 'string', length: 16, nullable: true, index: 'organizations_licence_upload_idx' },
    ...placeProperties,
    createdAt: { type: 'datetime' },
    updatedAt: { type: 'datetime' },
  },
});
