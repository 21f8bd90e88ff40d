import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { messageFor, mutate } from '../../api/client';
import { UserErrorsError } from '../../api/user-errors';
import type { FavoriteKind } from '../../gql/graphql';
import { FavoriteMutation, UnfavoriteMutation } from './operations';

/** Saves a posting or removes it; answers with the new state. */
export async function setFavorite(kind: FavoriteKind, id: string, save: boolean): Promise<boolean> {
  const data = save ? (await mutate(FavoriteMutation, { kind, id })).favorite : (await mutate(UnfavoriteMutation, { kind, id })).unfavorite;
  if (data.userErrors.length) throw new UserErrorsError(data.userErrors);
  return data.saved;
}

interface Props {
  kind: FavoriteKind;
  id: string;
  saved: boolean;
  /** Signs in first when needed; false when the villager gave up. */
  ensureSignedIn: () => Promise<boolean>;
  onChange: (saved: boolean) => void;
}

/** 收藏 / 已收藏 beside the main button of a detail page. */
export function FavoriteButton({ kind, id, saved, ensureSignedIn, onChange }: Props) {
  const [busy, setBusy] = useState(false);
  const toggle = async () => {
    if (busy) return;
    if (!(await ensureSignedIn())) return;
    setBusy(true);
    try {
      const now = await setFavorite(kind, id, !saved);
      onChange(now);
      void Taro.showToast({ title: now ? '已收藏，在“我的”里能找到' : '已取消收藏', icon: 'none' });
    } catch (e) {
      void Taro.showToast({ title: messageFor(e), icon: 'none', duration: 2500 });
    } finally {
      setBusy(false);
    }
  };
  return (
    <View
      className={`btn fav ${saved ? 'fav--on' : ''}`}
      role='switch'
      aria-checked={saved}
      aria-label='收藏'
      data-action='favorite'
      hoverClass='pressed'
      onClick={() => void toggle()}
    >
      <Text className='fav__icon'>{saved ? '★' : '☆'}</Text>
      <Text>{saved ? '已收藏' : '收藏'}</Text>
    </View>
  );
}
