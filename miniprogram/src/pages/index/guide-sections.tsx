import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { SEARCH_FLAG_LABELS, ZSearchFlag } from '@shared/schemas/catalog';
import Chip from '../../components/chip';
import ItemCard from '../../components/item-card';
import { EmptyView, ErrorView, LoadingView } from '../../components/load-state';
import SearchBox from '../../components/search-box';
import { useCall } from '../../hooks/use-call';
import { controlProps } from '../../utils/control-props';
import { searchUrl } from '../search/params';
import type { Place } from './place';

const go = (url: string) => void Taro.navigateTo({ url });

/** 搜索 plus the one-tap filters and 我的收藏, at the top of the home page. */
export function HomeSearch({ place }: { place: Place | null }) {
  return (
    <View className='ot-section home-search'>
      <SearchBox onSearch={(q) => go(searchUrl({ q }))} />
      <View className='home-filters'>
        {ZSearchFlag.options.map((flag) => (
          <Chip key={flag} className={`home-filter home-filter--${flag.toLowerCase()}`} label={SEARCH_FLAG_LABELS[flag]} onTap={() => go(searchUrl({ flags: [flag] }))} />
        ))}
      </View>
      <View className='home-search__footer'>
        <Text className='home-place'>{place ? `您的位置：${place.name}` : '在下方选择您所在的地区，搜索时优先显示本地事项'}</Text>
        <Text className='ot-button ot-button--secondary home-favorites-link' {...controlProps('button', () => go('/pages/favorites/index'))}>
          我的收藏
        </Text>
      </View>
    </View>
  );
}

/** Life-event themes, bundles (一件事) and popular items from GET /guides/home; fails on its own, not the page. */
export function HomeGuides() {
  const [home, reload] = useCall('guidesHome', {});
  if (home.status === 'error') return <ErrorView className='home-guides-error' error={home.error} onRetry={reload} />;
  if (home.status !== 'ready') return <LoadingView className='home-guides-loading' text='正在加载热门事项…' />;
  const { themes, bundles, popular } = home.data;
  return (
    <View>
      <View className='ot-section home-themes'>
        <Text className='ot-section__title'>按人生大事找</Text>
        {themes.length === 0 ? (
          <EmptyView className='home-themes-empty' text='暂无主题' />
        ) : (
          <View className='home-theme-grid'>
            {themes.map((theme) => (
              <View
                key={theme.code}
                className='home-theme'
                data-code={theme.code}
                {...controlProps('button', () => go(searchUrl({ theme: theme.code, themeName: theme.name })))}
              >
                <Text className='home-theme__name'>{theme.name}</Text>
                <Text className='home-theme__count'>{theme.itemCount}项</Text>
              </View>
            ))}
          </View>
        )}
      </View>

      {bundles.length > 0 ? (
        <View className='ot-section home-bundles'>
          <Text className='ot-section__title'>一件事 · 一次办好</Text>
          {bundles.map((bundle) => (
            <View
              key={bundle.code}
              className='ot-option home-bundle'
              data-code={bundle.code}
              {...controlProps('button', () => go(`/pages/bundle/index?code=${encodeURIComponent(bundle.code)}`))}
            >
              <Text className='home-bundle__name'>{bundle.name}</Text>
              <Text className='ot-option__meta'>{bundle.itemCount}个事项</Text>
            </View>
          ))}
        </View>
      ) : null}

      <View className='ot-section home-popular'>
        <Text className='ot-section__title'>热门事项</Text>
        {popular.length === 0 ? (
          <EmptyView className='home-popular-empty' text='暂无已发布的事项' />
        ) : (
          <View role='list'>
            {popular.map((item) => (
              <ItemCard key={item.code} item={item} />
            ))}
          </View>
        )}
      </View>
    </View>
  );
}
