import type { TDraftContent, TImportReport } from '@shared/schemas/catalog-admin';
import type { Actor } from '../../domain/actor';
import { checkConsistency, checkForPublish } from '../../domain/catalog/consistency';
import { draftToElements } from '../../domain/catalog/from-draft';
import { SHEETS } from '../../domain/catalog/national-layout';
import { columnOf, parseCatalogueSheets, type ImportError, type ParsedCatalogue, type ParsedItemRow } from '../../domain/catalog/parse-import';
import { canActOn, CATALOGUE_ROLES } from '../../domain/catalog/scope';
import type { Db, DbTx } from '../../db/client';
import { loadVersionRow, rowContent } from '../../presenters/admin-version.presenter';
import { afterCatalogueChange } from './after-change';
import { copyToDraftInTx } from './create-draft';
import { publishInTx } from './publish-version';
import { regionAncestry } from './scope';
import { readSpreadsheet } from './spreadsheet';
import { syncChildren, versionScalars } from './version-content';

/**
 * Import a catalogue file (XLSX in the national element layout, or the 事项 sheet as CSV). Every row is checked
 * (cells, references, permissions, the catalogue rules: all of them when publishing directly) and the report lists
 * every problem by sheet, row and column. Nothing is written unless the whole file is valid; then everything is
 * written in one transaction: new items get version 1, existing ones a new draft (or their open draft is updated),
 * and with mode=publish each is published.
 */
export async function importCatalogue(db: Db, actor: Extract<Actor, { kind: 'staff' }>, file: Buffer, mode: 'draft' | 'publish'): Promise<TImportReport> {
  const report = (errors: ImportError[], rows = 0, counts = { created: 0, updated: 0, published: 0 }): TImportReport => ({
    ok: errors.length === 0,
    mode,
    rows,
    ...counts,
    errors: errors.slice(0, 500),
    errorCount: errors.length,
  });
  const read = await readSpreadsheet(file, SHEETS.items);
  if (!read.ok) return report([{ sheet: '', row: 0, column: '', message: read.message }]);
  const parsed = parseCatalogueSheets(read.sheets);
  const errors = [...parsed.errors];
  const rowsRead = parsed.items.length + new Set(parsed.errors.filter((e) => e.sheet === SHEETS.items && e.row > 1).map((e) => e.row)).size;

  const [departments, existing] = await Promise.all([
    db.department.findMany({ where: { code: { in: parsed.items.map((i) => i.departmentCode) } }, select: { id: true, code: true } }),
    db.serviceItem.findMany({
      where: { implementationCode: { in: parsed.items.map((i) => i.implementationCode) } },
      select: { id: true, implementationCode: true, departmentId: true, regionCode: true, versions: { where: { status: 'DRAFT' }, select: { id: true } } },
    }),
  ]);
  const deptByCode = new Map(departments.map((d) => [d.code, d.id]));
  const itemByCode = new Map(existing.map((i) => [i.implementationCode, i]));
  const ancestry = new Map<string, string[]>();
  const err = (row: number, column: string, message: string) => errors.push({ sheet: SHEETS.items, row, column, message });

  const plan: { row: ParsedItemRow; departmentId: string; existing?: (typeof existing)[number] }[] = [];
  for (const row of parsed.items) {
    const departmentId = deptByCode.get(row.departmentCode);
    if (!departmentId) err(row.row, '实施主体编码', `实施主体编码“${row.departmentCode}”不存在`);
    if (!ancestry.has(row.regionCode)) ancestry.set(row.regionCode, await regionAncestry(db, row.regionCode));
    const regionOk = (await db.region.count({ where: { code: row.regionCode } })) > 0;
    if (!regionOk) err(row.row, '行政区划代码', `行政区划代码“${row.regionCode}”不存在`);
    if (!departmentId || !regionOk) continue;
    const prior = itemByCode.get(row.implementationCode);
    const places = [{ departmentId, regionAncestry: ancestry.get(row.regionCode)! }];
    if (prior) places.push({ departmentId: prior.departmentId, regionAncestry: await regionAncestry(db, prior.regionCode) });
    if (!places.every((p) => canActOn(actor, CATALOGUE_ROLES, p))) {
      err(row.row, '实施主体编码', '该事项不在您的管理范围内');
      continue;
    }
    const rules = mode === 'publish' ? checkForPublish : checkConsistency;
    const materialsKept = prior && !parsed.present.materials;
    for (const v of rules(draftToElements(row.content, departmentId))) {
      if (materialsKept && MATERIAL_DEPENDENT.has(v.code)) continue; // judged below on the merged content
      err(row.row, columnOf(v.field), `${v.message}（${v.code}）`);
    }
    plan.push({ row, departmentId, existing: prior });
  }
  if (errors.length) return report(errors, rowsRead);

  const counts = { created: 0, updated: 0, published: 0 };
  const mergeErrors: ImportError[] = [];
  await db.$transaction(
    async (tx) => {
      for (const p of plan) {
        const versionId = p.existing ? await updateExisting(tx, p, actor.staffId, parsed.present) : await createNew(tx, p, actor.staffId);
        if (p.existing) counts.updated++;
        else counts.created++;
        const merged = await loadVersionRow(tx, versionId);
        if (mode === 'publish') {
          const violations = checkForPublish(draftToElements(rowContent(merged), p.departmentId));
          for (const v of violations) mergeErrors.push({ sheet: SHEETS.items, row: p.row.row, column: columnOf(v.field), message: `${v.message}（${v.code}）` });
          if (violations.length === 0) {
            await publishInTx(tx, { versionId, itemId: merged.itemId, revision: merged.revision, staffId: actor.staffId });
            counts.published++;
          }
        }
      }
      if (mergeErrors.length) throw new RollbackImport();
    },
    { timeout: 120_000, maxWait: 10_000 },
  ).catch((e: unknown) => {
    if (!(e instanceof RollbackImport)) throw e;
  });
  if (mergeErrors.length) return report(mergeErrors, rowsRead);
  await afterCatalogueChange();
  return report([], rowsRead, counts);
}

class RollbackImport extends Error {}

/** Rules that look at the material list: without a 申请材料 sheet they can only be judged on the merged content. */
const MATERIAL_DEPENDENT = new Set(['MATERIALS_MISSING', 'MATERIALS_CONFLICT', 'MATERIAL_NAME_DUPLICATE', 'OPTION_MATERIAL_UNKNOWN', 'CONDITIONAL_MATERIAL_UNREACHABLE']);

async function createNew(tx: DbTx, p: { row: ParsedItemRow; departmentId: string }, staffId: string): Promise<string> {
  const item = await tx.serviceItem.create({
    data: { baseCode: p.row.baseCode, implementationCode: p.row.implementationCode, departmentId: p.departmentId, regionCode: p.row.regionCode },
  });
  const v = await tx.serviceItemVersion.create({
    data: { itemId: item.id, versionNo: 1, status: 'DRAFT', createdByStaffId: staffId, ...versionScalars(p.row.content), changeNote: '批量导入' },
  });
  await syncChildren(tx, v.id, p.row.content, []);
  return v.id;
}

/**
 * Existing item: write into its open draft, or a fresh deep copy of the published version. Elements whose sheet
 * the file does not carry (a CSV carries 事项 only) are kept; materials are matched by name so that situations
 * keep pointing at them.
 */
async function updateExisting(
  tx: DbTx,
  p: { row: ParsedItemRow; departmentId: string; existing?: { id: string; versions: { id: string }[] } },
  staffId: string,
  present: ParsedCatalogue['present'],
): Promise<string> {
  const item = p.existing!;
  const draftId = item.versions[0]?.id ?? (await copyToDraftInTx(tx, item.id, staffId));
  const draft = await loadVersionRow(tx, draftId);
  const current = rowContent(draft);
  const byName = new Map(current.materials.map((m) => [m.name, m.id]));
  const content: TDraftContent = {
    ...p.row.content,
    processSteps: present.steps ? p.row.content.processSteps : current.processSteps,
    faqs: present.faqs ? p.row.content.faqs : current.faqs,
    situations: present.situations ? p.row.content.situations : undefined,
    changeNote: '批量导入',
    materials: present.materials ? p.row.content.materials.map((m) => ({ ...m, id: byName.get(m.name) })) : current.materials,
    fees: present.fees ? p.row.content.fees : current.fees,
  };
  await tx.serviceItem.update({ where: { id: item.id }, data: { baseCode: p.row.baseCode, departmentId: p.departmentId, regionCode: p.row.regionCode } });
  await tx.serviceItemVersion.update({ where: { id: draftId }, data: { ...versionScalars(content), revision: { increment: 1 } } });
  await syncChildren(tx, draftId, content, draft.materials.map((m) => m.id));
  return draftId;
}
