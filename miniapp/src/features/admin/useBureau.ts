import { useCallback } from 'react';
import { query } from '../../api/client';
import type { PostingKind } from '../../gql/graphql';
import { useMyData } from '../account/useMyData';
import { runPayload } from '../consoles/run';
import {
  ApprovePostingMutation,
  BureauQueuesQuery,
  CountyFiguresQuery,
  DismissReportMutation,
  RejectOrganizationMutation,
  TakeDownPostingMutation,
  VerifyOrganizationMutation,
} from './operations';

/** The bureau's three queues and the actions on them; each action reloads the queues. */
export function useBureauQueues() {
  const fetch = useCallback(() => query(BureauQueuesQuery, {}, { asViewer: true }), []);
  const my = useMyData(fetch);
  const then = async (p: Promise<unknown>) => {
    await p;
    my.reload();
  };
  return {
    ...my,
    verify: (id: string) => then(runPayload(VerifyOrganizationMutation, { id }, 'verifyOrganization')),
    reject: (id: string, reason: string) => then(runPayload(RejectOrganizationMutation, { id, reason }, 'rejectOrganization')),
    takeDown: (kind: PostingKind, id: string, reason: string) => then(runPayload(TakeDownPostingMutation, { kind, id, reason }, 'takeDownPosting')),
    approve: (kind: PostingKind, id: string) => then(runPayload(ApprovePostingMutation, { kind, id }, 'approvePosting')),
    dismiss: (id: string) => then(runPayload(DismissReportMutation, { id }, 'dismissReport')),
  };
}

export function useCountyFigures(months: number) {
  const fetch = useCallback(async () => (await query(CountyFiguresQuery, { months }, { asViewer: true })).countyFigures, [months]);
  return useMyData(fetch);
}
