import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { ApiError } from '@shared/errors';
import type { TShipmentView } from '@shared/schemas/delivery';
import { call } from '../../../services/request';
import { openShippingLabel } from '../../../services/open-label';
import { controlProps } from '../../../utils/control-props';

/**
 * 寄出结果 on the staff case view of a completed case: create the EMS waybill, then print its label. Shown only
 * for completed or delivered cases; the server decides whether the applicant chose courier and paid.
 */
export default function DispatchPanel({ caseId, status }: { caseId: string; status: string }) {
  const [shipment, setShipment] = useState<TShipmentView | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  if (status !== 'COMPLETED' && status !== 'DELIVERED') return null;

  const dispatch = async () => {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      const s = await call('staffCaseWaybill', { pathParams: { id: caseId } });
      setShipment(s);
      void Taro.showToast({ title: `已生成运单 ${s.waybillNo ?? ''}`, icon: 'none' });
    } catch (e) {
      setProblem(e instanceof ApiError ? e.message : '寄出失败，请稍后再试');
    } finally {
      setBusy(false);
    }
  };
  const label = async () => {
    try {
      await openShippingLabel(caseId);
    } catch (e) {
      setProblem(e instanceof Error ? e.message : '面单打开失败');
    }
  };

  return (
    <View className='ot-section dispatch-panel' aria-label='寄出结果'>
      <View className='ot-section__title' role='heading' aria-level={2}>
        邮寄送达
      </View>
      {shipment?.waybillNo ? <Text className='dispatch-panel__waybill'>EMS 运单号：{shipment.waybillNo}（{shipment.statusLabel}）</Text> : null}
      {problem ? (
        <View className='dispatch-panel__problem' role='alert'>
          {problem}
        </View>
      ) : null}
      {status === 'COMPLETED' ? (
        <View className='ot-button dispatch-panel__dispatch' aria-disabled={busy} {...controlProps('button', () => void dispatch())}>
          生成运单并寄出
        </View>
      ) : null}
      <View className='ot-button ot-button--secondary dispatch-panel__label' {...controlProps('button', () => void label())}>
        打印邮寄面单
      </View>
    </View>
  );
}
