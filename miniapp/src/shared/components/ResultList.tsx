import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { PagedList } from '../usePagedList';
import { EmptyState, ErrorState, ListFooter, Skeleton, SlowNotice } from './ListStates';
import { countLabel } from '../count-label';

interface Props<T> {
  list: PagedList<T>;
  /** 个工作, 个课程 … */
  noun: string;
  renderItem: (item: T) => ReactNode;
  emptyTitle: string;
  emptyTips: string[];
  onClearFilters?: () => void;
}

/** Everything a list can be: loading, slow, failed, empty, or cards with a footer. */
export function ResultList<T extends { id: string }>({ list, noun, renderItem, emptyTitle, emptyTips, onClearFilters }: Props<T>) {
  if (list.status === 'loading') {
    return (
      <View className='results'>
        {list.slow ? <SlowNotice onRetry={list.reload} /> : null}
        <Skeleton />
      </View>
    );
  }
  if (list.status === 'error') {
    return <ErrorState message={list.error ?? '出了点问题，请稍后再试。'} onRetry={list.reload} />;
  }
  if (list.items.length === 0) {
    return <EmptyState title={emptyTitle} tips={emptyTips} actionLabel={onClearFilters ? '清除全部条件' : undefined} onAction={onClearFilters} />;
  }
  return (
    <View className='results'>
      <Text className='results__count' data-total={String(list.totalCount)}>
        共找到 {countLabel(list.totalCount, list.totalCountIsLowerBound)} {noun}
      </Text>
      <View className='results__items'>{list.items.map((item) => <View key={item.id}>{renderItem(item)}</View>)}</View>
      <ListFooter
        loadingMore={list.loadingMore}
        hasNextPage={list.hasNextPage}
        moreError={list.moreError}
        onRetry={list.retryMore}
        count={list.items.length}
      />
    </View>
  );
}
