import type { Database } from '../../db/orm';
import { lines } from '../jobs/job.rows';

/**
 * A user as the API shows it to one viewer. The flags decide what is filled in:
 * `personal` (name, phone) for the user, members of an organisation they turned to, admins;
 * `self` (home, skills, wishes, settings) for the user alone.
 */
export interface UserView {
  id: string;
  openid: string;
  name: string | null;
  phone: string | null;
  homeTown: string | null;
  homeVillage: string | null;
  birthYear: number | null;
  skills: string[];
  preferredDestinations: string[];
  largeText: boolean;
  isAdmin: boolean;
  /** The viewer is this user. */
  self: boolean;
  /** The viewer may see this user's personal data. */
  personal: boolean;
}

export interface UserRecord {
  id: string;
  openid: string;
  name: string | null;
  phone: string | null;
  homeTown: string | null;
  homeVillage: string | null;
  birthYear: number | null;
  skills: string[];
  preferredDestinations: string[];
  largeText: boolean;
  demoAdmin: boolean;
}

export const userColumns = ['id', 'openid', 'name', 'phone', 'home_town', 'home_village', 'birth_year', 'skills', 'preferred_destinations', 'large_text', 'demo_admin'];

export function toUserRecord(db: Database, r: Record<string, any>): UserRecord {
  return {
    id: r.id,
    openid: r.openid,
    name: r.name,
    phone: r.phone,
    homeTown: r.home_town,
    homeVillage: r.home_village,
    birthYear: r.birth_year == null ? null : Number(r.birth_year),
    skills: lines(r.skills),
    preferredDestinations: lines(r.preferred_destinations),
    largeText: db.readBool(r.large_text),
    demoAdmin: db.readBool(r.demo_admin),
  };
}

export function viewOf(u: UserRecord, access: { personal: boolean; self: boolean; isAdmin: boolean }): UserView {
  return {
    id: u.id,
    openid: u.openid,
    name: access.personal ? u.name : null,
    phone: access.personal ? u.phone : null,
    homeTown: access.self ? u.homeTown : null,
    homeVillage: access.self ? u.homeVillage : null,
    birthYear: access.self ? u.birthYear : null,
    skills: access.self ? u.skills : [],
    preferredDestinations: access.self ? u.preferredDestinations : [],
    largeText: access.self ? u.largeText : false,
    isAdmin: access.isAdmin,
    self: access.self,
    personal: access.personal,
  };
}

/** The user as the viewer may see them: personal data only where `personal` says so. */
export function viewFor(u: UserRecord, viewer: { userId: string; isAdmin: boolean } | null, personal: boolean): UserView {
  const self = viewer !== null && viewer.userId === u.id;
  return viewOf(u, { personal: personal || self, self, isAdmin: self ? viewer!.isAdmin : false });
}
