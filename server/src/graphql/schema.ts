import fs from 'node:fs';
import path from 'node:path';
import type { Resolvers } from '../generated/graphql';
import { packageRoot } from '../config';
import { courseResolvers } from '../modules/courses/course.resolvers';
import { franchiseOpeningResolvers } from '../modules/franchise/franchise-opening.resolvers';
import { jobResolvers } from '../modules/jobs/job.resolvers';
import { organizationResolvers } from '../modules/organizations/organization.resolvers';
import { DateScalar, DateTimeScalar } from './scalars';
import { accountResolvers } from '../modules/accounts/accounts.resolvers';
import { applicationResolvers } from '../modules/applications/applications.resolvers';
import { jobPostingResolvers } from '../modules/jobs/job-posting.resolvers';
import { notificationResolvers } from '../modules/notifications/notifications.resolvers';
import { trustResolvers } from '../modules/trust/trust.resolvers';
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
  applicationResolvers,
  jobPostingResolvers,
  coursePostingResolvers,
  openingPostingResolvers,
  notificationResolvers,
  trustResolvers,
];

/** Merges the modules' resolver maps type by type (several modules extend Job, Query …). */
function merge(maps: Resolvers[]): Resolvers {
  const out: Record<string, Record<string, unknown>> = {};
  for (const map of maps) {
    for (const [type, fields] of Object.entries(map)) out[type] = { ...(out[type] ?? {}), ...(fields as object) };
  }
  return out as Resolvers;
}

export const resolvers: Resolvers = {
  ...merge([{ Query: { ok: () => true } }, ...moduleResolvers]),
  DateTime: DateTimeScalar,
  Date: DateScalar,
};
