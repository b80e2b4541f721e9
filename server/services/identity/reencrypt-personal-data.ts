import type { FieldCrypto } from '../../crypto/field-crypto';
import type { Db } from '../../db/client';
import { aad } from '../../presenters/profile.presenter';

/**
 * Key rotation, second half: rewrite every personal-data ciphertext that is not under the active key, in batches,
 * so the old key can then be removed from the ring. Safe to re-run and to interrupt (each row is rewritten on its
 * own; rows already on the active key are skipped). Lookup hashes do not change: the hash key is separate.
 */
export async function reencryptPersonalData(
  db: Db,
  pii: FieldCrypto,
  batchSize = 200,
): Promise<{ profiles: number; phones: number; companies: number; authorisations: number }> {
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
  const companies = await rewriteRows(
    (cur) => db.company.findMany({ select: { id: true, legalRepNameEnc: true, legalRepIdEnc: true }, take: batchSize, orderBy: { id: 'asc' }, ...(cur ? { cursor: { id: cur }, skip: 1 } : {}) }),
    (r) => stale(r.legalRepNameEnc) || stale(r.legalRepIdEnc),
    (r) =>
      db.company.update({
        where: { id: r.id },
        data: {
          legalRepNameEnc: again(r.legalRepNameEnc, `companies.legal_rep_name:${r.id}`),
          legalRepIdEnc: r.legalRepIdEnc ? again(r.legalRepIdEnc, `companies.legal_rep_id:${r.id}`) : null,
        },
      }),
  );
  const authorisations = await rewriteRows(
    (cur) =>
      db.agentAuthorisation.findMany({ select: { id: true, principalNameEnc: true, principalIdEnc: true }, take: batchSize, orderBy: { id: 'asc' }, ...(cur ? { cursor: { id: cur }, skip: 1 } : {}) }),
    (r) => stale(r.principalNameEnc) || stale(r.principalIdEnc),
    (r) =>
      db.agentAuthorisation.update({
        where: { id: r.id },
        data: {
          principalNameEnc: again(r.principalNameEnc, `agent_authorisations.principal_name:${r.id}`),
          principalIdEnc: again(r.principalIdEnc, `agent_authorisations.principal_id:${r.id}`),
        },
      }),
  );
  return { profiles, phones, companies, authorisations };
}

/** Walk a table in id order, batch by batch, rewriting the rows that need it; returns how many were rewritten. */
async function rewriteRows<R extends { id: string }>(page: (cursor?: string) => Promise<R[]>, needs: (r: R) => boolean, rewrite: (r: R) => Promise<unknown>): Promise<number> {
  let n = 0;
  let cursor: string | undefined;
  for (;;) {
    const rows = await page(cursor);
    if (rows.length === 0) return n;
    for (const r of rows) {
      if (!needs(r)) continue;
      await rewrite(r);
      n += 1;
    }
    cursor = rows[rows.length - 1]!.id;
  }
}
