import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { TApplication } from '@shared/schemas/application';
import { ApiError } from '@shared/errors';
import { choosePhotos } from '../../services/choose-file';
import { call } from '../../services/request';
import { uploadFromPhone } from '../../services/upload';
import { controlProps } from '../../utils/control-props';

type Material = Pick<TApplication['materials'][number], 'id' | 'name' | 'provided' | 'files' | 'walletItemId' | 'commonMistakes'>;
type Supply = { fileIds: string[] } | { walletItemId: string };

/** Message of a failed call, in Chinese. */
export function messageOf(err: unknown): string {
  return err instanceof ApiError ? err.message : '操作失败，请稍后重试';
}

/**
 * One material of an application: what was handed in, a take-photo/choose-file button (upload with progress),
 * and the wallet entry on offer. Calls onChange with the application after the material was set; a 一件事 bundle
 * passes `save` instead (its shared material goes to every part that needs it).
 */
export function MaterialRow(props: {
  material: Material;
  walletItemId?: string | null;
  reason?: string | null;
  /** Who needs it, for a bundle's shared material. */
  note?: string | null;
} & ({ applicationId: string; onChange: (app: TApplication) => void } | { save: (body: Supply) => Promise<void> })) {
  const { material: m } = props;
  const [progress, setProgress] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const supply = async (body: Supply) => {
    if ('save' in props) return props.save(body);
    const app = await call('applicationMaterialSet', { pathParams: { id: props.applicationId, materialId: m.id }, body });
    props.onChange(app);
  };
  const upload = async () => {
    setProblem(null);
    let picked;
    try {
      picked = await choosePhotos(3);
    } catch {
      return; // cancelled
    }
    if (picked.length === 0) return;
    try {
      setProgress(0);
      const ids: string[] = [];
      for (const f of picked) ids.push((await uploadFromPhone(f.path, { kind: f.kind, name: f.name, onProgress: setProgress })).id);
      await supply({ fileIds: ids });
      void Taro.showToast({ title: '已上传', icon: 'success' });
    } catch (err) {
      setProblem(messageOf(err));
    } finally {
      setProgress(null);
    }
  };
  const takeFromWallet = (walletItemId: string) => void supply({ walletItemId }).catch((err: unknown) => setProblem(messageOf(err)));

  return (
    <View className={`apply-material${m.provided ? ' apply-material--done' : ''}`} data-material={m.id} data-files={m.files.map((f) => f.id).join(',')}>
      <Text className='apply-material__name'>{m.name}</Text>
      <Text className='apply-material__state'>{m.provided ? (m.files.length > 0 ? `已上传 ${m.files.length} 个文件` : '已从材料库提供') : '尚未提供'}</Text>
      {props.note ? <Text className='apply-material__mistakes apply-material__note'>{props.note}</Text> : null}
      {props.reason ? <Text className='apply-material__reason'>需补正：{props.reason}</Text> : null}
      {m.commonMistakes ? <Text className='apply-material__mistakes'>常见错误：{m.commonMistakes}</Text> : null}
      <View className='apply-material__actions'>
        <Text className='ot-button ot-button--secondary apply-material__upload' aria-label={`为“${m.name}”拍照或选择图片`} {...controlProps('button', () => void upload())}>
          {m.provided ? '重新上传' : '拍照/选择图片'}
        </Text>
        {props.walletItemId && props.walletItemId !== m.walletItemId ? (
          <Text className='ot-button ot-button--secondary apply-material__wallet' {...controlProps('button', () => takeFromWallet(props.walletItemId ?? ''))}>
            使用材料库中的材料
          </Text>
        ) : null}
      </View>
      {progress !== null ? (
        <View className='apply-material__progress' role='status' aria-live='polite'>
          正在上传 {progress}%
        </View>
      ) : null}
      {problem ? (
        <View className='apply-material__problem' role='alert'>
          {problem}
        </View>
      ) : null}
    </View>
  );
}
