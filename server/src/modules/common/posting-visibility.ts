import type { Database } from '../../db/orm';
import type { Viewer } from '../accounts/viewer';
import { visibleCourseHeaders } from '../courses/course.visibility';
import { visibleOpeningHeaders } from '../franchise/franchise-opening.visibility';
import { visibleJobHeaders } from '../jobs/job.visibility';

export type PostingKind = 'JOB' | 'COURSE' | 'FRANCHISE_OPENING';

/** What a path that names a posting by kind and id needs of it. */
export interface PostingHeader {
  id: string;
  title: string;
  /** The employer, trainer or brand. */
  orgId: string;
}

/**
 * The postings among `ids` the viewer may see. Favourites and reports name a posting by kind
 * and id; this only picks the kind's own rule (each lives beside its kind, where whoever adds a
 * status will see it), so a posting the viewer may not see answers exactly as an unknown id.
 */
export function visiblePostings(db: Database, viewer: Viewer | null, kind: PostingKind, ids: readonly string[]): Promise<Map<string, PostingHeader>> {
  switch (kind) {
    case 'JOB':
      return visibleJobHeaders(db, viewer, ids);
    case 'COURSE':
      return visibleCourseHeaders(db, viewer, ids);
    case 'FRANCHISE_OPENING':
      return visibleOpeningHeaders(db, viewer, ids);
  }
}

export async function visiblePosting(db: Database, viewer: Viewer | null, kind: PostingKind, id: string): Promise<PostingHeader | null> {
  return (await visiblePostings(db, viewer, kind, [id])).get(id) ?? null;
}
