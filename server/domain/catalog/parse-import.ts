import { ZDraftContent, ZFeeDraft, ZMaterialDraft, type TDraftContent } from '@shared/schemas/catalog-admin';
import { FAQ_COLUMNS, FEE_COLUMNS, ITEM_COLUMNS, LABELS, MATERIAL_COLUMNS, OPTIONAL_COLUMNS, SHEETS, SITUATION_COLUMNS, splitMulti, STEP_COLUMNS, valueOf } from './national-layout';
import { parseExtraSheets } from './parse-extra-sheets';

/** One problem of an import file, addressed as a person sees the sheet: 1-based row, column title. */
export interface ImportError {
  sheet: string;
  row: number;
  column: string;
  message: string;
}

/** An item row of the file, parsed and typed (references not yet resolved against the database). */
export interface ParsedItemRow {
  row: number;
  implementationCode: string;
  baseCode: string;
  departmentCode: string;
  regionCode: string;
  content: TDraftContent;
}

const ITEM_TITLE = Object.fromEntries(ITEM_COLUMNS) as Record<string, string>;
/** The column title of an element field, for reporting rule violations against a row. */
export function columnOf(field: string): string {
  const head = field.split('.')[0]!;
  if (head === 'materials') return SHEETS.materials;
  if (head === 'fees') return SHEETS.fees;
  if (head === 'situations') return SHEETS.situations;
  return ITEM_TITLE[head] ?? head;
}

type Columns = readonly (readonly [string, string])[];

/** Map each row to {field: text} by its titles; report missing titles. */
function readTable(sheet: string, rows: string[][], columns: Columns, errors: ImportError[], required: boolean) {
  const header = (rows[0] ?? []).map((h) => h.trim());
  const index = new Map<string, number>();
  for (const [field, title] of columns) {
    const i = header.indexOf(title);
    if (i >= 0) index.set(field, i);
    else if (OPTIONAL_COLUMNS.has(title)) continue;
    else if (required || rows.length > 0) errors.push({ sheet, row: 1, column: title, message: `缺少列“${title}”，请使用国家事项要素模板` });
  }
  const out: { row: number; cells: Record<string, string> }[] = [];
  rows.slice(1).forEach((r, i) => {
    if (r.every((c) => !c || !c.trim())) return;
    const cells: Record<string, string> = {};
    // Exports prefix formula-looking cells with ' (CSV injection); take it off again.
    for (const [field, col] of index) cells[field] = (r[col] ?? '').trim().replace(/^'([=+\-@])/, '$1');
    out.push({ row: i + 2, cells });
  });
  return out;
}

const nullable = (s: string | undefined) => (s ? s : null);
function num(s: string | undefined): number | null | string {
  if (!s) return null;
  return /^\d+$/.test(s) ? Number(s) : s; // a non-number stays text so zod reports it on that column
}
function yesNo(s: string | undefined): boolean | string {
  if (!s || s === '否') return false;
  return s === '是' ? true : s;
}
function enumOf(kind: keyof typeof LABELS, s: string | undefined): string | null {
  if (!s) return null;
  return valueOf(kind, s) ?? s;
}

/**
 * Parse the sheets of a catalogue file into typed item rows, checking every cell with the same zod schemas as the
 * editor's API. Every problem is reported; rows with problems are left out of `items`.
 */
export function parseCatalogueSheets(sheets: Map<string, string[][]>): ParsedCatalogue {
  const present = {
    materials: sheets.has(SHEETS.materials),
    fees: sheets.has(SHEETS.fees),
    situations: sheets.has(SHEETS.situations),
    faqs: sheets.has(SHEETS.faqs),
    steps: sheets.has(SHEETS.steps),
  };
  const result = parseSheets(sheets);
  return { ...result, present };
}

/**
 * A parsed file. A sheet that is absent (a CSV carries the 事项 sheet only) leaves that part of existing items
 * unchanged; a present sheet replaces it.
 */
export interface ParsedCatalogue {
  items: ParsedItemRow[];
  errors: ImportError[];
  present: { materials: boolean; fees: boolean; situations: boolean; faqs: boolean; steps: boolean };
}

function parseSheets(sheets: Map<string, string[][]>): { items: ParsedItemRow[]; errors: ImportError[] } {
  const errors: ImportError[] = [];
  const itemRows = sheets.get(SHEETS.items);
  if (!itemRows || itemRows.length === 0) {
    return { items: [], errors: [{ sheet: SHEETS.items, row: 0, column: '', message: `找不到“${SHEETS.items}”工作表，或工作表为空` }] };
  }
  const headerErrors = errors.length;
  const items = readTable(SHEETS.items, itemRows, ITEM_COLUMNS, errors, true);
  const materials = readTable(SHEETS.materials, sheets.get(SHEETS.materials) ?? [], MATERIAL_COLUMNS, errors, false);
  const fees = readTable(SHEETS.fees, sheets.get(SHEETS.fees) ?? [], FEE_COLUMNS, errors, false);
  const extraRows = {
    situations: readTable(SHEETS.situations, sheets.get(SHEETS.situations) ?? [], SITUATION_COLUMNS, errors, false),
    faqs: readTable(SHEETS.faqs, sheets.get(SHEETS.faqs) ?? [], FAQ_COLUMNS, errors, false),
    steps: readTable(SHEETS.steps, sheets.get(SHEETS.steps) ?? [], STEP_COLUMNS, errors, false),
  };
  if (errors.length > headerErrors) return { items: [], errors };
  if (items.length === 0) return { items: [], errors: [{ sheet: SHEETS.items, row: 2, column: '', message: '文件中没有事项数据' }] };

  const byCode = new Map<string, { row: number; materials: unknown[]; fees: unknown[] }>();
  for (const { row, cells } of items) {
    const code = cells.implementationCode ?? '';
    if (!code) errors.push({ sheet: SHEETS.items, row, column: ITEM_TITLE.implementationCode!, message: '实施编码不能为空' });
    else if (byCode.has(code)) errors.push({ sheet: SHEETS.items, row, column: ITEM_TITLE.implementationCode!, message: `实施编码与第${byCode.get(code)!.row}行重复` });
    else byCode.set(code, { row, materials: [], fees: [] });
  }
  const attach = (sheet: string, rows: typeof materials, key: 'materials' | 'fees', columns: Columns, build: (c: Record<string, string>) => unknown, schema: typeof ZMaterialDraft | typeof ZFeeDraft) => {
    for (const { row, cells } of rows) {
      const owner = byCode.get(cells.implementationCode ?? '');
      if (!owner) {
        errors.push({ sheet, row, column: '实施编码', message: `实施编码“${cells.implementationCode ?? ''}”在“${SHEETS.items}”表中不存在` });
        continue;
      }
      const parsed = schema.safeParse(build(cells));
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const title = columns.find(([f]) => f === issue.path[0])?.[1] ?? String(issue.path[0] ?? '');
          errors.push({ sheet, row, column: title, message: issue.message });
        }
      } else owner[key].push(parsed.data);
    }
  };
  attach(SHEETS.materials, materials, 'materials', MATERIAL_COLUMNS, (c) => ({
    name: c.name,
    requirement: enumOf('requirement', c.requirement) ?? undefined,
    form: enumOf('form', c.form) ?? undefined,
    originality: enumOf('originality', c.originality) ?? undefined,
    copies: num(c.copies) ?? undefined,
    source: enumOf('source', c.source) ?? undefined,
    acceptanceStandard: nullable(c.acceptanceStandard),
    commonMistakes: nullable(c.commonMistakes),
    conditionText: nullable(c.conditionText),
  }), ZMaterialDraft);
  attach(SHEETS.fees, fees, 'fees', FEE_COLUMNS, (c) => ({ name: c.name, standard: c.standard, basis: c.basis ?? '', reductions: nullable(c.reductions) }), ZFeeDraft);

  const extras = parseExtraSheets(extraRows, new Set(byCode.keys()), errors);
  const hasSituations = sheets.has(SHEETS.situations);

  const out: ParsedItemRow[] = [];
  for (const { row, cells: c } of items) {
    const owner = byCode.get(c.implementationCode ?? '');
    if (!owner || owner.row !== row) continue;
    const raw = {
      name: c.name ?? '',
      type: enumOf('type', c.type),
      level: enumOf('level', c.level),
      handlingType: enumOf('handlingType', c.handlingType),
      statutoryLimit: num(c.statutoryLimit),
      statutoryLimitUnit: enumOf('unit', c.statutoryLimitUnit),
      promisedLimit: num(c.promisedLimit),
      promisedLimitUnit: enumOf('unit', c.promisedLimitUnit) ?? 'WORKING_DAY',
      visitsNeeded: num(c.visitsNeeded),
      visitsReason: nullable(c.visitsReason),
      channels: splitMulti(c.channels ?? '').map((s) => valueOf('channels', s) ?? s),
      onlineDepth: splitMulti(c.onlineDepth ?? '').map((s) => valueOf('onlineDepth', s) ?? s),
      inServiceCentre: yesNo(c.inServiceCentre),
      courierDelivery: yesNo(c.courierDelivery),
      onlinePayment: yesNo(c.onlinePayment),
      bookingAvailable: yesNo(c.bookingAvailable),
      anywhereScope: enumOf('anywhereScope', c.anywhereScope) ?? 'NONE',
      conditions: nullable(c.conditions),
      legalBasis: nullable(c.legalBasis),
      address: nullable(c.address),
      officeHours: nullable(c.officeHours),
      enquiryPhone: nullable(c.enquiryPhone),
      complaintPhone: nullable(c.complaintPhone),
      resultName: nullable(c.resultName),
      resultType: enumOf('resultType', c.resultType),
      materialsNone: yesNo(c.materialsNone),
      materials: owner.materials,
      fees: owner.fees,
      faqs: extras.get(c.implementationCode ?? '')?.faqs ?? [],
      processSteps: extras.get(c.implementationCode ?? '')?.processSteps ?? [],
      situations: hasSituations ? (extras.get(c.implementationCode ?? '')?.situations ?? []) : undefined,
    };
    const parsed = ZDraftContent.safeParse(raw);
    let ok = parsed.success;
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors.push({ sheet: SHEETS.items, row, column: columnOf(String(issue.path[0] ?? '')), message: issueMessage(issue) });
    }
    for (const f of ['baseCode', 'departmentCode', 'regionCode'] as const) {
      if (!c[f]) {
        errors.push({ sheet: SHEETS.items, row, column: ITEM_TITLE[f]!, message: `${ITEM_TITLE[f]}不能为空` });
        ok = false;
      }
    }
    if (ok && parsed.success) {
      out.push({ row, implementationCode: c.implementationCode!, baseCode: c.baseCode!, departmentCode: c.departmentCode!, regionCode: c.regionCode!, content: parsed.data });
    }
  }
  return { items: out, errors };
}

/** zod's messages for enums and types are English and technical; say it in Chinese with the allowed labels. */
function issueMessage(issue: { code: string; message: string; path: PropertyKey[] }): string {
  const field = String(issue.path[0] ?? '');
  const kind = ({ statutoryLimitUnit: 'unit', promisedLimitUnit: 'unit' } as Record<string, string>)[field] ?? field;
  if (issue.code === 'invalid_value' && LABELS[kind]) return `取值无效，可选：${Object.values(LABELS[kind]!).join('、')}`;
  if (issue.code === 'invalid_type') return /number/.test(issue.message) ? '应填写整数' : /boolean/.test(issue.message) ? '应填写“是”或“否”' : '该项必须填写且格式正确';
  if (issue.code === 'too_big' || issue.code === 'too_small') return `超出允许范围（${issue.message}）`;
  return issue.message;
}
