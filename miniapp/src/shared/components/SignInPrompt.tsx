import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { CallButton } from './ContactActions';

interface Props {
  /** 我要报名, 报名上课, 我想了解 … */
  actionLabel: string;
  contactName?: string;
  contactPhone?: string;
}

/**
 * The apply / enroll button. Applying needs a signed-in villager; until sign-in ships the
 * button explains that and offers the phone instead, so the tap is never a dead end.
 */
export function SignInPrompt({ actionLabel, contactName, contactPhone }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <View className='apply'>
      {open ? (
        <View className='apply__panel' role='dialog' aria-label='需要先登录'>
          <Text className='apply__title'>报名要先登录</Text>
          <Text className='apply__text'>微信登录马上就能用了。现在可以先打电话问问{contactName ? `${contactName}` : ''}。</Text>
          <View className='apply__actions'>
            {contactPhone ? <CallButton phone={contactPhone} /> : null}
            <View className='btn' role='button' hoverClass='pressed' onClick={() => setOpen(false)}>
              <Text>知道了</Text>
            </View>
          </View>
        </View>
      ) : null}
      <View className='btn btn--primary btn--block' role='button' hoverClass='pressed' onClick={() => setOpen(true)}>
        <Text>{actionLabel}</Text>
      </View>
    </View>
  );
}
