import { Button, Input, Picker, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { ApiError } from '@shared/errors';
import { ITEM_TYPE_LABELS, type TItemType } from '@shared/schemas/catalog-enums';
import A11yToggle from '../../../components/a11y-toggle';
import { ErrorView, LoadingView } from '../../../components/load-state';
import { useCall } from '../../../hooks/use-call';
import { pageClassName, useLargeFont } from '../../../hooks/use-large-font';
import { call } from '../../../services/request';
import { controlProps } from '../../../utils/control-props';
import { disabledIf } from '../../../utils/disabled';
import { LEVEL_LABEL } from '../catalog/labels';
import '../catalog/index.scss';

type Level = keyof typeof LEVEL_LABEL;

/**
 * 新建事项: identity (codes, department, type, level) and a name; the rest of the guide is filled in the editor,
 * which lists everything still missing before it can be published.
 */
export default function CatalogNewPage() {
  const [large, setLarge] = useLargeFont();
  const [home, retry] = useCall('home', {});
  const [name, setName] = useState('');
  const [implementationCode, setImplementationCode] = useState('');
  const [baseCode, setBaseCode] = useState('');
  const [deptIndex, setDeptIndex] = useState(-1);
  const [type, setType] = useState<TItemType>('PUBLIC_SERVICE');
  const [level, setLevel] = useState<Level>('CITY');
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  if (home.status === 'error') return <ErrorView className='catalog-error' error={home.error} onRetry={retry} />;
  if (home.status !== 'ready') return <LoadingView className='catalog-loading' />;
  const departments = home.data.departments;
  const dept = departments[deptIndex];

  const create = async () => {
    if (!dept) return setProblems(['请选择实施主体（部门）']);
    setBusy(true);
    setProblems([]);
    try {
      const created = await call('adminCreateItem', {
        body: {
          baseCode,
          implementationCode,
          departmentId: dept.id,
          regionCode: dept.regionCode,
          content: { name, type, level, handlingType: 'PROMISED', promisedLimit: 1, visitsNeeded: 0, channels: ['ONLINE'] },
        },
      });
      await Taro.redirectTo({ url: `/staff/pages/catalog-edit/index?versionId=${created.id}` });
    } catch (e) {
      const err = e instanceof ApiError ? e : null;
      setProblems(err?.details?.length ? err.details.map((d) => d.message) : [err?.message ?? '创建失败，请稍后重试']);
    } finally {
      setBusy(false);
    }
  };

  const field = (label: string, cls: string, value: string, set: (v: string) => void) => (
    <View className={`catalog-field ${cls}`}>
      <Text className='catalog-label'>{label}</Text>
      <Input className='catalog-input' value={value} maxlength={64} onInput={(e) => set(e.detail.value)} />
    </View>
  );

  return (
    <View className={pageClassName('catalog-new', large)}>
      <View className='catalog-header'>
        <View className='catalog-title' role='heading' aria-level={1}>
          新建事项
        </View>
        <A11yToggle on={large} onChange={setLarge} />
      </View>
      <View className='ot-section catalog-form'>
        {field('事项名称', 'catalog-new-name', name, setName)}
        {field('实施编码', 'catalog-new-code', implementationCode, setImplementationCode)}
        {field('基本编码', 'catalog-new-base', baseCode, setBaseCode)}
        <View className='catalog-field'>
          <Text className='catalog-label'>实施主体</Text>
          <Picker mode='selector' range={departments.map((d) => d.name)} value={Math.max(0, deptIndex)} onChange={(e) => setDeptIndex(Number(e.detail.value))}>
            <View className='catalog-input catalog-new-department'>{dept ? dept.name : '请选择部门'}</View>
          </Picker>
        </View>
        <View className='catalog-field'>
          <Text className='catalog-label'>事项类型</Text>
          <View className='catalog-checks' role='radiogroup' aria-label='事项类型'>
            {(Object.keys(ITEM_TYPE_LABELS) as TItemType[]).map((t) => (
              <Text key={t} className={`ot-option catalog-choice${type === t ? ' ot-option--selected' : ''}`} aria-checked={type === t} data-value={t} {...controlProps('radio', () => setType(t))}>
                {ITEM_TYPE_LABELS[t]}
              </Text>
            ))}
          </View>
        </View>
        <View className='catalog-field'>
          <Text className='catalog-label'>行使层级</Text>
          <View className='catalog-checks' role='radiogroup' aria-label='行使层级'>
            {(Object.keys(LEVEL_LABEL) as Level[]).map((l) => (
              <Text key={l} className={`ot-option catalog-choice${level === l ? ' ot-option--selected' : ''}`} aria-checked={level === l} data-value={l} {...controlProps('radio', () => setLevel(l))}>
                {LEVEL_LABEL[l]}
              </Text>
            ))}
          </View>
        </View>
        {problems.length ? (
          <View className='catalog-violations' role='alert'>
            {problems.map((p) => (
              <Text key={p} className='catalog-violation'>
                {p}
              </Text>
            ))}
          </View>
        ) : null}
        <Button className='ot-button catalog-new-submit' {...disabledIf(busy)} {...controlProps('button', () => void create())}>
          创建草稿
        </Button>
      </View>
    </View>
  );
}
