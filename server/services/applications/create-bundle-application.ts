import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { tailorMaterials } from '@shared/catalog/tailor-materials';
import type { TBundleApplication, ZBundleApplicationCreate } from '@shared/schemas/application';
import type { FieldCrypto } from '../../crypto/field-crypto';
import type { Db } from '../../db/client';
import { errors } from '../../errors';
import { provisionalCaseNumber } from '../cases/case-number';
import { loadOwnBundle, presentBundle } from './bundle-application';
import { applicantOf, publishedVersionOf } from './create-application';

type Input = z.output<typeof ZBundleApplicationCreate>;

/**
 * POST /bundle-applications: one application for a 一件事 bundle. It fans out at once into one DRAFT sub-case per
 * item of the bundle, on that item's current published version and in that item's department, so each department
 * later pre-reviews only its own part, in parallel with the others. The parent case holds the bundle, the lead
 * department and the applicant; it has no item and no status anyone acts on (the citizen sees the parts' standing).
 * Everything is written in one transaction: a bundle is never half created.
 */
export async function createBundleApplication(deps: { db: Db; pii: FieldCrypto }, userId: string, input: Input): Promise<TBundleApplication> {
  const bundle = await deps.db.bundle.findFirst({
    where: { code: input.bundleCode, status: 'PUBLISHED' },
    include: { items: { orderBy: { sortOrder: 'asc' }, include: { item: { select: { implementationCode: true } } } } },
  });
  if (!bundle || bundle.items.length === 0) throw errors.notFound('没有找到这个“一件事”，它可能已调整');

  const versions = [];
  for (const bi of bundle.items) versions.push(await publishedVersionOf(deps.db, bi.item.implementationCode));
  const parentId = randomUUID();
  // The applicant is snapshotted per case (the encryption is bound to each case row); an agent's authorisation
  // must cover every item of the bundle.
  const parent = await applicantOf(deps, userId, parentId, versions[0]!.v.item.id, input.actingFor);
  const parts = await Promise.all(
    versions.map(async ({ v, situations }) => {
      const id = randomUUID();
      return { id, v, applicant: await applicantOf(deps, userId, id, v.item.id, input.actingFor), materials: tailorMaterials(v.materials, situations, {}).materials };
    }),
  );

  await deps.db.$transaction(async (tx) => {
    await tx.case.create({
      data: { id: parentId, number: provisionalCaseNumber(), bundleId: bundle.id, departmentId: bundle.leadDepartmentId, regionCode: bundle.regionCode, status: 'DRAFT', channel: 'ONLINE', ...parent, formData: {} },
    });
    for (const p of parts) {
      await tx.case.create({
        data: {
          id: p.id,
          number: provisionalCaseNumber(),
          itemVersionId: p.v.id,
          bundleId: bundle.id,
          parentId,
          departmentId: p.v.item.departmentId,
          regionCode: p.v.item.regionCode,
          status: 'DRAFT',
          channel: 'ONLINE',
          ...p.applicant,
          situationAnswers: {},
          formData: {},
          materials: {
            create: p.materials.map((m) => ({
              itemMaterialId: m.id,
              materialTypeCode: m.materialTypeCode,
              name: m.name,
              ...(m.source === 'GOVERNMENT' ? { supply: 'GOVERNMENT_FETCH' as const, trustLevel: 'A' as const } : {}),
            })),
          },
        },
      });
    }
  });
  return presentBundle(await loadOwnBundle(deps.db, userId, parentId));
}
