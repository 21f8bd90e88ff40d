import { Text, View } from '@tarojs/components';
import { ActionButton } from '../../shared/components/Sheet';
import { SignInSheet } from './SignInSheet';
import { useSignIn } from './useSignIn';

/** A 我的 page opened while signed out (or after the session expired): one tap to sign in. */
export function SignedOutState({ what }: { what: string }) {
  const { ensureSignedIn, signingIn, sheet } = useSignIn();
  return (
    <View className='state' data-state='signed-out'>
      <Text className='state__title'>请先登录</Text>
      <Text className='state__text'>{`登录以后才能看${what}。`}</Text>
      <ActionButton tone='primary' label='登录' busy={signingIn} busyLabel='正在登录…' action='sign-in' onTap={() => void ensureSignedIn()} />
      <SignInSheet {...sheet} />
    </View>
  );
}
