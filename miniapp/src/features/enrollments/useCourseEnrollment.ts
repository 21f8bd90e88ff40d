import { useCallback } from 'react';
import { mutate, query } from '../../api/client';
import { UserErrorsError } from '../../api/user-errors';
import type { CourseViewerStateQuery as CourseViewerStateResult, EnrollmentStatus, OnBehalfInput } from '../../gql/graphql';
import { useViewerState } from '../account/useViewerState';
import { askForSubscriptions } from '../messages/subscribe';
import { CancelEnrollmentMutation, CourseViewerStateQuery, EnrollInCourseMutation } from './operations';

export type CourseViewer = NonNullable<CourseViewerStateResult['course']>;

interface EnrollmentAnswer {
  id: string;
  status: EnrollmentStatus;
  waitlistPosition?: number | null;
  course: { id: string; seatsLeft: number; status: CourseViewer['status'] };
}

/**
 * The signed-in villager's seat in one course, with the seat count asked fresh. `enroll`
 * throws the server's userErrors (COURSE_FULL …) for the bar to offer the waiting list.
 */
export function useCourseEnrollment(courseId: string | undefined) {
  const viewer = useViewerState<CourseViewer>(courseId, async (id) => (await query(CourseViewerStateQuery, { id }, { asViewer: true })).course ?? null);
  const { setState, reload } = viewer;

  const record = useCallback(
    (e: EnrollmentAnswer) => {
      setState((prev) =>
        prev
          ? { ...prev, seatsLeft: e.course.seatsLeft, status: e.course.status, myEnrollment: { id: e.id, status: e.status, waitlistPosition: e.waitlistPosition ?? null } }
          : prev,
      );
      void reload();
    },
    [setState, reload],
  );

  const enroll = useCallback(
    async (joinWaitlist: boolean, onBehalf?: OnBehalfInput | null) => {
      if (!courseId) return;
      // Inside the tap, before any await: WeChat refuses the subscribe dialog later (see apply).
      void askForSubscriptions();
      const data = await mutate(EnrollInCourseMutation, { courseId, joinWaitlist, onBehalf: onBehalf ?? undefined });
      const { enrollment, userErrors } = data.enrollInCourse;
      if (userErrors.length) {
        // The seat count shown may be out of date: a refusal is a good moment to ask again.
        void reload();
        throw new UserErrorsError(userErrors);
      }
      // A seat for a relative is not hers: only the seat count changes on the page.
      if (enrollment && onBehalf) void reload();
      else if (enrollment) record(enrollment);
    },
    [courseId, record, reload],
  );

  const cancel = useCallback(async () => {
    const id = viewer.state?.myEnrollment?.id;
    if (!id) return;
    const data = await mutate(CancelEnrollmentMutation, { id });
    const { enrollment, userErrors } = data.cancelEnrollment;
    if (userErrors.length) throw new UserErrorsError(userErrors);
    if (enrollment) record(enrollment);
  }, [viewer.state, record]);

  const setFavorite = useCallback(
    (saved: boolean) => {
      setState((prev) => (prev ? { ...prev, isFavorite: saved } : prev));
      void reload();
    },
    [setState, reload],
  );

  return { viewer: viewer.state, reload, enroll, cancel, setFavorite };
}
