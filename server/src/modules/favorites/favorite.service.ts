import type { Database } from '../../db/orm';
import type { FavoriteKind } from '../../generated/graphql';
import { requireViewer } from '../accounts/account.service';
import type { Viewer } from '../accounts/viewer';
import { visiblePosting, visiblePostings } from '../common/posting-visibility';
import { checkId } from '../common/ids';
import { userError } from '../common/user-errors';
import { LIST_BOUNDS } from '../common/records';
import type { FavoriteRow } from './favorite.rows';

/** A villager's saved postings: hers alone, and only postings she may still see. */
export class FavoriteService {
  constructor(private readonly db: Database) {}

  private now(): Date {
    return new Date();
  }

  /**
   * Saves or drops a favourite. Only a posting the viewer may see can be saved: one she may
   * not see answers exactly as an unknown id, so saving cannot be used to probe for drafts.
   * Dropping needs no check — it removes only her own row, whatever the posting became.
   */
  async setFavorite(viewer: Viewer | null, kind: FavoriteKind, id: string, saved: boolean) {
    const v = requireViewer(viewer);
    checkId(id);
    const key = { user_id: v.userId, kind, target_id: id };
    if (!saved) {
      await this.db.knex('favorites').where(key).del();
      return { saved: false, userErrors: [] };
    }
    const target = await visiblePosting(this.db, v, kind, id);
    if (!target) return { saved: false, userErrors: [userError('NOT_FOUND', '没有找到要收藏的内容', 'id')] };
    await this.db.knex('favorites').insert({ ...key, created_at: this.db.dateParam(this.now()) }).onConflict(['user_id', 'kind', 'target_id']).ignore();
    return { saved: true, userErrors: [] };
  }

  /**
   * The viewer's saved postings she may still see. A posting taken down, held or withdrawn
   * since she saved it drops out of the list (and comes back if it is published again); so do
   * favourites saved before saving was checked, whatever they point at.
   */
  async myFavorites(viewer: Viewer | null): Promise<FavoriteRow[]> {
    const v = requireViewer(viewer);
    const rows = await this.db.knex('favorites').where('user_id', v.userId).orderBy([{ column: 'created_at', order: 'desc' }, { column: 'target_id', order: 'desc' }]).limit(LIST_BOUNDS.favorites);
    const favorites: FavoriteRow[] = rows.map((r: any) => ({ kind: r.kind, targetId: r.target_id, createdAt: this.db.readDate(r.created_at) }));
    const kinds = [...new Set(favorites.map((f) => f.kind))];
    const visible = new Map(
      await Promise.all(kinds.map(async (k) => [k, await visiblePostings(this.db, v, k, favorites.filter((f) => f.kind === k).map((f) => f.targetId))] as const)),
    );
    return favorites.filter((f) => visible.get(f.kind)?.has(f.targetId));
  }

  /** Keys are `KIND:id`. */
  async favoriteFlags(viewer: Viewer | null, keys: readonly string[]): Promise<boolean[]> {
    if (!viewer) return keys.map(() => false);
    const ids = keys.map((k) => k.slice(k.indexOf(':') + 1));
    const rows = await this.db.knex('favorites').where('user_id', viewer.userId).whereIn('target_id', ids).select('kind', 'target_id');
    const saved = new Set(rows.map((r: any) => `${r.kind}:${r.target_id}`));
    return keys.map((k) => saved.has(k));
  }
}
