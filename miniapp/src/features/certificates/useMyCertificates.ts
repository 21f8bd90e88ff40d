import { useDidShow } from '@tarojs/taro';
import { useCallback, useEffect, useState } from 'react';
import { query } from '../../api/client';
import type { MyCertificatesQuery as Result } from '../../gql/graphql';
import { isSignedIn, useSession } from '../account/session';
import { MyCertificatesQuery } from './operations';

export type Certificate = NonNullable<Result['me']>['certificates'][number];

/** The signed-in villager's certificates; empty while signed out or unknown. */
export function useMyCertificates(): Certificate[] {
  const { signedIn } = useSession();
  const [list, setList] = useState<Certificate[]>([]);
  const load = useCallback(() => {
    if (!isSignedIn()) return setList([]);
    query(MyCertificatesQuery, {}, { asViewer: true }).then(
      (d) => setList(d.me?.certificates ?? []),
      () => undefined,
    );
  }, []);
  useEffect(load, [load, signedIn]);
  useDidShow(load);
  return list;
}
