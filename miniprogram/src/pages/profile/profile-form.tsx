import { Button, Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { TIdType, TProfileInput, TRealNameProfile } from '@shared/schemas/identity';
import { ApiError } from '@shared/errors';
import { LoadingView } from '../../components/load-state';
import { useCall } from '../../hooks/use-call';
import { call } from '../../services/request';
import { controlProps } from '../../utils/control-props';

const ID_TYPES: [TIdType, string][] = [
  ['RESIDENT_ID_CARD', '居民身份证'],
  ['HK_MACAO_PERMIT', '港澳通行证'],
  ['TAIWAN_PERMIT', '台湾通行证'],
  ['PASSPORT', '护照'],
  ['FOREIGN_PERMANENT_RESIDENT', '外国人永居证'],
];

type Fields = { name: string; idType: TIdType; idNumber: string; phone: string; county: string; township: string; detail: string };

function fieldsOf(p: TRealNameProfile | null): Fields {
  return {
    name: p?.name ?? '',
    idType: p?.idType ?? 'RESIDENT_ID_CARD',
    idNumber: p?.idNumber ?? '',
    phone: p?.phone ?? '',
    county: p?.address?.regionCode?.slice(0, 6) ?? '',
    township: p?.address?.regionCode?.slice(0, 9) ?? '',
    detail: p?.address?.detail ?? '',
  };
}

/** The real-name form. Field problems (wrong check digit, bad phone…) come back per field and show under it. */
export default function ProfileForm(props: { profile: TRealNameProfile | null; onSaved: () => void }) {
  const [f, setF] = useState<Fields>(() => fieldsOf(props.profile));
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const [home] = useCall('home', {});
  const [townships] = useCall('regionChildren', f.county ? { query: { parent: f.county } } : null);
  const set = (k: keyof Fields) => (e: { detail: { value: string } }) => setF({ ...f, [k]: e.detail.value });

  const save = async () => {
    setSaving(true);
    setProblems({});
    const body: TProfileInput = {
      name: f.name.trim(),
      idType: f.idType,
      idNumber: f.idNumber,
      ...(f.phone.trim() ? { phone: f.phone.trim() } : {}),
      ...(f.township ? { address: { regionCode: f.township, detail: f.detail } } : {}),
    };
    try {
      await call('meProfileUpdate', { body });
      props.onSaved();
    } catch (err) {
      const e = err instanceof ApiError ? err : undefined;
      const map: Record<string, string> = {};
      for (const d of e?.details ?? []) map[d.path.replace(/^body\./, '')] = d.message;
      if (Object.keys(map).length === 0) map.form = e?.message ?? '保存失败，请稍后再试';
      setProblems(map);
    } finally {
      setSaving(false);
    }
  };

  const problem = (k: string) => (problems[k] ? <View className={`profile-form__problem profile-form__problem--${k.replace(/\./g, '-')}`} role='alert'>{problems[k]}</View> : null);
  const field = (k: 'name' | 'idNumber' | 'phone' | 'detail', label: string, opts: { type?: 'text' | 'number' | 'idcard'; max: number; placeholder: string }) => (
    <View className={`profile-form__field profile-form__field--${k}`}>
      <Text className='profile-form__label'>{label}</Text>
      <Input className={`profile-form__input profile-${k}`} type={opts.type ?? 'text'} value={f[k]} maxlength={opts.max} placeholder={opts.placeholder} aria-label={label} onInput={set(k)} />
      {problem(k === 'detail' ? 'address.detail' : k)}
    </View>
  );

  return (
    <View className='ot-section profile-form'>
      <View className='ot-section__title' role='heading' aria-level={2}>
        {props.profile ? '修改实名信息' : '填写实名信息'}
      </View>
      {field('name', '姓名', { max: 50, placeholder: '与证件一致' })}
      <View className='profile-form__field'>
        <Text className='profile-form__label'>证件类型</Text>
        <View className='profile-form__choices' role='radiogroup' aria-label='证件类型'>
          {ID_TYPES.map(([t, label]) => (
            <Text key={t} className={`ot-option profile-idtype${f.idType === t ? ' ot-option--selected' : ''}`} aria-checked={f.idType === t} {...controlProps('radio', () => setF({ ...f, idType: t }))}>
              {label}
            </Text>
          ))}
        </View>
      </View>
      {field('idNumber', '证件号码', { type: f.idType === 'RESIDENT_ID_CARD' ? 'idcard' : 'text', max: 40, placeholder: '18位身份证号码' })}
      {field('phone', '手机号码', { type: 'number', max: 11, placeholder: '11位手机号' })}
      <View className='profile-form__field'>
        <Text className='profile-form__label'>居住地（县区、乡镇）</Text>
        {home.status === 'ready' ? (
          <View className='profile-form__choices profile-county' role='radiogroup' aria-label='县区'>
            {home.data.counties.map((c) => (
              <Text key={c.code} className={`ot-option profile-county__option${f.county === c.code ? ' ot-option--selected' : ''}`} aria-checked={f.county === c.code} {...controlProps('radio', () => setF({ ...f, county: c.code, township: '' }))}>
                {c.name}
              </Text>
            ))}
          </View>
        ) : (
          <LoadingView />
        )}
        {f.county && townships.status === 'ready' ? (
          <View className='profile-form__choices profile-township' role='radiogroup' aria-label='乡镇（街道）'>
            {townships.data.items.map((t) => (
              <Text key={t.code} className={`ot-option profile-township__option${f.township === t.code ? ' ot-option--selected' : ''}`} aria-checked={f.township === t.code} {...controlProps('radio', () => setF({ ...f, township: t.code }))}>
                {t.name}
              </Text>
            ))}
          </View>
        ) : null}
        {problem('address.regionCode')}
      </View>
      {f.township ? field('detail', '详细地址', { max: 120, placeholder: '街道、门牌号' }) : null}
      {problem('form')}
      <Button className='ot-button profile-save' loading={saving} {...controlProps('button', () => void save())}>
        保存实名信息
      </Button>
    </View>
  );
}
