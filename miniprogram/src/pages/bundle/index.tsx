import { Text, View } from '@tarojs/components';
import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro';
import { useState } from 'react';
import { MATERIAL_ORIGINALITY_LABELS, type TBundle } from '@shared/schemas/catalog';
import A11yToggle from '../../components/a11y-toggle';
import { EmptyView, ErrorView, LoadingView } from '../../components/load-state';
import { MaterialFiles } from '../../components/file-button';
import ItemCard from '../../components/item-card';
import { useCall } from '../../hooks/use-call';
import { pageClassName, useLargeFont } from '../../hooks/use-large-font';
import { isStarred, toggleStar } from '../../services/favorites-sync';
import { isSignedIn } from '../../services/session';
import { controlProps } from '../../utils/control-props';
import { guideCodeFromParams } from '../guide/entry';
import { limitLabel, programmeLabel } from '../guide/format';
import './index.scss';

/** 一件事: several items applied for once; their merged material list asks shared materials only once. */
export default function BundlePage() {
  const router = useRouter();
  const [code] = useState(() => guideCodeFromParams(router.params));
  const [large, setLarge] = useLargeFont();
  const [bundle, reload] = useCall('bundle', code === null ? null : { pathParams: { code } });
  const ready = bundle.status === 'ready' ? bundle.data : null;

  useShareAppMessage(() => ({ title: ready?.name ?? '一件事', path: `/pages/bundle/index?code=${encodeURIComponent(code ?? '')}` }));

  return (
    <View className={pageClassName('bundle', large)}>
      {code === null ? (
        <EmptyView className='bundle-missing' text='没有指定要查看的“一件事”' />
      ) : ready ? (
        <BundleContent bundle={ready} large={large} onLarge={setLarge} />
      ) : bundle.status === 'error' ? (
        <ErrorView className='bundle-error' error={bundle.error} onRetry={reload} />
      ) : (
        <LoadingView className='bundle-loading' />
      )}
    </View>
  );
}

function BundleContent({ bundle, large, onLarge }: { bundle: TBundle; large: boolean; onLarge: (on: boolean) => void }) {
  const [starred, setStarred] = useState(() => isStarred('bundle', bundle.code));
  const apply = () => void Taro.navigateTo({ url: isSignedIn() ? `/pages/apply/index?bundle=${encodeURIComponent(bundle.code)}` : '/pages/login/index' });
  const star = () =>
    void toggleStar({ kind: 'bundle', code: bundle.code, name: bundle.name, department: bundle.leadDepartment.name }).then(setStarred, () => void Taro.showToast({ title: '收藏失败，请稍后重试', icon: 'none' }));
  return (
    <View>
      <View className='bundle-header'>
        <View className='bundle-name' role='heading' aria-level={1}>
          {bundle.name}
        </View>
        <Text className='bundle-lead'>牵头部门：{bundle.leadDepartment.name}</Text>
        <View className='bundle-terms'>
          {programmeLabel(bundle.visitsNeeded)} · {limitLabel({ visitsNeeded: bundle.visitsNeeded, promisedLimit: bundle.promisedLimit, statutoryLimit: null })}
        </View>
        {bundle.description ? <Text className='bundle-description'>{bundle.description}</Text> : null}
        <View className='bundle-actions'>
          <View className={`bundle-favorite${starred ? ' bundle-favorite--on' : ''}`} aria-pressed={starred} {...controlProps('button', star)}>
            {starred ? '★ 已收藏' : '☆ 收藏'}
          </View>
          <A11yToggle on={large} onChange={onLarge} />
        </View>
      </View>

      <View className='ot-section bundle-how'>
        <Text className='ot-section__title'>怎么办</Text>
        <Text className='bundle-how__text'>
          一次申请、一套材料：以下{bundle.items.length}个事项合并办理，相同材料只交一次，各部门同时审核，办好后一次领取结果。
        </Text>
        <View className='ot-button bundle-apply' {...controlProps('button', apply)}>
          在线申办
        </View>
      </View>

      <View className='ot-section bundle-materials'>
        <Text className='ot-section__title'>合并后的材料清单（共{bundle.materials.length}份）</Text>
        {bundle.materials.map((material, index) => (
          <View key={material.id} className='bundle-material'>
            <Text className='bundle-material__name'>
              {index + 1}. {material.name}
            </Text>
            <Text className='bundle-material__meta'>
              {MATERIAL_ORIGINALITY_LABELS[material.originality]}
              {material.copies > 0 ? ` · ${material.copies}份` : ''}
              {material.governmentHeld ? ' · 政府已有，免提交' : ''}
            </Text>
            {material.items.length > 1 ? (
              <Text className='bundle-material__shared'>{material.items.length}个事项共用，只交一次</Text>
            ) : null}
            <MaterialFiles blankForm={material.blankForm} sample={material.sample} />
          </View>
        ))}
      </View>

      <View className='ot-section bundle-items'>
        <Text className='ot-section__title'>包含的事项</Text>
        {bundle.items.map((item) => (
          <ItemCard key={item.code} item={item} />
        ))}
      </View>
    </View>
  );
}
