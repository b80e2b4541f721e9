import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { RATING_GRADE_LABELS, type TRatingGrade } from '@shared/domain/ratings/grades';
import { FIGURE_LABELS, type TFigureKey } from '@shared/domain/supervision/figures';
import { ErrorView, LoadingView } from '../../../components/load-state';
import { useCall } from '../../../hooks/use-call';
import { controlProps } from '../../../utils/control-props';
import { disabledIf } from '../../../utils/disabled';

type Outcome = 'missed' | 'met' | 'all';
const OUTCOMES: [Outcome, string][] = [
  ['missed', '未达标'],
  ['met', '达标'],
  ['all', '全部'],
];

/**
 * The cases behind one figure of the board, 50 a page, newest first (open overdue: most overdue first). Opens on
 * the cases that missed (what an official looks into), with the met and all views one tap away; the total is the
 * figure's own count, so the list is the figure, case by case.
 */
export default function FigureCases({ figure, scope }: { figure: TFigureKey | 'openOverdue'; scope: { from: string; to: string; regionCode?: string; departmentId?: string } }) {
  const [outcome, setOutcome] = useState<Outcome>(figure === 'openOverdue' ? 'all' : 'missed');
  const [page, setPage] = useState(1);
  const [cases, retry] = useCall('staffSupervisionCases', { query: { ...scope, figure, outcome, page } });
  const pages = cases.status === 'ready' ? Math.max(1, Math.ceil(cases.data.total / cases.data.pageSize)) : 1;
  // The API pages 1,000 deep at most: a deeper look needs a narrower scope.
  const last = Math.min(pages, 1000);
  const title = figure === 'openOverdue' ? '超期未办结的办件' : `${FIGURE_LABELS[figure]}：${OUTCOMES.find(([o]) => o === outcome)![1]}的办件`;
  return (
    <View className='ot-section sup-cases' aria-live='polite'>
      <View role='heading' aria-level={2}>
        {title}
      </View>
      {figure === 'openOverdue' ? null : (
        <View className='sup-outcomes' role='radiogroup' aria-label='显示哪些办件'>
          {OUTCOMES.map(([o, label]) => (
            <Button
              key={o}
              className={`ot-button ot-button--secondary sup-outcome sup-outcome--${o}${o === outcome ? ' is-active' : ''}`}
              aria-checked={o === outcome}
              {...controlProps('radio', () => (setOutcome(o), setPage(1)))}
            >
              {label}
            </Button>
          ))}
        </View>
      )}
      {cases.status === 'error' ? <ErrorView error={cases.error} onRetry={retry} /> : null}
      {cases.status === 'ready' ? (
        <View>
          <Text className='review-line sup-cases__total'>
            共 {cases.data.total} 件{pages > 1 ? `，第 ${page} / ${last} 页` : ''}
          </Text>
          {cases.data.items.map((c) => (
            <Text key={c.id} className='review-line sup-case' data-number={c.number}>
              {c.number} · {c.itemName ?? '—'} · {c.departmentName} · {c.statusLabel} · 承诺 {c.promisedDueDate ?? '—'}
              {c.completedAt ? ` · 办结 ${c.completedAt.slice(0, 10)}` : ''} · 到场 {c.visitCount} 次{c.ratingGrade ? ` · 评价 ${RATING_GRADE_LABELS[c.ratingGrade as TRatingGrade] ?? c.ratingGrade}` : ''} · {c.applicantNameMasked ?? ''}
            </Text>
          ))}
          {pages > 1 ? (
            <View className='sup-pager'>
              <Button className='ot-button ot-button--secondary sup-pager__prev' {...disabledIf(page <= 1)} {...controlProps('button', () => setPage(Math.max(1, page - 1)))}>
                上一页
              </Button>
              <Button className='ot-button ot-button--secondary sup-pager__next' {...disabledIf(page >= last)} {...controlProps('button', () => setPage(Math.min(last, page + 1)))}>
                下一页
              </Button>
            </View>
          ) : null}
        </View>
      ) : cases.status === 'loading' ? (
        <LoadingView />
      ) : null}
    </View>
  );
}

