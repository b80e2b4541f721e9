import { Button, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useMemo, useState } from 'react';
import { SEARCH_FLAG_LABELS, ZSearchFlag } from '@shared/schemas/catalog';
import type { TRegionLevel } from '@shared/schemas/region';
import A11yToggle from '../../components/a11y-toggle';
import { EmptyView, ErrorView, LoadingView } from '../../components/load-state';
import Chip from '../../components/chip';
import HighlightText from '../../components/highlight-text';
import ItemCard from '../../components/item-card';
import SearchBox from '../../components/search-box';
import { pageClassName, useLargeFont } from '../../hooks/use-large-font';
import { controlProps } from '../../utils/control-props';
import { readPlace } from '../index/place';
import { parseSearchParams, toggleFlag, type SearchState } from './params';
import { useSearch, type SearchQuery } from './use-search';
import './index.scss';
import { disabledIf } from '../../utils/disabled';

const LEVELS: Array<{ level: TRegionLevel; label: string }> = [
  { level: 'CITY', label: '市级' },
  { level: 'COUNTY', label: '县级' },
  { level: 'TOWNSHIP', label: '乡镇' },
  { level: 'VILLAGE', label: '村（社区）' },
];

/** Everyday words offered when nothing matched (each finds guides in any seeded catalogue of a Chinese city). */
const SUGGESTIONS = ['营业执照', '开饭店', '身份证', '出生', '社保卡', '水电气过户'];

/** Search results: the query, the filters citizens care about, ranked results with the matched words marked. */
export default function SearchPage() {
  const router = useRouter();
  const [large, setLarge] = useLargeFont();
  const [state, setState] = useState<SearchState>(() => parseSearchParams(router.params));
  const [place] = useState(readPlace);
  const [localOnly, setLocalOnly] = useState(place !== null);

  const query = useMemo<SearchQuery>(
    () => ({
      q: state.q || undefined,
      flags: state.flags.length > 0 ? state.flags.join(',') : undefined,
      level: state.level ?? undefined,
      theme: state.theme ?? undefined,
      department: state.department ?? undefined,
      region: localOnly && place ? place.code : undefined,
    }),
    [state, localOnly, place],
  );
  const [results, { loadMore, retry }] = useSearch(query);
  const update = (patch: Partial<SearchState>) => setState((s) => ({ ...s, ...patch }));

  return (
    <View className={pageClassName('search', large)}>
      <View className='search-header'>
        <SearchBox initial={state.q} onSearch={(q) => update({ q })} />
        <A11yToggle on={large} onChange={setLarge} />
      </View>

      <View className='ot-section search-filters' aria-label='筛选'>
        <View className='search-filter-row'>
          {ZSearchFlag.options.map((flag) => (
            <Chip
              key={flag}
              className={`search-flag search-flag--${flag.toLowerCase()}`}
              label={SEARCH_FLAG_LABELS[flag]}
              pressed={state.flags.includes(flag)}
              onTap={() => update({ flags: toggleFlag(state.flags, flag) })}
            />
          ))}
        </View>
        <View className='search-filter-row'>
          {LEVELS.map(({ level, label }) => (
            <Chip
              key={level}
              className='search-level'
              label={label}
              pressed={state.level === level}
              onTap={() => update({ level: state.level === level ? null : level })}
            />
          ))}
          {place ? <Chip className='search-place' label={`只看${place.name}`} pressed={localOnly} onTap={() => setLocalOnly(!localOnly)} /> : null}
        </View>
        {state.theme || state.department ? (
          <View className='search-scope'>
            <Text className='search-scope__text'>
              {state.theme ? `主题：${state.themeName ?? state.theme}` : `部门：${state.departmentName ?? state.department}`}
            </Text>
            <Chip
              className='search-scope__clear'
              label='清除'
              onTap={() => update({ theme: null, themeName: null, department: null, departmentName: null })}
            />
          </View>
        ) : null}
      </View>

      {results.bundles.length > 0 ? (
        <View className='ot-section search-bundles'>
          <Text className='ot-section__title'>一件事 · 一次办好</Text>
          {results.bundles.map((bundle) => (
            <View
              key={bundle.code}
              className='search-bundle'
              data-code={bundle.code}
              {...controlProps('button', () => void Taro.navigateTo({ url: `/pages/bundle/index?code=${encodeURIComponent(bundle.code)}` }))}
            >
              <HighlightText className='search-bundle__name' text={bundle.name} ranges={bundle.highlights} />
              <Text className='search-bundle__meta'>含{bundle.itemCount}个事项，一次申请、一窗受理</Text>
            </View>
          ))}
        </View>
      ) : null}

      <View className='ot-section search-results' aria-live='polite'>
        {results.status === 'loading' ? (
          <LoadingView className='search-loading' text='正在搜索…' />
        ) : results.status === 'error' && results.items.length === 0 && results.error ? (
          <ErrorView className='search-error' error={results.error} onRetry={retry} />
        ) : results.items.length === 0 ? (
          <View>
            <EmptyView className='search-empty' text='没有找到相关事项。换个说法试试，或减少筛选条件。' />
            <View className='search-filter-row search-suggestions'>
              {SUGGESTIONS.map((word) => (
                <Chip key={word} className='search-suggestion' label={word} onTap={() => update({ q: word })} />
              ))}
            </View>
          </View>
        ) : (
          <View>
            <Text className='search-total'>共找到 {results.total} 个事项</Text>
            <View role='list'>
              {results.items.map((hit) => (
                <ItemCard key={hit.code} item={hit} highlights={hit.highlights} matchedBy={hit.matchedBy} matchedTerm={hit.matchedTerm} />
              ))}
            </View>
            {results.items.length < results.total ? (
              <Button
                className='ot-button ot-button--secondary search-more'
                {...disabledIf(results.loadingMore)}
                {...controlProps('button', loadMore)}
              >
                {results.loadingMore ? '正在加载…' : `加载更多（还有${results.total - results.items.length}个）`}
              </Button>
            ) : null}
            {results.status === 'error' && results.error ? <ErrorView className='search-error' error={results.error} onRetry={loadMore} /> : null}
          </View>
        )}
      </View>
    </View>
  );
}
