import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';
import type { TActingFor, TApplication, TBundleApplication } from '@shared/schemas/application';
import PageHeader from '../../components/page-header';
import { ErrorView, LoadingView } from '../../components/load-state';
import { useCall } from '../../hooks/use-call';
import { pageClassName, useLargeFont } from '../../hooks/use-large-font';
import { call } from '../../services/request';
import { isSignedIn } from '../../services/session';
import { controlProps } from '../../utils/control-props';
import { BundleDraft } from './bundle-draft';
import { ApplyProblem, DraftForm, DraftSubmit, useDraft } from './draft-parts';
import { MaterialRow, messageOf } from './material-row';
import { preloadSubscribe } from '../../services/subscribe';
import './index.scss';

/**
 * 在线申办: choose whom the application is for, then the item's form and tailored material list, saved as you go,
 * and one submit (a double tap or a retry makes one submission: the Idempotency-Key is kept for the page).
 * Opened with ?code= (a new draft) or ?id= (continue a draft); a 一件事 bundle with ?bundle=<code> (new) or
 * ?bundleId= (continue): one form, one merged material list, one submission fanned out to the departments.
 */
export default function ApplyPage() {
  const { params } = useRouter();
  const [large, setLarge] = useLargeFont();
  const [app, setApp] = useState<TApplication | null>(null);
  const [bundle, setBundle] = useState<TBundleApplication | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const signedIn = isSignedIn();

  useEffect(() => {
    if (!signedIn) void Taro.redirectTo({ url: '/pages/login/index' });
    else if (params.id) call('meCaseDetail', { pathParams: { id: params.id } }).then((d) => setApp(d.application), (e: unknown) => setProblem(messageOf(e)));
    else if (params.bundleId) call('bundleApplicationGet', { pathParams: { id: params.bundleId } }).then(setBundle, (e: unknown) => setProblem(messageOf(e)));
  }, [signedIn, params.id, params.bundleId]);
  const createItem = (code: string) => (actingFor: TActingFor) => call('applicationCreate', { body: { itemCode: code, actingFor } }).then(setApp);
  const createBundle = (code: string) => (actingFor: TActingFor) => call('bundleApplicationCreate', { body: { bundleCode: code, actingFor } }).then(setBundle);

  return (
    <View className={pageClassName('apply', large)}>
      <PageHeader name='apply' title={app ? app.item.name : bundle ? bundle.bundle.name : '在线申办'} large={large} onLarge={setLarge} />
      <ApplyProblem problem={problem} />
      {!signedIn ? (
        <LoadingView text='请先登录…' />
      ) : app ? (
        <Draft app={app} onChange={setApp} />
      ) : bundle ? (
        <BundleDraft b={bundle} onChange={setBundle} />
      ) : params.code ? (
        <Start create={createItem(params.code)} />
      ) : params.bundle ? (
        <Start create={createBundle(params.bundle)} />
      ) : params.id || params.bundleId ? (
        <LoadingView />
      ) : null}
    </View>
  );
}

/** Acting-for choice (GET /me/identities), then the draft is created (POST /applications or /bundle-applications). */
function Start({ create }: { create: (actingFor: TActingFor) => Promise<void> }) {
  const [ids, reload] = useCall('meIdentities', {});
  const [chosen, setChosen] = useState(0);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  if (ids.status === 'error') return <ErrorView error={ids.error} onRetry={reload} />;
  if (ids.status !== 'ready') return <LoadingView text='正在加载办事身份…' />;
  const items = ids.data.items;
  const start = () => {
    const who = items[chosen];
    const actingFor: TActingFor = !who || who.kind === 'SELF' ? { kind: 'SELF' } : { kind: who.kind, id: who.id };
    setBusy(true);
    setProblem(null);
    create(actingFor).catch((e: unknown) => {
      setProblem(messageOf(e));
      setBusy(false);
    });
  };
  return (
    <View className='ot-section apply-acting'>
      <Text className='apply-section-title'>为谁办理</Text>
      {items.length === 0 ? <Text className='apply-hint'>请先在“实名信息”中完善本人信息。</Text> : null}
      <View role='radiogroup' aria-label='为谁办理'>
        {items.map((who, i) => (
          <View key={`${who.kind}-${who.id}`} className={`apply-acting__option${i === chosen ? ' apply-acting__option--on' : ''}`} aria-checked={i === chosen} {...controlProps('radio', () => setChosen(i))}>
            <Text>
              {i === chosen ? '◉ ' : '○ '}
              {who.kind === 'SELF' ? `本人（${who.name}）` : who.name}
            </Text>
          </View>
        ))}
      </View>
      <ApplyProblem problem={problem} />
      <View className={`ot-button apply-start${busy ? ' apply-start--busy' : ''}`} aria-disabled={busy} {...controlProps('button', () => !busy && start())}>
        {busy ? '正在创建…' : '开始填写'}
      </View>
    </View>
  );
}

function Draft({ app, onChange }: { app: TApplication; onChange: (a: TApplication) => void }) {
  const [saved, setSaved] = useState<string | null>(null);
  // Each save names the version the previous one returned.
  const version = useRef(app.version);
  version.current = Math.max(version.current, app.version);
  const draft = useDraft(
    app.form,
    async (form) => {
      const next = await call('applicationUpdate', { pathParams: { id: app.id }, body: { version: version.current, form } });
      version.current = next.version;
      setSaved('已自动保存');
      onChange(next);
    },
    async (key) => {
      const done = await call('applicationSubmit', { pathParams: { id: app.id }, headers: { 'Idempotency-Key': key } });
      return `/pages/case/index?id=${done.id}`;
    },
  );
  useEffect(() => void preloadSubscribe('submit'), []);
  const [wallet] = useCall('meWallet', { query: { itemVersionId: app.item.versionId } });
  // Offer a wallet entry of the same material type (the wallet's matches name item materials, not case materials).
  const walletFor = (code: string | null) => (code && wallet.status === 'ready' ? (wallet.data.items.find((w) => w.materialType.code === code)?.id ?? null) : null);
  const edit = (field: string, value: string) => {
    draft.edit(field, value);
    setSaved(null);
  };
  const missing = app.materials.filter((m) => !m.provided).length;

  return (
    <View className='apply-draft'>
      <DraftForm title='填写申请表' fields={app.formFields} form={draft.form} onEdit={edit} onBlur={draft.saveQuietly}>
        {saved ? (
          <View className='apply-saved' role='status'>
            {saved}
          </View>
        ) : null}
      </DraftForm>
      <View className='ot-section apply-materials'>
        <Text className='apply-section-title'>申请材料（{app.materials.length - missing}/{app.materials.length}）</Text>
        {app.materials.map((m) => (
          <MaterialRow key={m.id} applicationId={app.id} material={m} walletItemId={walletFor(m.materialTypeCode)} onChange={onChange} />
        ))}
      </View>
      <DraftSubmit problem={draft.problem} submitting={draft.submitting} missing={missing} ready='提交申请' onSubmit={() => void draft.submit()} />
    </View>
  );
}
