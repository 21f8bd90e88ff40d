import { useState } from 'react';
import { useEditableDraft } from '../consoles/useEditableDraft';
import { query } from '../../api/client';
import { getSession } from '../account/session';
import type { Problems } from '../consoles/form-rules';
import { runPayload, submitForm } from '../consoles/run';
import { draftFromOpening, emptyOpeningDraft, OPENING_FIELDS, openingInputOf, openingProblems, type OpeningDraft, type PositionDraft } from './opening-form';
import { EditOpeningQuery, PostOpeningMutation, UpdateOpeningMutation } from './operations';

/**
 * The 新店招人 form: a new opening for `organizationId`, or an existing one (`openingId`)
 * filled in as it is now. Checked with the server's rules before sending.
 */
export function useOpeningForm(organizationId: string | null, openingId: string | undefined) {
  const me = getSession().user;
  const { draft, setDraft, loading, version, error, setError } = useEditableDraft({
    id: openingId,
    empty: () => emptyOpeningDraft(me?.name ?? '', me?.phone ?? ''),
    load: async (id) => (await query(EditOpeningQuery, { id }, { asViewer: true })).franchiseOpening,
    toDraft: draftFromOpening,
    notFound: '这条新店招人找不到了',
  });
  const [problems, setProblems] = useState<Problems>({});
  const [saving, setSaving] = useState(false);

  const change = (next: Partial<OpeningDraft>) => setDraft((x) => ({ ...x, ...next }));
  const changePosition = (i: number, next: Partial<PositionDraft>) => setDraft((x) => ({ ...x, positions: x.positions.map((row, j) => (j === i ? { ...row, ...next } : row)) }));

  /** Resolves to true when the opening was saved. */
  const save = async (): Promise<boolean> =>
    (await submitForm(
      openingProblems(draft),
      OPENING_FIELDS,
      async () => {
        const input = openingInputOf(draft);
        if (openingId) await runPayload(UpdateOpeningMutation, { id: openingId, input }, 'updateFranchiseOpening');
        else await runPayload(PostOpeningMutation, { organizationId: organizationId ?? '', input }, 'postFranchiseOpening');
        return true;
      },
      { setProblems, setError, setSaving },
    )) ?? false;

  return { draft, change, changePosition, problems, error, saving, save, loading, version, editing: !!openingId };
}
