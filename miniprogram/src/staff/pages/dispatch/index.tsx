import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import { ApiError } from '@shared/errors';
import PageHeader from '../../../components/page-header';
import { EmptyView, ErrorView, LoadingView } from '../../../components/load-state';
import { useCall } from '../../../hooks/use-call';
import { pageClassName, useLargeFont } from '../../../hooks/use-large-font';
import { call } from '../../../services/request';
import { openShippingLabel } from '../../../services/open-label';
import { controlProps } from '../../../utils/control-props';

/** 结果寄出: the department's courier results — ready ones first, sent in one batch — and their labels. */
export default function DispatchPage() {
  const [large, setLarge] = useLargeFont();
  const [list, reload] = useCall('staffDispatchList', {});
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<string | null>(null);
  useDidShow(reload);

  const batch = async () => {
    if (busy) return;
    setBusy(true);
    setReport(null);
    try {
      const r = await call('staffDispatchBatch', { body: {} });
      setReport(`已寄出 ${r.dispatched.length} 件${r.failed.length ? `，${r.failed.length} 件未寄出：${r.failed.map((f) => `${f.caseNumber} ${f.message}`).join('；')}` : ''}`);
      reload();
    } catch (e) {
      setReport(e instanceof ApiError ? e.message : '批量寄出失败，请稍后再试');
    } finally {
      setBusy(false);
    }
  };

  const ready = list.status === 'ready' ? list.data.items.filter((e) => e.ready).length : 0;
  return (
    <View className={pageClassName('dispatch', large)}>
      <PageHeader name='apply' title='结果寄出' large={large} onLarge={setLarge} />
      {report ? (
        <View className='ot-section dispatch-report' role='status'>
          {report}
        </View>
      ) : null}
      {list.status === 'error' ? (
        <ErrorView error={list.error} onRetry={reload} />
      ) : list.status !== 'ready' ? (
        <LoadingView text='正在加载…' />
      ) : list.data.items.length === 0 ? (
        <EmptyView text='没有需要邮寄的办理结果。' />
      ) : (
        <View>
          {ready > 0 ? (
            <View className='ot-button dispatch-batch' aria-disabled={busy} {...controlProps('button', () => void batch())}>
              批量寄出（{ready} 件待寄）
            </View>
          ) : null}
          <View role='list'>
            {list.data.items.map((e) => (
              <View key={e.caseId} className='ot-section dispatch-entry' role='listitem'>
                <Text className='ot-section__title'>{e.itemName}</Text>
                <Text className='ot-section__hint'>办件编号 {e.caseNumber}</Text>
                <Text className='ot-section__hint'>
                  收件人 {e.shipment.recipientNameMasked} {e.shipment.recipientPhoneMasked} · {e.shipment.addressMasked}
                </Text>
                <Text className='ot-section__hint'>{e.shipment.waybillNo ? `运单号 ${e.shipment.waybillNo}（${e.shipment.statusLabel}）` : e.ready ? '待寄出' : '等待申请人支付邮费'}</Text>
                {e.shipment.waybillNo ? (
                  <View className='ot-button ot-button--secondary dispatch-label' {...controlProps('button', () => void openShippingLabel(e.caseId).catch((err: unknown) => void Taro.showToast({ title: err instanceof Error ? err.message : '面单打开失败', icon: 'none' })))}>
                    打印面单
                  </View>
                ) : null}
              </View>
            ))}
          </View>
        </View>
      )}
    </View>
  );
}
