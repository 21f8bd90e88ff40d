import { Input, View, Text } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { KEYWORD_MAX_LENGTH, normalizeKeyword } from '../format';

interface Props {
  /** The keyword the list is filtered by now. */
  value: string | undefined;
  placeholder: string;
  onSearch: (keyword: string | undefined) => void;
}

/**
 * A keyword box with a big 搜索 button (many older users don't find the keyboard's search
 * key). The keyword is trimmed and capped at 50 characters, the API's limit; a blank one
 * clears the search.
 */
export function SearchBar({ value, placeholder, onSearch }: Props) {
  const [draft, setDraft] = useState(value ?? '');
  // Pull-to-refresh or 清除条件 can reset the keyword from outside.
  useEffect(() => setDraft(value ?? ''), [value]);

  const tooLong = Array.from(draft).length >= KEYWORD_MAX_LENGTH;
  const submit = (text: string) => {
    const keyword = normalizeKeyword(text);
    setDraft(keyword ?? '');
    onSearch(keyword);
  };

  return (
    <View className='search'>
      <View className='search__row'>
        <Input
          className='search__input'
          type='text'
          value={draft}
          placeholder={placeholder}
          placeholderClass='search__placeholder'
          maxlength={KEYWORD_MAX_LENGTH}
          confirmType='search'
          aria-label={placeholder}
          onInput={(e) => setDraft(String(e.detail.value ?? ''))}
          onConfirm={(e) => submit(String(e.detail.value ?? draft))}
        />
        {draft ? (
          <View className='search__clear' role='button' aria-label='清空' hoverClass='pressed' onClick={() => submit('')}>
            <Text>清空</Text>
          </View>
        ) : null}
        <View className='search__button' role='button' hoverClass='pressed' onClick={() => submit(draft)}>
          <Text>搜索</Text>
        </View>
      </View>
      {tooLong ? <Text className='search__hint'>最多输入{KEYWORD_MAX_LENGTH}个字</Text> : null}
    </View>
  );
}
