import Taro, { usePullDownRefresh, useReachBottom, useShareAppMessage } from '@tarojs/taro';
import { ScrollView, Text, View } from '@tarojs/components';
import { CourseCard } from '../../features/courses/CourseCard';
import { useCourseSearch } from '../../features/courses/useCourseSearch';
import type { CourseSkill, CourseSort } from '../../gql/graphql';
import { Chip, SortSwitch } from '../../shared/components/Chip';
import { KeptPageNotice } from '../../shared/components/KeptPageNotice';
import { ResultList } from '../../shared/components/ResultList';
import { Screen } from '../../shared/components/Screen';
import { SearchBar } from '../../shared/components/SearchBar';
import { COURSE_SKILL_LABEL } from '../../shared/labels';
import { openDetail } from '../../shared/navigation';
import { useKeptFirstPage } from '../../shared/useKeptFirstPage';
import { CourseListQuery } from '../../features/courses/operations';

const SORTS: { value: CourseSort; label: string }[] = [
  { value: 'NEWEST', label: '最新发布' },
  { value: 'SOONEST_START', label: '最早开课' },
];

const SKILLS = Object.keys(COURSE_SKILL_LABEL) as CourseSkill[];

export default function CoursesPage() {
  const s = useCourseSearch();
  // The list every opening of the tab shows; it is kept on the phone for the next one.
  const shown = useKeptFirstPage('courses', CourseListQuery, !s.hasFilters && s.search.sort === 'NEWEST', s.list);
  useReachBottom(() => s.list.loadMore());
  usePullDownRefresh(() => {
    void s.list.refresh().finally(() => Taro.stopPullDownRefresh());
  });
  useShareAppMessage(() => ({ title: '紫阳县免费技能培训，包吃住', path: '/pages/courses/index' }));

  return (
    <Screen>
      <SearchBar value={s.search.keyword} placeholder='搜：修脚、电工、厨师' onSearch={s.setKeyword} />
      <View className='filters'>
        <View className='filters__row filters__row--wrap'>
          <Chip label='免费' selected={s.search.freeOnly} onTap={s.toggleFree} />
          <Chip label='还有名额' selected={s.search.hasSeatsLeft} onTap={s.toggleSeats} />
        </View>
        <ScrollView scrollX className='filters__scroll' enhanced showScrollbar={false}>
          <View className='filters__row'>
            <Text className='filters__label'>技能</Text>
            <Chip label='全部' selected={!s.search.skill} onTap={() => s.setSkill(undefined)} />
            {SKILLS.map((k) => (
              <Chip key={k} label={COURSE_SKILL_LABEL[k]} selected={s.search.skill === k} onTap={() => s.setSkill(s.search.skill === k ? undefined : k)} />
            ))}
          </View>
        </ScrollView>
      </View>
      <SortSwitch options={SORTS} value={s.search.sort} onChange={s.setSort} />
      <KeptPageNotice view={shown} onRetry={shown.list.reload} />
      <ResultList
        list={shown.list}
        noun='个课程'
        renderItem={(course) => <CourseCard course={course} onOpen={(id) => openDetail('course', id)} />}
        emptyTitle='没有找到合适的课程'
        emptyTips={['可以换个说法搜搜，比如“修脚”“厨师”', '或者少选几个条件再看看']}
        onClearFilters={s.hasFilters ? s.clearFilters : undefined}
      />
    </Screen>
  );
}
