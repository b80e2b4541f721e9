import { useCallback, useState } from 'react';
import { useDidShow } from '@tarojs/taro';
import { readString, STORAGE_KEYS, writeString } from '../services/storage';

function stored(): boolean {
  return readString(STORAGE_KEYS.largeFont) === '1';
}

/**
 * The remembered 适老化 large-font mode. Re-read whenever the page shows, because the toggle on another page
 * may have changed it while this page sat in the page stack.
 */
export function useLargeFont(): [boolean, (on: boolean) => void] {
  const [large, setLarge] = useState(stored);
  useDidShow(() => setLarge(stored()));
  const change = useCallback((on: boolean) => {
    writeString(STORAGE_KEYS.largeFont, on ? '1' : null);
    setLarge(on);
  }, []);
  return [large, change];
}

/**
 * Class list for a page's root view. The font-size variables in app.scss are redefined under
 * `.ot-page--large`, so every text on the page scales together; weapp has no <html> whose font size could be set.
 */
export function pageClassName(page: string, large: boolean): string {
  return `ot-page ${page}${large ? ' ot-page--large' : ''}`;
}
