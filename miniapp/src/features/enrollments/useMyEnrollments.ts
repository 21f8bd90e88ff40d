import { useCallback } from 'react';
import { mutate, query } from '../../api/client';
import { UserErrorsError } from '../../api/user-errors';
import type { MyEnrollmentsQuery as MyEnrollmentsResult } from '../../gql/graphql';
import { useMyData } from '../account/useMyData';
import { CancelEnrollmentMutation, MyEnrollmentsQuery } from './operations';

export type MyEnrollment = MyEnrollmentsResult['myEnrollments'][number];

/** 我的课程: enrolments newest first, and giving a seat (or a waiting place) back. */
export function useMyEnrollments() {
  const my = useMyData(async () => (await query(MyEnrollmentsQuery, {}, { asViewer: true })).myEnrollments);
  const { update, reload } = my;

  const cancel = useCallback(
    async (id: string) => {
      const data = await mutate(CancelEnrollmentMutation, { id });
      const { enrollment, userErrors } = data.cancelEnrollment;
      if (userErrors.length) throw new UserErrorsError(userErrors);
      if (enrollment) update((prev) => prev.map((e) => (e.id === id ? { ...e, status: enrollment.status, waitlistPosition: enrollment.waitlistPosition ?? null } : e)));
      reload();
    },
    [update, reload],
  );

  return { ...my, cancel };
}
