import { EntitySchema } from '@mikro-orm/core';

/**
 * A person. `name` and `phone` are personal data: services hand them out only to the user,
 * to members of an organisation the user applied to, enrolled with or showed interest in,
 * and to admins (see AccessService).
 */
export interface User {
  id: string;
  /** WeChat's id of the user for this mini-program. */
  openid: string;
  name: string | null;
  phone: string | null;
  homeTown: string | null;
  homeVillage: string | null;
  birthYear: number | null;
  /**
   * Set on a person a helper applied for (代报名) while nobody has proved the number: her key.
   * Such a row has a placeholder openid and is never signed in as (see OnBehalfService).
   */
  proxyPhone: string | null;
  /** The user who proved the number and took over this person's records. */
  claimedBy: string | null;
  /** When the user proved `phone` with WeChat's phone button; null for a typed number. */
  phoneVerifiedAt: Date | null;
  /** One per line. */
  skills: string;
  preferredDestinations: string;
  largeText: boolean;
  /** Demo admins only; real admins are listed in ADMIN_OPENIDS. */
  demoAdmin: boolean;
  createdAt: Date;
  updatedAt: Date;
}

/** A signed-in session; a token names one, so deleting or revoking it ends the token. */
export interface Session {
  id: string;
  userId: string;
  createdAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
}

export interface Membership {
  userId: string;
  organizationId: string;
  role: 'OWNER' | 'STAFF';
  createdAt: Date;
}

export const UserSchema = new EntitySchema<User>({
  name: 'User',
  tableName: 'users',
  properties: {
    id: { type: 'string', length: 16, primary: true },
    openid: { type: 'string', length: 64, unique: 'users_openid_unique' },
    name: { type: 'string', length: 20, nullable: true, hidden: true },
    phone: { type: 'string', length: 11, nullable: true, hidden: true, lazy: true },
    homeTown: { type: 'string', length: 20, nullable: true },
    homeVillage: { type: 'string', length: 20, nullable: true },
    birthYear: { type: 'integer', nullable: true },
    proxyPhone: { type: 'string', length: 11, nullable: true, hidden: true, unique: 'users_proxy_phone_unique' },
    claimedBy: { type: 'string', length: 16, nullable: true },
    phoneVerifiedAt: { type: 'datetime', nullable: true },
    skills: { type: 'text', default: '' },
    preferredDestinations: { type: 'text', default: '' },
    largeText: { type: 'boolean', default: false },
    demoAdmin: { type: 'boolean', default: false },
    createdAt: { type: 'datetime' },
    updatedAt: { type: 'datetime' },
  },
});

export const SessionSchema = new EntitySchema<Session>({
  name: 'Session',
  tableName: 'sessions',
  properties: {
    id: { type: 'string', length: 24, primary: true },
    userId: { type: 'string', length: 16, fieldName: 'user_id', index: 'sessions_user_idx' },
    createdAt: { type: 'datetime' },
    expiresAt: { type: 'datetime' },
    revokedAt: { type: 'datetime', nullable: true },
  },
});

export const MembershipSchema = new EntitySchema<Membership>({
  name: 'Membership',
  tableName: 'memberships',
  properties: {
    userId: { type: 'string', length: 16, primary: true, fieldName: 'user_id' },
    organizationId: { type: 'string', length: 16, primary: true, fieldName: 'organization_id', index: 'memberships_org_idx' },
    role: { type: 'string', length: 8 },
    createdAt: { type: 'datetime' },
  },
});

