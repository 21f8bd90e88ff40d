import { type PropsWithChildren } from 'react';
import { useLaunch } from '@tarojs/taro';
import { initFontScale } from './shared/font-scale';
import './app.scss';

function App({ children }: PropsWithChildren) {
  // Read 大字模式 and WeChat's font-size setting once, before the first page paints.
  useLaunch(() => initFontScale());
  return children;
}

export default App;
