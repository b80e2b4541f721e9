import { z } from 'zod';
import { ZStoredFile } from './files';

export const ZTrustLevel = z.enum(['A', 'B', 'C', 'D']);

/** One entry of the citizen's material wallet (材料库 / 电子证照). */
export const ZWalletItem = z.object({
  id: z.string(),
  title: z.string(),
  materialType: z.object({ code: z.string(), name: z.string() }),
  /** A issued by government, B verified by window staff, C uploaded by the user, D made under a pledge. */
  trustLevel: ZTrustLevel,
  /** Chinese label of the trust level. */
  trustLabel: z.string(),
  /** Verified (A/B): offered automatically on application forms. */
  verified: z.boolean(),
  licenceNumber: z.string().nullable(),
  issuer: z.string().nullable(),
  /** Last valid day (YYYY-MM-DD), or null. */
  validUntil: z.string().nullable(),
  /** Past its validity date: kept for reference, not offered. */
  expired: z.boolean(),
  verifiedAt: z.iso.datetime().nullable(),
  file: ZStoredFile.nullable(),
});
export type TWalletItem = z.infer<typeof ZWalletItem>;

/** GET /me/wallet: optionally for an item version, to fill its materials from the wallet. */
export const ZWalletQuery = z.object({
  /** Item version being applied for: adds a match per material. */
  itemVersionId: z.uuid().optional(),
});

export const ZWalletMatch = z.object({
  /** ItemMaterial id. */
  materialId: z.string(),
  walletItemId: z.string().nullable(),
  /** Filled in without asking (trust A/B). */
  autoSelect: z.boolean(),
  alternatives: z.array(z.string()),
});

export const ZWallet = z.object({
  items: z.array(ZWalletItem),
  /** Present when itemVersionId was given. */
  matches: z.array(ZWalletMatch).optional(),
});
export type TWallet = z.infer<typeof ZWallet>;
