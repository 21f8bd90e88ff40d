/** Who is asking, as every service sees it. Null means an anonymous visitor. */
export interface Viewer {
  userId: string;
  openid: string;
  sessionId: string;
  /** County labour bureau staff (ADMIN_OPENIDS, or a demo admin in development). */
  isAdmin: boolean;
  /** Organisations the user belongs to (recruiter / trainer). */
  orgIds: Set<string>;
}

export function isMember(viewer: Viewer | null, orgId: string): boolean {
  return viewer !== null && viewer.orgIds.has(orgId);
}

/** Members of the organisation and admins: who may see a posting's applicants. */
export function canManage(viewer: Viewer | null, orgId: string): boolean {
  return viewer !== null && (viewer.isAdmin || viewer.orgIds.has(orgId));
}
