import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';
import { formatFen } from '@shared/domain/delivery/postage';
import type { TDeliveryView } from '@shared/schemas/delivery';
import { ApiError } from '@shared/errors';
import { useCall } from '../../hooks/use-call';
import { call } from '../../services/request';
import { payPostage } from '../../services/pay-postage';
import { chinaTime } from '../../utils/china-time';
import { controlProps } from '../../utils/control-props';
import './index.scss';

const METHOD_LABELS = { WINDOW_PICKUP: '窗口领取', COURIER: '邮寄送达（EMS）', ELECTRONIC: '电子证照' } as const;
const ENDED = ['WITHDRAWN', 'NOT_ACCEPTED'];

/**
 * 结果送达 on the citizen's case page: how the result comes (window or EMS), the postage and its payment, and the
 * parcel's tracking timeline. Mounted by pages/case with one line.
 */
export default function CaseDelivery({ caseId, status }: { caseId: string; status: string }) {
  const [view, reload] = useCall('meCaseDelivery', caseId && !ENDED.includes(status) ? { pathParams: { id: caseId } } : null);
  // Coming back from the choice page or the cashier shows the new state.
  useDidShow(reload);
  if (view.status !== 'ready') return null;
  return <DeliveryPanel v={view.data} reload={reload} />;
}

function DeliveryPanel({ v, reload }: { v: TDeliveryView; reload: () => void }) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const synced = useRef(false);

  // Back from the cashier (H5) or a payment the notify has not confirmed yet: ask the server once.
  useEffect(() => {
    if (synced.current || v.payment?.status !== 'PENDING') return;
    synced.current = true;
    call('mePaymentSync', { pathParams: { id: v.payment.id } }).then(
      (p) => (p.status !== 'PENDING' ? reload() : undefined),
      () => undefined,
    );
  }, [v.payment, reload]);

  const pay = async () => {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      const order = await call('meCasePostagePay', { pathParams: { id: v.caseId } });
      const outcome = await payPostage(order);
      if (outcome === 'paid') {
        await call('mePaymentSync', { pathParams: { id: order.payment.id } });
        void Taro.showToast({ title: '邮费已支付', icon: 'success' });
        reload();
      }
    } catch (e) {
      setProblem(e instanceof ApiError ? e.message : '支付未完成，请稍后再试');
    } finally {
      setBusy(false);
    }
  };
  const choose = () => void Taro.navigateTo({ url: `/delivery/pages/choose/index?id=${v.caseId}` });
  const s = v.shipment;

  return (
    <View className='ot-section case-delivery' aria-label='结果送达'>
      <View className='ot-section__title' role='heading' aria-level={2}>
        结果送达
      </View>
      <Text className='case-delivery__line case-delivery__method'>送达方式：{v.method ? METHOD_LABELS[v.method] : '尚未选择'}</Text>
      {s ? (
        <Text className='case-delivery__line case-delivery__recipient'>
          收件人：{s.recipientNameMasked} {s.recipientPhoneMasked}，{s.addressMasked}
        </Text>
      ) : null}
      {v.postage ? (
        <Text className='case-delivery__line case-delivery__postage'>
          邮费：{v.postage.free ? '由政府承担（免费）' : `${formatFen(v.postage.amountFen)}（${v.postage.zoneLabel}）`}
          {v.payment?.status === 'PAID' && v.payment.refundedFen < v.payment.amountFen ? '，已支付' : ''}
        </Text>
      ) : null}
      {problem ? (
        <View className='case-delivery__problem' role='alert'>
          {problem}
        </View>
      ) : null}
      {v.paymentDue ? (
        <View className='ot-button case-delivery__pay' aria-disabled={busy} {...controlProps('button', () => void pay())}>
          微信支付邮费 {v.postage ? formatFen(v.postage.amountFen) : ''}
        </View>
      ) : null}
      {v.changeable && v.courierAvailable ? (
        <View className='ot-button ot-button--secondary case-delivery__choose' {...controlProps('button', choose)}>
          {v.method ? '更改送达方式' : '选择送达方式'}
        </View>
      ) : null}
      {s?.waybillNo ? (
        <View className='case-delivery__tracking'>
          <Text className='case-delivery__line case-delivery__waybill'>
            {s.carrier} 运单号：{s.waybillNo}（{s.statusLabel}）
          </Text>
          <View className='case-delivery__events' role='list' aria-label='物流轨迹'>
            {s.events.length === 0 ? <Text className='case-delivery__line'>等待揽收</Text> : null}
            {s.events.map((e) => (
              <View key={`${e.status}-${e.occurredAt}`} className={`case-delivery__event case-delivery__event--${e.status.toLowerCase()}`} role='listitem'>
                <Text className='case-delivery__event-status'>{e.statusLabel}</Text>
                <Text className='case-delivery__event-desc'>{e.description}</Text>
                <Text className='case-delivery__event-time'>{chinaTime(e.occurredAt)}</Text>
              </View>
            ))}
          </View>
        </View>
      ) : null}
      <View className='case-delivery__orders' {...controlProps('button', () => void Taro.navigateTo({ url: '/delivery/pages/orders/index' }))}>
        我的订单
      </View>
    </View>
  );
}
