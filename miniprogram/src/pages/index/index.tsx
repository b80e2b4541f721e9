import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { THomeResponse } from '@shared/schemas/home';
import A11yToggle from '../../components/a11y-toggle';
import AccountEntry from '../../components/account-entry';
import { EmptyView, ErrorView, LoadingView } from '../../components/load-state';
import MyCasesEntry from '../../components/my-cases-entry';
import MessagesEntry from '../../components/messages-entry';
import { useCall } from '../../hooks/use-call';
import { pageClassName, useLargeFont } from '../../hooks/use-large-font';
import { readString, STORAGE_KEYS, writeString } from '../../services/storage';
import { controlProps } from '../../utils/control-props';
import CountyPicker from './county-picker';
import DepartmentList from './department-list';
import { HomeGuides, HomeSearch } from './guide-sections';
import { readPlace, writePlace, type Place } from './place';
import './index.scss';

const WORKBENCH_URL = '/staff/pages/workbench/index';

/** Home page: the city's catalogue at a glance, all of it from GET /api/v1/home. */
export default function HomePage() {
  const [large, setLarge] = useLargeFont();
  const [home, reload] = useCall('home', {});
  const [countyCode, setCountyCode] = useState(() => readString(STORAGE_KEYS.county));
  const [place, setPlace] = useState(readPlace);

  const choosePlace = (next: Place) => {
    writePlace(next);
    setPlace(next);
  };
  const selectCounty = (code: string) => {
    writeString(STORAGE_KEYS.county, code);
    setCountyCode(code);
    const county = home.status === 'ready' ? home.data.counties.find((c) => c.code === code) : undefined;
    if (county) choosePlace({ code: county.code, name: county.name });
  };
  const city = home.status === 'ready' ? home.data.city : null;

  return (
    <View className={pageClassName('home', large)}>
      <View className='home-header'>
        <View className='home-title' role='heading' aria-level={1}>
          {city ? <Text className='home-city'>{city.name}</Text> : null}
          <Text>政务服务</Text>
        </View>
        <Text className='home-slogan'>“最多跑一次”</Text>
        <View className='home-header__actions'>
          <AccountEntry />
          <A11yToggle on={large} onChange={setLarge} />
        </View>
      </View>

      <HomeSearch place={place} />
      <MyCasesEntry />
      <MessagesEntry />
      <HomeGuides />

      {home.status === 'ready' ? (
        <HomeContent data={home.data} countyCode={countyCode} onSelectCounty={selectCounty} place={place} onSelectPlace={choosePlace} />
      ) : home.status === 'error' ? (
        <ErrorView className='home-error' error={home.error} onRetry={reload} />
      ) : (
        <LoadingView className='home-loading' />
      )}

      <View className='home-footer'>
        <Button
          className='ot-button ot-button--secondary home-staff-link'
          {...controlProps('button', () => void Taro.navigateTo({ url: WORKBENCH_URL }))}
        >
          工作人员入口
        </Button>
      </View>
    </View>
  );
}

interface HomeContentProps {
  data: THomeResponse;
  countyCode: string | null;
  onSelectCounty: (code: string) => void;
  place: Place | null;
  onSelectPlace: (place: Place) => void;
}

function HomeContent({ data, countyCode, onSelectCounty, place, onSelectPlace }: HomeContentProps) {
  if (data.city === null) {
    return <EmptyView className='home-empty' text='地区目录尚未导入，请稍后再来' />;
  }
  return (
    <View>
      <View className='ot-section home-stats' aria-label='统计'>
        <Stat modifier='regions' label='地区数' value={data.stats.regions} />
        <Stat modifier='departments' label='部门数' value={data.stats.departments} />
        <Stat modifier='items' label='已发布事项' value={data.stats.publishedItems} />
      </View>

      <CountyPicker
        counties={data.counties}
        selectedCode={countyCode}
        onSelect={onSelectCounty}
        placeCode={place?.code ?? null}
        onSelectPlace={onSelectPlace}
      />

      <DepartmentList departments={data.departments} cityCode={data.city.code} countyCode={countyCode} />
    </View>
  );
}

function Stat({ modifier, label, value }: { modifier: string; label: string; value: number }) {
  return (
    <View className={`home-stat home-stat--${modifier}`}>
      <Text className='home-stat__value'>{value}</Text>
      <Text className='home-stat__label'>{label}</Text>
    </View>
  );
}
