import type { TBundle } from '@shared/schemas/catalog';
import type { Db } from '../../db/client';
import { errors } from '../../errors';
import { presentMaterial, presentSummary, summarySelect } from '../../presenters/guide.presenter';

const fileSelect = { select: { id: true, originalName: true, mime: true, size: true, deletedAt: true } } as const;

/**
 * GET /bundles/:code: the bundle, its items' published summaries and one merged material list in which a material
 * several items need (same material type, or same name) is asked once. Conditional materials stay with the items'
 * own guides (their situations decide).
 */
export async function getBundle(db: Db, code: string): Promise<TBundle> {
  const bundle = /^[A-Za-z0-9-]{1,64}$/.test(code)
    ? await db.bundle.findFirst({
        where: { code, status: 'PUBLISHED' },
        include: { leadDepartment: { select: { code: true, name: true } }, items: { orderBy: { sortOrder: 'asc' }, select: { itemId: true } } },
      })
    : null;
  if (!bundle) throw errors.notFound('没有找到这个“一件事”，它可能已调整。请返回首页查看可办理的一件事，或拨打12345咨询。');
  const versions = await db.serviceItemVersion.findMany({
    where: { status: 'PUBLISHED', itemId: { in: bundle.items.map((i) => i.itemId) } },
    select: {
      ...summarySelect,
      materials: {
        where: { requirement: 'REQUIRED' },
        orderBy: { sortOrder: 'asc' },
        include: { blankFormFile: fileSelect, sampleFile: fileSelect, materialType: { select: { governmentIssued: true } } },
      },
    },
  });
  const ordered = bundle.items.flatMap((bi) => versions.filter((v) => v.itemId === bi.itemId));
  const items = ordered.map(presentSummary);

  const merged = new Map<string, TBundle['materials'][number]>();
  for (const v of ordered) {
    for (const m of v.materials) {
      const key = m.materialTypeCode ?? `name:${m.name}`;
      const ref = { code: v.item.implementationCode, name: v.name };
      const seen = merged.get(key);
      if (seen) {
        seen.items.push(ref);
        seen.copies = Math.max(seen.copies, m.copies);
      } else merged.set(key, { ...presentMaterial(m), items: [ref] });
    }
  }
  const longest = items.reduce((a, i) => (i.promisedLimit.value > a.value ? i.promisedLimit : a), { value: 0, unit: 'WORKING_DAY' as const } as TBundle['promisedLimit']);
  return {
    code: bundle.code,
    name: bundle.name,
    description: bundle.description,
    itemCount: items.length,
    regionCode: bundle.regionCode,
    leadDepartment: bundle.leadDepartment,
    publishedAt: bundle.publishedAt?.toISOString() ?? null,
    items,
    materials: [...merged.values()],
    visitsNeeded: items.reduce((n, i) => Math.max(n, i.visitsNeeded), 0),
    promisedLimit: longest,
  };
}
