import { Input, Text, View } from '@tarojs/components';
import { KEYWORD_MAX_LENGTH } from '../format';
import { isFiltering, type ConsoleFilterState } from '../console-filter';

interface Props {
  /** Names the list for tests: data-console-search="jobs" … */
  list: string;
  filter: ConsoleFilterState;
  onChange: (next: ConsoleFilterState) => void;
  placeholder: string;
  /** The status chips after 全部, in the order a poster thinks of them. */
  statuses: { value: string; label: string }[];
  /** How many are shown now, and how many there are. */
  shown: number;
  total: number;
  /** 个 for postings, 家 for organisations. */
  unit?: string;
  /** What the chips sort by, for screen readers: 按状态看 unless said. */
  groupLabel?: string;
}

/**
 * A keyword box and a row of status chips above a console list. Filters as she types (the
 * list is on the phone already, see console-filter.ts) and says how many it found.
 */
export function ConsoleFilter({ list, filter, onChange, placeholder, statuses, shown, total, unit = '个', groupLabel = '按状态看' }: Props) {
  const filtering = isFiltering(filter);
  return (
    <View className='console-filter'>
      <View className='search__row' data-console-search={list}>
        <Input
          className='search__input'
          type='text'
          value={filter.keyword}
          placeholder={placeholder}
          placeholderClass='search__placeholder'
          maxlength={KEYWORD_MAX_LENGTH}
          confirmType='search'
          aria-label={placeholder}
          onInput={(e) => onChange({ ...filter, keyword: String(e.detail.value ?? '') })}
        />
        {filter.keyword ? (
          <View className='search__clear' role='button' aria-label='清空' hoverClass='pressed' onClick={() => onChange({ ...filter, keyword: '' })}>
            <Text>清空</Text>
          </View>
        ) : null}
      </View>
      <View className='filters__row filters__row--wrap' role='radiogroup' aria-label={groupLabel} data-console-status={list}>
        {[{ value: '', label: '全部' }, ...statuses].map((s) => (
          <View
            key={s.value || 'all'}
            className={`chip ${filter.status === s.value ? 'chip--on' : ''}`}
            role='radio'
            aria-checked={filter.status === s.value}
            data-choice={s.value || 'ALL'}
            hoverClass='pressed'
            onClick={() => onChange({ ...filter, status: s.value })}
          >
            <Text className='chip__label'>{s.label}</Text>
          </View>
        ))}
      </View>
      {filtering ? (
        <Text className='section__note' data-console-summary={list}>
          {`找到${shown}${unit}（共${total}${unit}）`}
        </Text>
      ) : null}
      {filtering && shown === 0 ? (
        <Text className='section__note' data-state='no-match'>
          没有符合条件的。换个字试试，或者点“全部”。
        </Text>
      ) : null}
    </View>
  );
}
