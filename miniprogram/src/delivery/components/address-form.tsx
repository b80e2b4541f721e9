import { Input, Text, View } from '@tarojs/components';
import { LoadingView } from '../../components/load-state';
import { useCall } from '../../hooks/use-call';
import { controlProps } from '../../utils/control-props';

/** The editable fields of a recipient and address; the region is picked county → township → village (optional). */
export interface AddressFields {
  name: string;
  phone: string;
  county: string;
  township: string;
  village: string;
  detail: string;
}

export const EMPTY_ADDRESS: AddressFields = { name: '', phone: '', county: '', township: '', village: '', detail: '' };

/** Fields from a saved recipient (its region code is a township (9 digits) or village (12)). */
export function fieldsOfRecipient(r: { name: string; phone: string; address: { regionCode: string; detail: string } }): AddressFields {
  const code = r.address.regionCode;
  return { name: r.name, phone: r.phone, county: code.slice(0, 6), township: code.slice(0, 9), village: code.length > 9 ? code : '', detail: r.address.detail };
}

/** The API's recipient input from the fields. */
export function recipientOf(f: AddressFields) {
  return { name: f.name.trim(), phone: f.phone.trim(), address: { regionCode: f.village || f.township, detail: f.detail.trim() } };
}

/** Recipient, phone, region down the tree and street; problems (by API field path) show under their field. */
export default function AddressForm({ value, onChange, problems }: { value: AddressFields; onChange: (f: AddressFields) => void; problems: Record<string, string> }) {
  const f = value;
  const [home] = useCall('home', {});
  const [townships] = useCall('regionChildren', f.county ? { query: { parent: f.county } } : null);
  const [villages] = useCall('regionChildren', f.township ? { query: { parent: f.township } } : null);
  const set = (k: 'name' | 'phone' | 'detail') => (e: { detail: { value: string } }) => onChange({ ...f, [k]: e.detail.value });
  const problem = (k: string) => (problems[k] ? <View className={`choose__problem choose__problem--${k.replace(/\./g, '-')}`} role='alert'>{problems[k]}</View> : null);
  const options = (items: { code: string; name: string }[], selected: string, label: string, cls: string, pick: (code: string) => void) => (
    <View className={`choose__choices ${cls}`} role='radiogroup' aria-label={label}>
      {items.map((r) => (
        <Text key={r.code} className={`ot-option ${cls}__option${selected === r.code ? ' ot-option--selected' : ''}`} aria-checked={selected === r.code} {...controlProps('radio', () => pick(r.code))}>
          {r.name}
        </Text>
      ))}
    </View>
  );
  return (
    <View className='address-form'>
      <Text className='choose__label'>收件人</Text>
      <Input className='choose__input choose-name' value={f.name} maxlength={20} placeholder='收件人姓名' aria-label='收件人' onInput={set('name')} />
      {problem('name')}
      <Text className='choose__label'>手机号码</Text>
      <Input className='choose__input choose-phone' type='number' value={f.phone} maxlength={11} placeholder='11位手机号' aria-label='手机号码' onInput={set('phone')} />
      {problem('phone')}
      <Text className='choose__label'>县区、乡镇（街道）、村（社区）</Text>
      {home.status === 'ready' ? options(home.data.counties, f.county, '县区', 'choose-county', (c) => onChange({ ...f, county: c, township: '', village: '' })) : <LoadingView />}
      {f.county && townships.status === 'ready' ? options(townships.data.items, f.township, '乡镇（街道）', 'choose-township', (t) => onChange({ ...f, township: t, village: '' })) : null}
      {f.township && villages.status === 'ready' && villages.data.items.length > 0 ? options(villages.data.items, f.village, '村（社区，可不选）', 'choose-village', (v) => onChange({ ...f, village: v })) : null}
      {problem('address.regionCode')}
      <Text className='choose__label'>详细地址</Text>
      <Input className='choose__input choose-detail' value={f.detail} maxlength={120} placeholder='街道、门牌号' aria-label='详细地址' onInput={set('detail')} />
      {problem('address.detail')}
    </View>
  );
}
