import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { bundleWithdrawal } from '@shared/domain/case/rules';
import type { TBundleApplication } from '@shared/schemas/application';
import { useBusyAction } from '../../hooks/use-busy-action';
import { call } from '../../services/request';
import { controlProps } from '../../utils/control-props';
import { ApplyProblem } from '../apply/draft-parts';
import { messageOf } from '../apply/material-row';

/**
 * A 一件事 case as the citizen sees it: ONE status (derived from the parts: the least advanced part still going on)
 * and each department's part with its own status. A part waiting for a correction is shown first in words, and a
 * tap opens that part's page with its one correction list, timeline and window QR.
 */
export function BundleCase({ b, reload }: { b: TBundleApplication; reload: () => void }) {
  const toFix = b.parts.filter((p) => p.status === 'CORRECTION_REQUIRED');
  const remove = async () => {
    const { confirm } = await Taro.showModal({ title: '删除草稿', content: '草稿和已上传的材料文件都将删除，且无法恢复。确定删除吗？', confirmText: '确定删除', confirmColor: '#b42318', cancelText: '再想想' });
    if (!confirm) return;
    try {
      await call('bundleApplicationDelete', { pathParams: { id: b.id } });
      void Taro.showToast({ title: '草稿已删除', icon: 'success' });
      await Taro.redirectTo({ url: '/pages/cases/index' });
    } catch (e) {
      void Taro.showToast({ title: messageOf(e), icon: 'none' });
    }
  };
  return (
    <View>
      <View className='ot-section case-status'>
        <Text className='case-status__label'>当前状态：{b.statusLabel}</Text>
        <Text className='case-status__line'>一件事：{b.parts.length}个部门同时审核，全部办结后一次领取结果</Text>
        {toFix.length > 0 ? (
          <View className='case-status__line case-bundle__to-fix' role='alert'>
            {toFix.map((p) => p.departmentName).join('、')}要求补正材料，请点下方对应事项查看补正清单
          </View>
        ) : null}
        {b.partial ? <Text className='case-status__line case-paused'>部分事项已撤回或不予受理，其余事项继续办理</Text> : null}
        {b.status === 'DRAFT' ? (
          <View className='ot-button case-continue' {...controlProps('button', () => void Taro.navigateTo({ url: `/pages/apply/index?bundleId=${b.id}` }))}>
            继续填写
          </View>
        ) : null}
        {b.status === 'DRAFT' ? (
          <View className='ot-button ot-button--secondary case-delete-draft' {...controlProps('button', () => void remove())}>
            删除草稿
          </View>
        ) : null}
      </View>
      <BundleWithdraw b={b} reload={reload} />
      <View className='ot-section case-bundle__parts' role='list' aria-label='各部门办理情况'>
        <Text className='apply-section-title'>各部门办理情况</Text>
        {b.parts.map((p) => (
          <View
            key={p.id}
            className={`cases-item case-bundle__part case-bundle__part--${p.status}`}
            role='listitem'
            data-case={p.id}
            {...controlProps('button', () => void Taro.navigateTo({ url: `/pages/case/index?id=${p.id}` }))}
          >
            <Text className='apply-material__name'>{p.itemName}</Text>
            <Text className='apply-material__state'>
              {p.departmentName} · {p.statusLabel}
              {p.number ? ` · ${p.number}` : ''}
              {p.dueDate ? ` · 预计 ${p.dueDate} 前` : ''}
            </Text>
          </View>
        ))}
      </View>
    </View>
  );
}

/**
 * 撤回整个“一件事”: offered only while the shared rule allows it (no part accepted yet), and asked first: it
 * cannot be undone and every department stops reviewing.
 */
function BundleWithdraw({ b, reload }: { b: TBundleApplication; reload: () => void }) {
  const { busy, error: problem, run } = useBusyAction('操作失败，请稍后重试');
  const rule = bundleWithdrawal(b.parts.map((p) => ({ id: p.id, name: p.itemName, status: p.status })));
  if (rule.kind !== 'allowed') return null;
  const withdraw = async () => {
    if (busy) return;
    const { confirm } = await Taro.showModal({
      title: '撤回申请',
      content: `撤回后${rule.partIds.length}个事项的部门都将不再审查这份申请，如需办理要重新申请。确定撤回吗？`,
      confirmText: '确定撤回',
      confirmColor: '#b42318',
      cancelText: '再想想',
    });
    if (!confirm) return;
    await run(async () => {
      await call('bundleApplicationWithdraw', { pathParams: { id: b.id }, body: {} });
      void Taro.showToast({ title: '申请已撤回', icon: 'success' });
      reload();
    });
  };
  return (
    <View className='ot-section case-actions'>
      <ApplyProblem problem={problem} />
      <View className='ot-button ot-button--secondary case-withdraw case-bundle__withdraw' aria-disabled={busy} {...controlProps('button', () => void withdraw())}>
        撤回申请
      </View>
      <Text className='apply-hint'>各部门受理前可以撤回整个“一件事”。</Text>
    </View>
  );
}
