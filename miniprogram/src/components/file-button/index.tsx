import { Text, View } from '@tarojs/components';
import type { TFileLink } from '@shared/schemas/catalog';
import { openFile } from '../../pages/guide/actions';
import { controlProps } from '../../utils/control-props';
import './index.scss';

/** 空白表格 / 填写样本 buttons under a material; each opens its document (see openFile for the platforms). */
export function FileButton({ file, label, kind }: { file: TFileLink; label: string; kind: string }) {
  return (
    <Text className={`guide-file guide-file--${kind}`} data-url={file.url} aria-label={`${label}：${file.name}`} {...controlProps('button', () => void openFile(file))}>
      {label}
    </Text>
  );
}

/** The blank form and sample of one material, when it has either. */
export function MaterialFiles({ blankForm, sample }: { blankForm: TFileLink | null; sample: TFileLink | null }) {
  if (!blankForm && !sample) return null;
  return (
    <View className='guide-files'>
      {blankForm ? <FileButton file={blankForm} label='空白表格' kind='blank' /> : null}
      {sample ? <FileButton file={sample} label='填写样本' kind='sample' /> : null}
    </View>
  );
}
