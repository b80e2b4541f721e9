import { Text, View } from '@tarojs/components';
import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro';
import { useState } from 'react';
import { ANYWHERE_SCOPE_LABELS, HANDLING_TYPE_LABELS, type TGuide } from '@shared/schemas/catalog';
import A11yToggle from '../../components/a11y-toggle';
import { EmptyView, ErrorView, LoadingView } from '../../components/load-state';
import { useCall } from '../../hooks/use-call';
import { pageClassName, useLargeFont } from '../../hooks/use-large-font';
import { isStarred, toggleStar } from '../../services/favorites-sync';
import { controlProps } from '../../utils/control-props';
import { copyGuideLink } from './actions';
import { guideCodeFromParams, guidePath } from './entry';
import { limitParts, programmeLabel, reductionPercent } from './format';
import type { Answers } from './answers';
import { MaterialList, Situations } from './materials';
import { ApplyOnline, Bundles, Conditions, Faqs, Fees, LegalBasis, Location, Phones, Process, Result, Visits } from './sections';
import './index.scss';

/**
 * 办事指南: one item's published guide. Opened from search, favourites, a shared link, or a hall poster (the
 * mini-program code's scene or the plain-URL QR), see entry.ts.
 */
export default function GuidePage() {
  const router = useRouter();
  const [code] = useState(() => guideCodeFromParams(router.params));
  const [large, setLarge] = useLargeFont();
  const [guide, reload] = useCall('guide', code === null ? null : { pathParams: { code } });
  const ready = guide.status === 'ready' ? guide.data : null;

  useShareAppMessage(() => ({
    title: ready ? `${ready.name}办事指南` : '办事指南',
    path: guidePath(ready?.code ?? code ?? ''),
  }));

  return (
    <View className={pageClassName('guide', large)}>
      {code === null ? (
        <EmptyView className='guide-missing' text='没有指定要查看的事项，请从首页搜索' />
      ) : ready ? (
        <GuideContent guide={ready} large={large} onLarge={setLarge} />
      ) : guide.status === 'error' ? (
        <View>
          {guide.error.status === 404 ? (
            // Retrying cannot help an unknown or retired code (an old poster): say why and offer search instead.
            <EmptyView className='guide-error guide-not-found' text={guide.error.message} />
          ) : (
            <ErrorView className='guide-error' error={guide.error} onRetry={reload} />
          )}
          <View className='guide-error-home'>
            <Text className='ot-button ot-button--secondary' {...controlProps('button', () => void Taro.reLaunch({ url: '/pages/index/index' }))}>
              回到首页搜索
            </Text>
          </View>
        </View>
      ) : (
        <LoadingView className='guide-loading' text='正在加载办事指南…' />
      )}
    </View>
  );
}

function GuideContent({ guide, large, onLarge }: { guide: TGuide; large: boolean; onLarge: (on: boolean) => void }) {
  const [answers, setAnswers] = useState<Answers>({});
  const [starred, setStarred] = useState(() => isStarred('item', guide.code));
  const [sharedLink, setSharedLink] = useState<string | null>(null);
  // Opened from a poster or a shared link, the guide is the only page: H5 has no way back, so offer home.
  // (weapp draws its own home button in the navigation bar in that case.)
  const [openedDirectly] = useState(() => process.env.TARO_ENV === 'h5' && Taro.getCurrentPages().length <= 1);
  const reduction = guide.reductionPercent ?? reductionPercent(guide);

  const star = () =>
    void toggleStar({ kind: 'item', code: guide.code, name: guide.name, department: guide.departmentName }).then(setStarred, () => void Taro.showToast({ title: '收藏失败，请稍后重试', icon: 'none' }));
  const share = () => {
    if (process.env.TARO_ENV === 'weapp') {
      void Taro.showToast({ title: '点击右上角“···”转发给朋友', icon: 'none' });
      return;
    }
    void copyGuideLink(guidePath(guide.code)).then(setSharedLink);
  };

  const tags = [
    guide.visitsNeeded === 0 ? '零跑腿（一次都不用跑）' : null,
    guide.handlingType === 'INSTANT' ? HANDLING_TYPE_LABELS.INSTANT : null,
    guide.canApplyOnline ? '可网办' : null,
    guide.courierDelivery ? '可邮寄' : null,
    guide.inServiceCentre ? '进驻政务服务中心' : null,
    guide.anywhereScope !== 'NONE' ? ANYWHERE_SCOPE_LABELS[guide.anywhereScope] : null,
  ].filter((t): t is string => t !== null);

  return (
    <View>
      <View className='guide-header'>
        <View className='guide-name' role='heading' aria-level={1}>
          {guide.name}
        </View>
        <Text className='guide-dept'>
          {guide.departmentName} · {guide.regionName}
        </Text>
        <View className='guide-terms'>
          <Text className='guide-terms__visits'>{programmeLabel(guide.visitsNeeded)}</Text>
          <Text className='guide-terms__sep'> · </Text>
          {limitParts(guide).map((part) =>
            part === null ? null : (
              <Text key={part} className='guide-terms__limit'>
                {part}
              </Text>
            ),
          )}
        </View>
        {reduction !== null ? <Text className='guide-reduction'>比法定时限压缩{reduction}%</Text> : null}
        {tags.length > 0 ? (
          <View className='guide-header-tags'>
            {tags.map((tag) => (
              <Text key={tag} className='guide-header-tag'>
                {tag}
              </Text>
            ))}
          </View>
        ) : null}
        <View className='guide-actions'>
          <View
            className={`guide-action guide-favorite${starred ? ' guide-favorite--on' : ''}`}
            aria-pressed={starred}
            aria-label={starred ? '已收藏，点击取消' : '收藏'}
            {...controlProps('button', star)}
          >
            <Text aria-hidden>{starred ? '★' : '☆'}</Text>
            <Text>{starred ? '已收藏' : '收藏'}</Text>
          </View>
          <View className='guide-action guide-share' {...controlProps('button', share)}>
            <Text>{process.env.TARO_ENV === 'weapp' ? '分享' : '复制链接'}</Text>
          </View>
          {openedDirectly ? (
            <View className='guide-action guide-home' {...controlProps('button', () => void Taro.reLaunch({ url: '/pages/index/index' }))}>
              <Text>首页</Text>
            </View>
          ) : null}
          <A11yToggle on={large} onChange={onLarge} />
        </View>
        {sharedLink ? <Text className='guide-share-link' userSelect>{sharedLink}</Text> : null}
      </View>

      <ApplyOnline guide={guide} />
      <Situations situations={guide.situations} answers={answers} onChange={setAnswers} />
      <MaterialList materials={guide.materials} situations={guide.situations} answers={answers} />
      <Visits guide={guide} />
      <Conditions guide={guide} />
      <Process guide={guide} />
      <Fees guide={guide} />
      <Location guide={guide} />
      <Phones guide={guide} />
      <Result guide={guide} />
      <LegalBasis guide={guide} />
      <Faqs guide={guide} />
      <Bundles guide={guide} />
      <Text className='guide-version'>
        第{guide.versionNo}版{guide.publishedAt ? ` · ${guide.publishedAt.slice(0, 10)}发布` : ''} · 事项编码 {guide.code}
      </Text>
    </View>
  );
}
