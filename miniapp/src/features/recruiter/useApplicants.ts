import { useCallback } from 'react';
import { query } from '../../api/client';
import type { ApplicationStatus } from '../../gql/graphql';
import { useMyData } from '../account/useMyData';
import { runStatusChange } from '../consoles/run';
import { JobApplicantsQuery, SetApplicationStatusMutation } from './operations';

/** Where each status may go next (the server's pipeline, application.service.ts). */
export const NEXT_STATUS: Partial<Record<ApplicationStatus, ApplicationStatus[]>> = {
  SUBMITTED: ['VIEWED', 'INTERVIEW', 'HIRED', 'REJECTED'],
  VIEWED: ['INTERVIEW', 'HIRED', 'REJECTED'],
  INTERVIEW: ['INTERVIEW', 'HIRED', 'REJECTED'],
};

export const MESSAGE_MAX = 200;

/** The applicants of one job, and moving one along the pipeline. */
export function useApplicants(jobId: string | undefined) {
  const fetch = useCallback(async () => (jobId ? (await query(JobApplicantsQuery, { id: jobId }, { asViewer: true })).job ?? null : null), [jobId]);
  const my = useMyData(fetch);
  const setStatus = useCallback(
    async (id: string, status: ApplicationStatus, message: string | null) => {
      const { application } = await runStatusChange(SetApplicationStatusMutation, { id, status, message }, 'setApplicationStatus', my.reload);
      // The answer shows at once; the counts come with the next load.
      if (application) my.update((job) => (job ? { ...job, applications: job.applications?.map((a) => (a.id === id ? application : a)) ?? null } : job));
      my.reload();
    },
    [my],
  );
  return { ...my, setStatus };
}
