import { Button, Input, Text, Textarea, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { ApiError } from '@shared/errors';
import type { TComplaintView } from '@shared/schemas/complaints';
import PageHeader from '../../../components/page-header';
import AttachmentList from '../../../components/attachment-list';
import AttachmentPicker from '../../../components/attachment-picker';
import { attachmentBlocker, attachmentIds, type AttachmentEntry } from '../../../components/attachment-picker/entries';
import { EmptyView, ErrorView, LoadingView } from '../../../components/load-state';
import { useCall } from '../../../hooks/use-call';
import { pageClassName, useLargeFont } from '../../../hooks/use-large-font';
import { call } from '../../../services/request';
import { controlProps } from '../../../utils/control-props';
import '../rate/index.scss';
import './index.scss';
import { disabledIf } from '../../../utils/disabled';

/**
 * 咨询/投诉: with ?id= the tracking page (status, reply deadline, replies); with ?caseId=, ?itemId= or ?departmentId=
 * a new complaint or enquiry about what it was opened from; with neither, the citizen's own complaints and enquiries.
 */
export default function ComplaintPage() {
  const { params } = useRouter();
  const [large, setLarge] = useLargeFont();
  const subject = { caseId: params.caseId, itemId: params.itemId, departmentId: params.departmentId };
  const mode = params.id ? 'tracking' : subject.caseId || subject.itemId || subject.departmentId ? 'new' : 'mine';
  return (
    <View className={pageClassName('complaint', large)}>
      <PageHeader name='apply' title={{ tracking: '咨询投诉进度', new: '我要咨询投诉', mine: '我的咨询投诉' }[mode]} large={large} onLarge={setLarge} />
      {mode === 'tracking' ? <Tracking id={params.id!} /> : mode === 'new' ? <NewComplaint subject={subject} /> : <MyComplaints />}
    </View>
  );
}

/** The citizen's complaints and enquiries, newest first, each opening its tracking page. */
function MyComplaints() {
  const [state, reload] = useCall('meComplaints', {});
  if (state.status === 'error') return <ErrorView error={state.error} onRetry={reload} />;
  if (state.status !== 'ready') return <LoadingView />;
  return (
    <View>
      {state.data.items.length === 0 ? <EmptyView text='还没有咨询投诉。在办件页点“咨询投诉”，或在办事指南中点“在线咨询投诉”即可提交。' /> : null}
      {state.data.items.map((c) => (
        <View
          key={c.id}
          className='ot-section complaint-mine'
          data-number={c.number}
          {...controlProps('button', () => void Taro.navigateTo({ url: `/feedback/pages/complaint/index?id=${c.id}` }))}
        >
          <Text className='rate-line complaint-mine__title'>{c.title}</Text>
          <Text className='rate-line complaint-mine__status'>
            {c.kindLabel} · {c.statusLabel}
            {c.dueDate ? ` · 答复期限 ${c.dueDate}${c.overdue ? '（已超期）' : ''}` : ''}
          </Text>
          <Text className='rate-line complaint-mine__subject'>
            {c.number} · {c.subject}
          </Text>
        </View>
      ))}
    </View>
  );
}

function Tracking({ id }: { id: string }) {
  const [state, reload] = useCall('meComplaint', { pathParams: { id } });
  if (state.status === 'error') return <ErrorView error={state.error} onRetry={reload} />;
  if (state.status !== 'ready') return <LoadingView />;
  const c: TComplaintView = state.data;
  return (
    <View>
      <View className='ot-section complaint-summary'>
        <Text className='rate-line complaint-number'>编号：{c.number}</Text>
        <Text className='rate-line complaint-status'>
          {c.kindLabel} · {c.statusLabel}
        </Text>
        <Text className='rate-line'>对象：{c.subject}</Text>
        {c.dueDate ? <Text className='rate-line'>答复期限：{c.dueDate}{c.overdue ? '（已超期）' : ''}</Text> : null}
        <Text className='rate-line'>{c.title}</Text>
        <Text className='rate-line'>{c.content}</Text>
      </View>
      {c.attachments.length > 0 ? (
        <View className='ot-section complaint-attachments'>
          <View role='heading' aria-level={2}>
            附件（{c.attachments.length}个）
          </View>
          <AttachmentList attachments={c.attachments} />
        </View>
      ) : null}
      <View className='ot-section complaint-replies' aria-live='polite'>
        <View role='heading' aria-level={2}>
          答复
        </View>
        {c.replies.length === 0 ? <Text className='rate-line'>部门正在处理，答复后会通知您。</Text> : null}
        {c.replies.map((r) => (
          <Text key={r.id} className='rate-line complaint-reply'>
            {r.author ?? '工作人员'}（{r.createdAt.slice(0, 10)}）：{r.body}
          </Text>
        ))}
      </View>
    </View>
  );
}

function NewComplaint({ subject }: { subject: { caseId?: string; itemId?: string; departmentId?: string } }) {
  const [kind, setKind] = useState<'COMPLAINT' | 'ENQUIRY'>('COMPLAINT');
  const [title, setTitle] = useState('');
  const [content, setContent] = useState('');
  const [attachments, setAttachments] = useState<AttachmentEntry[]>([]);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const blocker = attachmentBlocker(attachments);
  const submit = async () => {
    if (busy || blocker) return;
    setBusy(true);
    setProblem(null);
    try {
      const target = Object.fromEntries(Object.entries(subject).filter(([, v]) => !!v));
      const created = await call('meCreateComplaint', { body: { kind, title, content, ...target, attachmentFileIds: attachmentIds(attachments) } });
      await Taro.redirectTo({ url: `/feedback/pages/complaint/index?id=${created.id}` });
    } catch (e) {
      setProblem(e instanceof ApiError ? (e.details?.[0]?.message ?? e.message) : '提交失败，请重试');
    } finally {
      setBusy(false);
    }
  };
  return (
    <View className='ot-section complaint-form'>
      <View className='rate-grades' role='radiogroup' aria-label='类型'>
        {(['COMPLAINT', 'ENQUIRY'] as const).map((k) => (
          <Text key={k} className={`ot-option complaint-kind${kind === k ? ' ot-option--selected' : ''}`} aria-checked={kind === k} data-value={k} {...controlProps('radio', () => setKind(k))}>
            {k === 'COMPLAINT' ? '投诉' : '咨询'}
          </Text>
        ))}
      </View>
      <Input className='staff-login__input complaint-title' value={title} maxlength={60} placeholder='标题' aria-label='标题' onInput={(e) => setTitle(e.detail.value)} />
      <Textarea className='rate-comment complaint-content' value={content} maxlength={2000} placeholder='请把情况写清楚' aria-label='内容' onInput={(e) => setContent(e.detail.value)} />
      <AttachmentPicker entries={attachments} onChange={setAttachments} />
      {blocker ? (
        <View className='complaint-blocker' role='status'>
          {blocker}
        </View>
      ) : null}
      {problem ? (
        <View className='rate-error' role='alert'>
          {problem}
        </View>
      ) : null}
      <Button className='ot-button complaint-submit' {...disabledIf(busy || !!blocker || !title.trim() || !content.trim())} {...controlProps('button', () => void submit())}>
        提交
      </Button>
    </View>
  );
}
