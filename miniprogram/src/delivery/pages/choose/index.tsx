import { Button, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { formatFen } from '@shared/domain/delivery/postage';
import type { TDeliveryChoiceBody } from '@shared/schemas/delivery';
import { ApiError } from '@shared/errors';
import PageHeader from '../../../components/page-header';
import { ErrorView, LoadingView } from '../../../components/load-state';
import { useCall } from '../../../hooks/use-call';
import { pageClassName, useLargeFont } from '../../../hooks/use-large-font';
import { call } from '../../../services/request';
import { subscribeAt } from '../../../services/subscribe';
import { controlProps } from '../../../utils/control-props';
import AddressForm, { EMPTY_ADDRESS, recipientOf, type AddressFields } from '../../components/address-form';
import '../../../pages/apply/index.scss';
import './index.scss';

const NEW = 'new';

/**
 * 选择送达方式: window pickup, or EMS to a saved address of the address book or a new one picked down the region
 * tree (saved to the book unless unticked). The postage quote and payment follow on the case page.
 */
export default function ChooseDeliveryPage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const [large, setLarge] = useLargeFont();
  const [view, reloadView] = useCall('meCaseDelivery', id ? { pathParams: { id } } : null);
  const [book] = useCall('meAddresses', {});
  const [method, setMethod] = useState<'WINDOW_PICKUP' | 'COURIER'>('COURIER');
  const [picked, setPicked] = useState<string>(NEW);
  const [f, setF] = useState<AddressFields>(EMPTY_ADDRESS);
  const [save, setSave] = useState(true);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);

  // The default saved address is offered first.
  useEffect(() => {
    if (book.status === 'ready' && book.data.items.length > 0) setPicked(book.data.items.find((a) => a.isDefault)?.id ?? book.data.items[0]!.id);
  }, [book]);

  const submit = async () => {
    if (saving) return;
    setSaving(true);
    setProblems({});
    if (method === 'COURIER') await subscribeAt('courier');
    const body: TDeliveryChoiceBody =
      method === 'WINDOW_PICKUP' ? { method } : picked !== NEW ? { method, addressId: picked } : { method, recipient: recipientOf(f), saveAddress: save };
    try {
      const v = await call('meCaseDeliveryChoose', { pathParams: { id }, body });
      const msg = v.method === 'COURIER' && v.postage ? (v.postage.free ? '已选择邮寄，邮费由政府承担' : `已选择邮寄，邮费${formatFen(v.postage.amountFen)}`) : '已选择窗口领取';
      void Taro.showToast({ title: msg, icon: 'none' });
      await Taro.navigateBack();
    } catch (err) {
      const e = err instanceof ApiError ? err : undefined;
      const map: Record<string, string> = {};
      for (const d of e?.details ?? []) map[d.path.replace(/^body\.(recipient\.)?/, '')] = d.message;
      if (Object.keys(map).length === 0) map.form = e?.message ?? '保存失败，请稍后再试';
      setProblems(map);
    } finally {
      setSaving(false);
    }
  };

  if (view.status === 'error') return <ErrorView error={view.error} onRetry={reloadView} />;
  if (view.status !== 'ready') return <LoadingView text='正在加载…' />;
  const saved = book.status === 'ready' ? book.data.items : [];
  return (
    <View className={pageClassName('choose', large)}>
      <PageHeader name='apply' title='办理结果怎么给您' large={large} onLarge={setLarge} />
      <View className='ot-section'>
        <Text className='ot-section__hint'>办件编号 {view.data.caseNumber}</Text>
        <View className='choose__choices choose-method' role='radiogroup' aria-label='送达方式'>
          {view.data.courierAvailable ? (
            <Text className={`ot-option choose-method__courier${method === 'COURIER' ? ' ot-option--selected' : ''}`} aria-checked={method === 'COURIER'} {...controlProps('radio', () => setMethod('COURIER'))}>
              邮寄到家（EMS，一次不用跑）
            </Text>
          ) : null}
          <Text className={`ot-option choose-method__window${method === 'WINDOW_PICKUP' ? ' ot-option--selected' : ''}`} aria-checked={method === 'WINDOW_PICKUP'} {...controlProps('radio', () => setMethod('WINDOW_PICKUP'))}>
            到窗口领取（跑一次）
          </Text>
        </View>
      </View>
      {method === 'COURIER' ? (
        <View className='ot-section choose-address'>
          <View className='ot-section__title' role='heading' aria-level={2}>
            收件信息
          </View>
          {saved.length > 0 ? (
            <View className='choose__choices choose-saved' role='radiogroup' aria-label='地址簿'>
              {saved.map((a) => (
                <Text key={a.id} className={`ot-option choose-saved__option${picked === a.id ? ' ot-option--selected' : ''}`} aria-checked={picked === a.id} {...controlProps('radio', () => setPicked(a.id))}>
                  {a.recipientNameMasked} {a.phoneMasked} {a.addressMasked}
                  {a.isDefault ? '（默认）' : ''}
                </Text>
              ))}
              <Text className={`ot-option choose-saved__new${picked === NEW ? ' ot-option--selected' : ''}`} aria-checked={picked === NEW} {...controlProps('radio', () => setPicked(NEW))}>
                使用新地址
              </Text>
            </View>
          ) : null}
          {picked === NEW ? (
            <View>
              <AddressForm value={f} onChange={setF} problems={problems} />
              <Text className={`ot-option choose-save-address${save ? ' ot-option--selected' : ''}`} aria-checked={save} {...controlProps('switch', () => setSave(!save))}>
                保存到我的地址簿
              </Text>
            </View>
          ) : null}
          <View className='choose__manage' {...controlProps('button', () => void Taro.navigateTo({ url: '/delivery/pages/addresses/index' }))}>
            管理地址簿
          </View>
        </View>
      ) : null}
      {problems.form ? (
        <View className='choose__problem' role='alert'>
          {problems.form}
        </View>
      ) : null}
      {problems.recipient ? (
        <View className='choose__problem' role='alert'>
          {problems.recipient}
        </View>
      ) : null}
      <Button className='ot-button choose-save' loading={saving} {...controlProps('button', () => void submit())}>
        确定
      </Button>
    </View>
  );
}
