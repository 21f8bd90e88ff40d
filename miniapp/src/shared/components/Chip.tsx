import { Text, View } from '@tarojs/components';
import { countLabel } from '../count-label';

interface Props {
  label: string;
  /** How many results tapping the chip would leave; hidden while unknown. */
  count?: number | null;
  /** The count is a lower bound (the server counted the newest 1,000 matches): "128+". */
  atLeast?: boolean;
  selected: boolean;
  onTap: () => void;
}

export function Chip({ label, count, atLeast = false, selected, onTap }: Props) {
  const hasCount = typeof count === 'number' && Number.isFinite(count);
  return (
    <View
      className={`chip ${selected ? 'chip--on' : ''}`}
      role='button'
      aria-pressed={selected}
      data-chip={label}
      hoverClass='pressed'
      onClick={onTap}
    >
      <Text className='chip__label'>{label}</Text>
      {hasCount ? <Text className='chip__count'>{countLabel(count, atLeast)}</Text> : null}
    </View>
  );
}

interface SortOption<T extends string> {
  value: T;
  label: string;
}

/** Two or three sort orders as a segmented switch. */
export function SortSwitch<T extends string>({ options, value, onChange }: { options: SortOption<T>[]; value: T; onChange: (v: T) => void }) {
  return (
    <View className='sort' role='radiogroup' aria-label='排序'>
      {options.map((o) => (
        <View
          key={o.value}
          className={`sort__option ${o.value === value ? 'sort__option--on' : ''}`}
          role='radio'
          aria-checked={o.value === value}
          data-sort={o.value}
          hoverClass='pressed'
          onClick={() => o.value !== value && onChange(o.value)}
        >
          <Text>{o.label}</Text>
        </View>
      ))}
    </View>
  );
}
