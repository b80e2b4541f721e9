import { Button, Input, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { ApiError } from '@shared/errors';
import type { TAdminVersion } from '@shared/schemas/catalog-admin';
import A11yToggle from '../../../components/a11y-toggle';
import { ErrorView, LoadingView } from '../../../components/load-state';
import { useCall } from '../../../hooks/use-call';
import { pageClassName, useLargeFont } from '../../../hooks/use-large-font';
import { call } from '../../../services/request';
import { controlProps } from '../../../utils/control-props';
import { disabledIf } from '../../../utils/disabled';
import { downloadAdminFile } from '../catalog/files';
import { STATUS_LABEL } from '../catalog/labels';
import { DraftFields, fromForm, toForm, type DraftForm } from './form';
import '../catalog/index.scss';

type Problem = { path: string; message: string };

/** Edit a draft (save, publish with every problem listed at once), or act on a published version. */
export default function CatalogEditPage() {
  const [large, setLarge] = useLargeFont();
  const router = useRouter();
  const [versionId, setVersionId] = useState(router.params.versionId ?? '');
  const [loaded, retry] = useCall('adminGetVersion', versionId ? { pathParams: { versionId } } : null);
  const [version, setVersion] = useState<TAdminVersion | null>(null);
  const [form, setForm] = useState<DraftForm | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [windowLabel, setWindowLabel] = useState('');
  const [retireReason, setRetireReason] = useState('');

  useEffect(() => {
    if (loaded.status === 'ready') {
      setVersion(loaded.data);
      setForm(toForm(loaded.data.content));
    }
  }, [loaded]);

  const run = async (what: () => Promise<void>) => {
    setBusy(true);
    setNotice(null);
    setProblems([]);
    try {
      await what();
    } catch (e) {
      const err = e instanceof ApiError ? e : new ApiError('INTERNAL', '操作失败，请稍后重试', 0);
      setNotice(err.message);
      setProblems(err.details ?? []);
    } finally {
      setBusy(false);
    }
  };

  const save = async (): Promise<TAdminVersion> => {
    const saved = await call('adminUpdateDraft', { pathParams: { versionId }, body: { revision: version!.revision, content: fromForm(form!) } });
    setVersion(saved);
    setForm(toForm(saved.content));
    return saved;
  };

  const publish = () =>
    run(async () => {
      const saved = await save();
      await call('adminPublishVersion', { pathParams: { versionId }, body: { revision: saved.revision } });
      setNotice('已发布，市民端即时可见');
      retry();
    });

  const newDraft = () =>
    run(async () => {
      const draft = await call('adminCreateDraft', { pathParams: { itemId: version!.item.id } });
      setVersionId(draft.id);
    });

  const retire = () =>
    run(async () => {
      if (!retireReason.trim()) {
        setNotice('请填写下线原因（市民打开该事项时会看到）');
        return;
      }
      const ok = await Taro.showModal({ title: '下线事项', content: '下线后市民将无法查看和申请该事项，已受理的办件不受影响。确定下线？' });
      if (!ok.confirm) return;
      await call('adminRetireItem', { pathParams: { itemId: version!.item.id }, body: { reason: retireReason.trim() } });
      setNotice('已下线');
      retry();
    });

  const poster = (format: 'png' | 'pdf') =>
    run(() => downloadAdminFile(`/admin/catalog/items/${version!.item.id}/poster`, { format, window: windowLabel.trim() || undefined }, `${version!.content.name}.${format}`));

  if (loaded.status === 'error') return <ErrorView className='catalog-error' error={loaded.error} onRetry={retry} />;
  if (!version || !form) return <LoadingView className='catalog-loading' />;
  const isDraft = version.status === 'DRAFT';
  const shown = problems.length ? problems : version.violations.map((v) => ({ path: v.field, message: v.message }));

  return (
    <View className={pageClassName('catalog-edit', large)}>
      <View className='catalog-header'>
        <View className='catalog-title' role='heading' aria-level={1}>
          {version.content.name || '新事项'}
        </View>
        <A11yToggle on={large} onChange={setLarge} />
      </View>
      <View className='ot-section'>
        <Text className={`catalog-status catalog-status--${version.status.toLowerCase()} catalog-edit-status`}>
          {STATUS_LABEL[version.status]} · 第{version.versionNo}版
        </Text>
        <Text className='catalog-row__meta'>
          {' '}
          {version.item.implementationCode} · {version.item.departmentName}
        </Text>
      </View>

      {notice ? (
        <View className='ot-section catalog-notice' role='alert'>
          {notice}
        </View>
      ) : null}
      {isDraft || problems.length ? (
        shown.length ? (
          <View className='ot-section catalog-violations' aria-label='发布前需修正的问题'>
            <Text className='catalog-label'>发布前需修正（共{shown.length}处）</Text>
            {shown.map((p) => (
              <Text key={`${p.path}:${p.message}`} className='catalog-violation' data-path={p.path}>
                {p.message}
              </Text>
            ))}
          </View>
        ) : (
          <View className='ot-section catalog-ready'>要素完整，可以发布</View>
        )
      ) : null}

      <DraftFields form={form} set={(patch) => setForm({ ...form, ...patch })} disabled={!isDraft || busy} />

      <View className='ot-section catalog-actions'>
        {isDraft ? (
          <>
            <Button className='ot-button catalog-save' {...disabledIf(busy)} {...controlProps('button', () => void run(async () => void (await save(), setNotice('已保存'))))}>
              保存草稿
            </Button>
            <Button className='ot-button catalog-publish' {...disabledIf(busy)} {...controlProps('button', () => void publish())}>
              保存并发布
            </Button>
          </>
        ) : (
          <Button className='ot-button catalog-new-draft' {...disabledIf(busy)} {...controlProps('button', () => void newDraft())}>
            创建新版本草稿
          </Button>
        )}
        {version.status === 'PUBLISHED' ? (
          <Input className='catalog-input catalog-retire-reason' value={retireReason} placeholder='下线原因（市民可见），如 已并入某一件事办理' maxlength={500} onInput={(e) => setRetireReason(e.detail.value)} />
        ) : null}
        {version.status === 'PUBLISHED' ? (
          <Button className='ot-button ot-button--secondary catalog-retire' {...disabledIf(busy)} {...controlProps('button', () => void retire())}>
            下线
          </Button>
        ) : null}
      </View>

      {version.status === 'PUBLISHED' ? (
        <View className='ot-section catalog-posters'>
          <Text className='catalog-label'>大厅海报（含小程序码和网页二维码）</Text>
          <Input className='catalog-input catalog-window' value={windowLabel} placeholder='窗口名称（可选），如 综合受理3号窗口' maxlength={20} onInput={(e) => setWindowLabel(e.detail.value)} />
          <View className='catalog-actions'>
            <Button className='ot-button ot-button--secondary catalog-poster-pdf' {...disabledIf(busy)} {...controlProps('button', () => void poster('pdf'))}>
              下载 PDF
            </Button>
            <Button className='ot-button ot-button--secondary catalog-poster-png' {...disabledIf(busy)} {...controlProps('button', () => void poster('png'))}>
              下载图片
            </Button>
          </View>
        </View>
      ) : null}
    </View>
  );
}
