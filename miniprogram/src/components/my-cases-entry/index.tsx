import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import type { TMyCaseCounts } from '@shared/schemas/application';
import { useCall } from '../../hooks/use-call';
import { isSignedIn } from '../../services/session';
import { controlProps } from '../../utils/control-props';
import './index.scss';

/** What the counts say, most urgent first (待补正 is the applicant's move, so it leads). */
function summary(c: TMyCaseCounts): string {
  const parts = [
    c.toCorrect ? `${c.toCorrect} 件待补正` : '',
    c.resultReady ? `${c.resultReady} 件已办结待领取` : '',
    c.inProgress ? `${c.inProgress} 件办理中` : '',
    c.drafts ? `${c.drafts} 件草稿` : '',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : c.total > 0 ? `共 ${c.total} 件` : '还没有办件';
}

/**
 * 我的办件 entry (home and profile pages) for a signed-in citizen, with the counts that need them (待补正 first).
 * Re-read whenever the page shows again, so a correction sent meanwhile appears on return.
 */
export default function MyCasesEntry() {
  const [signedIn, setSignedIn] = useState(isSignedIn);
  const [counts, reload] = useCall('meCaseCounts', signedIn ? {} : null);
  useDidShow(() => {
    setSignedIn(isSignedIn());
    reload();
  });
  if (!signedIn) return null;
  const c = counts.status === 'ready' ? counts.data : null;
  const urgent = Boolean(c && c.toCorrect > 0);
  return (
    <View
      className={`ot-section ot-my-cases${urgent ? ' ot-my-cases--urgent' : ''}`}
      aria-label={c ? `我的办件：${summary(c)}` : '我的办件'}
      {...controlProps('button', () => void Taro.navigateTo({ url: '/pages/cases/index' }))}
    >
      <Text className='ot-my-cases__title'>我的办件</Text>
      {c ? (
        <Text className='ot-my-cases__counts' data-to-correct={c.toCorrect}>
          {summary(c)}
        </Text>
      ) : null}
      <Text className='ot-my-cases__go' aria-hidden>
        查看 ›
      </Text>
    </View>
  );
}
