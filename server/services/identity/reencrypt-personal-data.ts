import { FieldCryptoError, type FieldCrypto } from '../../crypto/field-crypto';
import type { Db } from '../../db/client';
import { Prisma } from '../../generated/prisma/client';
import { aad } from '../../presenters/profile.presenter';
import { caseAad } from '../applications/create-application';
import { companyAad } from '../company/register-company';
import { complaintAad } from '../complaints/create-complaint';
import { authorisationAad } from './agent-authorisations';
import { addressAad } from '../delivery/address-book';
import { shipmentAad } from '../delivery/choose-delivery';

/** An encrypted column and the AAD its writer binds each value to: a rewrite must use the same one. */
interface EncryptedColumn {
  readonly column: string;
  readonly aad: (rowId: string) => string;
}

/** A table holding field ciphertexts, walked in order of its primary key (a single text column). */
interface EncryptedTable {
  readonly table: string;
  readonly key: string;
  readonly columns: readonly EncryptedColumn[];
}

/**
 * Every column of personal data encrypted with the field keys. A new `…_enc` column must be listed here with the
 * AAD its writer uses, or it stays under the old key and becomes unreadable once that key leaves the ring (a test
 * compares this list with the database's bytea columns).
 */
export const ENCRYPTED_TABLES = [
  { table: 'users', key: 'id', columns: [{ column: 'phone_enc', aad: aad.phone }] },
  {
    table: 'real_name_profiles',
    key: 'user_id',
    columns: [
      { column: 'name_enc', aad: aad.name },
      { column: 'id_number_enc', aad: aad.idNumber },
      { column: 'address_enc', aad: aad.address },
    ],
  },
  {
    table: 'companies',
    key: 'id',
    columns: [
      { column: 'legal_rep_name_enc', aad: companyAad.legalRepName },
      { column: 'legal_rep_id_enc', aad: companyAad.legalRepId },
    ],
  },
  {
    table: 'agent_authorisations',
    key: 'id',
    columns: [
      { column: 'principal_name_enc', aad: authorisationAad.principalName },
      { column: 'principal_id_enc', aad: authorisationAad.principalId },
    ],
  },
  {
    table: 'cases',
    key: 'id',
    columns: [
      { column: 'applicant_name_enc', aad: caseAad.name },
      { column: 'applicant_id_enc', aad: caseAad.id },
      { column: 'legal_rep_name_enc', aad: caseAad.legalRep },
      // No writer yet: the first one must use caseAad.contactPhone.
      { column: 'contact_phone_enc', aad: caseAad.contactPhone },
      { column: 'address_enc', aad: caseAad.address },
    ],
  },
  {
    table: 'shipments',
    key: 'id',
    columns: [
      { column: 'recipient_name_enc', aad: shipmentAad.name },
      { column: 'recipient_phone_enc', aad: shipmentAad.phone },
      { column: 'address_enc', aad: shipmentAad.address },
    ],
  },
  {
    table: 'user_addresses',
    key: 'id',
    columns: [
      { column: 'recipient_name_enc', aad: addressAad.name },
      { column: 'phone_enc', aad: addressAad.phone },
      { column: 'detail_enc', aad: addressAad.detail },
    ],
  },
  { table: 'complaints', key: 'id', columns: [{ column: 'contact_phone_enc', aad: complaintAad.contactPhone }] },
] as const satisfies readonly EncryptedTable[];

export type EncryptedTableName = (typeof ENCRYPTED_TABLES)[number]['table'];

/** `table.column` of every encrypted column, as named in the database. */
export const ENCRYPTED_COLUMNS: readonly string[] = ENCRYPTED_TABLES.flatMap((t) => t.columns.map((c) => `${t.table}.${c.column}`));

/**
 * Key rotation, second half: rewrite every personal-data ciphertext that is not under the active key, table by
 * table in batches, so the old key can then be removed from the ring. Returns how many rows of each table were
 * rewritten. Safe to re-run and to interrupt: rows already on the active key are skipped, and each row is rewritten
 * on its own, only if its ciphertexts are still the ones read (a concurrent edit wins; it is written under the active
 * key anyway). A value that does not decrypt stops the run with its table, column and row id: the old key must
 * stay until that row is dealt with. Lookup hashes do not change: the hash key is separate.
 */
export async function reencryptPersonalData(db: Db, pii: FieldCrypto, batchSize = 200): Promise<Record<EncryptedTableName, number>> {
  const counts = {} as Record<EncryptedTableName, number>;
  for (const t of ENCRYPTED_TABLES) counts[t.table] = await reencryptTable(db, pii, t, batchSize);
  return counts;
}

const ident = (name: string) => Prisma.raw(`"${name}"`);

/**
 * Walk one table in key order. Keyset pagination (key > last seen), not Prisma's cursor, which returns nothing once
 * the cursor row is deleted and would end the walk early. Plain SQL so one walk serves every table, and updated_at
 * stays as it was: the data did not change.
 */
async function reencryptTable(db: Db, pii: FieldCrypto, t: EncryptedTable, batchSize: number): Promise<number> {
  const key = ident(t.key);
  const table = ident(t.table);
  const columns = Prisma.join(t.columns.map((c) => ident(c.column)));
  const anyValue = Prisma.join(t.columns.map((c) => Prisma.sql`${ident(c.column)} IS NOT NULL`), ' OR ');
  let rewritten = 0;
  let after: string | undefined;
  for (;;) {
    const rows = await db.$queryRaw<Record<string, unknown>[]>`
      SELECT ${key} AS row_key, ${columns} FROM ${table}
      WHERE (${anyValue}) ${after === undefined ? Prisma.empty : Prisma.sql`AND ${key} > ${after}`}
      ORDER BY ${key} LIMIT ${batchSize}`;
    if (rows.length === 0) return rewritten;
    for (const row of rows) {
      const rowKey = String(row.row_key);
      const stale = t.columns.flatMap((c) => {
        const box = row[c.column];
        return box instanceof Uint8Array && isStale(pii, box, t, c, rowKey) ? [{ c, box }] : [];
      });
      if (stale.length === 0) continue;
      const set = stale.map(({ c, box }) => Prisma.sql`${ident(c.column)} = ${reencrypt(pii, box, t, c, rowKey)}`);
      const unchanged = stale.map(({ c, box }) => Prisma.sql`${ident(c.column)} = ${box}`);
      const n = await db.$executeRaw`UPDATE ${table} SET ${Prisma.join(set)} WHERE ${key} = ${rowKey} AND ${Prisma.join(unchanged, ' AND ')}`;
      rewritten += n;
    }
    after = String(rows[rows.length - 1]!.row_key);
  }
}

function isStale(pii: FieldCrypto, box: Uint8Array, t: EncryptedTable, c: EncryptedColumn, rowKey: string): boolean {
  return located(t, c, rowKey, () => pii.keyIdOf(box) !== pii.activeKeyId);
}

function reencrypt(pii: FieldCrypto, box: Uint8Array, t: EncryptedTable, c: EncryptedColumn, rowKey: string): Uint8Array {
  const where = c.aad(rowKey);
  return located(t, c, rowKey, () => pii.encrypt(pii.decrypt(box, where), where));
}

/** Name the failing value's place (never its content) so the operator can find the row. */
function located<T>(t: EncryptedTable, c: EncryptedColumn, rowKey: string, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    throw new FieldCryptoError(`${t.table}.${c.column} (${t.key} ${rowKey}): ${err instanceof Error ? err.message : String(err)}`);
  }
}
