import { Text, View } from '@tarojs/components';

/** Grey placeholder cards while the first page loads, so the screen is never blank. */
export function Skeleton({ rows = 4 }: { rows?: number }) {
  return (
    <View className='skeleton' aria-label='正在加载' data-state='loading'>
      <Text className='sr-only'>正在加载…</Text>
      {Array.from({ length: rows }, (_, i) => (
        <View key={i} className='card skeleton__card'>
          <View className='skeleton__line skeleton__line--wide' />
          <View className='skeleton__line' />
          <View className='skeleton__line skeleton__line--short' />
        </View>
      ))}
    </View>
  );
}

/** Shown after a few seconds of loading on a slow network, with a way to try again. */
export function SlowNotice({ onRetry }: { onRetry: () => void }) {
  return (
    <View className='notice' data-state='slow'>
      <Text className='notice__text'>网络有点慢，正在努力加载…</Text>
      <View className='btn btn--small' role='button' hoverClass='pressed' onClick={onRetry}>
        <Text>重新加载</Text>
      </View>
    </View>
  );
}

export function ErrorState({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <View className='state' data-state='error' role='alert'>
      <Text className='state__title'>没有加载出来</Text>
      <Text className='state__text'>{message}</Text>
      <View className='btn btn--primary' role='button' hoverClass='pressed' onClick={onRetry}>
        <Text>重新加载</Text>
      </View>
    </View>
  );
}

export function EmptyState({ title, tips, actionLabel, onAction }: { title: string; tips: string[]; actionLabel?: string; onAction?: () => void }) {
  return (
    <View className='state' data-state='empty'>
      <Text className='state__title'>{title}</Text>
      {tips.map((t) => (
        <Text key={t} className='state__text'>
          {t}
        </Text>
      ))}
      {actionLabel && onAction ? (
        <View className='btn btn--primary' role='button' hoverClass='pressed' onClick={onAction}>
          <Text>{actionLabel}</Text>
        </View>
      ) : null}
    </View>
  );
}

interface FooterProps {
  loadingMore: boolean;
  hasNextPage: boolean;
  moreError: string | null;
  onRetry: () => void;
  count: number;
}

/** The end of a list: loading the next page, its error, or the end. */
export function ListFooter({ loadingMore, hasNextPage, moreError, onRetry, count }: FooterProps) {
  if (moreError) {
    return (
      <View className='footer footer--error' data-state='more-error' role='alert'>
        <Text className='footer__text'>{moreError}</Text>
        <View className='btn btn--small' role='button' hoverClass='pressed' onClick={onRetry}>
          <Text>再试一次</Text>
        </View>
      </View>
    );
  }
  if (loadingMore) {
    return (
      <View className='footer' data-state='loading-more'>
        <Text className='footer__text'>正在加载更多…</Text>
      </View>
    );
  }
  if (hasNextPage) {
    // Reaching the bottom loads more by itself; the button is for those who stop short.
    return (
      <View className='footer' data-state='has-more'>
        <View className='btn btn--small' role='button' hoverClass='pressed' onClick={onRetry}>
          <Text>加载更多</Text>
        </View>
      </View>
    );
  }
  return (
    <View className='footer' data-state='end'>
      <Text className='footer__text'>{count > 0 ? '已经到底了' : ''}</Text>
    </View>
  );
}
