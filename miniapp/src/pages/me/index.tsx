import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Screen } from '../../shared/components/Screen';
import { LARGE_TEXT_FACTOR, useFontScale } from '../../shared/font-scale';

export default function MePage() {
  const { largeText, setLargeText } = useFontScale();
  const [signInNote, setSignInNote] = useState(false);

  return (
    <Screen>
      <View className='section'>
        <Text className='section__title'>还没有登录</Text>
        <Text className='section__text'>登录以后，能看到自己报名的工作和课程，招工方也能联系到你。</Text>
        <View className='btn btn--primary btn--block' role='button' hoverClass='pressed' onClick={() => setSignInNote(true)}>
          <Text>微信登录</Text>
        </View>
        {signInNote ? <Text className='section__note'>微信登录马上就能用了，请过几天再来。</Text> : null}
      </View>

      <View className='section'>
        <View
          className='setting'
          role='switch'
          aria-checked={largeText}
          aria-label='大字模式'
          data-setting='large-text'
          hoverClass='pressed'
          onClick={() => setLargeText(!largeText)}
        >
          <View className='setting__text'>
            <Text className='setting__title'>大字模式</Text>
            <Text className='setting__desc'>{`字放大${Math.round((LARGE_TEXT_FACTOR - 1) * 100)}%，看得更清楚`}</Text>
          </View>
          <View className={`toggle ${largeText ? 'toggle--on' : ''}`}>
            <Text className='toggle__text'>{largeText ? '开' : '关'}</Text>
            <View className='toggle__knob' />
          </View>
        </View>
        <Text className='section__note'>微信里把字调大（我 → 设置 → 通用 → 字体大小），这里的字也会跟着变大。</Text>
      </View>

      <View className='section'>
        <Text className='section__title'>我的报名</Text>
        <Text className='section__text'>登录后在这里看报名进展。</Text>
      </View>

      <View className='section section--warn'>
        <Text className='section__title'>防骗提醒</Text>
        <Text className='section__text'>正规招工和政府免费培训都不收钱。凡是让你先交押金、培训费、体检费的，都不要相信，可以向县人社局反映。</Text>
      </View>
    </Screen>
  );
}
