import Taro, { usePullDownRefresh, useReachBottom, useShareAppMessage } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { OpeningCard } from '../../features/openings/OpeningCard';
import { POSITION_CHIPS, useOpeningSearch } from '../../features/openings/useOpeningSearch';
import type { FranchiseOpeningSort } from '../../gql/graphql';
import { Chip, SortSwitch } from '../../shared/components/Chip';
import { KeptPageNotice } from '../../shared/components/KeptPageNotice';
import { ResultList } from '../../shared/components/ResultList';
import { Screen } from '../../shared/components/Screen';
import { SearchBar } from '../../shared/components/SearchBar';
import { openDetail } from '../../shared/navigation';
import { useKeptFirstPage } from '../../shared/useKeptFirstPage';
import { OpeningListQuery } from '../../features/openings/operations';

const SORTS: { value: FranchiseOpeningSort; label: string }[] = [
  { value: 'NEWEST', label: '最新' },
  { value: 'HIGHEST_PAY', label: '工资最高' },
  { value: 'SOONEST_OPENING', label: '最早开业' },
];

export default function OpeningsPage() {
  const s = useOpeningSearch();
  // The list every opening of the tab shows; it is kept on the phone for the next one.
  const shown = useKeptFirstPage('openings', OpeningListQuery, !s.hasFilters && s.search.sort === 'NEWEST', s.list);
  useReachBottom(() => s.list.loadMore());
  usePullDownRefresh(() => {
    void s.list.refresh().finally(() => Taro.stopPullDownRefresh());
  });
  useShareAppMessage(() => ({ title: '足疗修脚新店招人、开店加盟', path: '/pages/openings/index' }));

  return (
    <Screen>
      <SearchBar value={s.search.keyword} placeholder='搜：城市或品牌' onSearch={s.setKeyword} />
      <View className='filters'>
        <View className='filters__row filters__row--wrap'>
          <Chip label='可加盟' selected={s.search.franchiseOnly} onTap={s.toggleFranchise} />
        </View>
        <View className='filters__row filters__row--wrap'>
          <Text className='filters__label'>岗位</Text>
          <Chip label='全部' selected={!s.search.position} onTap={() => s.setPosition(undefined)} />
          {POSITION_CHIPS.map((p) => (
            <Chip key={p} label={p} selected={s.search.position === p} onTap={() => s.setPosition(s.search.position === p ? undefined : p)} />
          ))}
        </View>
      </View>
      <SortSwitch options={SORTS} value={s.search.sort} onChange={s.setSort} />
      <KeptPageNotice view={shown} onRetry={shown.list.reload} />
      <ResultList
        list={shown.list}
        noun='个新店'
        renderItem={(o) => <OpeningCard opening={o} onOpen={(id) => openDetail('opening', id)} />}
        emptyTitle='没有找到合适的新店'
        emptyTips={['可以换个城市或品牌搜搜', '或者少选几个条件再看看']}
        onClearFilters={s.hasFilters ? s.clearFilters : undefined}
      />
    </Screen>
  );
}
