import type { z } from 'zod';
import type { ZMyDataExport } from '@shared/schemas/identity';
import type { FieldCrypto } from '../../crypto/field-crypto';
import type { Db } from '../../db/client';
import { presentProfile } from '../../presenters/profile.presenter';
import { listDataAccess } from './data-access';

/** Everything held about the caller, in one JSON document (PIPL Art. 45: access and portability). */
export async function exportMyData(deps: { db: Db; pii: FieldCrypto }, userId: string): Promise<z.infer<typeof ZMyDataExport>> {
  const user = await deps.db.user.findUniqueOrThrow({
    where: { id: userId },
    include: { profile: true, consents: { orderBy: { grantedAt: 'asc' } } },
  });
  const cases = await deps.db.case.findMany({
    where: { OR: [{ applicantUserId: userId }, { agentUserId: userId }] },
    select: { number: true, status: true, submittedAt: true },
    orderBy: { createdAt: 'asc' },
  });
  return {
    exportedAt: new Date().toISOString(),
    account: { id: user.id, createdAt: user.createdAt.toISOString(), lastLoginAt: user.lastLoginAt?.toISOString() ?? null, largeFont: user.largeFont },
    profile: user.profile ? presentProfile(user.profile, { enc: user.phoneEnc, masked: user.phoneMasked }, { full: true, pii: deps.pii }) : null,
    consents: user.consents.map((c) => ({ kind: c.kind, policyVersion: c.policyVersion, grantedAt: c.grantedAt.toISOString() })),
    cases: cases.map((c) => ({ number: c.number, status: c.status, submittedAt: c.submittedAt?.toISOString() ?? null })),
    dataAccess: await listDataAccess(deps.db, userId, 10_000),
  };
}
