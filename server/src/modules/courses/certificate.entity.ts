import { EntitySchema } from '@mikro-orm/core';

/** A certificate earned by completing a course; one per enrolment. */
export interface Certificate {
  id: string;
  userId: string;
  enrollmentId: string;
  courseId: string;
  trainerId: string;
  name: string;
  number: string;
  courseTitle: string;
  issuedOn: string;
  createdAt: Date;
}

/** A certificate attached to an application. */
export interface ApplicationCertificate {
  applicationId: string;
  certificateId: string;
}

export const CertificateSchema = new EntitySchema<Certificate>({
  name: 'Certificate',
  tableName: 'certificates',
  properties: {
    id: { type: 'string', length: 16, primary: true },
    userId: { type: 'string', length: 16, fieldName: 'user_id', index: 'certificates_user_idx' },
    enrollmentId: { type: 'string', length: 16, fieldName: 'enrollment_id', unique: 'certificates_enrollment_unique' },
    courseId: { type: 'string', length: 16, fieldName: 'course_id' },
    trainerId: { type: 'string', length: 16, fieldName: 'trainer_id' },
    name: { type: 'string', length: 60 },
    number: { type: 'string', length: 32, unique: 'certificates_number_unique' },
    courseTitle: { type: 'string', length: 60 },
    issuedOn: { type: 'string', length: 10 },
    createdAt: { type: 'datetime' },
  },
});

export const ApplicationCertificateSchema = new EntitySchema<ApplicationCertificate>({
  name: 'ApplicationCertificate',
  tableName: 'application_certificates',
  properties: {
    applicationId: { type: 'string', length: 16, primary: true, fieldName: 'application_id' },
    certificateId: { type: 'string', length: 16, primary: true, fieldName: 'certificate_id' },
  },
});
