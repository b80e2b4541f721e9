import { Button, Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { seesAppeals } from '@shared/domain/ratings/grades';
import type { TAppealEntry, TRectificationEntry } from '@shared/schemas/ratings';
import type { TComplaintSummary } from '@shared/schemas/complaints';
import PageHeader from '../../../components/page-header';
import { EmptyView, ErrorView, LoadingView } from '../../../components/load-state';
import { useBusyAction } from '../../../hooks/use-busy-action';
import { useCall } from '../../../hooks/use-call';
import { pageClassName, useLargeFont } from '../../../hooks/use-large-font';
import { call } from '../../../services/request';
import { controlProps } from '../../../utils/control-props';
import { fieldFailureMessage } from './failure';
import { COMPLAINT_FILTERS, emptyText, statusQuery, TASK_FILTERS, type StatusFilter } from './filters';
import '../review-queue/index.scss';
import '../review-case/index.scss';
import './index.scss';
import { disabledIf } from '../../../utils/disabled';

/** The department's follow-ups: bad ratings to call back and resolve, complaints and enquiries to answer. */
export default function FollowUpsPage() {
  const [large, setLarge] = useLargeFont();
  const [taskFilter, setTaskFilter] = useState<(typeof TASK_FILTERS)[number]['value']>('TODO');
  const [complaintFilter, setComplaintFilter] = useState<(typeof COMPLAINT_FILTERS)[number]['value']>('TODO');
  const [tasks, reloadTasks] = useCall('staffRectifications', statusQuery(taskFilter));
  const [complaints, reloadComplaints] = useCall('staffComplaints', statusQuery(complaintFilter));
  const [me] = useCall('staffMe', {});
  return (
    <View className={pageClassName('follow-ups', large)}>
      <PageHeader name='review' title='差评整改与咨询投诉' large={large} onLarge={setLarge} />
      <View className='ot-section' role='heading' aria-level={2}>
        差评整改
      </View>
      <FilterTabs className='follow-up-filter--tasks' label='差评整改状态' filters={TASK_FILTERS} value={taskFilter} onChange={setTaskFilter} />
      {tasks.status === 'error' ? <ErrorView error={tasks.error} onRetry={reloadTasks} /> : null}
      {tasks.status === 'ready' && tasks.data.items.length === 0 ? <EmptyView text={emptyText(TASK_FILTERS, taskFilter, '差评整改')} /> : null}
      {tasks.status === 'ready' ? tasks.data.items.map((t) => <Task key={t.id} t={t} reload={reloadTasks} />) : tasks.status === 'loading' ? <LoadingView /> : null}
      {me.status === 'ready' && seesAppeals(me.data.roles.map((r) => r.role)) ? <Appeals /> : null}
      <View className='ot-section' role='heading' aria-level={2}>
        咨询投诉
      </View>
      <FilterTabs className='follow-up-filter--complaints' label='咨询投诉状态' filters={COMPLAINT_FILTERS} value={complaintFilter} onChange={setComplaintFilter} />
      {complaints.status === 'error' ? <ErrorView error={complaints.error} onRetry={reloadComplaints} /> : null}
      {complaints.status === 'ready' && complaints.data.items.length === 0 ? <EmptyView text={emptyText(COMPLAINT_FILTERS, complaintFilter, '咨询投诉')} /> : null}
      {complaints.status === 'ready' ? complaints.data.items.map((c) => <Complaint key={c.id} c={c} reload={reloadComplaints} />) : complaints.status === 'loading' ? <LoadingView /> : null}
    </View>
  );
}

/** Status tabs over a list (a radio group, so screen readers say which one is shown). */
function FilterTabs<S extends string>(props: { label: string; filters: StatusFilter<S>[]; value: 'TODO' | S; onChange: (v: 'TODO' | S) => void; className: string }) {
  return (
    <View className={`review-action__choices follow-up-filter ${props.className}`} role='radiogroup' aria-label={props.label}>
      {props.filters.map((f) => (
        <Text
          key={f.value}
          className={`ot-option follow-up-filter__option${props.value === f.value ? ' ot-option--selected' : ''}`}
          aria-checked={props.value === f.value}
          data-value={f.value}
          {...controlProps('radio', () => props.onChange(f.value))}
        >
          {f.label}
        </Text>
      ))}
    </View>
  );
}

/** A card's buttons: one call at a time, the list reloaded after it, a failure shown on the card (the field at fault first). */
function useAction(reload: () => void) {
  const { busy, error, run } = useBusyAction('操作失败，请重试', fieldFailureMessage);
  const act = async (f: () => Promise<unknown>) => {
    if (busy) return;
    await run(async () => {
      await f();
      reload();
    });
  };
  return { problem: error, busy, run: act };
}

/** A card's failure, read out when it appears. */
function Problem({ text }: { text: string | null }) {
  return text ? (
    <View className='staff-login-error' role='alert'>
      {text}
    </View>
  ) : null;
}

/**
 * Recording the call back to the applicant. Offered again after a call that did not reach them: every real-name bad
 * rating is to be called back, and a later call is recorded over the unreached one.
 */
function CallbackForm({ t, busy, run, again }: { t: TRectificationEntry; busy: boolean; run: (f: () => Promise<unknown>) => Promise<void>; again: boolean }) {
  const [note, setNote] = useState('');
  const record = (reached: boolean) => void run(() => call('staffRectificationCallback', { pathParams: { id: t.id }, body: { reached, note: reached ? note : note || '未接通' } }));
  return (
    <View className={again ? 'follow-up-callback-again' : undefined}>
      <Input className='staff-login__input follow-up-note' value={note} maxlength={500} placeholder={again ? '再次回访情况' : '回访情况'} aria-label={again ? '再次回访情况' : '回访情况'} onInput={(e) => setNote(e.detail.value)} />
      <Button className='ot-button follow-up-callback' {...disabledIf(busy)} {...controlProps('button', () => record(true))}>
        {again ? '再次回访（联系上）' : '已回访（联系上）'}
      </Button>
      <Button className='ot-button ot-button--secondary follow-up-callback-unreached' {...disabledIf(busy)} {...controlProps('button', () => record(false))}>
        未联系上
      </Button>
    </View>
  );
}

function Task({ t, reload }: { t: TRectificationEntry; reload: () => void }) {
  const [outcome, setOutcome] = useState<'FIXED' | 'SCHEDULED' | 'EXPLAINED'>('EXPLAINED');
  const [text, setText] = useState('');
  const [date, setDate] = useState('');
  const [appealReason, setAppealReason] = useState('');
  const { problem, busy, run } = useAction(reload);
  return (
    <View className='ot-section follow-up-task' data-case-number={t.caseNumber} data-status={t.status}>
      <Text className='review-line'>
        {t.caseNumber} · {t.rating.gradeLabel} · {t.statusLabel}
        {t.overdue ? ' · 已超期' : ''}
      </Text>
      <Text className='review-line'>申请人：{t.applicantNameMasked ?? '—'}，电话 {t.contactPhoneMasked ?? '—'}；期限 {t.dueDate}</Text>
      {t.rating.comment ? <Text className='review-line'>评价内容：{t.rating.comment}</Text> : null}
      {t.status === 'OPEN' ? <CallbackForm t={t} busy={busy} run={run} again={false} /> : null}
      {t.status === 'CALLED_BACK' ? (
        <View>
          <Text className='review-line follow-up-callback-record'>
            回访：{t.calledBackBy ?? '工作人员'}
            {t.callbackReached === false ? '（未联系上）' : ''}，{t.callbackNote ?? '—'}
          </Text>
          {t.callbackReached === false ? <CallbackForm t={t} busy={busy} run={run} again /> : null}
          <View className='review-action__choices' role='radiogroup' aria-label='整改结果'>
            {(
              [
                ['FIXED', '已整改'],
                ['SCHEDULED', '限期整改'],
                ['EXPLAINED', '解释说明'],
              ] as const
            ).map(([v, label]) => (
              <Text key={v} className={`ot-option${outcome === v ? ' ot-option--selected' : ''}`} aria-checked={outcome === v} data-value={v} {...controlProps('radio', () => setOutcome(v))}>
                {label}
              </Text>
            ))}
          </View>
          {outcome === 'SCHEDULED' ? <Input className='staff-login__input' value={date} placeholder='完成日期 YYYY-MM-DD' aria-label='完成日期' onInput={(e) => setDate(e.detail.value)} /> : null}
          <Input className='staff-login__input follow-up-outcome-text' value={text} maxlength={1000} placeholder='整改或解释说明' aria-label='整改或解释说明' onInput={(e) => setText(e.detail.value)} />
          <Button
            className='ot-button follow-up-outcome'
            {...disabledIf(busy)}
            {...controlProps('button', () => void run(() => call('staffRectificationOutcome', { pathParams: { id: t.id }, body: { outcome, text, ...(outcome === 'SCHEDULED' ? { scheduledFor: date } : {}) } })))}
          >
            提交整改结果
          </Button>
        </View>
      ) : null}
      {t.status === 'RESOLVED' ? (
        <View className='follow-up-resolution'>
          {t.calledBackBy ? <Text className='review-line'>回访：{t.calledBackBy}，{t.callbackNote}</Text> : null}
          <Text className='review-line follow-up-resolution__outcome'>
            整改结果：{t.outcomeLabel ?? '—'}
            {t.outcomeText ? `，${t.outcomeText}` : ''}
            {t.scheduledFor ? `（${t.scheduledFor}前完成）` : ''}
            {t.resolvedBy ? `；办结人：${t.resolvedBy}` : ''}
          </Text>
        </View>
      ) : null}
      {t.appeal ? (
        <Text className='review-line follow-up-appeal-status'>
          恶意评价申诉：{t.appeal.status === 'PENDING' ? '待督查审核' : t.appeal.status === 'UPHELD' ? '已认定，不计入统计' : '未认定'}
          {t.appeal.decisionNote ? `（${t.appeal.decisionNote}）` : ''}
        </Text>
      ) : (
        <View>
          <Input className='staff-login__input follow-up-appeal-reason' value={appealReason} maxlength={1000} placeholder='认为是恶意评价？写明理由（部门负责人）' aria-label='申诉理由' onInput={(e) => setAppealReason(e.detail.value)} />
          <Button className='ot-button ot-button--secondary follow-up-appeal' {...disabledIf(busy || !appealReason.trim())} {...controlProps('button', () => void run(() => call('staffRatingAppeal', { pathParams: { id: t.rating.id }, body: { reason: appealReason } })))}>
            申诉恶意评价
          </Button>
        </View>
      )}
      <Problem text={problem} />
    </View>
  );
}

/** Appeals against malicious ratings, for the roles that see them (supervisors decide; the rating is kept either way). */
function Appeals() {
  const [appeals, reload] = useCall('staffRatingAppeals', {});
  if (appeals.status !== 'ready' || appeals.data.items.length === 0) return null;
  return (
    <View>
      <View className='ot-section' role='heading' aria-level={2}>
        评价申诉（待审核）
      </View>
      {appeals.data.items.map((a) => (
        <Appeal key={a.id} a={a} reload={reload} />
      ))}
    </View>
  );
}

function Appeal({ a, reload }: { a: TAppealEntry; reload: () => void }) {
  const [note, setNote] = useState('');
  const { problem, busy, run } = useAction(reload);
  const decide = (uphold: boolean) => run(() => call('staffRatingAppealDecision', { pathParams: { id: a.id }, body: { uphold, note } }));
  return (
    <View className='ot-section follow-up-appeal-item' data-case-number={a.caseNumber}>
      <Text className='review-line'>
        {a.caseNumber} · {a.departmentName} · {a.rating.gradeLabel}：{a.rating.comment ?? '（无内容）'}
      </Text>
      <Text className='review-line'>
        申诉理由（{a.requestedBy ?? '部门'}）：{a.reason}
      </Text>
      <Input className='staff-login__input follow-up-decision-note' value={note} maxlength={1000} placeholder='审核意见' aria-label='审核意见' onInput={(e) => setNote(e.detail.value)} />
      <Button className='ot-button follow-up-uphold' {...disabledIf(busy || !note.trim())} {...controlProps('button', () => void decide(true))}>
        认定为恶意评价（不计入统计）
      </Button>
      <Button className='ot-button ot-button--secondary follow-up-reject' {...disabledIf(busy || !note.trim())} {...controlProps('button', () => void decide(false))}>
        不予认定
      </Button>
      <Problem text={problem} />
    </View>
  );
}

function Complaint({ c, reload }: { c: TComplaintSummary; reload: () => void }) {
  const [reply, setReply] = useState('');
  const { problem, busy, run } = useAction(reload);
  return (
    <View className='ot-section follow-up-complaint' data-number={c.number} data-status={c.status}>
      <Text className='review-line'>
        {c.number} · {c.kindLabel} · {c.statusLabel}
        {c.overdue ? ' · 已超期' : ''}（期限 {c.dueDate ?? '—'}）
      </Text>
      <Text className='review-line'>
        {c.subject}：{c.title}
      </Text>
      {c.status === 'CLOSED' ? null : (
        <View>
          <Input className='staff-login__input follow-up-reply' value={reply} maxlength={2000} placeholder='答复内容（将通知群众）' aria-label='答复内容' onInput={(e) => setReply(e.detail.value)} />
          <Button className='ot-button follow-up-reply-send' {...disabledIf(busy || !reply.trim())} {...controlProps('button', () => void run(() => call('staffComplaintReply', { pathParams: { id: c.id }, body: { body: reply } })))}>
            {c.status === 'REPLIED' ? '补充答复' : '答复'}
          </Button>
        </View>
      )}
      <Problem text={problem} />
    </View>
  );
}
