import { Input, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';
import type { TActingFor, TApplication, TBundleApplication, TFormValues } from '@shared/schemas/application';
import A11yToggle from '../../components/a11y-toggle';
import { ErrorView, LoadingView } from '../../components/load-state';
import { useCall } from '../../hooks/use-call';
import { pageClassName, useLargeFont } from '../../hooks/use-large-font';
import { call } from '../../services/request';
import { isSignedIn } from '../../services/session';
import { newUploadId } from '../../services/upload';
import { controlProps } from '../../utils/control-props';
import { BundleDraft } from './bundle-draft';
import { MaterialRow, messageOf } from './material-row';
import { preloadSubscribe, subscribeAt } from '../../services/subscribe';
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
      <View className='apply-header'>
        <View className='apply-title' role='heading' aria-level={1}>
          {app ? app.item.name : bundle ? bundle.bundle.name : '在线申办'}
        </View>
        <A11yToggle on={large} onChange={setLarge} />
      </View>
      {problem ? (
        <View className='apply-problem' role='alert'>
          {problem}
        </View>
      ) : null}
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
      {problem ? (
        <View className='apply-problem' role='alert'>
          {problem}
        </View>
      ) : null}
      <View className={`ot-button apply-start${busy ? ' apply-start--busy' : ''}`} aria-disabled={busy} {...controlProps('button', () => !busy && start())}>
        {busy ? '正在创建…' : '开始填写'}
      </View>
    </View>
  );
}

function Draft({ app, onChange }: { app: TApplication; onChange: (a: TApplication) => void }) {
  const [form, setForm] = useState<TFormValues>(app.form);
  const [dirty, setDirty] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const key = useRef(newUploadId());
  useEffect(() => void preloadSubscribe('submit'), []);
  const [wallet] = useCall('meWallet', { query: { itemVersionId: app.item.versionId } });
  // Offer a wallet entry of the same material type (the wallet's matches name item materials, not case materials).
  const walletFor = (code: string | null) => (code && wallet.status === 'ready' ? (wallet.data.items.find((w) => w.materialType.code === code)?.id ?? null) : null);

  // Saves run one after another, each naming the version the previous one returned (a blur right after another
  // blur must not race it into a version conflict).
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const version = useRef(app.version);
  version.current = Math.max(version.current, app.version);
  const save = (): Promise<void> => {
    if (!dirty) return chain.current.then(() => undefined);
    setDirty(false);
    const values = form;
    const run = chain.current.then(async () => {
      const next = await call('applicationUpdate', { pathParams: { id: app.id }, body: { version: version.current, form: values } });
      version.current = next.version;
      setSaved('已自动保存');
      onChange(next);
    });
    chain.current = run.catch(() => undefined);
    return run.catch((e: unknown) => {
      setDirty(true);
      throw e;
    });
  };
  const saveQuietly = () => void save().catch((e: unknown) => setProblem(messageOf(e)));
  const submit = async () => {
    if (submitting) return;
    setSubmitting(true);
    setProblem(null);
    // First in the tap (WeChat's rule): subscribe to the messages that will follow the submission.
    await subscribeAt('submit');
    try {
      await save();
      const done = await call('applicationSubmit', { pathParams: { id: app.id }, headers: { 'Idempotency-Key': key.current } });
      await Taro.redirectTo({ url: `/pages/case/index?id=${done.id}` });
    } catch (e) {
      setProblem(messageOf(e));
      setSubmitting(false);
    }
  };
  const missing = app.materials.filter((m) => !m.provided).length;

  return (
    <View className='apply-draft'>
      <View className='ot-section apply-form'>
        <Text className='apply-section-title'>填写申请表</Text>
        {app.formFields.map((f) => (
          <View key={f.key} className={`ot-field apply-field apply-field--${f.key}`}>
            <Text className='ot-field__label'>
              {f.label}
              {f.required ? '（必填）' : ''}
            </Text>
            <Input
              className='ot-field__input'
              type={f.type === 'number' ? 'number' : 'text'}
              value={form[f.key] == null ? '' : String(form[f.key])}
              aria-label={f.label}
              maxlength={200}
              onInput={(e) => {
                setForm({ ...form, [f.key]: e.detail.value });
                setDirty(true);
                setSaved(null);
              }}
              onBlur={saveQuietly}
            />
          </View>
        ))}
        {saved ? (
          <View className='apply-saved' role='status'>
            {saved}
          </View>
        ) : null}
      </View>
      <View className='ot-section apply-materials'>
        <Text className='apply-section-title'>申请材料（{app.materials.length - missing}/{app.materials.length}）</Text>
        {app.materials.map((m) => (
          <MaterialRow key={m.id} applicationId={app.id} material={m} walletItemId={walletFor(m.materialTypeCode)} onChange={onChange} />
        ))}
      </View>
      {problem ? (
        <View className='apply-problem' role='alert'>
          {problem}
        </View>
      ) : null}
      <View className={`ot-button apply-submit${submitting ? ' apply-submit--busy' : ''}`} aria-disabled={submitting} {...controlProps('button', () => void submit())}>
        {submitting ? '正在提交…' : missing > 0 ? `提交申请（还差 ${missing} 项材料）` : '提交申请'}
      </View>
    </View>
  );
}
