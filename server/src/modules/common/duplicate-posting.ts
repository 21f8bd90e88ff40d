import type { Database } from '../../db/orm';
import type { PlaceInput, PostingKind } from '../../generated/graphql';
import { badInput } from '../../errors';
import { forbidden, requireViewer } from '../accounts/account.service';
import type { Viewer } from '../accounts/viewer';
import { checkId } from './ids';
import { normalizeText, organizationNameKey } from './text';
import { userError, type UserError } from './user-errors';

/**
 * "Identical" for the duplicate warning (`Query.duplicatePosting`): the same title once spacing,
 * punctuation, full-width characters and traditional characters are folded (the key that tells
 * organisation names apart, `organizationNameKey`), in the same province, city, county and town.
 * A course must also start the same day: the same course again next month is a new class.
 *
 * Only live postings of the same organisation count: a job OPEN or UNDER_REVIEW and not expired;
 * a course not cancelled. It is a question the app asks before publishing, never a refusal:
 * two real vacancies can read alike, and the poster decides.
 */
interface Place {
  province: string | null;
  city: string | null;
  county: string | null;
  town: string | null;
}

// Of one organisation's live postings in one city, those that could match are few; the bound
// keeps a chain with thousands of openings from reading them all.
const CANDIDATES = 500;

const field = (v: string | null | undefined) => {
  const t = v == null ? '' : normalizeText(v).trim();
  return t === '' ? null : t;
};

function samePlace(a: Place, b: Record<string, any>): boolean {
  return a.province === field(b.province) && a.city === field(b.city) && a.county === field(b.county) && a.town === field(b.town);
}

type Posted = { organizationId: string; kind: PostingKind; title: string; place: PlaceInput; startDate?: string | null };
type Found = { kind: PostingKind; id: string; title: string };

/** `Query.duplicatePosting`: for the organisation's members only. */
export async function findDuplicatePosting(db: Database, viewer: Viewer | null, args: Posted, now: Date): Promise<Found | null> {
  const v = requireViewer(viewer);
  checkId(args.organizationId, 'organizationId');
  if (!v.orgIds.has(args.organizationId)) throw forbidden('只能查看自己所在机构的信息');
  if ([...args.title].length > 60) throw badInput('title 最多 60 个字', 'title');
  if (args.kind !== 'JOB' && args.kind !== 'COURSE') throw badInput('只查招聘和课程', 'kind');
  return liveDuplicateOf(db, args, now);
}

/**
 * What `postJob` / `postCourse` answer when asked (`askIfDuplicate`) and the posting is
 * identical to a live one: nothing is saved; sending it again without asking publishes it.
 */
export function duplicatePostingError(found: Found): UserError {
  return userError('DUPLICATE_POSTING', `已经有一个一样的${found.kind === 'JOB' ? '招聘' : '课程'}「${found.title}」在发布中，标题和地点都一样`, 'input.title');
}

/** The live posting of the organisation identical to `args`, or null (callers check access). */
export async function liveDuplicateOf(db: Database, args: Posted, now: Date): Promise<Found | null> {
  const key = organizationNameKey(args.title);
  if (key === '') return null;
  const place: Place = { province: field(args.place.province), city: field(args.place.city), county: field(args.place.county), town: field(args.place.town) };
  let rows: Record<string, any>[];
  if (args.kind === 'JOB') {
    rows = await db.knex('jobs').where('employer_id', args.organizationId).whereIn('status', ['OPEN', 'UNDER_REVIEW'])
      .where('expires_at', '>', db.dateParam(now)).where('city', place.city ?? '')
      .orderBy([{ column: 'published_at', order: 'desc' }]).limit(CANDIDATES).select('id', 'title', 'province', 'city', 'county', 'town');
  } else {
    if (!args.startDate) return null;
    rows = await db.knex('courses').where({ trainer_id: args.organizationId, cancelled: db.boolParam(false), start_date: args.startDate })
      .orderBy([{ column: 'published_at', order: 'desc' }]).limit(CANDIDATES).select('id', 'title', 'province', 'city', 'county', 'town');
  }
  const hit = rows.find((r) => samePlace(place, r) && organizationNameKey(r.title ?? '') === key);
  return hit ? { kind: args.kind, id: hit.id, title: hit.title } : null;
}
