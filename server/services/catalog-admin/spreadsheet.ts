import ExcelJS from 'exceljs';

/** A sheet as text cells; the first row holds the column titles. */
export type SheetRows = string[][];

export type ReadResult = { ok: true; format: 'xlsx' | 'csv'; sheets: Map<string, SheetRows> } | { ok: false; message: string };

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/**
 * Read an XLSX workbook or a UTF-8 CSV (one sheet, named after `csvSheet`). Content decides, not the file name: a
 * zip is tried as XLSX, anything else must be valid UTF-8 text without NUL bytes to count as CSV.
 */
export async function readSpreadsheet(buf: Buffer, csvSheet: string): Promise<ReadResult> {
  if (buf.length === 0) return { ok: false, message: '文件为空' };
  if (buf.subarray(0, 4).equals(ZIP_MAGIC)) {
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(buf as unknown as ArrayBuffer);
    } catch {
      return { ok: false, message: '无法读取该 Excel 文件（文件可能已损坏，或不是 .xlsx 格式）' };
    }
    const sheets = new Map<string, SheetRows>();
    wb.eachSheet((ws) => {
      const rows: SheetRows = [];
      ws.eachRow({ includeEmpty: true }, (row, n) => {
        const cells: string[] = [];
        row.eachCell({ includeEmpty: true }, (cell, col) => {
          cells[col - 1] = cellText(cell.value);
        });
        rows[n - 1] = Array.from(cells, (c) => c ?? '');
      });
      sheets.set(ws.name.trim(), Array.from(rows, (r) => r ?? []));
    });
    return { ok: true, format: 'xlsx', sheets };
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(buf);
  if (text.includes('\u0000') || text.includes('\ufffd')) return { ok: false, message: '文件不是电子表格（支持 .xlsx 或 UTF-8 编码的 .csv）' };
  return { ok: true, format: 'csv', sheets: new Map([[csvSheet, parseCsv(text.replace(/^\ufeff/, ''))]]) };
}

function cellText(v: ExcelJS.CellValue): string {
  if (v == null) return '';
  if (typeof v === 'object') {
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('text' in v) return String(v.text);
    if ('result' in v) return v.result == null ? '' : String(v.result);
    return '';
  }
  return String(v);
}

/** RFC 4180 CSV: quoted fields, doubled quotes, CRLF or LF line ends. */
export function parseCsv(text: string): SheetRows {
  const rows: SheetRows = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** CSV with a UTF-8 BOM so that Excel opens Chinese text correctly. */
export function writeCsv(rows: SheetRows): Buffer {
  const esc = (s: string) => (/[",\r\n]/.test(s) || /^[=+\-@]/.test(s) ? `"${s.replace(/^([=+\-@])/, "'$1").replace(/"/g, '""')}"` : s);
  return Buffer.from('\ufeff' + rows.map((r) => r.map(esc).join(',')).join('\r\n') + '\r\n', 'utf8');
}

/** An XLSX workbook with one sheet per entry, titles in bold, all cells as text (codes keep their leading zeros). */
export async function writeXlsx(sheets: [name: string, rows: SheetRows][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'OneTrip';
  for (const [name, rows] of sheets) {
    const ws = wb.addWorksheet(name);
    for (const r of rows) ws.addRow(r);
    ws.getRow(1).font = { bold: true };
    ws.columns.forEach((c) => {
      c.numFmt = '@';
      c.width = 18;
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
