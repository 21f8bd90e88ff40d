import { useCallback } from 'react';
import { mutate, query } from '../../api/client';
import { UserErrorsError } from '../../api/user-errors';
import type { OpeningViewerStateQuery as OpeningViewerStateResult } from '../../gql/graphql';
import { saveContactIfChanged, type Contact } from '../account/contact';
import { getSession } from '../account/session';
import { useViewerState } from '../account/useViewerState';
import { ExpressInterestMutation, OpeningViewerStateQuery } from './operations';
import type { OnBehalfInput } from '../../gql/graphql';

export type OpeningViewer = NonNullable<OpeningViewerStateResult['franchiseOpening']>;

export interface InterestInput extends Contact {
  /** A position's title, or null for the franchise itself. */
  positionTitle: string | null;
  note: string;
  /** Showing interest for a relative (帮家人报名) instead of herself. */
  onBehalf?: OnBehalfInput | null;
}

/** The signed-in villager's interest in one shop opening, and telling the brand about it. */
export function useOpeningInterest(openingId: string | undefined) {
  const viewer = useViewerState<OpeningViewer>(openingId, async (id) => (await query(OpeningViewerStateQuery, { id }, { asViewer: true })).franchiseOpening ?? null);
  const { setState, reload } = viewer;

  const express = useCallback(
    async (input: InterestInput) => {
      if (!openingId) return;
      await saveContactIfChanged(input, getSession().user);
      const note = input.note.trim();
      const data = await mutate(ExpressInterestMutation, { franchiseOpeningId: openingId, positionTitle: input.positionTitle, note: note || null, onBehalf: input.onBehalf ?? undefined });
      const { interest, userErrors } = data.expressInterest;
      if (userErrors.length) throw new UserErrorsError(userErrors);
      // One for a relative is not hers: the page's own button stays as it was.
      if (interest && !input.onBehalf) setState((prev) => ({ id: openingId, status: prev?.status ?? 'OPEN', isFavorite: prev?.isFavorite ?? false, myInterest: interest }));
      void reload();
    },
    [openingId, setState, reload],
  );

  const setFavorite = useCallback(
    (saved: boolean) => {
      setState((prev) => ({ id: openingId ?? '', status: prev?.status ?? 'OPEN', myInterest: prev?.myInterest ?? null, isFavorite: saved }));
      void reload();
    },
    [openingId, setState, reload],
  );

  return { viewer: viewer.state, express, setFavorite };
}
