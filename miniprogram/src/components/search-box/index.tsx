import { Button, Input, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { controlProps } from '../../utils/control-props';
import './index.scss';

export interface SearchBoxProps {
  /** Text to start with (the current query on the results page). */
  initial?: string;
  onSearch: (q: string) => void;
  autoFocus?: boolean;
}

export const SEARCH_PLACEHOLDER = '如：开饭店、营业执照';

/**
 * The search field with a visible 搜索 button (older users do not know the keyboard's search key). Submitting
 * an empty box is allowed: the results page then lists items by popularity.
 */
export default function SearchBox({ initial = '', onSearch, autoFocus = false }: SearchBoxProps) {
  const [text, setText] = useState(initial);
  useEffect(() => setText(initial), [initial]);
  const submit = () => onSearch(text.trim());
  return (
    <View className='search-box' role='search'>
      <Input
        className='search-box__input'
        type='text'
        value={text}
        placeholder={SEARCH_PLACEHOLDER}
        placeholderClass='search-box__placeholder'
        confirmType='search'
        maxlength={100}
        focus={autoFocus}
        aria-label='搜索办事事项'
        onInput={(e) => setText(e.detail.value)}
        onConfirm={(e) => onSearch(String(e.detail.value ?? text).trim())}
      />
      <Button className='ot-button search-box__submit' {...controlProps('button', submit)}>
        搜索
      </Button>
    </View>
  );
}
