import Taro from '@tarojs/taro';
import { query } from '../../api/client';
import type { PlaceInput, PostingKind } from '../../gql/graphql';
import { DuplicatePostingQuery } from './operations';

/** The question, word for word, so the forms and their tests say the same. */
export const DUPLICATE_QUESTION = '已经有一个一样的，还要再发吗？';

/**
 * Before a job or course goes live: when the organisation already has a live one with the same
 * title in the same place (`Query.duplicatePosting`), asks whether to publish another. Resolves
 * true to go on. A failed check never stops a posting: the question is a help, not a rule.
 */
export async function confirmNotDuplicate(organizationId: string, kind: PostingKind, title: string, place: PlaceInput, startDate?: string | null): Promise<boolean> {
  let found: { title: string } | null | undefined;
  try {
    found = (await query(DuplicatePostingQuery, { organizationId, kind, title, place, startDate: startDate ?? null }, { asViewer: true })).duplicatePosting;
  } catch {
    return true;
  }
  if (!found) return true;
  const answer = await Taro.showModal({
    title: '发布前确认',
    content: `${DUPLICATE_QUESTION}「${found.title}」还在发布中，标题和地点都一样。`,
    confirmText: '还要发',
    cancelText: '不发了',
  });
  return answer.confirm;
}
