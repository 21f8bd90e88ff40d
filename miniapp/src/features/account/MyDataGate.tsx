import { SignedOutState } from './SignedOutState';
import { DetailStates } from '../../shared/components/DetailParts';
import type { MyData } from './useMyData';

/**
 * Signed out, loading, failed: what a page of the user's own data (我的报名, a console …)
 * shows before the data is there. Null once it is ready.
 */
export function MyDataGate<T>({ my, what }: { my: MyData<T>; what: string }) {
  if (my.status === 'signedOut') return <SignedOutState what={what} />;
  if (my.status !== 'ready' || !my.data) {
    const detail = { status: my.status === 'error' ? 'error' : 'loading', item: null, error: my.error, slow: my.slow, reload: my.reload } as const;
    return <DetailStates detail={detail} missingText='' />;
  }
  return null;
}
