import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { SEARCH_FLAG_LABELS, type TGuideSummary, type THighlight, type TMatchedBy } from '@shared/schemas/catalog';
import { guidePath } from '../../pages/guide/entry';
import { limitLabel, visitsLabel } from '../../pages/guide/format';
import { controlProps } from '../../utils/control-props';
import HighlightText from '../highlight-text';
import './index.scss';

export interface ItemCardProps {
  item: TGuideSummary;
  highlights?: readonly THighlight[];
  matchedBy?: TMatchedBy | null;
  matchedTerm?: string | null;
}

const MATCH_HINTS: Partial<Record<TMatchedBy, string>> = { pinyin: '拼音', initials: '拼音首字母', synonym: '常用说法', fuzzy: '相近词', department: '办理部门' };

/**
 * One service item in a list (search results, popular items, bundles, favourites): name, who handles it, and
 * the two facts citizens decide by, visits and time limit. The whole card is one tap target that opens the guide.
 */
export default function ItemCard({ item, highlights = [], matchedBy = null, matchedTerm = null }: ItemCardProps) {
  const hint = matchedBy ? MATCH_HINTS[matchedBy] : undefined;
  const open = () => void Taro.navigateTo({ url: guidePath(item.code) });
  return (
    <View className='item-card' data-code={item.code} aria-label={`${item.name}，${visitsLabel(item.visitsNeeded)}`} {...controlProps('button', open)}>
      <HighlightText className='item-card__name' text={item.name} ranges={highlights} />
      <Text className='item-card__dept'>
        {item.departmentName} · {item.regionName}
      </Text>
      <View className='item-card__terms'>
        <Text className={`item-card__visits item-card__visits--${Math.min(item.visitsNeeded, 2)}`}>{visitsLabel(item.visitsNeeded)}</Text>
        <Text className='item-card__limit'>{limitLabel(item)}</Text>
      </View>
      <View className='item-card__flags'>
        {item.flags
          .filter((flag) => flag !== 'ONE_TRIP' && flag !== 'ZERO_VISIT')
          .map((flag) => (
            <Text key={flag} className={`item-card__flag item-card__flag--${flag.toLowerCase()}`}>
              {SEARCH_FLAG_LABELS[flag]}
            </Text>
          ))}
      </View>
      {hint && matchedTerm ? (
        <Text className='item-card__match'>
          按{hint}「{matchedTerm}」找到
        </Text>
      ) : null}
    </View>
  );
}
