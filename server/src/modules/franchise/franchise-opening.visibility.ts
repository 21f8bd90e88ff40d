import type { Database } from '../../db/orm';
import { canManage, type Viewer } from '../accounts/viewer';
import type { PostingHeader } from '../common/posting-visibility';
import type { FranchiseOpeningRow } from './franchise-opening.rows';

/**
 * Who may read a shop opening. It lives here, once, and every path that hands out an opening
 * asks it — the detail, its positions, favourites, reports, the opening behind an interest — so
 * none can show more than `franchiseOpening(id)` does. Open and closed openings are public;
 * drafts and openings the bureau took down are for the brand's members and admins alone; to
 * anyone else they do not exist. So are openings held by 对方让我交钱 reports (UNDER_REVIEW)
 * until the bureau decides.
 */
const PUBLIC: ReadonlySet<string> = new Set<FranchiseOpeningRow['status']>(['OPEN', 'CLOSED']);

export function canSeeOpening(viewer: Viewer | null, opening: { status: string; brandId: string }): boolean {
  return PUBLIC.has(opening.status) || canManage(viewer, opening.brandId);
}

export function openingFor(viewer: Viewer | null, opening: FranchiseOpeningRow | null): FranchiseOpeningRow | null {
  return opening && canSeeOpening(viewer, opening) ? opening : null;
}

const HIDDEN_NOTICE: Record<string, string> = {
  TAKEN_DOWN: '这条开店信息已被县人社局下架，内容不再显示。',
  DRAFT: '这条开店信息已被品牌方收回，内容不再显示。',
  UNDER_REVIEW: '有人反映这条开店信息要交钱，县人社局正在核实，核实期间内容不显示。',
};

/**
 * The opening behind a villager's own interest. Her interest stays hers to see, so
 * `Interest.opening` is never null; an opening she may no longer see comes as a stub that
 * names it (title, brand, status) and carries nothing the bureau took down: no description,
 * franchise terms, place or phone to call (its positions are withheld by the positions read).
 */
export function openingOnRecord(viewer: Viewer | null, opening: FranchiseOpeningRow): FranchiseOpeningRow {
  if (canSeeOpening(viewer, opening)) return opening;
  return {
    id: opening.id,
    brandId: opening.brandId,
    title: opening.title,
    status: opening.status,
    publishedAt: opening.publishedAt,
    moderationNote: null,
    description: HIDDEN_NOTICE[opening.status] ?? HIDDEN_NOTICE.TAKEN_DOWN,
    province: '',
    city: '',
    county: null,
    town: null,
    village: null,
    address: null,
    latitude: null,
    longitude: null,
    openingDate: null,
    isFranchiseOffer: false,
    franchise: null,
    contactName: '',
    contactPhone: '',
  };
}

/** The openings among `ids` the viewer may see, for paths that only need to know (favourite, report). */
export async function visibleOpeningHeaders(db: Database, viewer: Viewer | null, ids: readonly string[]): Promise<Map<string, PostingHeader>> {
  if (ids.length === 0) return new Map();
  const rows = await db.knex('franchise_openings').whereIn('id', ids as string[]).select('id', 'title', 'brand_id', 'status');
  return new Map(
    rows
      .filter((r: any) => canSeeOpening(viewer, { status: r.status, brandId: r.brand_id }))
      .map((r: any) => [r.id as string, { id: r.id, title: r.title, orgId: r.brand_id }]),
  );
}
