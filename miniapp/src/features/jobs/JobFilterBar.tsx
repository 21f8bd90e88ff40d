import { ScrollView, Text, View } from '@tarojs/components';
import type { JobCategory } from '../../gql/graphql';
import { Chip } from '../../shared/components/Chip';
import { JOB_CATEGORY_LABEL, label } from '../../shared/labels';
import { conditionCount, conditionCountIsLowerBound, JOB_CONDITIONS, type JobCondition, type JobFacets, type JobSearchState } from './useJobSearch';

const MAX_CITY_CHIPS = 8;

interface Props {
  search: JobSearchState;
  facets: JobFacets | null;
  onToggleCondition: (c: JobCondition) => void;
  onCategory: (c: JobCategory | undefined) => void;
  onCity: (c: string | undefined) => void;
}

/** Three rows of chips; each count is what the list shows after tapping that chip. */
export function JobFilterBar({ search, facets, onToggleCondition, onCategory, onCity }: Props) {
  // Counted over at most the newest 1,000 matches: beyond that every count reads "n+".
  const atLeast = facets?.countsAreLowerBounds ?? false;
  const categoryTotal = facets ? Math.min(1000, facets.categories.reduce((n, c) => n + c.count, 0)) : null;
  const cities = facets?.cities.slice(0, MAX_CITY_CHIPS) ?? [];
  // Keep the chosen city visible even when it has dropped out of the top few.
  if (search.city && !cities.some((c) => c.city === search.city)) {
    cities.unshift({ province: '', city: search.city, count: facets?.totalCount ?? 0 });
  }
  const cityTotal = facets ? Math.min(1000, facets.cities.reduce((n, c) => n + c.count, 0)) : null;

  return (
    <View className='filters'>
      <View className='filters__row filters__row--wrap' aria-label='条件'>
        {JOB_CONDITIONS.map((c) => (
          <Chip
            key={c.key}
            label={c.label}
            count={conditionCount(facets, c.key)}
            atLeast={conditionCountIsLowerBound(facets, c.key)}
            selected={search.conditions.includes(c.key)}
            onTap={() => onToggleCondition(c.key)}
          />
        ))}
      </View>
      <ScrollView scrollX className='filters__scroll' enhanced showScrollbar={false}>
        <View className='filters__row'>
          <Text className='filters__label'>工种</Text>
          <Chip label='全部' count={categoryTotal} atLeast={atLeast} selected={!search.category} onTap={() => onCategory(undefined)} />
          {(facets?.categories ?? []).map((c) => (
            <Chip
              key={c.category}
              label={label(JOB_CATEGORY_LABEL, c.category)}
              count={c.count}
              atLeast={atLeast}
              selected={search.category === c.category}
              onTap={() => onCategory(search.category === c.category ? undefined : c.category)}
            />
          ))}
        </View>
      </ScrollView>
      <ScrollView scrollX className='filters__scroll' enhanced showScrollbar={false}>
        <View className='filters__row'>
          <Text className='filters__label'>地点</Text>
          <Chip label='全部' count={cityTotal} atLeast={atLeast} selected={!search.city} onTap={() => onCity(undefined)} />
          {cities.map((c) => (
            <Chip
              key={c.city}
              label={c.city}
              count={c.count}
              atLeast={atLeast}
              selected={search.city === c.city}
              onTap={() => onCity(search.city === c.city ? undefined : c.city)}
            />
          ))}
        </View>
      </ScrollView>
    </View>
  );
}
