import { useCallback } from 'react';
import { query } from '../../api/client';
import type { PostingKind } from '../../gql/graphql';
import { useMyData } from '../account/useMyData';
import { runStatusChange } from '../consoles/run';
import {
  ApprovePostingMutation,
  BureauQueuesQuery,
  CountyFiguresQuery,
  DismissReportMutation,
  RejectOrganizationMutation,
  TakeDownPostingMutation,
  VerifyOrganizationMutation,
} from './operations';

/**
 * The bureau's three queues and the actions on them; each action reloads the queues, and so
 * does one a colleague got to first (STALE_STATUS), so the decided entry leaves the queue.
 */
export function useBureauQueues() {
  const fetch = useCallback(() => query(BureauQueuesQuery, {}, { asViewer: true }), []);
  const my = useMyData(fetch);
  const then = async (p: Promise<unknown>) => {
    await p;
    my.reload();
  };
  return {
    ...my,
    verify: (id: string) => then(runStatusChange(VerifyOrganizationMutation, { id }, 'verifyOrganization', my.reload)),
    reject: (id: string, reason: string) => then(runStatusChange(RejectOrganizationMutation, { id, reason }, 'rejectOrganization', my.reload)),
    takeDown: (kind: PostingKind, id: string, reason: string) => then(runStatusChange(TakeDownPostingMutation, { kind, id, reason }, 'takeDownPosting', my.reload)),
    approve: (kind: PostingKind, id: string) => then(runStatusChange(ApprovePostingMutation, { kind, id }, 'approvePosting', my.reload)),
    dismiss: (id: string) => then(runStatusChange(DismissReportMutation, { id }, 'dismissReport', my.reload)),
  };
}

export function useCountyFigures(months: number) {
  const fetch = useCallback(async () => (await query(CountyFiguresQuery, { months }, { asViewer: true })).countyFigures, [months]);
  return useMyData(fetch);
}
