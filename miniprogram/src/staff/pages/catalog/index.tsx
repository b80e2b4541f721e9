import { Button, Input, Picker, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { TAdminItemList } from '@shared/schemas/catalog-admin';
import A11yToggle from '../../../components/a11y-toggle';
import { EmptyView, ErrorView, LoadingView } from '../../../components/load-state';
import { useCall } from '../../../hooks/use-call';
import { pageClassName, useLargeFont } from '../../../hooks/use-large-font';
import { controlProps } from '../../../utils/control-props';
import { disabledIf } from '../../../utils/disabled';
import { downloadAdminFile } from './files';
import { STATUS_LABEL } from './labels';
import './index.scss';

type Status = keyof typeof STATUS_LABEL;
const FILTERS: (Status | null)[] = [null, 'DRAFT', 'PUBLISHED', 'RETIRED'];

/** 事项管理: the items the editor's grants reach, with the status of their latest version. */
export default function CatalogAdminPage() {
  const [large, setLarge] = useLargeFont();
  const [status, setStatus] = useState<Status | null>(null);
  const [q, setQ] = useState('');
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(1);
  const [list, retry] = useCall('adminListItems', { query: { status: status ?? undefined, q: query || undefined, page, pageSize: 20 } });
  const [message, setMessage] = useState<string | null>(null);
  const [home] = useCall('home', {});
  const departments = home.status === 'ready' ? home.data.departments : [];
  const [posterDept, setPosterDept] = useState(-1);

  const exportAll = async (format: 'xlsx' | 'csv') => {
    setMessage(null);
    try {
      await downloadAdminFile('/admin/catalog/export', { format }, `事项目录.${format}`);
    } catch (e) {
      setMessage((e as Error).message);
    }
  };

  const departmentPosters = async () => {
    const dept = departments[posterDept];
    if (!dept) return setMessage('请先选择部门');
    setMessage('正在生成海报，请稍候…');
    try {
      await downloadAdminFile('/admin/catalog/posters', { departmentId: dept.id, format: 'pdf' }, `${dept.name}-事项海报.zip`);
      setMessage(null);
    } catch (e) {
      setMessage((e as Error).message);
    }
  };

  return (
    <View className={pageClassName('catalog-admin', large)}>
      <View className='catalog-header'>
        <View className='catalog-title' role='heading' aria-level={1}>
          事项管理
        </View>
        <A11yToggle on={large} onChange={setLarge} />
      </View>

      <View className='ot-section catalog-toolbar'>
        <View className='catalog-search'>
          <Input className='catalog-input catalog-search-input' value={q} placeholder='按名称或实施编码查找' onInput={(e) => setQ(e.detail.value)} onConfirm={() => (setPage(1), setQuery(q.trim()))} />
          <Button className='ot-button catalog-search-button' {...controlProps('button', () => (setPage(1), setQuery(q.trim())))}>
            查找
          </Button>
        </View>
        <View className='catalog-filters' role='radiogroup' aria-label='按状态筛选'>
          {FILTERS.map((f) => (
            <Text
              key={f ?? 'all'}
              className={`ot-option catalog-filter${status === f ? ' ot-option--selected catalog-filter--selected' : ''}`}
              aria-checked={status === f}
              data-status={f ?? 'ALL'}
              {...controlProps('radio', () => (setPage(1), setStatus(f)))}
            >
              {f ? STATUS_LABEL[f] : '全部'}
            </Text>
          ))}
        </View>
        <View className='catalog-actions'>
          <Button className='ot-button catalog-new-link' {...controlProps('button', () => void Taro.navigateTo({ url: '/staff/pages/catalog-new/index' }))}>
            新建事项
          </Button>
          <Button className='ot-button catalog-import-link' {...controlProps('button', () => void Taro.navigateTo({ url: '/staff/pages/catalog-import/index' }))}>
            批量导入
          </Button>
          <Button className='ot-button ot-button--secondary catalog-export-xlsx' {...controlProps('button', () => void exportAll('xlsx'))}>
            导出 Excel
          </Button>
          <Button className='ot-button ot-button--secondary catalog-export-csv' {...controlProps('button', () => void exportAll('csv'))}>
            导出 CSV
          </Button>
        </View>
        <View className='catalog-actions catalog-dept-posters'>
          <Picker mode='selector' range={departments.map((d) => d.name)} value={Math.max(0, posterDept)} onChange={(e) => setPosterDept(Number(e.detail.value))}>
            <View className='catalog-input catalog-poster-department'>{departments[posterDept]?.name ?? '选择部门'}</View>
          </Picker>
          <Button className='ot-button ot-button--secondary catalog-dept-posters-download' {...controlProps('button', () => void departmentPosters())}>
            下载该部门全部海报
          </Button>
        </View>
        {message ? (
          <View className='catalog-message' role='alert'>
            {message}
          </View>
        ) : null}
      </View>

      {list.status === 'ready' ? (
        <ItemList data={list.data} page={page} onPage={setPage} />
      ) : list.status === 'error' ? (
        <ErrorView className='catalog-error' error={list.error} onRetry={retry} />
      ) : (
        <LoadingView className='catalog-loading' />
      )}
    </View>
  );
}

function ItemList({ data, page, onPage }: { data: TAdminItemList; page: number; onPage: (p: number) => void }) {
  if (data.items.length === 0) return <EmptyView className='catalog-empty' text='没有符合条件的事项' />;
  const pages = Math.max(1, Math.ceil(data.total / 20));
  return (
    <View className='ot-section catalog-list'>
      <Text className='ot-section__hint catalog-total'>共 {data.total} 项</Text>
      {data.items.map((item) => (
        <View
          key={item.itemId}
          className='catalog-row'
          data-code={item.implementationCode}
          {...controlProps('button', () => void Taro.navigateTo({ url: `/staff/pages/catalog-edit/index?versionId=${item.draftVersionId ?? item.latestVersionId}` }))}
        >
          <View className='catalog-row__main'>
            <Text className='catalog-row__name'>{item.name || '（未命名）'}</Text>
            <Text className='catalog-row__meta'>
              {item.implementationCode} · {item.departmentName}
            </Text>
            {item.retiredReason ? <Text className='catalog-row__meta catalog-row__retired'>下线原因：{item.retiredReason}</Text> : null}
          </View>
          <Text className={`catalog-status catalog-status--${item.status.toLowerCase()}`}>
            {STATUS_LABEL[item.status]} v{item.latestVersionNo}
          </Text>
        </View>
      ))}
      {pages > 1 ? (
        <View className='catalog-pager'>
          <Button className='ot-button ot-button--secondary' {...disabledIf(page <= 1)} {...controlProps('button', () => onPage(page - 1))}>
            上一页
          </Button>
          <Text>
            {page} / {pages}
          </Text>
          <Button className='ot-button ot-button--secondary' {...disabledIf(page >= pages)} {...controlProps('button', () => onPage(page + 1))}>
            下一页
          </Button>
        </View>
      ) : null}
    </View>
  );
}
