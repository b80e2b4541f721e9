import ExcelJS from 'exceljs';
import { chinaDate } from '@shared/domain/calendar/working-days';
import { FIGURE_LABELS, type Ratio } from '@shared/domain/supervision/figures';
import { CASE_STATUS_LABELS, type TCaseStatus } from '@shared/domain/case/transitions';
import type { TSupervisionDashboard } from '@shared/schemas/supervision';
import type { z } from 'zod';
import type { ZSupervisionExportQuery } from '@shared/schemas/supervision';
import type { Db } from '../../db/client';
import type { Actor } from '../../domain/actor';

import { buildDashboard } from './get-dashboard';
import { figureWhere } from './list-figure-cases';
import { resolveSupervisionScope } from './resolve-scope';

type Staff = Extract<Actor, { kind: 'staff' }>;
type Figures = TSupervisionDashboard['figures'];

/** Rows of overdue cases an export carries at most; beyond it the sheet says so (narrow the scope instead). */
export const EXPORT_CASE_LIMIT = 10_000;

const pct = (r: Ratio) => (r.value === null ? '—' : `${(r.value * 100).toFixed(1)}% (${r.numerator}/${r.denominator})`);

const HEADER = ['范围', '名称', '办结件数', FIGURE_LABELS.averageVisits, FIGURE_LABELS.zeroVisit, FIGURE_LABELS.onTimeCompletion, FIGURE_LABELS.preReviewOnTime, FIGURE_LABELS.firstPass, FIGURE_LABELS.courier, FIGURE_LABELS.satisfaction, '非常满意', '满意', '基本满意', '不满意', '非常不满意', '默认评价', '申诉剔除', FIGURE_LABELS.rectificationOnTime];

function figureRow(level: string, name: string, f: Figures): (string | number)[] {
  return [
    level, name, f.completed, f.averageVisits.value ?? '—', pct(f.zeroVisit), pct(f.onTimeCompletion), pct(f.preReviewOnTime), pct(f.firstPass), pct(f.courier), pct(f.satisfaction),
    f.ratings.VERY_SATISFIED, f.ratings.SATISFIED, f.ratings.BASICALLY_SATISFIED, f.ratings.DISSATISFIED, f.ratings.VERY_DISSATISFIED, f.ratings.default, f.ratings.excluded, pct(f.rectificationOnTime),
  ];
}

function figureTable(d: TSupervisionDashboard): (string | number)[][] {
  const scopeName = d.scope.departmentName ?? d.scope.regionName ?? '全部';
  return [
    HEADER,
    figureRow('合计', scopeName, d.figures),
    ...d.byRegion.map((r) => figureRow('地区', r.name, r.figures)),
    ...d.byDepartment.map((r) => figureRow('部门', r.name, r.figures)),
    ...d.trend.map((t) => figureRow('月份', t.month, t.figures)),
  ];
}

/** A CSV cell: quoted, and a leading = + - @ neutralised so a spreadsheet never runs it as a formula. */
function csvCell(v: string | number): string {
  const s = String(v);
  const safe = /^[=+\-@\t\r]/.test(s) && typeof v === 'string' ? `'${s}` : s;
  return `"${safe.replaceAll('"', '""')}"`;
}

/**
 * GET /staff/supervision/export: the dashboard's figures (total, regions, departments, months) and, in XLSX, the open
 * overdue cases behind it, desensitised (case number, item, department, masked name only). The route audits it.
 */
export async function exportSupervision(db: Db, actor: Staff, q: z.infer<typeof ZSupervisionExportQuery>, cfg: { maxDays: number }, now = new Date()) {
  const s = await resolveSupervisionScope(db, actor, q, cfg.maxDays);
  const d = await buildDashboard(db, actor, s, now);
  const table = figureTable(d);
  const base = `督查统计_${d.scope.departmentName ?? d.scope.regionName ?? '全部'}_${s.from}_${s.to}`;
  if (q.format === 'csv') {
    const body = Buffer.from('\uFEFF' + table.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n', 'utf8');
    return { body, contentType: 'text/csv; charset=utf-8', filename: `${base}.csv`, rows: table.length - 1 };
  }
  const wb = new ExcelJS.Workbook();
  wb.created = now;
  const sheet = wb.addWorksheet('督查指标');
  sheet.addRow([`期间 ${s.from} 至 ${s.to}；生成于 ${chinaDate(now)}；数据已脱敏`]);
  for (const row of table) sheet.addRow(row);
  sheet.getRow(2).font = { bold: true };
  sheet.columns.forEach((c) => (c.width = 16));

  const { where } = figureWhere({ figure: 'openOverdue', outcome: 'all' }, s, chinaDate(now));
  const overdue = await db.$queryRaw<{ number: string; item_name: string | null; department_name: string; status: TCaseStatus; applicant_name_masked: string | null; promised_due_date: Date | null }[]>`
    SELECT c.number, v.name AS item_name, d.name AS department_name, c.status::text AS status, c.applicant_name_masked, c.promised_due_date
    FROM cases c JOIN departments d ON d.id = c.department_id LEFT JOIN service_item_versions v ON v.id = c.item_version_id
    WHERE ${where} ORDER BY c.promised_due_date LIMIT ${EXPORT_CASE_LIMIT + 1}`;
  const cases = wb.addWorksheet('超期未办结');
  cases.addRow(['办件编号', '事项', '部门', '状态', '申请人（脱敏）', '承诺办结日期']).font = { bold: true };
  for (const c of overdue.slice(0, EXPORT_CASE_LIMIT))
    cases.addRow([c.number, c.item_name ?? '', c.department_name, CASE_STATUS_LABELS[c.status] ?? c.status, c.applicant_name_masked ?? '', c.promised_due_date ? c.promised_due_date.toISOString().slice(0, 10) : '']);
  if (overdue.length > EXPORT_CASE_LIMIT) cases.addRow([`仅导出前${EXPORT_CASE_LIMIT}条，请缩小范围后再导出`]);
  cases.columns.forEach((c) => (c.width = 22));
  return { body: Buffer.from(await wb.xlsx.writeBuffer()), contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', filename: `${base}.xlsx`, rows: table.length - 1 + Math.min(overdue.length, EXPORT_CASE_LIMIT) };
}

