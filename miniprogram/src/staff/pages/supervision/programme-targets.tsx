import { Text, View } from '@tarojs/components';
import type { TProgrammeStats } from '@shared/schemas/catalog-admin';

/** One of the programme's catalogue targets (保政办函〔2018〕4号) as the dashboard shows it. */
export interface TargetRow {
  key: 'atMostOneVisit' | 'compression' | 'online' | 'inCentre';
  label: string;
  /** Share (0..1) or average compression; null when the scope has nothing to measure. */
  value: number | null;
  target: number;
  met: boolean | null;
  /** What the value is made of, so the figure can be checked. */
  detail: string;
}

/** The four catalogue targets of a scope, in the order the programme lists them. */
export function programmeTargetRows(s: TProgrammeStats): TargetRow[] {
  const share = (key: 'atMostOneVisit' | 'online' | 'inCentre', label: string): TargetRow => ({
    key,
    label,
    value: s[key].share,
    target: s[key].target,
    met: s[key].met,
    detail: `${s[key].count} / ${s.items} 项`,
  });
  return [
    share('atMostOneVisit', '最多跑一次事项占比'),
    { key: 'compression', label: '承诺时限平均压缩', value: s.compression.average, target: s.compression.target, met: s.compression.met, detail: `${s.compression.counted} 项有法定时限` },
    share('online', '可网办事项占比'),
    share('inCentre', '进驻中心事项占比'),
  ];
}

const pct = (v: number | null, digits = 1) => (v === null ? '—' : `${(v * 100).toFixed(digits)}%`);
export const verdict = (met: boolean | null) => (met === null ? '无数据' : met ? '达标' : '未达标');
const state = (met: boolean | null) => (met === null ? 'none' : met ? 'met' : 'missed');
const clamp = (v: number) => Math.min(100, Math.max(0, v * 100));

/**
 * The catalogue's programme targets of the scope as meters: the value's bar, a tick at the target, and the verdict in
 * words (colour is never the only signal). Not period-bound: they describe the published items now.
 */
export default function ProgrammeTargets({ stats }: { stats: TProgrammeStats }) {
  return (
    <View className='ot-section sup-targets'>
      <View role='heading' aria-level={2}>
        事项目标（已发布事项 {stats.items} 项）
      </View>
      <View className='sup-targets__grid'>
        {programmeTargetRows(stats).map((r) => (
          <View
            key={r.key}
            className={`sup-target sup-target--${r.key} sup-target--${state(r.met)}`}
            data-met={state(r.met)}
            role='group'
            aria-label={`${r.label} ${pct(r.value)}，目标不低于 ${pct(r.target, 0)}，${verdict(r.met)}`}
          >
            <Text className='sup-target__label'>{r.label}</Text>
            <Text className='sup-target__value'>{pct(r.value)}</Text>
            <View className='sup-target__meter' aria-hidden>
              <View className='sup-target__fill' style={{ width: `${clamp(r.value ?? 0)}%` }} />
              <View className='sup-target__tick' style={{ left: `${clamp(r.target)}%` }} />
            </View>
            <Text className='sup-target__goal'>
              目标 ≥{pct(r.target, 0)} · <Text className='sup-target__verdict'>{verdict(r.met)}</Text>
            </Text>
            <Text className='sup-target__detail'>{r.detail}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}
