import { useCallback } from 'react';
import { mutate, query } from '../../api/client';
import { UserErrorsError } from '../../api/user-errors';
import type { JobViewerStateQuery as JobViewerStateResult } from '../../gql/graphql';
import { saveContactIfChanged, type Contact } from '../account/contact';
import type { OnBehalfInput } from '../../gql/graphql';
import { getSession } from '../account/session';
import { useViewerState } from '../account/useViewerState';
import { askForSubscriptions } from '../messages/subscribe';
import { ApplyToJobMutation, JobViewerStateQuery } from './operations';

export type JobViewer = NonNullable<JobViewerStateResult['job']>;

export interface ApplyInput extends Contact {
  note: string;
  /** The villager's own certificates to show the employer. */
  certificateIds?: string[];
  /** Applying for a relative (帮家人报名) instead of herself. */
  onBehalf?: OnBehalfInput | null;
}

/**
 * The signed-in villager's application to one job: what it is now, and applying. Applying
 * first saves a changed name or phone to the profile (the employer reads them from there).
 */
export function useJobApplication(jobId: string | undefined) {
  const viewer = useViewerState<JobViewer>(jobId, async (id) => (await query(JobViewerStateQuery, { id }, { asViewer: true })).job ?? null);
  const { setState, reload } = viewer;

  const apply = useCallback(
    async (input: ApplyInput) => {
      if (!jobId) return;
      // WeChat shows its subscribe dialog only inside the tap itself, so ask before anything
      // is awaited; the answer goes to the server in the background and never holds up applying.
      void askForSubscriptions();
      await saveContactIfChanged(input, getSession().user);
      const note = input.note.trim();
      // Left out when none are attached, as before certificates existed.
      const certificateIds = input.certificateIds?.length ? input.certificateIds : undefined;
      const onBehalf = input.onBehalf ?? undefined;
      const data = await mutate(ApplyToJobMutation, { jobId, note: note || null, certificateIds: onBehalf ? undefined : certificateIds, onBehalf });
      const { application, userErrors } = data.applyToJob;
      if (userErrors.length) throw new UserErrorsError(userErrors);
      // Show the answer at once, then ask again so everything on the page agrees with the server.
      // An application for a relative is not hers: the page's own button stays as it was.
      if (application && !onBehalf) setState((prev) => ({ id: jobId, status: prev?.status ?? 'OPEN', isFavorite: prev?.isFavorite ?? false, myApplication: application }));
      void reload();
    },
    [jobId, setState, reload],
  );

  const setFavorite = useCallback(
    (saved: boolean) => {
      setState((prev) => ({ id: jobId ?? '', status: prev?.status ?? 'OPEN', myApplication: prev?.myApplication ?? null, isFavorite: saved }));
      void reload();
    },
    [jobId, setState, reload],
  );

  return { viewer: viewer.state, reload: viewer.reload, apply, setFavorite };
}
