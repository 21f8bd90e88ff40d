import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';

const TABS = ['pages/jobs/index', 'pages/courses/index', 'pages/openings/index', 'pages/me/index'];

/** The tab a page belongs to, for a page opened straight from a link (nothing to go back to). */
function homeOf(path: string): string {
  if (path.startsWith('job/')) return '/pages/jobs/index';
  if (path.startsWith('course/')) return '/pages/courses/index';
  if (path.startsWith('opening/')) return '/pages/openings/index';
  return '/pages/me/index';
}


/**
 * 返回 at the top of a sub-page, on the web only: WeChat draws its own back arrow in the
 * navigation bar, a browser tab shows none. It goes back when there is a page to go back to,
 * and to the page's tab when the sub-page was opened directly (a shared link).
 */
export function PageBack() {
  // The page's own route, read when it was opened (a page left below another keeps its own).
  const path = (useRouter().path ?? '').replace(/^\//, '').split('?')[0];
  if (process.env.TARO_ENV !== 'h5') return null;
  if (!path || TABS.includes(path)) return null;
  const back = () => {
    if (Taro.getCurrentPages().length > 1) void Taro.navigateBack().catch(() => Taro.switchTab({ url: homeOf(path) }));
    else void Taro.switchTab({ url: homeOf(path) });
  };
  return (
    <View className='page-back' role='button' aria-label='返回上一页' data-action='page-back' hoverClass='pressed' onClick={back}>
      <Text className='page-back__arrow'>‹</Text>
      <Text>返回</Text>
    </View>
  );
}
