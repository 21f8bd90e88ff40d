import { View } from '@tarojs/components';
import type { CSSProperties, PropsWithChildren } from 'react';
import { useFontScale } from '../font-scale';
import { PageBack } from './PageBack';

/**
 * The root of every page. Text sizes in app.scss are `calc(Npx * var(--fs))`, so setting
 * `--fs` here scales the whole page for 大字模式 and WeChat's font setting at once.
 */
export function Screen({ children, className }: PropsWithChildren<{ className?: string }>) {
  const { scale, largeText } = useFontScale();
  const style = { '--fs': String(scale) } as CSSProperties;
  return (
    <View className={`screen ${largeText ? 'screen--large' : ''} ${className ?? ''}`} style={style} data-font-scale={String(scale)}>
      <PageBack />
      {children}
    </View>
  );
}
