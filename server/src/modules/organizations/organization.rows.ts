import type { Database } from '../../db/orm';
import type { OrganizationKind } from '../../seed/catalog-types';
import { placeColumnNames, type PlaceColumns } from '../common/place';

/** An organisation as the API reads it: a plain row, no entity hydration on the read path. */
export interface OrganizationRow extends PlaceColumns {
  id: string;
  name: string;
  kind: OrganizationKind;
  verified: boolean;
  verifiedAt: Date | null;
  description: string;
  suspended: boolean;
  licenceNumber: string | null;
  creditCode: string | null;
  legalRepresentative: string | null;
  /** Members and admins only: the resolvers check (`canManage`). */
  contactPhone: string | null;
  /** Members and admins only: the resolvers check (`canManage`). */
  licenceUploadId: string | null;
  /** Members and admins only: the resolvers check (`canManage`). */
  rejectionReason: string | null;
}

export const organizationColumns = ['id', 'name', 'kind', 'verified', 'verified_at', 'description', 'suspended', 'licence_number', 'credit_code', 'legal_representative', 'contact_phone', 'licence_upload_id', 'rejection_reason', ...placeColumnNames];

export function toOrganizationRow(db: Database, r: Record<string, any>): OrganizationRow {
  return {
    id: r.id,
    name: r.name,
    kind: r.kind,
    verified: db.readBool(r.verified),
    verifiedAt: r.verified_at == null ? null : db.readDate(r.verified_at),
    description: r.description,
    suspended: db.readBool(r.suspended),
    licenceNumber: r.licence_number ?? null,
    creditCode: r.credit_code ?? null,
    legalRepresentative: r.legal_representative ?? null,
    contactPhone: r.contact_phone ?? null,
    licenceUploadId: r.licence_upload_id ?? null,
    rejectionReason: r.rejection_reason ?? null,
    province: r.province,
    city: r.city,
    county: r.county,
    town: r.town,
    village: r.village,
    address: r.address,
    latitude: r.latitude,
    longitude: r.longitude,
  };
}
