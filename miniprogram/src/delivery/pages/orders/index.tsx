import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { formatFen } from '@shared/domain/delivery/postage';
import PageHeader from '../../../components/page-header';
import { chinaTime } from '../../../utils/china-time';
import { EmptyView, ErrorView, LoadingView } from '../../../components/load-state';
import { useCall } from '../../../hooks/use-call';
import { pageClassName, useLargeFont } from '../../../hooks/use-large-font';
import '../../../pages/apply/index.scss';
import '../choose/index.scss';

const time = (iso: string | null) => (iso ? chinaTime(iso) : '—');

/** 我的订单: postage payments with their receipts (商户订单号, 微信支付交易单号, time) and refunds. */
export default function OrdersPage() {
  const [large, setLarge] = useLargeFont();
  const [orders, reload] = useCall('mePayments', {});
  useDidShow(reload);
  return (
    <View className={pageClassName('orders', large)}>
      <PageHeader name='apply' title='我的订单' large={large} onLarge={setLarge} />
      {orders.status === 'error' ? (
        <ErrorView error={orders.error} onRetry={reload} />
      ) : orders.status !== 'ready' ? (
        <LoadingView text='正在加载订单…' />
      ) : orders.data.items.length === 0 ? (
        <EmptyView className='orders-empty' text='还没有订单。需要付邮费的办件会在这里留下凭证。' />
      ) : (
        <View role='list' className='orders-list'>
          {orders.data.items.map((p) => (
            <View key={p.id} className='ot-section order' role='listitem' aria-label={`${p.description} ${p.statusLabel}`}>
              <Text className='choose__label order__title'>{p.description}</Text>
              <Text className='order__line order__amount'>金额：{formatFen(p.amountFen)}（{p.statusLabel}）</Text>
              <Text className='order__line'>办件编号：{p.caseNumber}</Text>
              <Text className='order__line'>商户订单号：{p.outTradeNo}</Text>
              {p.transactionId ? <Text className='order__line'>微信支付单号：{p.transactionId}</Text> : null}
              <Text className='order__line'>支付时间：{time(p.paidAt)}</Text>
              {p.refunds.map((r, i) => (
                <Text key={i} className='order__line order__refund'>
                  退款 {formatFen(r.amountFen)}：{r.statusLabel}
                  {r.reason ? `（${r.reason}）` : ''}
                  {r.succeededAt ? `，${time(r.succeededAt)}` : ''}
                </Text>
              ))}
            </View>
          ))}
        </View>
      )}
    </View>
  );
}
