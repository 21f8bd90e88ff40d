export interface MembershipRow {
  organizationId: string;
  role: 'OWNER' | 'STAFF';
}
