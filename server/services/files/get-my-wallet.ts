import { isUsable, isVerified, matchWallet, TRUST_LEVELS, type WalletEntryFacts } from '@shared/domain/wallet/match-wallet';
import type { TWallet, TWalletItem } from '@shared/schemas/wallet';
import type { Db } from '../../db/client';
import { errors } from '../../errors';
import { presentStoredFile } from '../../presenters/stored-file.presenter';

/** Today in China (UTC+8, no DST): validity dates are calendar days there. */
function chinaToday(now: Date): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/**
 * The citizen's material wallet (revoked entries hidden), strongest first, and — for an item version — the
 * entry to offer for each of its materials, matched by material type.
 */
export async function getMyWallet(db: Db, userId: string, itemVersionId?: string, now = new Date()): Promise<TWallet> {
  const rows = await db.walletItem.findMany({
    where: { userId, revokedAt: null, companyId: null },
    include: { materialType: { select: { code: true, name: true } }, file: true },
    orderBy: [{ createdAt: 'desc' }],
  });
  const today = chinaToday(now);
  const facts: WalletEntryFacts[] = rows.map((r) => ({
    id: r.id,
    materialTypeCode: r.materialTypeCode,
    trustLevel: r.trustLevel,
    validUntil: r.validUntil ? r.validUntil.toISOString().slice(0, 10) : null,
    revoked: false,
    since: (r.verifiedAt ?? r.createdAt).toISOString(),
  }));
  const items: TWalletItem[] = rows.map((r, i) => ({
    id: r.id,
    title: r.title,
    materialType: r.materialType,
    trustLevel: r.trustLevel,
    trustLabel: TRUST_LEVELS[r.trustLevel].label,
    verified: isVerified(r.trustLevel),
    licenceNumber: r.licenceNumber,
    issuer: r.issuer,
    validUntil: facts[i]!.validUntil,
    expired: !isUsable(facts[i]!, today),
    verifiedAt: r.verifiedAt?.toISOString() ?? null,
    file: r.file && !r.file.deletedAt ? presentStoredFile(r.file) : null,
  }));
  items.sort((a, b) => Number(a.expired) - Number(b.expired) || TRUST_LEVELS[b.trustLevel].rank - TRUST_LEVELS[a.trustLevel].rank);
  if (!itemVersionId) return { items };
  const version = await db.serviceItemVersion.findUnique({ where: { id: itemVersionId }, select: { materials: { select: { id: true, materialTypeCode: true }, orderBy: { sortOrder: 'asc' } } } });
  if (!version) throw errors.notFound('事项不存在');
  return { items, matches: matchWallet(version.materials, facts, today) };
}
