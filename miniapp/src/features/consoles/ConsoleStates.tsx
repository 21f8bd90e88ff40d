import { Text, View } from '@tarojs/components';
import { SignedOutState } from '../account/SignedOutState';
import { DetailStates } from '../../shared/components/DetailParts';
import type { MyData } from '../account/useMyData';

/** Signed out, loading, failed: what a console shows before its data. Null once ready. */
export function ConsoleGate<T>({ my, what }: { my: MyData<T>; what: string }) {
  if (my.status === 'signedOut') return <SignedOutState what={what} />;
  if (my.status !== 'ready' || !my.data) {
    const detail = { status: my.status === 'error' ? 'error' : 'loading', item: null, error: my.error, slow: my.slow, reload: my.reload } as const;
    return <DetailStates detail={detail} missingText='' />;
  }
  return null;
}

/** The user belongs to no organisation of this kind. */
export function NoOrganization({ text }: { text: string }) {
  return (
    <View className='state' data-state='no-organization'>
      <Text className='state__title'>还没有机构</Text>
      <Text className='state__text'>{text}</Text>
    </View>
  );
}
