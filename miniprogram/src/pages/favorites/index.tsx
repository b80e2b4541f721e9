import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import A11yToggle from '../../components/a11y-toggle';
import { EmptyView } from '../../components/load-state';
import { pageClassName, useLargeFont } from '../../hooks/use-large-font';
import type { Favorite } from '../../services/favorites';
import { currentFavorites, syncFavorites, unstar } from '../../services/favorites-sync';
import { isSignedIn } from '../../services/session';
import { controlProps } from '../../utils/control-props';
import { guidePath } from '../guide/entry';
import './index.scss';

function pathOf(favorite: Favorite): string {
  return favorite.kind === 'item' ? guidePath(favorite.code) : `/pages/bundle/index?code=${encodeURIComponent(favorite.code)}`;
}

/**
 * 我的收藏: signed in, the account's favourites (the phone's own list merged in once); signed out, the ones starred
 * on this phone. The page says which, so nobody expects phone-only stars on another phone.
 */
export default function FavoritesPage() {
  const [large, setLarge] = useLargeFont();
  const [favorites, setFavorites] = useState(currentFavorites);
  const [signedIn, setSignedIn] = useState(isSignedIn);
  // Coming back from a guide where the star was removed must show the list as it is now; the copy shows at once,
  // the account's list replaces it when it arrives (offline: the copy stays).
  useDidShow(() => {
    setSignedIn(isSignedIn());
    setFavorites(currentFavorites());
    syncFavorites().then(setFavorites, () => undefined);
  });
  const remove = (f: Favorite) => void unstar(f.kind, f.code).then(setFavorites, () => void Taro.showToast({ title: '取消收藏失败，请稍后重试', icon: 'none' }));

  return (
    <View className={pageClassName('favorites', large)}>
      <View className='favorites-header'>
        <View className='favorites-title' role='heading' aria-level={1}>
          我的收藏
        </View>
        <A11yToggle on={large} onChange={setLarge} />
      </View>
      <Text className='favorites-note'>{signedIn ? '收藏已保存到您的账号，换手机登录也能看到。' : '收藏保存在本机；登录后会同步到您的账号。'}</Text>
      <View className='ot-section favorites-list-section'>
        {favorites.length === 0 ? (
          <EmptyView className='favorites-empty' text='还没有收藏。在办事指南页点“☆ 收藏”，下次在这里直接打开。' />
        ) : (
          <View className='favorites-list' role='list'>
            {favorites.map((favorite) => (
              <View key={`${favorite.kind}:${favorite.code}`} className='favorite' role='listitem' data-code={favorite.code}>
                <View className='favorite__open' {...controlProps('button', () => void Taro.navigateTo({ url: pathOf(favorite) }))}>
                  <Text className='favorite__name'>{favorite.name}</Text>
                  <Text className='favorite__meta'>
                    {favorite.kind === 'bundle' ? '一件事' : '办事指南'}
                    {favorite.department ? ` · ${favorite.department}` : ''}
                    {favorite.available === false ? ' · 已下线' : ''}
                  </Text>
                </View>
                <Text
                  className='favorite__remove'
                  aria-label={`取消收藏${favorite.name}`}
                  {...controlProps('button', () => remove(favorite))}
                >
                  取消收藏
                </Text>
              </View>
            ))}
          </View>
        )}
      </View>
    </View>
  );
}
