import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import PageHeader from '../../../components/page-header';
import { ErrorView, LoadingView } from '../../../components/load-state';
import { useCall } from '../../../hooks/use-call';
import { pageClassName, useLargeFont } from '../../../hooks/use-large-font';
import { deadlineText } from '../review-queue/deadline';
import { CaseActions, CorrectionNotice } from './case-actions';
import { MaterialReview } from './material-verdict';
import '../review-queue/index.scss';
import './index.scss';
import DispatchPanel from './dispatch-panel';

/** Opened from the queue to pre-review the case; recorded as the purpose in the audit log the applicant can read. */
const PURPOSE = '办件预审';

/** One case for the reviewer: deadline, applicant, materials with verdicts, the correction notice and the allowed actions. */
export default function ReviewCasePage() {
  const [large, setLarge] = useLargeFont();
  const id = useRouter().params.id ?? '';
  const [view, reload] = useCall('staffCaseView', id ? { pathParams: { id }, query: { purpose: PURPOSE } } : null);
  const [done, setDone] = useState<string | null>(null);
  const finished = (msg: string) => {
    setDone(msg);
    reload();
  };
  return (
    <View className={pageClassName('review-case', large)}>
      <PageHeader name='review' title={view.status === 'ready' ? `办件 ${view.data.number}` : '办件预审'} large={large} onLarge={setLarge} />
      {done ? (
        <View className='ot-section review-done' role='status'>
          {done}
        </View>
      ) : null}
      {view.status === 'loading' ? <LoadingView /> : null}
      {view.status === 'idle' ? <Text>缺少办件编号</Text> : null}
      {view.status === 'error' ? <ErrorView error={view.error} onRetry={reload} /> : null}
      {view.status === 'ready' ? (
        <View className='review-case-body'>
          <View className='ot-section review-summary'>
            <Text className='review-summary__number'>办件编号：{view.data.number}</Text>
            <Text className='review-summary__item'>{view.data.itemName ?? '未知事项'} · {view.data.departmentName}</Text>
            <Text className='review-summary__status'>状态：{view.data.statusLabel}</Text>
            <Text className='review-summary__due'>{deadlineText(view.data.preReview)}</Text>
            {view.data.preReview.consequence === 'DEEMED_ACCEPTED' ? <Text className='review-warning'>{view.data.preReview.consequenceLabel ?? '已超期，视为受理'}</Text> : null}
            {view.data.promisedDueDate ? <Text className='review-summary__promised'>承诺办结：{view.data.promisedDueDate}</Text> : null}
            {view.data.applicant ? (
              <Text className='review-summary__applicant'>
                申请人：{view.data.applicant.name}（{view.data.applicant.idNumber}）{view.data.applicant.phone ? ` ${view.data.applicant.phone}` : ''}
              </Text>
            ) : null}
            {view.data.readOnly ? <Text className='ot-section__hint'>只读查看：个人信息已脱敏，不能操作。</Text> : null}
          </View>
          <View className='review-materials'>
            {view.data.materials.map((m) => (
              <MaterialReview key={m.id} caseId={view.data.id} material={m} editable={view.data.allowedActions.some((a) => a.action === 'returnForCorrection' || a.action === 'accept')} onDecided={reload} />
            ))}
          </View>
          {view.data.allowedActions.some((a) => a.action === 'returnForCorrection') ? <CorrectionNotice view={view.data} onDone={finished} /> : null}
          <CaseActions view={view.data} onDone={finished} />
          {view.data.readOnly ? null : <DispatchPanel caseId={view.data.id} status={view.data.status} />}
          <View className='ot-section review-timeline'>
            <View className='ot-section__title' role='heading' aria-level={2}>
              办理记录
            </View>
            {view.data.events.map((e, i) => (
              <Text key={i} className='review-timeline__event'>
                {e.createdAt.slice(0, 16).replace('T', ' ')} {e.action}
                {e.reason ? `：${e.reason}` : ''}
              </Text>
            ))}
          </View>
        </View>
      ) : null}
    </View>
  );
}
