import { useCallback, useEffect, useRef } from 'react';
import { query } from '../../api/client';
import { useMyData } from '../account/useMyData';
import { runStatusChange } from '../consoles/run';
import { CancelCourseMutation, CourseRosterQuery, MarkCompletedMutation, MyCoursesQuery } from './operations';

export function useMyCourses(organizationId: string | null) {
  const fetch = useCallback(async () => (organizationId ? (await query(MyCoursesQuery, { id: organizationId }, { asViewer: true })).organization : null), [organizationId]);
  const my = useMyData(fetch);
  const loadedFor = useRef(organizationId);
  useEffect(() => {
    if (loadedFor.current !== organizationId) {
      loadedFor.current = organizationId;
      my.reload();
    }
  }, [organizationId, my]);
  return {
    ...my,
    cancel: async (id: string, reason: string) => {
      await runStatusChange(CancelCourseMutation, { id, reason }, 'cancelCourse', my.reload);
      my.reload();
    },
  };
}

/** A course's roster, and marking a trainee completed (which issues her certificate). */
export function useRoster(courseId: string | undefined) {
  const fetch = useCallback(async () => (courseId ? (await query(CourseRosterQuery, { id: courseId }, { asViewer: true })).course : null), [courseId]);
  const my = useMyData(fetch);
  const markCompleted = useCallback(
    async (enrollmentId: string) => {
      const { certificate } = await runStatusChange(MarkCompletedMutation, { enrollmentId }, 'markCompleted', my.reload);
      my.reload();
      return certificate;
    },
    [my],
  );
  return { ...my, markCompleted };
}
