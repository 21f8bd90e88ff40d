import Taro, { usePullDownRefresh, useReachBottom, useShareAppMessage } from '@tarojs/taro';
import { JobCard } from '../../features/jobs/JobCard';
import { JobFilterBar } from '../../features/jobs/JobFilterBar';
import { useJobSearch } from '../../features/jobs/useJobSearch';
import { SortSwitch } from '../../shared/components/Chip';
import { KeptPageNotice } from '../../shared/components/KeptPageNotice';
import { ResultList } from '../../shared/components/ResultList';
import { Screen } from '../../shared/components/Screen';
import { SearchBar } from '../../shared/components/SearchBar';
import { openDetail } from '../../shared/navigation';
import type { JobSort } from '../../gql/graphql';
import { useKeptFirstPage } from '../../shared/useKeptFirstPage';
import { JobListQuery } from '../../features/jobs/operations';
import { SaveSearchBar } from '../../features/saved-searches/SaveSearchBar';

const SORTS: { value: JobSort; label: string }[] = [
  { value: 'NEWEST', label: '最新发布' },
  { value: 'HIGHEST_PAY', label: '工资最高' },
];

export default function JobsPage() {
  const s = useJobSearch();
  // The list every opening of the tab shows; it is kept on the phone for the next one.
  const shown = useKeptFirstPage('jobs', JobListQuery, !s.hasFilters && s.search.sort === 'NEWEST', s.list);
  useReachBottom(() => s.list.loadMore());
  usePullDownRefresh(() => {
    void s.refresh().finally(() => Taro.stopPullDownRefresh());
  });
  useShareAppMessage(() => ({ title: '紫阳务工通：找工作、学技能、开店加盟', path: '/pages/jobs/index' }));

  return (
    <Screen>
      <SearchBar value={s.search.keyword} placeholder='搜：足疗、修脚、深圳' onSearch={s.setKeyword} />
      <JobFilterBar
        search={s.search}
        facets={s.facets}
        onToggleCondition={s.toggleCondition}
        onCategory={s.setCategory}
        onCity={s.setCity}
      />
      <SaveSearchBar jobs={s} />
      <SortSwitch options={SORTS} value={s.search.sort} onChange={s.setSort} />
      <KeptPageNotice view={shown} onRetry={shown.list.reload} />
      <ResultList
        list={shown.list}
        noun='个工作'
        renderItem={(job) => <JobCard job={job} onOpen={(id) => openDetail('job', id)} />}
        emptyTitle='没有找到合适的工作'
        emptyTips={['可以换个说法搜搜，比如“足疗”“修脚”', '或者少选几个条件再看看']}
        onClearFilters={s.hasFilters ? s.clearFilters : undefined}
      />
    </Screen>
  );
}
