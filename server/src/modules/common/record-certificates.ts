import type { Database } from '../../db/orm';
import type { UserView } from '../accounts/user.rows';
import type { ShownWith } from './records';

/**
 * The certificates a villager's records carry. Shared by applications (the certificates she
 * attached) and enrolments (the one its trainer issued), so it belongs to neither.
 */
export class RecordCertificates {
  constructor(private readonly db: Database) {}

  async ofApplication(applicationId: string) {
    return this.db.knex('certificates').join('application_certificates', 'application_certificates.certificate_id', 'certificates.id').where('application_certificates.application_id', applicationId).select('certificates.*');
  }

  /**
   * The certificates on a `User` as its viewer may see them. Her own profile shows all she
   * holds. Anyone else meets her only through one application, enrolment or interest, and sees
   * what that record carries: the certificates she attached to the application; the one the
   * enrolment earned (its trainer issued it); none on an interest, where nothing is attached.
   * An employer never learns which other courses she took unless she chose to show them.
   */
  async shown(user: UserView & { shownWith?: ShownWith }) {
    if (user.self) return this.db.knex('certificates').where('user_id', user.id).orderBy([{ column: 'created_at', order: 'desc' }, { column: 'id', order: 'desc' }]);
    if (!user.personal || !user.shownWith) return [];
    const { kind, id } = user.shownWith;
    if (kind === 'APPLICATION') return this.ofApplication(id);
    if (kind === 'ENROLLMENT') return this.db.knex('certificates').where({ enrollment_id: id, user_id: user.id });
    return [];
  }
}
