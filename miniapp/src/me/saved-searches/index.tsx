import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { messageFor, mutate, query } from '../../api/client';
import { UserErrorsError } from '../../api/user-errors';
import { MyDataGate } from '../../features/account/MyDataGate';
import { useMyData } from '../../features/account/useMyData';
import { DeleteSavedSearchMutation, MySavedSearchesQuery } from '../../features/saved-searches/operations';
import { openSavedSearch, type SavedSearch } from '../../features/saved-searches/saved-search';
import { EmptyState, SlowNotice } from '../../shared/components/ListStates';
import { Screen } from '../../shared/components/Screen';
import { ActionButton, FormError } from '../../shared/components/Sheet';
import { formatDay } from '../../shared/format';

/** 我的搜索: the searches she saved; a tap shows the job list with that filter on. */
export default function MySavedSearchesPage() {
  const my = useMyData<SavedSearch[]>(async () => ((await query(MySavedSearchesQuery, {}, { asViewer: true })).me?.savedSearches ?? []) as SavedSearch[]);
  const [error, setError] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  usePullDownRefresh(() => {
    my.reload();
    Taro.stopPullDownRefresh();
  });

  if (my.status !== 'ready' || !my.data) {
    return (
      <Screen>
        <MyDataGate my={my} what='保存的搜索' />
      </Screen>
    );
  }

  const remove = async (s: SavedSearch) => {
    setError(null);
    setDeleting(s.id);
    try {
      const data = await mutate(DeleteSavedSearchMutation, { id: s.id });
      const { userErrors } = data.deleteSavedSearch;
      // Already gone (deleted on another phone) is what she wanted: take it off the list too.
      if (userErrors.length && !userErrors.every((e) => e.code === 'NOT_FOUND')) throw new UserErrorsError(userErrors);
      my.update((prev) => prev.filter((x) => x.id !== s.id));
    } catch (e) {
      setError(messageFor(e));
    } finally {
      setDeleting(null);
    }
  };

  return (
    <Screen>
      {my.slow ? <SlowNotice onRetry={my.reload} /> : null}
      <FormError message={error ?? my.error} />
      {my.data.length === 0 ? (
        <EmptyState
          title='还没有保存的搜索'
          tips={['在“找工作”选好地点、工种或待遇，点“保存搜索”，有新工作每天提醒你一次。', '最多保存 10 个。']}
          actionLabel='去找工作'
          onAction={() => void Taro.switchTab({ url: '/pages/jobs/index' })}
        />
      ) : (
        <View className='section__note'>
          <Text>有符合的新工作时，每天在“消息”里告诉你一次。最多保存 10 个。</Text>
        </View>
      )}
      <View className='section menu'>
        {my.data.map((s) => (
          <View key={s.id} className='menu__row saved-search' data-saved-search={s.name}>
            <View className='menu__text' role='link' hoverClass='pressed' data-action='open-saved-search' onClick={() => openSavedSearch(s.filter)}>
              <Text className='menu__title'>{s.name}</Text>
              <Text className='menu__desc'>{`${formatDay(s.createdAt)}保存 · 点开看工作`}</Text>
            </View>
            <ActionButton label='删除' action='delete-saved-search' busy={deleting === s.id} busyLabel='正在删除…' onTap={() => void remove(s)} />
          </View>
        ))}
      </View>
    </Screen>
  );
}
