import type { Knex } from '@mikro-orm/knex';
import type { Database } from '../../db/orm';
import { isUniqueViolation } from '../../db/errors';
import { requireViewer } from '../accounts/account.service';
import { canManage, type Viewer } from '../accounts/viewer';
import { canSeeOpening } from '../franchise/franchise-opening.visibility';
import { checkId, newId } from '../common/ids';
import { compareAndSet } from '../common/status-change';
import { userError } from '../common/user-errors';
import { appendHistory, checkNote, LIST_BOUNDS } from '../common/records';
import { interestSelect, toInterestRow, type InterestRow } from './interest.rows';

/**
 * Interest in shop openings. An interest is returned to the villager it belongs to, to members
 * of the brand and to admins, and to nobody else.
 */
export class InterestService {
  constructor(private readonly db: Database) {}

  private now(): Date {
    return new Date();
  }

  private interests(q: Knex = this.db.knex) {
    return q('interests').join('franchise_openings', 'franchise_openings.id', 'interests.opening_id').select(interestSelect);
  }

  async expressInterest(viewer: Viewer | null, openingId: string, positionTitle: string | null | undefined, rawNote: string | null | undefined) {
    const v = requireViewer(viewer);
    checkId(openingId, 'franchiseOpeningId');
    const note = checkNote(rawNote, 'note');
    if (note.error) return { interest: null, userErrors: [note.error] };
    const opening = await this.db.knex('franchise_openings').where('id', openingId).first('id', 'status', 'brand_id');
    if (!opening || !canSeeOpening(v, { status: opening.status, brandId: opening.brand_id })) return { interest: null, userErrors: [userError('NOT_FOUND', '没有找到这个开店信息', 'franchiseOpeningId')] };
    const existing = await this.myInterest(v, openingId);
    if (existing && existing.status !== 'WITHDRAWN') return { interest: existing, userErrors: [] };
    if (opening.status !== 'OPEN') return { interest: null, userErrors: [userError('OPENING_CLOSED', '这家店已经不再招人了', 'franchiseOpeningId')] };
    const title = positionTitle?.trim() || null;
    if (title) {
      const known = await this.db.knex('opening_positions').where({ opening_id: openingId, title }).first('idx');
      if (!known) return { interest: null, userErrors: [userError('UNKNOWN_POSITION', '这家店没有招这个岗位', 'positionTitle')] };
    }
    const now = this.now();
    const fields = { position_title: title, note: note.value, status: 'SUBMITTED', history: appendHistory(existing?.history ?? [], 'SUBMITTED', now), updated_at: this.db.dateParam(now) };
    try {
      // Saying it again after withdrawing reopens the interest once; a double tap that
      // reopened it first is the answer, as saying it twice always is.
      if (existing) await compareAndSet(this.db.knex, 'interests', existing.id, { status: 'WITHDRAWN', history: existing.historyText }, fields);
      else await this.db.knex('interests').insert({ id: newId(), opening_id: openingId, user_id: v.userId, created_at: this.db.dateParam(now), ...fields });
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
    }
    return { interest: await this.myInterest(v, openingId), userErrors: [] };
  }

  private async myInterest(v: Viewer, openingId: string): Promise<InterestRow | null> {
    const raw = await this.interests().where({ 'interests.opening_id': openingId, 'interests.user_id': v.userId }).first();
    return raw ? toInterestRow(this.db, raw) : null;
  }

  async myInterests(viewer: Viewer | null): Promise<InterestRow[]> {
    const v = requireViewer(viewer);
    const rows = await this.interests().where('interests.user_id', v.userId).orderBy([{ column: 'interests.created_at', order: 'desc' }, { column: 'interests.id', order: 'desc' }]).limit(LIST_BOUNDS.mine);
    return rows.map((r: any) => toInterestRow(this.db, r));
  }

  async myInterestsForOpenings(viewer: Viewer | null, openingIds: readonly string[]): Promise<(InterestRow | null)[]> {
    if (!viewer) return openingIds.map(() => null);
    const rows = await this.interests().where('interests.user_id', viewer.userId).whereIn('interests.opening_id', openingIds as string[]);
    const byOpening = new Map(rows.map((r: any) => [r.opening_id as string, toInterestRow(this.db, r)]));
    return openingIds.map((id) => byOpening.get(id) ?? null);
  }

  async forOpening(viewer: Viewer | null, opening: { id: string; brandId: string }): Promise<InterestRow[] | null> {
    if (!canManage(viewer, opening.brandId)) return null;
    const rows = await this.interests().where('interests.opening_id', opening.id).orderBy([{ column: 'interests.created_at', order: 'desc' }, { column: 'interests.id', order: 'desc' }]).limit(LIST_BOUNDS.applicants);
    return rows.map((r: any) => toInterestRow(this.db, r));
  }
}
