export interface CertificateRow {
  id: string;
  name: string;
  number: string;
  courseTitle: string;
  trainerId: string;
  issuedOn: string;
}

export function toCertificateRow(r: Record<string, any>): CertificateRow {
  return { id: r.id, name: r.name, number: r.number, courseTitle: r.course_title, trainerId: r.trainer_id, issuedOn: r.issued_on };
}
