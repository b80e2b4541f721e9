import { Button, Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import { ApiError } from '@shared/errors';
import PageHeader from '../../../components/page-header';
import { EmptyView, ErrorView, LoadingView } from '../../../components/load-state';
import { useCall } from '../../../hooks/use-call';
import { pageClassName, useLargeFont } from '../../../hooks/use-large-font';
import { call } from '../../../services/request';
import { controlProps } from '../../../utils/control-props';
import AddressForm, { EMPTY_ADDRESS, fieldsOfRecipient, recipientOf, type AddressFields } from '../../components/address-form';
import '../../../pages/apply/index.scss';
import '../choose/index.scss';

/** 我的地址簿: saved addresses (masked in the list), add, edit (the owner sees the full address), delete, default. */
export default function AddressesPage() {
  const [large, setLarge] = useLargeFont();
  const [book, reload] = useCall('meAddresses', {});
  useDidShow(reload);
  // null: no form; 'new': adding; an id: editing that address.
  const [editing, setEditing] = useState<string | null>(null);
  const [f, setF] = useState<AddressFields>(EMPTY_ADDRESS);
  const [isDefault, setIsDefault] = useState(false);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  const fail = (err: unknown) => {
    const e = err instanceof ApiError ? err : undefined;
    const map: Record<string, string> = {};
    for (const d of e?.details ?? []) map[d.path.replace(/^body\./, '')] = d.message;
    if (Object.keys(map).length === 0) map.form = e?.message ?? '操作失败，请稍后再试';
    setProblems(map);
  };
  const startAdd = () => {
    setEditing('new');
    setF(EMPTY_ADDRESS);
    setIsDefault(false);
    setProblems({});
  };
  const startEdit = async (id: string) => {
    try {
      const a = await call('meAddress', { pathParams: { id } });
      setEditing(id);
      setF(fieldsOfRecipient(a.recipient));
      setIsDefault(a.isDefault);
      setProblems({});
    } catch (e) {
      fail(e);
    }
  };
  const save = async () => {
    if (busy || !editing) return;
    setBusy(true);
    setProblems({});
    try {
      const body = { ...recipientOf(f), isDefault };
      if (editing === 'new') await call('meAddressCreate', { body });
      else await call('meAddressUpdate', { pathParams: { id: editing }, body });
      setEditing(null);
      void Taro.showToast({ title: '地址已保存', icon: 'success' });
      reload();
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };
  const remove = async (id: string) => {
    const { confirm } = await Taro.showModal({ title: '删除地址', content: '确定删除这个地址吗？已寄出的邮件不受影响。', confirmText: '删除', confirmColor: '#b42318', cancelText: '取消' });
    if (!confirm) return;
    try {
      await call('meAddressDelete', { pathParams: { id } });
      reload();
    } catch (e) {
      fail(e);
    }
  };

  return (
    <View className={pageClassName('addresses', large)}>
      <PageHeader name='apply' title='我的地址簿' large={large} onLarge={setLarge} />
      {problems.form ? (
        <View className='choose__problem' role='alert'>
          {problems.form}
        </View>
      ) : null}
      {editing ? (
        <View className='ot-section address-edit'>
          <View className='ot-section__title' role='heading' aria-level={2}>
            {editing === 'new' ? '新增地址' : '修改地址'}
          </View>
          <AddressForm value={f} onChange={setF} problems={problems} />
          <Text className={`ot-option address-default${isDefault ? ' ot-option--selected' : ''}`} aria-checked={isDefault} {...controlProps('switch', () => setIsDefault(!isDefault))}>
            设为默认地址
          </Text>
          <Button className='ot-button address-save' loading={busy} {...controlProps('button', () => void save())}>
            保存
          </Button>
          <View className='ot-button ot-button--secondary address-cancel' {...controlProps('button', () => setEditing(null))}>
            取消
          </View>
        </View>
      ) : (
        <View className='ot-button address-add' {...controlProps('button', startAdd)}>
          新增地址
        </View>
      )}
      {book.status === 'error' ? (
        <ErrorView error={book.error} onRetry={reload} />
      ) : book.status !== 'ready' ? (
        <LoadingView />
      ) : book.data.items.length === 0 ? (
        <EmptyView text='还没有保存的地址。选择邮寄送达时填写的地址会保存在这里。' />
      ) : (
        <View role='list'>
          {book.data.items.map((a) => (
            <View key={a.id} className='ot-section address-entry' role='listitem'>
              <Text className='order__line address-entry__who'>
                {a.recipientNameMasked} {a.phoneMasked}
                {a.isDefault ? '（默认）' : ''}
              </Text>
              <Text className='order__line address-entry__where'>{a.addressMasked}</Text>
              <View className='choose__choices'>
                <Text className='ot-option address-entry__edit' {...controlProps('button', () => void startEdit(a.id))}>
                  修改
                </Text>
                <Text className='ot-option address-entry__delete' {...controlProps('button', () => void remove(a.id))}>
                  删除
                </Text>
              </View>
            </View>
          ))}
        </View>
      )}
    </View>
  );
}
