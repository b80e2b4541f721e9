import type { FieldCrypto } from '../../crypto/field-crypto';
import type { Db } from '../../db/client';
import { aad } from '../../presenters/profile.presenter';

/**
 * Key rotation, second half: rewrite every personal-data ciphertext that is not under the active key, in batches,
 * so the old key can then be removed from the ring. Safe to re-run and to interrupt (each row is rewritten on its
 * own; rows already on the active key are skipped). Lookup hashes do not change: the hash key is separate.
 */
export async function reencryptPersonalData(db: Db, pii: FieldCrypto, batchSize = 200): Promise<{ profiles: number; phones: number }> {
  const stale = (box: Uint8Array | null) => box !== null && pii.keyIdOf(box) !== pii.activeKeyId;
  const again = (box: Uint8Array, where: string) => pii.encrypt(pii.decrypt(box, where), where);
  let profiles = 0;
  let phones = 0;
  let cursor: string | undefined;
  for (;;) {
    const rows = await db.realNameProfile.findMany({ take: batchSize, orderBy: { userId: 'asc' }, ...(cursor ? { cursor: { userId: cursor }, skip: 1 } : {}) });
    if (rows.length === 0) break;
    for (const r of rows) {
      if (!stale(r.nameEnc) && !stale(r.idNumberEnc) && !stale(r.addressEnc)) continue;
      await db.realNameProfile.update({
        where: { userId: r.userId },
        data: {
          nameEnc: again(r.nameEnc, aad.name(r.userId)),
          idNumberEnc: again(r.idNumberEnc, aad.idNumber(r.userId)),
          addressEnc: r.addressEnc ? again(r.addressEnc, aad.address(r.userId)) : null,
        },
      });
      profiles += 1;
    }
    cursor = rows[rows.length - 1]!.userId;
  }
  cursor = undefined;
  for (;;) {
    const users: { id: string; phoneEnc: Uint8Array | null }[] = await db.user.findMany({
      where: { phoneEnc: { not: null } },
      select: { id: true, phoneEnc: true },
      take: batchSize,
      orderBy: { id: 'asc' },
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    if (users.length === 0) break;
    for (const u of users) {
      if (!stale(u.phoneEnc)) continue;
      await db.user.update({ where: { id: u.id }, data: { phoneEnc: again(u.phoneEnc!, aad.phone(u.id)) } });
      phones += 1;
    }
    cursor = users[users.length - 1]!.id;
  }
  return { profiles, phones };
}
