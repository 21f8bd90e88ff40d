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
import type { OnBehalfInput } from '../../generated/graphql';
import type { OnBehalfService } from '../on-behalf/on-behalf.service';

/**
 * Interest in shop openings. An interest is returned to the villager it belongs to, to members
 * of the brand and to admins, and to nobody else.
 */
export class InterestService {
  constructor(
    private readonly db: Database,
    private readonly onBehalf: OnBehalfService,
  ) {}

  private now(): Date {
    return new Date();
  }

  private interests(q: Knex = this.db.knex) {
    return q('interests').join('franchise_openings', 'franchise_openings.id', 'interests.opening_id').select(interestSelect);
  }

  async expressInterest(viewer: Viewer | null, openingId: string, positionTitle: string | null | undefined, rawNote: string | null | undefined, onBehalf?: OnBehalfInput | null) {
    const v = requireViewer(viewer);
    checkId(openingId, 'franchiseOpeningId');
    const note = checkNote(rawNote, 'note');
    if (note.error) return { interest: null, userErrors: [note.error] };
    const opening = await this.db.knex('franchise_openings').where('id', openingId).first('id', 'status', 'brand_id');
    if (!opening || !canSeeOpening(v, { status: opening.status, brandId: opening.brand_id })) return { interest: null, userErrors: [userError('NOT_FOUND', '没有找到这个开店信息', 'franchiseOpeningId')] };
    if (onBehalf && opening.status !== 'OPEN') return { interest: null, userErrors: [userError('OPENING_CLOSED', '这家店已经不再招人了', 'franchiseOpeningId')] };
    // For a relative (代报名) the interest is hers: one per person per opening counts her.
    let who = v.userId;
    let helped: Awaited<ReturnType<OnBehalfService['prepare']>> | null = null;
    if (onBehalf) {
      helped = await this.onBehalf.prepare(v, onBehalf);
      if (!helped.personId) return { interest: null, userErrors: helped.userErrors };
      who = helped.personId;
    }
    const existing = await this.interestOf(who, openingId);
    if (existing && existing.status !== 'WITHDRAWN') {
      if (!helped || (await this.onBehalf.madeBy(v, 'INTEREST', existing.id))) return { interest: existing, userErrors: [] };
      return { interest: null, userErrors: [userError('ALREADY_INTERESTED', '这个人已经对这家店表达过意向，不用再发', 'onBehalf.phone')] };
    }
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
      // The helper is recorded in the transaction that writes the interest.
      await this.db.writeTransaction(async (trx) => {
        const id = existing?.id ?? newId();
        if (existing) {
          if (!(await compareAndSet(trx, 'interests', existing.id, { status: 'WITHDRAWN', history: existing.historyText }, fields))) return;
        } else await trx('interests').insert({ id, opening_id: openingId, user_id: who, created_at: this.db.dateParam(now), ...fields });
        if (helped?.personId) await this.onBehalf.record(trx, 'INTEREST', id, v.userId, helped.personId, helped.person);
        else if (existing) await this.onBehalf.forget(trx, 'INTEREST', id);
      });
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
    }
    const current = await this.interestOf(who, openingId);
    // For a relative, another helper's interest for her may have won the insert: not hers to see.
    if (helped && current && !(await this.onBehalf.madeBy(v, 'INTEREST', current.id))) {
      return { interest: null, userErrors: [userError('ALREADY_INTERESTED', '这个人已经对这家店表达过意向，不用再发', 'onBehalf.phone')] };
    }
    return { interest: current, userErrors: [] };
  }

  private async interestOf(userId: string, openingId: string): Promise<InterestRow | null> {
    const raw = await this.interests().where({ 'interests.opening_id': openingId, 'interests.user_id': userId }).first();
    return raw ? toInterestRow(this.db, raw) : null;
  }

  /** Hers, and those she made for relatives who have not signed in yet (marked 代报名). */
  async myInterests(viewer: Viewer | null): Promise<InterestRow[]> {
    const v = requireViewer(viewer);
    const helped = await this.onBehalf.helpedRecordIds(v, 'INTEREST', LIST_BOUNDS.mine);
    const rows = await this.interests().where((w) => w.where('interests.user_id', v.userId).orWhereIn('interests.id', helped)).orderBy([{ column: 'interests.created_at', order: 'desc' }, { column: 'interests.id', order: 'desc' }]).limit(LIST_BOUNDS.mine);
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
