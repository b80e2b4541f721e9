import { Button, Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { FIGURE_KEYS, FIGURE_LABELS, type TFigureKey } from '@shared/domain/supervision/figures';
import { chinaDate } from '@shared/domain/calendar/china-date';
import { periodPresets } from '@shared/domain/supervision/periods';
import type { TSupervisionDashboard } from '@shared/schemas/supervision';
import Chip from '../../../components/chip';
import PageHeader from '../../../components/page-header';
import { ErrorView, LoadingView } from '../../../components/load-state';
import { useCall } from '../../../hooks/use-call';
import { pageClassName, useLargeFont } from '../../../hooks/use-large-font';
import { exportSupervision } from '../../../services/supervision-export';
import { controlProps } from '../../../utils/control-props';
import '../review-queue/index.scss';
import '../follow-ups/index.scss';
import FigureCases from './figure-cases';
import ProgrammeTargets from './programme-targets';
import './index.scss';

type Ratio = TSupervisionDashboard['figures']['zeroVisit'];
const show = (k: TFigureKey, r: Ratio) => (r.value === null ? '—' : k === 'averageVisits' ? `${r.value} 次` : `${(r.value * 100).toFixed(1)}%`);

/**
 * 督查看板 (desktop-first H5): figures for a period and scope, bars per region and department (tap to drill down),
 * the monthly trend, and the cases behind any figure (tap a card). Light CSS charts: no chart library in the package.
 */
export default function SupervisionPage() {
  const [large, setLarge] = useLargeFont();
  const presets = periodPresets(chinaDate(new Date()));
  const thisYear = presets.find((p) => p.key === 'thisYear')!;
  const [from, setFrom] = useState(thisYear.from);
  const [to, setTo] = useState(thisYear.to);
  const [scope, setScope] = useState<{ regionCode?: string; departmentId?: string }>({});
  const [figure, setFigure] = useState<TFigureKey | 'openOverdue' | null>(null);
  const [exportProblem, setExportProblem] = useState<string | null>(null);
  const query = { from, to, ...scope };
  const [dash, reload] = useCall('staffSupervisionDashboard', { query });
  return (
    <View className={pageClassName('supervision', large)}>
      <PageHeader name='review' title='最多跑一次 督查看板' large={large} onLarge={setLarge} />
      <View className='ot-section sup-period'>
        <View className='sup-presets' role='group' aria-label='统计期间'>
          {presets.map((p) => (
            <Chip
              key={p.key}
              className={`sup-preset sup-preset--${p.key}`}
              label={p.label}
              pressed={p.from === from && p.to === to}
              onTap={() => (setFrom(p.from), setTo(p.to))}
            />
          ))}
        </View>
        <Input className='staff-login__input sup-from' value={from} aria-label='开始日期' onBlur={(e) => setFrom(e.detail.value)} />
        <Input className='staff-login__input sup-to' value={to} aria-label='结束日期' onBlur={(e) => setTo(e.detail.value)} />
        {(['xlsx', 'csv'] as const).map((format) => (
          <Button
            key={format}
            className={`ot-button ot-button--secondary sup-export sup-export--${format}`}
            {...controlProps('button', () => void exportSupervision({ from, to, ...scope, format }).then(() => setExportProblem(null), (e: unknown) => setExportProblem(e instanceof Error ? e.message : '导出失败')))}
          >
            导出{format === 'xlsx' ? 'Excel' : 'CSV'}（脱敏）
          </Button>
        ))}
        {scope.regionCode || scope.departmentId ? (
          <Button className='ot-button ot-button--secondary sup-up' {...controlProps('button', () => (setScope({}), setFigure(null)))}>
            返回全市
          </Button>
        ) : null}
      </View>
      {exportProblem ? (
        <View className='ot-section staff-login-error' role='alert'>
          {exportProblem}
        </View>
      ) : null}
      {dash.status === 'error' ? <ErrorView error={dash.error} onRetry={reload} /> : dash.status !== 'ready' ? <LoadingView text='正在统计…' /> : (
        <Board d={dash.data} onFigure={setFigure} onDrill={(s) => (setScope({ ...scope, ...s }), setFigure(null))} />
      )}
      {figure ? <FigureCases key={`${figure}|${JSON.stringify(query)}`} figure={figure} scope={query} /> : null}
    </View>
  );
}

function Board({ d, onFigure, onDrill }: { d: TSupervisionDashboard; onFigure: (f: TFigureKey | 'openOverdue') => void; onDrill: (s: { regionCode?: string; departmentId?: string }) => void }) {
  const f = d.figures;
  const maxCompleted = Math.max(1, ...d.byDepartment.map((r) => r.figures.completed), ...d.byRegion.map((r) => r.figures.completed));
  const maxTrend = Math.max(1, ...d.trend.map((t) => t.figures.completed));
  return (
    <View>
      <View className='ot-section'>
        <Text className='review-line sup-scope'>
          {d.scope.departmentName ?? d.scope.regionName ?? '全部'}（{d.period.from} 至 {d.period.to}），办结 {f.completed} 件
        </Text>
      </View>
      {d.catalogue ? <ProgrammeTargets stats={d.catalogue} /> : null}
      <View className='sup-cards'>
        {FIGURE_KEYS.map((k) => (
          <View key={k} className={`sup-card sup-card--${k}`} {...controlProps('button', () => onFigure(k))}>
            <Text>{FIGURE_LABELS[k]}</Text>
            <Text className='sup-card__value'>{show(k, f[k])}</Text>
            <Text className='sup-card__parts'>
              {f[k].numerator} / {f[k].denominator}
            </Text>
          </View>
        ))}
        <View className='sup-card sup-card--overdue' {...controlProps('button', () => onFigure('openOverdue'))}>
          <Text>超期未办结</Text>
          <Text className='sup-card__value'>{d.openOverdue} 件</Text>
        </View>
      </View>
      <View className='ot-section sup-ratings'>
        <Text className='review-line'>
          评价：非常满意 {f.ratings.VERY_SATISFIED}，满意 {f.ratings.SATISFIED}，基本满意 {f.ratings.BASICALLY_SATISFIED}，不满意 {f.ratings.DISSATISFIED}，非常不满意 {f.ratings.VERY_DISSATISFIED}；默认评价 {f.ratings.default}（不计入满意率），申诉剔除 {f.ratings.excluded}
        </Text>
      </View>
      {[
        ['地区', d.byRegion, (key: string) => onDrill({ regionCode: key })],
        ['部门', d.byDepartment, (key: string) => onDrill({ departmentId: key })],
      ].map(([title, rows, drill]) =>
        (rows as TSupervisionDashboard['byRegion']).length > 0 ? (
          <View key={title as string} className={`ot-section sup-by sup-by--${title === '地区' ? 'region' : 'department'}`}>
            <View role='heading' aria-level={2}>
              按{title as string}（办结件数 · 按时办结率 · 满意率，点击下钻）
            </View>
            {(rows as TSupervisionDashboard['byRegion']).map((r) => (
              <View key={r.key} className='sup-bar-row' data-key={r.key} {...controlProps('button', () => (drill as (k: string) => void)(r.key))}>
                <Text className='sup-bar-row__name'>{r.name}</Text>
                <View className='sup-bar-track'>
                  <View className='sup-bar' style={{ width: `${Math.max(1, Math.round((r.figures.completed / maxCompleted) * 100))}%` }} />
                </View>
                <Text className='sup-bar-row__figures'>
                  {r.figures.completed} · {show('onTimeCompletion', r.figures.onTimeCompletion)} · {show('satisfaction', r.figures.satisfaction)}
                </Text>
              </View>
            ))}
          </View>
        ) : null,
      )}
      <View className='ot-section'>
        <View role='heading' aria-level={2}>
          月度办结趋势
        </View>
        <View className='sup-trend' role='img' aria-label={d.trend.map((t) => `${t.month} 办结 ${t.figures.completed} 件`).join('，')}>
          {d.trend.map((t) => (
            <View key={t.month} className='sup-trend__slot'>
              <Text className='sup-trend__value'>{t.figures.completed}</Text>
              <View className='sup-trend__col' style={{ height: `${Math.round((t.figures.completed / maxTrend) * 160) + 2}px` }} />
              <Text className='sup-trend__label'>{t.month.slice(5)}月</Text>
            </View>
          ))}
        </View>
      </View>
    </View>
  );
}
