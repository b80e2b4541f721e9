import JSZip from 'jszip';
import type { Actor } from '../../domain/actor';
import { posterContent } from '../../domain/catalog/poster-content';
import { errors } from '../../errors';
import { itemScopeWhere } from '../catalog-admin/scope';
import { renderFile, type PosterDeps, type PosterFormat } from './make-poster';

/** Posters per zip: a department rarely has more; beyond this the hall prints in several downloads. */
const MAX_POSTERS = 200;

/**
 * Every published item of one department as posters in a zip (PDF, PNG or both), for printing the hall's walls in
 * one go. Items the editor's grants do not reach are left out.
 */
export async function makeDepartmentPosters(
  deps: PosterDeps,
  actor: Extract<Actor, { kind: 'staff' }>,
  opts: { departmentId: string; formats: PosterFormat[]; window?: string },
): Promise<{ body: Buffer; contentType: string; filename: string }> {
  const department = await deps.db.department.findUnique({ where: { id: opts.departmentId }, select: { name: true } });
  if (!department) throw errors.notFound('部门不存在');
  const scope = await itemScopeWhere(deps.db, actor);
  const versions = await deps.db.serviceItemVersion.findMany({
    where: { status: 'PUBLISHED', item: { AND: [scope, { departmentId: opts.departmentId }] } },
    include: { item: { select: { implementationCode: true } } },
    orderBy: { item: { implementationCode: 'asc' } },
    take: MAX_POSTERS + 1,
  });
  if (versions.length === 0) throw errors.notFound('该部门没有您可管理的已发布事项');
  if (versions.length > MAX_POSTERS) throw errors.badRequest(`一次最多生成${MAX_POSTERS}张海报，请按部门分批下载`);
  const zip = new JSZip();
  // One at a time: rendering is CPU-bound and the machine also serves citizens.
  for (const v of versions) {
    const content = posterContent({ ...v, implementationCode: v.item.implementationCode, departmentName: department.name }, opts.window);
    for (const format of opts.formats) {
      const file = await renderFile(deps, content, format);
      zip.file(file.filename, file.body);
    }
  }
  const body = await zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
  return { body, contentType: 'application/zip', filename: `${department.name}-事项海报.zip` };
}
