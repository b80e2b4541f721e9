import type { TCompany } from '@shared/schemas/company';
import type { Db } from '../../db/client';
import { presentCompany } from './present-company';

/** Companies the citizen may act for now (revoked memberships left out). */
export async function listMyCompanies(db: Db, userId: string): Promise<{ items: TCompany[] }> {
  const rows = await db.companyMember.findMany({ where: { userId, revokedAt: null }, orderBy: { createdAt: 'asc' } });
  return { items: await Promise.all(rows.map((m) => presentCompany(db, m.companyId, m.role))) };
}
