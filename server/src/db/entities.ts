import { CatalogStateSchema } from './catalog-version';
import { MessageSchema, OutboxMessageSchema, SubscriptionSchema } from '../modules/notifications/message.entity';
import { AuditEntrySchema, PostingFreezeSchema, ReportSchema } from '../modules/trust/trust.entity';
import { SavedSearchSchema } from '../modules/saved-searches/saved-search.entity';
import { ApplicationCertificateSchema, CertificateSchema } from '../modules/courses/certificate.entity';
import { MembershipSchema, SessionSchema, UserSchema } from '../modules/accounts/user.entity';
import { OnBehalfRecordSchema, VillageCadreSchema } from '../modules/on-behalf/on-behalf.entity';
import { ApplicationSchema } from '../modules/applications/application.entity';
import { EnrollmentSchema } from '../modules/enrollments/enrollment.entity';
import { InterestSchema } from '../modules/interests/interest.entity';
import { FavoriteSchema } from '../modules/favorites/favorite.entity';
import { OrganizationSchema } from '../modules/organizations/organization.entity';
import { UploadSchema } from '../modules/uploads/upload.entity';
import { RateHitSchema } from '../modules/common/rate-limit.entity';
import { IdempotencyKeySchema } from '../modules/common/idempotency.entity';
import { JobSchema } from '../modules/jobs/job.entity';
import { TimedTaskSchema } from '../modules/timed-work/timed-task.entity';
import { CourseEmployerSchema, CourseSchema } from '../modules/courses/course.entity';
import { FranchiseOpeningSchema, OpeningPositionSchema } from '../modules/franchise/franchise-opening.entity';

export const entities = [
  CatalogStateSchema,
  OrganizationSchema,
  UploadSchema,
  JobSchema,
  CourseSchema,
  CourseEmployerSchema,
  FranchiseOpeningSchema,
  OpeningPositionSchema,
  UserSchema,
  SessionSchema,
  MembershipSchema,
  OnBehalfRecordSchema,
  VillageCadreSchema,
  RateHitSchema,
  IdempotencyKeySchema,
  ApplicationSchema,
  EnrollmentSchema,
  InterestSchema,
  FavoriteSchema,
  CertificateSchema,
  ApplicationCertificateSchema,
  MessageSchema,
  OutboxMessageSchema,
  SubscriptionSchema,
  ReportSchema,
  PostingFreezeSchema,
  AuditEntrySchema,
  TimedTaskSchema,
  SavedSearchSchema,
];
