import { Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { FieldProblem } from '../../shared/components/Sheet';
import { Chip } from '../../shared/components/Chip';

interface Props {
  title: string;
  /** Common answers, one tap each. */
  suggestions: string[];
  value: string[];
  onChange: (next: string[]) => void;
  max: number;
  itemMax: number;
  placeholder: string;
  problem?: string;
  name: string;
}

/** Pick from common answers, or type another one and add it. */
export function TagPicker({ title, suggestions, value, onChange, max, itemMax, placeholder, problem, name }: Props) {
  const [draft, setDraft] = useState('');
  const all = [...suggestions, ...value.filter((v) => !suggestions.includes(v))];
  const toggle = (item: string) => onChange(value.includes(item) ? value.filter((v) => v !== item) : [...value, item]);
  const add = () => {
    const item = draft.trim();
    if (!item) return;
    if (!value.includes(item)) onChange([...value, item]);
    setDraft('');
  };
  return (
    <View className='form__field' data-field={name}>
      <Text className='form__label'>{`${title}（可以选几个，最多${max}个）`}</Text>
      <View className='filters__row filters__row--wrap'>
        {all.map((item) => (
          <Chip key={item} label={item} selected={value.includes(item)} onTap={() => toggle(item)} />
        ))}
      </View>
      <View className='search__row form__add'>
        <Input
          className='form__input'
          type='text'
          value={draft}
          maxlength={itemMax}
          placeholder={placeholder}
          placeholderClass='form__placeholder'
          aria-label={placeholder}
          onInput={(e) => setDraft(String(e.detail.value ?? ''))}
          onConfirm={add}
        />
        <View className='search__button' role='button' hoverClass='pressed' onClick={add}>
          <Text>添加</Text>
        </View>
      </View>
      <FieldProblem message={problem} />
    </View>
  );
}
