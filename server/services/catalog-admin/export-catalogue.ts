import type { z } from 'zod';
import type { ZExportQuery } from '@shared/schemas/catalog-admin';
import type { Actor } from '../../domain/actor';
import { buildCatalogueSheets } from '../../domain/catalog/build-export';
import { SHEETS } from '../../domain/catalog/national-layout';
import type { Db } from '../../db/client';
import { errors } from '../../errors';
import type { Prisma } from '../../generated/prisma/client';
import { ADMIN_VERSION_INCLUDE, rowContent } from '../../presenters/admin-version.presenter';
import { itemScopeWhere } from './scope';
import { writeCsv, writeXlsx } from './spreadsheet';

/**
 * The published catalogue (or one department's part of it) in the national element layout, limited to what the
 * editor's grants reach. XLSX has the 事项, 申请材料 and 收费项目 sheets; CSV carries the 事项 sheet only.
 */
export async function exportCatalogue(
  db: Db,
  actor: Extract<Actor, { kind: 'staff' }>,
  q: z.infer<typeof ZExportQuery>,
): Promise<{ body: Buffer; contentType: string; filename: string }> {
  const scope = await itemScopeWhere(db, actor);
  const where: Prisma.ServiceItemVersionWhereInput = { status: 'PUBLISHED', item: { AND: [scope, q.departmentId ? { departmentId: q.departmentId } : {}] } };
  const rows = await db.serviceItemVersion.findMany({
    where,
    include: { ...ADMIN_VERSION_INCLUDE, item: { include: { department: { select: { name: true, code: true } } } } },
    orderBy: { item: { implementationCode: 'asc' } },
  });
  if (q.departmentId && rows.length === 0 && !(await db.department.findUnique({ where: { id: q.departmentId }, select: { id: true } }))) {
    throw errors.notFound('部门不存在');
  }
  const sheets = buildCatalogueSheets(
    rows.map((r) => ({
      implementationCode: r.item.implementationCode,
      baseCode: r.item.baseCode,
      departmentCode: r.item.department.code,
      regionCode: r.item.regionCode,
      content: rowContent(r),
    })),
  );
  const stamp = new Date().toISOString().slice(0, 10);
  if (q.format === 'csv') {
    return { body: writeCsv(sheets.find(([n]) => n === SHEETS.items)![1]), contentType: 'text/csv; charset=utf-8', filename: `事项目录-${stamp}.csv` };
  }
  return {
    body: await writeXlsx(sheets),
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    filename: `事项目录-${stamp}.xlsx`,
  };
}
