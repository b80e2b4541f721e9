import { Image, Text, View } from '@tarojs/components';
import { useEffect } from 'react';
import type { TMyCaseDetail } from '@shared/schemas/application';
import { ErrorView, LoadingView } from '../../components/load-state';
import { useCall } from '../../hooks/use-call';

/** YYYY-MM-DD HH:mm in China time (UTC+8), whatever the phone's time zone. */
const day = (iso: string) => new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');

/** The case's steps, oldest first; a pause shows when it ended or that the clock stands still. */
export function Timeline({ steps }: { steps: TMyCaseDetail['timeline'] }) {
  return (
    <View className='ot-section case-timeline' role='list' aria-label='办理进度'>
      <Text className='apply-section-title'>办理进度</Text>
      {steps.map((s, i) => (
        <View key={`${s.at}-${i}`} className={`case-step case-step--${s.kind.toLowerCase()}${i === steps.length - 1 ? ' case-step--current' : ''}`} role='listitem'>
          <Text className='case-step__label'>{s.label}</Text>
          <Text className='case-step__at'>
            {day(s.at)}
            {s.kind === 'PAUSE' ? (s.endedAt ? ` 至 ${day(s.endedAt)}（暂停计时）` : '起暂停计时') : ''}
          </Text>
          {s.reason ? <Text className='case-step__reason'>{s.reason}</Text> : null}
        </View>
      ))}
    </View>
  );
}

/**
 * The short-lived case QR for the window: a real QR image (the clerk's scanner or phone reads it) with the code as
 * text beneath for typing. It is renewed a minute before it expires, so the one on the screen always works.
 */
export function CaseQr({ id }: { id: string }) {
  const [qr, reload] = useCall('meCaseQr', { pathParams: { id } });
  const refreshIn = qr.status === 'ready' ? qr.data.refreshInSeconds : null;
  useEffect(() => {
    if (refreshIn === null) return undefined;
    const timer = setTimeout(reload, refreshIn * 1000);
    return () => clearTimeout(timer);
  }, [qr, refreshIn, reload]);
  return (
    <View className='ot-section case-qr'>
      <Text className='apply-section-title'>窗口办理码</Text>
      {qr.status === 'error' ? (
        <ErrorView error={qr.error} onRetry={reload} />
      ) : qr.status === 'ready' ? (
        <View>
          <Image
            className='case-qr__image'
            src={`${process.env.TARO_APP_API_BASE ?? ''}${qr.data.imageUrl}`}
            mode='aspectFit'
            showMenuByLongpress={false}
            aria-label='办件二维码，请出示给窗口工作人员扫描'
          />
          <Text className='apply-hint'>到窗口时出示此码，工作人员扫码即可调出您的办件；本码 {day(qr.data.expiresAt).slice(11)} 前有效，会自动更新。</Text>
          <Text className='case-qr__token' userSelect>
            {qr.data.token}
          </Text>
        </View>
      ) : (
        <LoadingView text='正在生成办理码…' />
      )}
    </View>
  );
}
