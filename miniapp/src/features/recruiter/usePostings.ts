import { useCallback, useEffect, useRef } from 'react';
import { query } from '../../api/client';
import { useMyData } from '../account/useMyData';
import { runStatusChange } from '../consoles/run';
import { MyMessagesQuery } from '../messages/operations';
import { CloseJobMutation, CloseOpeningMutation, MyPostingsQuery, PublishJobMutation, ReopenJobMutation } from './operations';

/** 待查看 2 · 面试 1 …: only the steps that have someone in them. */
type Counts = { submitted: number; viewed: number; interview: number; hired: number; rejected: number; withdrawn: number };

export function countsLine(c: Counts | null | undefined): string {
  if (!c) return '';
  const parts: [string, number][] = [
    ['待查看', c.submitted],
    ['已查看', c.viewed],
    ['面试', c.interview],
    ['录用', c.hired],
    ['未录用', c.rejected],
    ['撤回', c.withdrawn],
  ];
  const total = parts.reduce((n, [, v]) => n + v, 0);
  if (total === 0) return '还没有人报名';
  return `${total}人报名：${parts.filter(([, v]) => v > 0).map(([l, v]) => `${l}${v}`).join(' · ')}`;
}

/**
 * The recruiter's postings, with why the bureau took any of them down: the reason travels in the
 * takedown message the poster receives (its link ends with the posting's id).
 */
export function usePostings(organizationId: string | null) {
  const fetch = useCallback(async () => {
    if (!organizationId) return null;
    const [postings, messages] = await Promise.all([
      query(MyPostingsQuery, { id: organizationId }, { asViewer: true }),
      query(MyMessagesQuery, {}, { asViewer: true }).catch(() => ({ myMessages: [] })),
    ]);
    const reasons: Record<string, string> = {};
    for (const m of messages.myMessages) {
      const id = m.kind === 'POSTING_TAKEN_DOWN' ? /id=([^&]+)$/.exec(m.link ?? '')?.[1] : null;
      if (id && !reasons[decodeURIComponent(id)]) reasons[decodeURIComponent(id)] = m.body;
    }
    return { organization: postings.organization, takedownReasons: reasons };
  }, [organizationId]);
  const my = useMyData(fetch);
  // The organisation becomes known after the profile is fetched again: load once it is.
  const loadedFor = useRef(organizationId);
  useEffect(() => {
    if (loadedFor.current !== organizationId) {
      loadedFor.current = organizationId;
      my.reload();
    }
  }, [organizationId, my]);

  const act = async (run: () => Promise<unknown>) => {
    await run();
    my.reload();
  };
  return {
    ...my,
    closeJob: (id: string) => act(() => runStatusChange(CloseJobMutation, { id }, 'closeJob', my.reload)),
    publishJob: (id: string) => act(() => runStatusChange(PublishJobMutation, { id }, 'publishJob', my.reload)),
    reopenJob: (id: string) => act(() => runStatusChange(ReopenJobMutation, { id }, 'reopenJob', my.reload)),
    closeOpening: (id: string) => act(() => runStatusChange(CloseOpeningMutation, { id }, 'closeFranchiseOpening', my.reload)),
  };
}
