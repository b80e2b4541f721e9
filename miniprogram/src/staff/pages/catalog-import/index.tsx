import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { TImportReport } from '@shared/schemas/catalog-admin';
import PageHeader from '../../../components/page-header';
import { useBusyAction } from '../../../hooks/use-busy-action';
import { pageClassName, useLargeFont } from '../../../hooks/use-large-font';
import { controlProps } from '../../../utils/control-props';
import { disabledIf } from '../../../utils/disabled';
import { uploadCatalogue } from '../catalog/files';
import { pickCatalogueFile } from './pick-file';
import '../catalog/index.scss';

/**
 * 批量导入: upload a catalogue sheet in the national element layout; the report lists every bad row and column,
 * and nothing is written until the whole file is valid.
 */
export default function CatalogImportPage() {
  const [large, setLarge] = useLargeFont();
  const [mode, setMode] = useState<'draft' | 'publish'>('draft');
  const [file, setFile] = useState<{ name: string; data: ArrayBuffer } | null>(null);
  const [report, setReport] = useState<TImportReport | null>(null);
  const { busy, error, setError, run } = useBusyAction('上传失败，请稍后重试');

  const choose = async () => {
    setError(null);
    setReport(null);
    setFile(await pickCatalogueFile());
  };

  const upload = async () => {
    if (!file) return;
    await run(async () => setReport(await uploadCatalogue(file.data, mode)));
  };

  return (
    <View className={pageClassName('catalog-import', large)}>
      <PageHeader name='catalog' title='批量导入事项' large={large} onLarge={setLarge} />
      <View className='ot-section catalog-toolbar'>
        <Text className='catalog-label'>支持国家事项要素表（.xlsx：事项、申请材料、收费项目三个工作表）或“事项”表的 .csv。文件有任何错误时不会写入任何数据。</Text>
        <View className='catalog-filters' role='radiogroup' aria-label='导入方式'>
          {(['draft', 'publish'] as const).map((m) => (
            <Text key={m} className={`ot-option catalog-mode${mode === m ? ' ot-option--selected' : ''}`} aria-checked={mode === m} data-mode={m} {...controlProps('radio', () => setMode(m))}>
              {m === 'draft' ? '导入为草稿' : '导入并直接发布'}
            </Text>
          ))}
        </View>
        <View className='catalog-actions'>
          <Button className='ot-button ot-button--secondary catalog-choose' {...disabledIf(busy)} {...controlProps('button', () => void choose())}>
            {file ? `已选：${file.name}` : '选择文件'}
          </Button>
          <Button className='ot-button catalog-upload' {...disabledIf(busy || !file)} {...controlProps('button', () => void upload())}>
            {busy ? '正在导入…' : '开始导入'}
          </Button>
        </View>
        {error ? (
          <View className='catalog-message' role='alert'>
            {error}
          </View>
        ) : null}
      </View>
      {report ? <ImportReport report={report} /> : null}
    </View>
  );
}

function ImportReport({ report }: { report: TImportReport }) {
  if (report.ok) {
    return (
      <View className='ot-section catalog-ready catalog-report catalog-report--ok' role='status'>
        导入成功：共 {report.rows} 项，新增 {report.created} 项，更新 {report.updated} 项{report.mode === 'publish' ? `，已发布 ${report.published} 项` : '（均为草稿）'}。
      </View>
    );
  }
  return (
    <View className='ot-section catalog-violations catalog-report catalog-report--failed' role='alert'>
      <Text className='catalog-label'>
        未导入任何数据。发现 {report.errorCount} 处问题{report.errorCount > report.errors.length ? `（显示前 ${report.errors.length} 处）` : ''}，请修改后重新导入：
      </Text>
      {report.errors.map((e, i) => (
        <View key={i} className='catalog-report-row' data-row={e.row}>
          <Text className='catalog-report-where'>{e.row > 0 ? `${e.sheet} 第${e.row}行${e.column ? ` · ${e.column}` : ''}` : '文件'}</Text>
          <Text className='catalog-violation'>{e.message}</Text>
        </View>
      ))}
    </View>
  );
}
