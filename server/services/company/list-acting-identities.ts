import type { TActingIdentity } from '@shared/schemas/company';
import type { Db } from '../../db/client';

const RELATION: Record<string, string> = { FAMILY: '家属代办', GUARDIAN: '监护人代办', ENTRUSTED: '委托代办', EMPLOYEE: '员工代办' };
const COMPANY_ROLE: Record<string, string> = { LEGAL_REPRESENTATIVE: '法定代表人', ADMIN: '管理员', MEMBER: '经办人' };

/**
 * Whom the citizen may apply for: themselves (once their real-name profile exists), each principal whose
 * authorisation is ACTIVE and unexpired, and each company they hold an active role in. The application form
 * offers exactly these; the server checks the choice again on submit.
 */
export async function listActingIdentities(db: Db, userId: string): Promise<{ items: TActingIdentity[] }> {
  const now = new Date();
  const [profile, auths, memberships] = await Promise.all([
    db.realNameProfile.findUnique({ where: { userId }, select: { nameMasked: true, idNumberMasked: true } }),
    db.agentAuthorisation.findMany({
      where: { agentUserId: userId, status: 'ACTIVE', OR: [{ validUntil: null }, { validUntil: { gt: now } }] },
      orderBy: { createdAt: 'asc' },
    }),
    db.companyMember.findMany({ where: { userId, revokedAt: null }, include: { company: true }, orderBy: { createdAt: 'asc' } }),
  ]);
  const items: TActingIdentity[] = [];
  if (profile) items.push({ kind: 'SELF', id: userId, name: profile.nameMasked, idNumber: profile.idNumberMasked, relation: '本人' });
  for (const a of auths) {
    items.push({ kind: 'PRINCIPAL', id: a.id, name: a.principalNameMasked, idNumber: a.principalIdMasked, relation: RELATION[a.relationship] ?? null });
  }
  for (const m of memberships) {
    items.push({ kind: 'COMPANY', id: m.companyId, name: m.company.name, idNumber: m.company.creditCode, relation: COMPANY_ROLE[m.role] ?? null });
  }
  return { items };
}
