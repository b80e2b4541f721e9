import { Text, View } from '@tarojs/components';
import type { THomeResponse } from '@shared/schemas/home';
import { EmptyView, ErrorView, LoadingView } from '../../components/load-state';
import { useCall } from '../../hooks/use-call';
import { controlProps } from '../../utils/control-props';
import type { Place } from './place';

type County = THomeResponse['counties'][number];

export interface CountyPickerProps {
  counties: County[];
  selectedCode: string | null;
  onSelect: (code: string) => void;
  /** The remembered place (county or township code). */
  placeCode: string | null;
  onSelectPlace: (place: Place) => void;
}

/**
 * 选择您所在的地区: the county-level units as a list of large radio options rather than a scroll wheel, which
 * elderly users find hard to operate; the chosen county's townships load below it.
 */
export default function CountyPicker({ counties, selectedCode, onSelect, placeCode, onSelectPlace }: CountyPickerProps) {
  const selected = counties.find((county) => county.code === selectedCode) ?? null;
  return (
    <View className='ot-section home-counties'>
      <Text className='ot-section__title' id='home-counties-title'>
        选择您所在的地区
      </Text>
      {counties.length === 0 ? (
        <EmptyView className='home-counties-empty' text='暂无县（市、区）数据' />
      ) : (
        <View className='home-county-list' role='radiogroup' aria-labelledby='home-counties-title'>
          {counties.map((county) => {
            const isSelected = county.code === selected?.code;
            return (
              <View
                key={county.code}
                className={`ot-option home-county${isSelected ? ' ot-option--selected home-county--selected' : ''}`}
                aria-checked={isSelected}
                data-code={county.code}
                {...controlProps('radio', () => onSelect(county.code))}
              >
                <Text className='home-county__name'>{county.name}</Text>
                <Text className='ot-option__meta home-county__count'>{county.townshipCount}个乡镇（街道）</Text>
              </View>
            );
          })}
        </View>
      )}
      {selected ? <TownshipList county={selected} placeCode={placeCode} onSelectPlace={onSelectPlace} /> : null}
    </View>
  );
}

interface TownshipListProps {
  county: County;
  placeCode: string | null;
  onSelectPlace: (place: Place) => void;
}

/** The county's townships; tapping one makes it the remembered place (tapping it again goes back to the county). */
function TownshipList({ county, placeCode, onSelectPlace }: TownshipListProps) {
  const [townships, retry] = useCall('regionChildren', { query: { parent: county.code } });
  return (
    <View className='home-townships' aria-live='polite'>
      <Text className='home-townships__title'>{county.name}下辖乡镇（街道）</Text>
      {townships.status === 'loading' || townships.status === 'idle' ? (
        <LoadingView className='home-townships-loading' text='正在加载乡镇…' />
      ) : townships.status === 'error' ? (
        <ErrorView className='home-township-error' error={townships.error} onRetry={retry} />
      ) : townships.data.items.length === 0 ? (
        <EmptyView className='home-townships-empty' text='该地区暂无乡镇数据' />
      ) : (
        <View className='home-township-list' role='radiogroup' aria-label={`${county.name}下辖乡镇（街道）`}>
          {townships.data.items.map((township) => {
            const isPlace = township.code === placeCode;
            return (
              <Text
                key={township.code}
                className={`home-township${isPlace ? ' home-township--selected' : ''}`}
                data-code={township.code}
                aria-checked={isPlace}
                {...controlProps('radio', () =>
                  onSelectPlace(isPlace ? { code: county.code, name: county.name } : { code: township.code, name: `${county.name} ${township.name}` }),
                )}
              >
                {township.name}
              </Text>
            );
          })}
        </View>
      )}
    </View>
  );
}
