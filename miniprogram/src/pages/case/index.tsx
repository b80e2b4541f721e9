import { Text, View } from '@tarojs/components';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';
import type { TMyCaseDetail } from '@shared/schemas/application';
import PageHeader from '../../components/page-header';
import { ErrorView, LoadingView } from '../../components/load-state';
import { useBusyAction } from '../../hooks/use-busy-action';
import { useCall } from '../../hooks/use-call';
import { pageClassName, useLargeFont } from '../../hooks/use-large-font';
import { call } from '../../services/request';
import { controlProps } from '../../utils/control-props';
import { ApplyProblem } from '../apply/draft-parts';
import { MaterialRow } from '../apply/material-row';
import { BundleCase } from './bundle-case';
import { CaseQr, Timeline } from './parts';
import FeedbackLinks from '../../components/feedback-links';
import CaseDelivery from '../../components/case-delivery';
import { preloadSubscribe, subscribeAt } from '../../services/subscribe';
import '../apply/index.scss';
import './index.scss';

/** 办件详情: status, expected and promised dates, the timeline, the window QR, and the one correction list. */
export default function CasePage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const bundleId = params.bundle ?? '';
  const [large, setLarge] = useLargeFont();
  const [detail, reload] = useCall('meCaseDetail', id ? { pathParams: { id } } : null);
  const [bundle, reloadBundle] = useCall('bundleApplicationGet', bundleId ? { pathParams: { id: bundleId } } : null);
  useDidShow(() => {
    if (bundleId) reloadBundle();
  });
  if (bundleId) {
    return (
      <View className={pageClassName('case', large)}>
        <PageHeader name='apply' title={bundle.status === 'ready' ? bundle.data.bundle.name : '一件事'} large={large} onLarge={setLarge} />
        {bundle.status === 'error' ? <ErrorView error={bundle.error} onRetry={reloadBundle} /> : bundle.status === 'ready' ? <BundleCase b={bundle.data} reload={reloadBundle} /> : <LoadingView text='正在加载办件…' />}
      </View>
    );
  }
  return (
    <View className={pageClassName('case', large)}>
      <PageHeader name='apply' title={detail.status === 'ready' ? detail.data.application.item.name : '办件详情'} large={large} onLarge={setLarge} />
      {detail.status === 'error' ? <ErrorView error={detail.error} onRetry={reload} /> : detail.status === 'ready' ? <CaseBody d={detail.data} reload={reload} /> : <LoadingView text='正在加载办件…' />}
    </View>
  );
}

function CaseBody({ d, reload }: { d: TMyCaseDetail; reload: () => void }) {
  const app = d.application;
  return (
    <View>
      <View className='ot-section case-status'>
        <Text className='case-status__label'>当前状态：{d.current.label}</Text>
        {app.number ? <Text className='case-status__line case-number'>办件编号：{app.number}</Text> : null}
        {d.current.dueDate ? <Text className='case-status__line case-due'>本步骤预计 {d.current.dueDate} 前完成</Text> : null}
        {d.promisedDueDate ? <Text className='case-status__line case-promised'>承诺办结日期：{d.promisedDueDate}</Text> : null}
        {app.status === 'DELIVERED' && d.deliveryMethod === 'WINDOW_PICKUP' ? <Text className='case-status__line case-picked-up'>结果已在窗口领取</Text> : null}
        {app.status !== 'DRAFT' ? (
          <Text className='case-status__line case-visits' data-visits={d.visitCount}>
            到现场次数：{d.visitCount} 次{d.visitCount <= 1 ? '（最多跑一次）' : ''}
          </Text>
        ) : null}
        {d.current.clock === 'PAUSED' ? <Text className='case-status__line case-paused'>计时已暂停（补正等期间不计入办理时限）</Text> : null}
        {app.status === 'DRAFT' ? (
          <View className='ot-button case-continue' {...controlProps('button', () => void Taro.navigateTo({ url: `/pages/apply/index?id=${app.id}` }))}>
            继续填写
          </View>
        ) : null}
      </View>
      {d.correction ? <Correction d={d} reload={reload} /> : null}
      {app.status !== 'DRAFT' ? <CaseQr id={app.id} /> : null}
      <Timeline steps={d.timeline} />
      <CaseDelivery caseId={app.id} status={app.status} />
      <CaseActions d={d} reload={reload} />
      <FeedbackLinks caseId={app.id} status={app.status} />
    </View>
  );
}

/**
 * 撤回申请 (only while the shared transition table allows it: before acceptance) and 删除草稿 (a draft goes with
 * its files). Both ask first: neither can be undone.
 */
function CaseActions({ d, reload }: { d: TMyCaseDetail; reload: () => void }) {
  const app = d.application;
  const { busy, error: problem, run } = useBusyAction('操作失败，请稍后重试');
  const canWithdraw = d.allowedActions.includes('withdraw');
  const isDraft = app.status === 'DRAFT';
  if (!canWithdraw && !isDraft) return null;

  const confirmThenRun = async (title: string, content: string, confirmText: string, act: () => Promise<void>) => {
    if (busy) return;
    const { confirm } = await Taro.showModal({ title, content, confirmText, confirmColor: '#b42318', cancelText: '再想想' });
    if (!confirm) return;
    await run(act);
  };
  const withdraw = () =>
    confirmThenRun('撤回申请', '撤回后部门将不再审查这份申请，如需办理要重新申请。确定撤回吗？', '确定撤回', async () => {
      await call('applicationWithdraw', { pathParams: { id: app.id }, body: {} });
      void Taro.showToast({ title: '申请已撤回', icon: 'success' });
      reload();
    });
  const remove = () =>
    confirmThenRun('删除草稿', '草稿和已上传的材料文件都将删除，且无法恢复。确定删除吗？', '确定删除', async () => {
      await call('applicationDelete', { pathParams: { id: app.id } });
      void Taro.showToast({ title: '草稿已删除', icon: 'success' });
      await Taro.redirectTo({ url: '/pages/cases/index' });
    });

  return (
    <View className='ot-section case-actions'>
      <ApplyProblem problem={problem} />
      {canWithdraw ? (
        <View className='ot-button ot-button--secondary case-withdraw' aria-disabled={busy} {...controlProps('button', () => void withdraw())}>
          撤回申请
        </View>
      ) : null}
      {isDraft ? (
        <View className='ot-button ot-button--secondary case-delete-draft' aria-disabled={busy} {...controlProps('button', () => void remove())}>
          删除草稿
        </View>
      ) : null}
      <Text className='apply-hint'>{canWithdraw ? '受理前可以撤回申请。' : '删除后无法恢复。'}</Text>
    </View>
  );
}

/** The open correction notice: one list of everything to fix, with re-upload per material, and one resubmit. */
function Correction({ d, reload }: { d: TMyCaseDetail; reload: () => void }) {
  const c = d.correction;
  const [app, setApp] = useState(d.application);
  const { busy, error: problem, run } = useBusyAction('操作失败，请稍后重试');
  const sent = useRef(false);
  useEffect(() => void preloadSubscribe('resubmit'), []);
  if (!c) return null;
  const canResubmit = d.allowedActions.includes('resubmit');
  const resubmit = () => {
    if (busy || sent.current) return;
    return run(async () => {
      await subscribeAt('resubmit');
      await call('applicationResubmit', { pathParams: { id: app.id } });
      sent.current = true;
      void Taro.showToast({ title: '补正材料已提交', icon: 'success' });
      reload();
    });
  };
  return (
    <View className='ot-section case-correction' role='region' aria-label='补正告知'>
      <Text className='apply-section-title'>需要补正（第 {c.round} 次告知）</Text>
      {c.message ? <Text className='apply-hint case-correction__message'>{c.message}</Text> : null}
      {c.respondByDate ? <Text className='apply-hint'>请在 {c.respondByDate} 前提交补正材料</Text> : null}
      {c.items.map((item, i) => {
        const m = app.materials.find((x) => x.id === item.materialId);
        return m ? (
          <MaterialRow key={`${m.id}-${i}`} applicationId={app.id} material={{ ...m, commonMistakes: item.commonMistakes ?? m.commonMistakes }} reason={item.reason} onChange={setApp} />
        ) : (
          <View key={`other-${i}`} className='apply-material'>
            <Text className='apply-material__name'>{item.materialName ?? '其他'}</Text>
            <Text className='apply-material__reason'>需补正：{item.reason}</Text>
            {item.requirement ? <Text className='apply-material__mistakes'>要求：{item.requirement}</Text> : null}
          </View>
        );
      })}
      <ApplyProblem problem={problem} />
      {canResubmit ? (
        <View className={`ot-button case-resubmit${busy ? ' apply-submit--busy' : ''}`} aria-disabled={busy} {...controlProps('button', () => void resubmit())}>
          {busy ? '正在提交…' : '提交补正材料'}
        </View>
      ) : null}
    </View>
  );
}
