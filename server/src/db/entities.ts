import { CatalogStateSchema } from './catalog-version';
import { OrganizationSchema } from '../modules/organizations/organization.entity';
import { JobSchema } from '../modules/jobs/job.entity';
import { CourseEmployerSchema, CourseSchema } from '../modules/courses/course.entity';
import { FranchiseOpeningSchema, OpeningPositionSchema } from '../modules/franchise/franchise-opening.entity';

export const entities = [
  CatalogStateSchema,
  OrganizationSchema,
  JobSchema,
  CourseSchema,
  CourseEmployerSchema,
  FranchiseOpeningSchema,
  OpeningPositionSchema,
];
