import fs from 'node:fs';
import path from 'node:path';
import type { Resolvers } from '../generated/graphql';
import { packageRoot } from '../config';
import { courseResolvers } from '../modules/courses/course.resolvers';
import { franchiseOpeningResolvers } from '../modules/franchise/franchise-opening.resolvers';
import { jobResolvers } from '../modules/jobs/job.resolvers';
import { organizationResolvers } from '../modules/organizations/organization.resolvers';
import { DateScalar, DateTimeScalar } from './scalars';

/** The SDL files of schema/, the one contract the server and the app are generated from. */
export function loadTypeDefs(dir = path.resolve(packageRoot, '..', 'schema')): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
}

const moduleResolvers: Resolvers[] = [organizationResolvers, jobResolvers, courseResolvers, franchiseOpeningResolvers];

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Date: DateScalar,
  Query: Object.assign({ ok: () => true }, ...moduleResolvers.map((r) => r.Query ?? {})),
  ...Object.assign({}, ...moduleResolvers.map(({ Query: _q, ...types }) => types)),
};
