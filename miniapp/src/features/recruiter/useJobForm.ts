import { useState } from 'react';
import { useEditableDraft } from '../consoles/useEditableDraft';
import { query } from '../../api/client';
import { UserErrorsError } from '../../api/user-errors';
import type { JobStatus } from '../../gql/graphql';
import { getSession } from '../account/session';
import type { Problems } from '../consoles/form-rules';
import { runPayload, submitForm } from '../consoles/run';
import { publishAskingIfDuplicate } from '../organizations/duplicate-question';
import { draftFromJob, emptyJobDraft, JOB_FIELD_NAMES, JOB_FIELDS, jobInputOf, jobProblems, type JobDraft } from './job-form';
import { EditJobQuery, PostJobMutation, PublishJobMutation, UpdateJobMutation } from './operations';

export type SaveKind = 'draft' | 'publish' | 'update';

/**
 * The job form: a new job for `organizationId`, or an existing one (`jobId`). Checked with the
 * server's rules before sending; the server's own answers land on the same fields.
 */
export function useJobForm(organizationId: string | null, jobId: string | undefined) {
  const me = getSession().user;
  const [status, setStatus] = useState<JobStatus | null>(null);
  const { draft, setDraft, loading, version, error, setError } = useEditableDraft({
    id: jobId,
    empty: () => emptyJobDraft(me?.name ?? '', me?.phone ?? ''),
    load: async (id) => (await query(EditJobQuery, { id }, { asViewer: true })).job,
    toDraft: draftFromJob,
    notFound: '这条招聘找不到了',
    onLoaded: (job) => setStatus(job.status),
  });
  const [problems, setProblems] = useState<Problems>({});
  const [saving, setSaving] = useState<SaveKind | null>(null);

  const change = (next: Partial<JobDraft>) => {
    setDraft((d) => ({ ...d, ...next }));
    // A corrected field stops showing its old problem.
    setProblems((p) => {
      const out = { ...p };
      for (const k of Object.keys(next)) delete out[k];
      return out;
    });
  };

  /** Resolves to the saved job's status, or null when it was not saved. */
  const save = (kind: SaveKind): Promise<JobStatus | null> =>
    submitForm(
      jobProblems(draft),
      JOB_FIELDS,
      async () => {
        const input = jobInputOf(draft);
        let saved: { status: JobStatus } | null | undefined;
        if (jobId) {
          saved = (await runPayload(UpdateJobMutation, { id: jobId, input }, 'updateJob')).job;
          if (kind === 'publish' && saved?.status === 'DRAFT') saved = (await runPayload(PublishJobMutation, { id: jobId }, 'publishJob')).job;
        } else {
          if (!organizationId) throw new UserErrorsError([{ code: 'FORBIDDEN', message: '', field: null }]);
          // A repeat of a live job is asked about before it goes live (organizations/duplicate-question.ts).
          saved = (await publishAskingIfDuplicate((ask) => runPayload(PostJobMutation, { organizationId, input, publish: kind === 'publish', askIfDuplicate: ask && kind === 'publish' }, 'postJob')))?.job;
        }
        setStatus(saved?.status ?? null);
        return saved?.status ?? null;
      },
      { setProblems, setError, setSaving: (on) => setSaving(on ? kind : null) },
      JOB_FIELD_NAMES,
    );

  return { draft, change, problems, error, saving, save, status, loading, version };
}
