import type { TCompany, TCompanyRole } from '@shared/schemas/company';
import type { Db } from '../../db/client';

/** Load a company as `userId` sees it (members listed only for its legal representative). */
export async function presentCompany(db: Db, companyId: string, myRole: TCompanyRole): Promise<TCompany> {
  const c = await db.company.findUniqueOrThrow({
    where: { id: companyId },
    include:
      myRole === 'LEGAL_REPRESENTATIVE'
        ? { members: { include: { user: { select: { profile: { select: { nameMasked: true } } } } }, orderBy: { createdAt: 'asc' } } }
        : undefined,
  });
  const members = 'members' in c ? (c.members as { userId: string; role: TCompanyRole; revokedAt: Date | null; createdAt: Date; user: { profile: { nameMasked: string } | null } }[]) : null;
  return {
    id: c.id,
    name: c.name,
    creditCode: c.creditCode,
    legalRepName: c.legalRepNameMasked,
    myRole,
    members:
      members?.map((m) => ({ userId: m.userId, name: m.user.profile?.nameMasked ?? '—', role: m.role, active: m.revokedAt === null, createdAt: m.createdAt.toISOString() })) ??
      null,
    createdAt: c.createdAt.toISOString(),
  };
}

/** The caller's active role in a company, or null. */
export async function activeRole(db: Db, companyId: string, userId: string): Promise<TCompanyRole | null> {
  const m = await db.companyMember.findUnique({ where: { companyId_userId: { companyId, userId } } });
  return m && m.revokedAt === null ? m.role : null;
}
