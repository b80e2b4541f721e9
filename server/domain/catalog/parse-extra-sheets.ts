import { ZFaqDraft, ZProcessStepDraft, ZSituationDraft, type TDraftContent, type TSituationDraft } from '@shared/schemas/catalog-admin';
import type { z } from 'zod';
import { FAQ_COLUMNS, SHEETS, SITUATION_COLUMNS, STEP_COLUMNS } from './national-layout';
import type { ImportError } from './parse-import';

/** A sheet row as read by titles: 1-based row number and {field: text}. */
export interface SheetRow {
  row: number;
  cells: Record<string, string>;
}

/** What the 情形, 常见问题 and 办理流程 sheets give one item. */
export interface ExtraContent {
  situations: TSituationDraft[];
  faqs: TDraftContent['faqs'];
  processSteps: TDraftContent['processSteps'];
}

type Columns = readonly (readonly [string, string])[];
const titleOf = (columns: Columns, field: unknown) => columns.find(([f]) => f === field)?.[1] ?? String(field ?? '');

/** Option materials are separated by line breaks or semicolons (names themselves often contain 、 and commas). */
export function splitMaterialNames(text: string): string[] {
  return text
    .split(/[\n;；]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Parse the 情形, 常见问题 and 办理流程 rows into each item's extra content, keyed by 实施编码. Every cell is checked
 * with the editor's zod schemas; problems are reported by sheet, row and column.
 */
export function parseExtraSheets(
  rows: { situations: SheetRow[]; faqs: SheetRow[]; steps: SheetRow[] },
  knownCodes: ReadonlySet<string>,
  errors: ImportError[],
): Map<string, ExtraContent> {
  const out = new Map<string, ExtraContent>();
  const owner = (sheet: string, r: SheetRow): ExtraContent | null => {
    const code = r.cells.implementationCode ?? '';
    if (!knownCodes.has(code)) {
      errors.push({ sheet, row: r.row, column: '实施编码', message: `实施编码“${code}”在“${SHEETS.items}”表中不存在` });
      return null;
    }
    if (!out.has(code)) out.set(code, { situations: [], faqs: [], processSteps: [] });
    return out.get(code)!;
  };
  const report = (sheet: string, row: number, columns: Columns, issues: z.ZodIssue[], fieldOf: (path: PropertyKey[]) => unknown) => {
    for (const issue of issues) errors.push({ sheet, row, column: titleOf(columns, fieldOf(issue.path)), message: issue.message });
  };

  for (const r of rows.situations) {
    const o = owner(SHEETS.situations, r);
    if (!o) continue;
    const c = r.cells;
    const multiple = !c.multiple || c.multiple === '否' ? false : c.multiple === '是' ? true : c.multiple;
    const parsed = ZSituationDraft.safeParse({ text: c.question ?? '', multiple, options: [{ text: c.option ?? '', materials: splitMaterialNames(c.materials ?? '') }] });
    if (!parsed.success) {
      report(SHEETS.situations, r.row, SITUATION_COLUMNS, parsed.error.issues, (p) =>
        p[0] === 'text' ? 'question' : p[0] === 'multiple' ? 'multiple' : p[2] === 'materials' ? 'materials' : 'option',
      );
      continue;
    }
    const last = o.situations[o.situations.length - 1];
    if (last && last.text === parsed.data.text) last.options.push(...parsed.data.options);
    else o.situations.push(parsed.data);
  }
  for (const r of rows.faqs) {
    const o = owner(SHEETS.faqs, r);
    if (!o) continue;
    const parsed = ZFaqDraft.safeParse({ question: r.cells.question ?? '', answer: r.cells.answer ?? '' });
    if (parsed.success) o.faqs.push(parsed.data);
    else report(SHEETS.faqs, r.row, FAQ_COLUMNS, parsed.error.issues, (p) => p[0]);
  }
  for (const r of rows.steps) {
    const o = owner(SHEETS.steps, r);
    if (!o) continue;
    const parsed = ZProcessStepDraft.safeParse({ name: r.cells.name ?? '', description: r.cells.description ?? '', timeLimit: r.cells.timeLimit || null });
    if (parsed.success) o.processSteps.push(parsed.data);
    else report(SHEETS.steps, r.row, STEP_COLUMNS, parsed.error.issues, (p) => p[0]);
  }
  return out;
}
