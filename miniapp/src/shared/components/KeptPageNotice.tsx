import { Text, View } from '@tarojs/components';
import { formatDay } from '../format';
import type { KeptListView } from '../useKeptFirstPage';

/**
 * Above a list shown from the page kept on the phone: a quiet "正在更新" while the fresh one
 * loads, or, when it could not load, why and from when the cards are, with a retry.
 */
export function KeptPageNotice({ view, onRetry }: { view: KeptListView<unknown>; onRetry: () => void }) {
  if (view.kept === 'updating') {
    return (
      <View className='results__count' data-state='updating' aria-live='polite'>
        <Text>正在更新…</Text>
      </View>
    );
  }
  if (view.kept === 'failed') {
    const day = formatDay(view.keptAt);
    const when = day === formatDay(new Date().toISOString()) ? '今天' : day;
    return (
      <View className='notice' data-state='kept' role='alert'>
        <Text className='notice__text'>
          没能更新。{view.failure ?? ''}下面是{when}看到的内容。
        </Text>
        <View className='btn btn--small' role='button' hoverClass='pressed' onClick={onRetry}>
          <Text>重新加载</Text>
        </View>
      </View>
    );
  }
  return null;
}
