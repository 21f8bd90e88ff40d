import { useEffect } from 'react';
import type { OrganizationKind } from '../../gql/graphql';
import { refreshMe, useSession } from '../account/session';

export type ConsoleKind = 'recruiter' | 'trainer';

const KINDS: Record<ConsoleKind, OrganizationKind[]> = {
  // A labour agency posts jobs for other employers: it recruits like an employer does.
  recruiter: ['EMPLOYER', 'SHOP_BRAND', 'LABOUR_AGENCY'],
  trainer: ['TRAINING_INSTITUTION'],
};

export type ConsoleOrganization = { id: string; name: string; kind: OrganizationKind; verified: boolean; suspended: boolean };

/** The organisations the signed-in user may run this console for (from her memberships). */
export function consoleOrganizations(memberships: { organization: ConsoleOrganization }[] | null | undefined, kind: ConsoleKind): ConsoleOrganization[] {
  return (memberships ?? []).map((m) => m.organization).filter((o) => KINDS[kind].includes(o.kind));
}

/**
 * Which organisation a console works for. Memberships change rarely but can change on another
 * phone (the bureau verifies the company), so the profile is fetched again on entry.
 */
export function useConsoleOrganization(kind: ConsoleKind) {
  const { user, signedIn } = useSession();
  useEffect(() => {
    if (signedIn) void refreshMe().catch(() => undefined);
  }, [signedIn]);
  const organizations = consoleOrganizations(user?.memberships as { organization: ConsoleOrganization }[] | undefined, kind);
  return { signedIn, organizations, organization: organizations[0] ?? null, isAdmin: !!user?.isAdmin };
}
