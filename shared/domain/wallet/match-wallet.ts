/**
 * "Data runs instead of people": which wallet entry to offer for each material an item asks for. Pure, shared by
 * the server (GET /me/wallet?itemVersionId=…) and the application form.
 */
export type TTrustLevel = 'A' | 'B' | 'C' | 'D';

/** Trust levels of electronic licences (国办函〔2016〕108号), strongest first. */
export const TRUST_LEVELS: Record<TTrustLevel, { rank: number; label: string }> = {
  A: { rank: 4, label: '政府部门签发' },
  B: { rank: 3, label: '窗口人员核验' },
  C: { rank: 2, label: '本人上传（待核原件）' },
  D: { rank: 1, label: '本人承诺' },
};

/** Verified entries (A, B) are filled in automatically; C and D are only suggested. */
export function isVerified(level: TTrustLevel): boolean {
  return level === 'A' || level === 'B';
}

export interface WalletEntryFacts {
  id: string;
  materialTypeCode: string;
  trustLevel: TTrustLevel;
  /** YYYY-MM-DD, inclusive; null = no expiry. */
  validUntil: string | null;
  revoked: boolean;
  /** ISO time of verification or creation, newer wins among equals. */
  since: string;
}

export interface MaterialNeed {
  id: string;
  materialTypeCode: string | null;
}

export interface WalletMatch {
  materialId: string;
  /** Best usable entry, or null. */
  walletItemId: string | null;
  /** Fill it in without asking (trust A or B). */
  autoSelect: boolean;
  /** Other usable entries of the same type, best first. */
  alternatives: string[];
}

/** Usable on the given day (YYYY-MM-DD): not revoked and not expired. */
export function isUsable(e: WalletEntryFacts, today: string): boolean {
  return !e.revoked && (e.validUntil === null || e.validUntil >= today);
}

function better(a: WalletEntryFacts, b: WalletEntryFacts): number {
  return TRUST_LEVELS[b.trustLevel].rank - TRUST_LEVELS[a.trustLevel].rank || b.since.localeCompare(a.since);
}

/** For each material with a type, the best usable wallet entry of that type (highest trust, then newest). */
export function matchWallet(needs: MaterialNeed[], wallet: WalletEntryFacts[], today: string): WalletMatch[] {
  const usable = wallet.filter((e) => isUsable(e, today)).sort(better);
  return needs.map((n) => {
    const same = n.materialTypeCode ? usable.filter((e) => e.materialTypeCode === n.materialTypeCode) : [];
    const best = same[0];
    return { materialId: n.id, walletItemId: best?.id ?? null, autoSelect: best ? isVerified(best.trustLevel) : false, alternatives: same.slice(1).map((e) => e.id) };
  });
}
