import fs from 'node:fs';
import path from 'node:path';
import { buildASTSchema, getNullableType, isInterfaceType, isListType, isObjectType, parse, defaultFieldResolver, type GraphQLFieldResolver } from 'graphql';
import type { Resolvers } from '../generated/graphql';
import { listSizeDirective } from './limits';
import { getDirectiveValues } from 'graphql';
import { packageRoot } from '../config';
import { courseResolvers } from '../modules/courses/course.resolvers';
import { franchiseOpeningResolvers } from '../modules/franchise/franchise-opening.resolvers';
import { jobResolvers } from '../modules/jobs/job.resolvers';
import { organizationResolvers } from '../modules/organizations/organization.resolvers';
import { DateScalar, DateTimeScalar } from './scalars';
import { accountResolvers } from '../modules/accounts/accounts.resolvers';
import { onBehalfResolvers } from '../modules/on-behalf/on-behalf.resolvers';
import { applicationResolvers } from '../modules/applications/applications.resolvers';
import { enrollmentResolvers } from '../modules/enrollments/enrollments.resolvers';
import { interestResolvers } from '../modules/interests/interests.resolvers';
import { favoriteResolvers } from '../modules/favorites/favorites.resolvers';
import { jobPostingResolvers } from '../modules/jobs/job-posting.resolvers';
import { notificationResolvers } from '../modules/notifications/notifications.resolvers';
import { trustResolvers } from '../modules/trust/trust.resolvers';
import { savedSearchResolvers } from '../modules/saved-searches/saved-searches.resolvers';
import { adminPostingResolvers } from '../modules/trust/admin-postings.resolvers';
import { coursePostingResolvers } from '../modules/courses/course-posting.resolvers';
import { openingPostingResolvers } from '../modules/franchise/opening-posting.resolvers';

/** The SDL files of schema/, the one contract the server and the app are generated from. */
export function loadTypeDefs(dir = path.resolve(packageRoot, '..', 'schema')): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
}

const moduleResolvers: Resolvers[] = [
  organizationResolvers,
  jobResolvers,
  courseResolvers,
  franchiseOpeningResolvers,
  accountResolvers,
  onBehalfResolvers,
  applicationResolvers,
  enrollmentResolvers,
  interestResolvers,
  favoriteResolvers,
  jobPostingResolvers,
  coursePostingResolvers,
  openingPostingResolvers,
  notificationResolvers,
  trustResolvers,
  savedSearchResolvers,
  adminPostingResolvers,
];

/** Merges the modules' resolver maps type by type (several modules extend Job, Query …). */
function merge(maps: Resolvers[]): Resolvers {
  const out: Record<string, Record<string, unknown>> = {};
  for (const map of maps) {
    for (const [type, fields] of Object.entries(map)) out[type] = { ...(out[type] ?? {}), ...(fields as object) };
  }
  return out as Resolvers;
}

/**
 * Holds every list field to the size its `@listSize` states: a longer list is cut to it. The
 * query cost limit counts lists at those sizes, so the cut keeps the estimate an upper bound
 * whatever a service returns; services still bound their queries (newest first) so the cut
 * never has work to do.
 */
export function boundLists(map: Resolvers, typeDefs: string[]): Resolvers {
  const schema = buildASTSchema(parse(typeDefs.join('\n')), { assumeValidSDL: true });
  const out = map as Record<string, Record<string, unknown>>;
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
    for (const field of Object.values(type.getFields())) {
      if (!isListType(getNullableType(field.type)) || !field.astNode) continue;
      const max = (getDirectiveValues(listSizeDirective, field.astNode) as { assumedSize?: number } | undefined)?.assumedSize;
      if (!max) continue;
      const fields = (out[type.name] ??= {});
      const given = fields[field.name] as GraphQLFieldResolver<unknown, unknown> | undefined;
      const resolve = given ?? defaultFieldResolver;
      const cut = (v: unknown) => (Array.isArray(v) && v.length > max ? v.slice(0, max) : v);
      fields[field.name] = (parent: unknown, args: unknown, ctx: unknown, info: any) => {
        const v = resolve(parent, args as Record<string, unknown>, ctx, info);
        return v instanceof Promise ? v.then(cut) : cut(v);
      };
    }
  }
  return map;
}

export const resolvers: Resolvers = boundLists(
  {
    ...merge([{ Query: { ok: () => true } }, ...moduleResolvers]),
    DateTime: DateTimeScalar,
    Date: DateScalar,
  },
  loadTypeDefs(),
);
