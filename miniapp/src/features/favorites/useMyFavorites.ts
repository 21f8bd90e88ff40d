import { useCallback } from 'react';
import { query } from '../../api/client';
import type { FavoriteKind, MyFavoritesQuery as MyFavoritesResult } from '../../gql/graphql';
import { useMyData } from '../account/useMyData';
import { setFavorite } from './FavoriteButton';
import { MyFavoritesQuery } from './operations';

export type MyFavorite = MyFavoritesResult['myFavorites'][number];

export function favoriteTargetId(f: MyFavorite): string | null {
  return f.job?.id ?? f.course?.id ?? f.franchiseOpening?.id ?? null;
}

/** 我的收藏, newest first; removing one takes it off the list at once. */
export function useMyFavorites() {
  const my = useMyData(async () => (await query(MyFavoritesQuery, {}, { asViewer: true })).myFavorites);
  const { update, reload } = my;

  const remove = useCallback(
    async (kind: FavoriteKind, id: string) => {
      await setFavorite(kind, id, false);
      update((prev) => prev.filter((f) => !(f.kind === kind && favoriteTargetId(f) === id)));
      reload();
    },
    [update, reload],
  );

  return { ...my, remove };
}
