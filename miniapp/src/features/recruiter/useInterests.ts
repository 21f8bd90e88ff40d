import { useCallback } from 'react';
import { query } from '../../api/client';
import { useMyData } from '../account/useMyData';
import { OpeningInterestsQuery } from './operations';

/** Who said 我感兴趣 to one shop opening. */
export function useInterests(openingId: string | undefined) {
  const fetch = useCallback(async () => (openingId ? (await query(OpeningInterestsQuery, { id: openingId }, { asViewer: true })).franchiseOpening ?? null : null), [openingId]);
  return useMyData(fetch);
}
