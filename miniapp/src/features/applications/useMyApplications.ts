import { useCallback } from 'react';
import { mutate, query } from '../../api/client';
import { UserErrorsError } from '../../api/user-errors';
import type { MyApplicationsQuery as MyApplicationsResult } from '../../gql/graphql';
import { useMyData } from '../account/useMyData';
import { MyApplicationsQuery, WithdrawApplicationMutation } from './operations';

export type MyApplication = MyApplicationsResult['myApplications'][number];
export type MyInterest = MyApplicationsResult['myInterests'][number];

/** Statuses after which the employer has decided: nothing left to withdraw. */
const FINAL = new Set(['HIRED', 'REJECTED', 'WITHDRAWN', 'NO_REPLY', 'JOB_CLOSED']);

export function canWithdraw(a: Pick<MyApplication, 'status'>): boolean {
  return !FINAL.has(a.status);
}

/** 我的报名: applications to jobs and interests in shop openings, newest first. */
export function useMyApplications() {
  const my = useMyData(() => query(MyApplicationsQuery, {}, { asViewer: true }));
  const { update, reload } = my;

  const withdraw = useCallback(
    async (id: string) => {
      const data = await mutate(WithdrawApplicationMutation, { id });
      const { application, userErrors } = data.withdrawApplication;
      if (userErrors.length) throw new UserErrorsError(userErrors);
      if (application) {
        update((prev) => ({
          ...prev,
          myApplications: prev.myApplications.map((a) => (a.id === id ? { ...a, ...application } : a)),
        }));
      }
      reload();
    },
    [update, reload],
  );

  return { ...my, withdraw };
}
