import { randomBytes } from 'node:crypto';
import { PRIVACY_POLICY_VERSION } from '@shared/domain/identity/privacy';
import { DEV_HASH_KEY, DEV_KEY_RING, createFieldCrypto, type FieldCrypto } from '../../../server/crypto/field-crypto';
import type { Db } from '../../../server/db/client';
import { caseAad } from '../../../server/services/applications/create-application';
import { shipmentAad } from '../../../server/services/delivery/choose-delivery';
import { ENCRYPTED_COLUMNS, ENCRYPTED_TABLES, reencryptPersonalData } from '../../../server/services/identity/reencrypt-personal-data';
import { createCitizen } from '../../helpers/factories';
import { startTestServer, type TestServer } from '../../helpers/test-server';
import { freshIdNumber, publishedItem } from '../applications/helpers';
import { chooseCourier, deliveryWorld } from '../delivery/helpers';
import { call } from './helpers';

// Identifiers of this file only: the integration database is shared by every test file.
const YANG_LI_ID = '530581197505050021';

/** `table.column` of every bytea column of the application schema: all of them hold field ciphertexts. */
async function byteaColumns(server: TestServer): Promise<string[]> {
  const { rows } = await server.dbHandle.pool.query<{ t: string; c: string }>(
    `SELECT table_name AS t, column_name AS c FROM information_schema.columns WHERE table_schema = 'public' AND data_type = 'bytea'`,
  );
  return rows.map((r) => `${r.t}.${r.c}`).sort();
}

/** Key ids found in one column, over all rows of the (shared) database. */
async function keyIdsIn(server: TestServer, pii: FieldCrypto, tableColumn: string): Promise<Set<string>> {
  const [table, column] = tableColumn.split('.') as [string, string];
  const { rows } = await server.dbHandle.pool.query<{ box: Buffer }>(`SELECT "${column}" AS box FROM "${table}" WHERE "${column}" IS NOT NULL`);
  return new Set(rows.map((r) => pii.keyIdOf(r.box)));
}

describe('encrypted columns', () => {
  it('are all covered by key rotation: every bytea column of the schema is in the rotation list, and only those', async () => {
    const server = await startTestServer();
    try {
      const inSchema = await byteaColumns(server);
      expect(inSchema.length).toBeGreaterThan(0);
      // Ciphertext columns are named …_enc; a bytea column for anything else would need its own decision here.
      expect(inSchema.filter((c) => !c.endsWith('_enc'))).toEqual([]);
      expect([...ENCRYPTED_COLUMNS].sort()).toEqual(inSchema);
    } finally {
      await server.stop();
    }
  });
});

/**
 * One value in every encrypted column, written under the server's (old) key through the services that write them,
 * plus what the checks after the rotation need.
 */
async function writeEveryEncryptedColumn(server: TestServer, oldPii: FieldCrypto) {
  const db = server.dbHandle.db;
  const c = await createCitizen(db);
  const township = await db.region.findFirstOrThrow({ where: { level: 'TOWNSHIP', code: { startsWith: '530581' } }, orderBy: { code: 'asc' } });
  const address = { regionCode: township.code, detail: '和顺古镇大石巷8号' };
  await call(server, 'POST', '/api/v1/me/consents', { token: c.token, body: { kind: 'PRIVACY_POLICY', policyVersion: PRIVACY_POLICY_VERSION } });
  const profile = await call(server, 'PUT', '/api/v1/me/profile', {
    token: c.token,
    body: { name: '杨丽', idType: 'RESIDENT_ID_CARD', idNumber: YANG_LI_ID, phone: '13912345678', address },
  });
  expect(profile.status).toBe(200);
  // A company registered by her (as its legal representative) and an agent authorisation hold ciphertexts too.
  const company = await call(server, 'POST', '/api/v1/me/companies', {
    token: c.token,
    body: { creditCode: '91530581MA6KXY200K', name: '腾冲市杨记茶庄', legalRepName: '杨丽', legalRepIdNumber: YANG_LI_ID },
  });
  expect(company.status).toBe(200);
  const motherId = freshIdNumber();
  const mother = await createCitizen(db);
  await call(server, 'POST', '/api/v1/me/consents', { token: mother.token, body: { kind: 'PRIVACY_POLICY', policyVersion: PRIVACY_POLICY_VERSION } });
  expect((await call(server, 'PUT', '/api/v1/me/profile', { token: mother.token, body: { name: '李秀英', idType: 'RESIDENT_ID_CARD', idNumber: motherId } })).status).toBe(200);
  const auth = await call(server, 'POST', '/api/v1/me/authorisations', {
    token: c.token,
    body: { principalName: '李秀英', principalIdType: 'RESIDENT_ID_CARD', principalIdNumber: motherId, relationship: 'FAMILY' },
  });
  expect(auth.status).toBe(200);
  expect((await call(server, 'POST', `/api/v1/me/authorisations/${auth.body.id}/confirm`, { token: mother.token })).body.status).toBe('ACTIVE');
  // Her own application snapshots her identity onto the case; no service writes the legal representative or the
  // contact phone of a case yet, so those two are written here as a writer would.
  const item = await publishedItem(db);
  const application = await call(server, 'POST', '/api/v1/applications', { token: c.token, body: { itemCode: item.code } });
  expect(application.status).toBe(201);
  const caseId = application.body.id as string;
  await db.case.update({
    where: { id: caseId },
    data: { legalRepNameEnc: oldPii.encrypt('杨丽', caseAad.legalRep(caseId)), contactPhoneEnc: oldPii.encrypt('13912345678', `cases.contact_phone:${caseId}`) },
  });
  const saved = await call(server, 'POST', '/api/v1/me/addresses', { token: c.token, body: { name: '杨丽', phone: '13912345678', address } });
  expect(saved.status).toBe(200);
  const enquiry = await call(server, 'POST', '/api/v1/me/complaints', {
    token: c.token,
    body: { kind: 'ENQUIRY', departmentId: item.version.item.departmentId, title: '咨询', content: '食品经营许可证延续需要什么材料', contactPhone: '13800001111' },
  });
  expect(enquiry.status).toBe(200);
  const parcel = await deliveryWorld(server);
  await chooseCourier(server, parcel);
  const hashBefore = (await db.realNameProfile.findUniqueOrThrow({ where: { userId: c.user.id } })).idNumberHash;
  // Every encrypted column now holds at least one value under the old key, so none can be missed unnoticed.
  const empty: string[] = [];
  for (const column of ENCRYPTED_COLUMNS) if (!(await keyIdsIn(server, oldPii, column)).has('dev1')) empty.push(column);
  expect(empty).toEqual([]);
  return { c, address, company, motherId, auth, item, caseId, saved, enquiry, parcel, hashBefore };
}

/** The client, with `onPage` run after each page of the rotation's walk is read and before its rows are rewritten. */
function racingWith(db: Db, onPage: (keys: string[]) => Promise<void>): Db {
  return new Proxy(db, {
    get(target, prop, receiver) {
      if (prop !== '$queryRaw') return Reflect.get(target, prop, receiver);
      return async (query: TemplateStringsArray, ...values: unknown[]) => {
        const rows = await target.$queryRaw<{ row_key: string }[]>(query, ...values);
        await onPage(rows.map((r) => r.row_key));
        return rows;
      };
    },
  });
}

// One new key for the whole file: after a rotation the shared database holds values under it.
const newKey = `k2027:${randomBytes(32).toString('base64')}`;

describe('field-key rotation', () => {
  it('re-encrypts every encrypted column to the new key, after which everything reads without the old key', async () => {
    const oldPii = createFieldCrypto({ keyRing: DEV_KEY_RING, hashKey: DEV_HASH_KEY });
    let server: TestServer = await startTestServer({ FIELD_ENCRYPTION_KEYS: DEV_KEY_RING, PII_HASH_KEY: DEV_HASH_KEY });
    const db = () => server.dbHandle.db;
    const { c, address, company, motherId, auth, item, caseId, saved, enquiry, parcel, hashBefore } = await writeEveryEncryptedColumn(server, oldPii).finally(() => server.stop());

    // New key first, old key still in the ring: old rows read fine.
    server = await startTestServer({ FIELD_ENCRYPTION_KEYS: `${newKey},${DEV_KEY_RING}`, PII_HASH_KEY: DEV_HASH_KEY });
    try {
      expect((await call(server, 'GET', '/api/v1/me/profile', { token: c.token })).body.profile.name).toBe('杨丽');
      const pii = createFieldCrypto({ keyRing: `${newKey},${DEV_KEY_RING}`, hashKey: DEV_HASH_KEY });
      const res = await reencryptPersonalData(db(), pii, 2);
      expect(ENCRYPTED_TABLES.map((t) => t.table).filter((t) => !(res[t] >= 1))).toEqual([]);
      // A second run finds nothing left to do.
      expect(await reencryptPersonalData(db(), pii)).toEqual(Object.fromEntries(ENCRYPTED_TABLES.map((t) => [t.table, 0])));
      // Checked against the schema, not the rotation's own list: no bytea column keeps a value under the old key.
      const left: string[] = [];
      for (const column of await byteaColumns(server)) for (const id of await keyIdsIn(server, pii, column)) if (id !== 'k2027') left.push(`${column} ${id}`);
      expect(left).toEqual([]);
      const row = await db().realNameProfile.findUniqueOrThrow({ where: { userId: c.user.id } });
      expect(row.idNumberHash).toBe(hashBefore);
    } finally {
      await server.stop();
    }

    // The old key is gone from the ring: everything still decrypts, through the services where they read it.
    server = await startTestServer({ FIELD_ENCRYPTION_KEYS: newKey, PII_HASH_KEY: DEV_HASH_KEY });
    try {
      const me = await call(server, 'GET', '/api/v1/me/profile', { token: c.token });
      expect(me.body.profile).toMatchObject({ name: '杨丽', idNumber: YANG_LI_ID, phone: '13912345678', address: { detail: address.detail } });
      const book = await call(server, 'GET', `/api/v1/me/addresses/${saved.body.id}`, { token: c.token });
      expect(book.body.recipient).toEqual({ name: '杨丽', phone: '13912345678', address });
      // Applying for her mother decrypts the authorisation's principal and re-encrypts it onto the new case.
      const forMother = await call(server, 'POST', '/api/v1/applications', { token: c.token, body: { itemCode: item.code, actingFor: { kind: 'PRINCIPAL', id: auth.body.id } } });
      expect(forMother.status).toBe(201);
      const pii = createFieldCrypto({ keyRing: newKey, hashKey: DEV_HASH_KEY });
      const newCase = await db().case.findUniqueOrThrow({ where: { id: forMother.body.id } });
      expect(pii.decrypt(newCase.applicantIdEnc!, caseAad.id(newCase.id))).toBe(motherId);
      // Nothing reads these back yet (staff see masked values): decrypted with the AAD their writers use.
      const k = await db().case.findUniqueOrThrow({ where: { id: caseId } });
      expect([
        pii.decrypt(k.applicantNameEnc!, caseAad.name(caseId)),
        pii.decrypt(k.applicantIdEnc!, caseAad.id(caseId)),
        pii.decrypt(k.addressEnc!, caseAad.address(caseId)),
        pii.decrypt(k.legalRepNameEnc!, caseAad.legalRep(caseId)),
        pii.decrypt(k.contactPhoneEnc!, `cases.contact_phone:${caseId}`),
      ]).toEqual(['杨丽', YANG_LI_ID, address.detail, '杨丽', '13912345678']);
      const co = await db().company.findUniqueOrThrow({ where: { id: company.body.id } });
      expect([pii.decrypt(co.legalRepNameEnc, `companies.legal_rep_name:${co.id}`), pii.decrypt(co.legalRepIdEnc!, `companies.legal_rep_id:${co.id}`)]).toEqual(['杨丽', YANG_LI_ID]);
      const complaint = await db().complaint.findUniqueOrThrow({ where: { id: enquiry.body.id } });
      expect(pii.decrypt(complaint.contactPhoneEnc!, `complaints.contact_phone:${complaint.id}`)).toBe('13800001111');
      const s = await db().shipment.findFirstOrThrow({ where: { caseId: parcel.c.id, status: { not: 'CANCELLED' } } });
      expect([pii.decrypt(s.recipientNameEnc, shipmentAad.name(s.id)), pii.decrypt(s.recipientPhoneEnc, shipmentAad.phone(s.id))]).toEqual([parcel.recipient.name, parcel.recipient.phone]);
      expect(pii.decrypt(s.addressEnc, shipmentAad.address(s.id))).toContain(parcel.recipient.address.detail);
    } finally {
      await server.stop();
    }
  }, 180_000);

  it('does not overwrite an edit made between reading a row and rewriting it (the edit is already under the new key)', async () => {
    let server = await startTestServer({ FIELD_ENCRYPTION_KEYS: DEV_KEY_RING, PII_HASH_KEY: DEV_HASH_KEY });
    const c = await createCitizen(server.dbHandle.db);
    const township = await server.dbHandle.db.region.findFirstOrThrow({ where: { level: 'TOWNSHIP', code: { startsWith: '530581' } }, orderBy: { code: 'asc' } });
    const before = { name: '杨丽', phone: '13912345678', address: { regionCode: township.code, detail: '和顺古镇大石巷8号' } };
    const after = { name: '杨丽', phone: '13912345678', address: { regionCode: township.code, detail: '腾越镇文星路2号' } };
    const saved = await call(server, 'POST', '/api/v1/me/addresses', { token: c.token, body: before }).finally(() => server.stop());
    expect(saved.status).toBe(200);

    const ring = `${newKey},${DEV_KEY_RING}`;
    server = await startTestServer({ FIELD_ENCRYPTION_KEYS: ring, PII_HASH_KEY: DEV_HASH_KEY });
    try {
      const db = server.dbHandle.db;
      // The citizen edits the address right after the run has read its row (under the old key) and before it writes.
      let edited = false;
      const racing = racingWith(db, async (keys) => {
        if (edited || !keys.includes(saved.body.id)) return;
        edited = true;
        expect((await call(server, 'PUT', `/api/v1/me/addresses/${saved.body.id}`, { token: c.token, body: after })).status).toBe(200);
      });
      const pii = createFieldCrypto({ keyRing: ring, hashKey: DEV_HASH_KEY });
      await reencryptPersonalData(racing, pii, 2);
      expect(edited).toBe(true);
      const show = () => call(server, 'GET', `/api/v1/me/addresses/${saved.body.id}`, { token: c.token });
      expect((await show()).body.recipient).toEqual(after);
      const row = await db.userAddress.findUniqueOrThrow({ where: { id: saved.body.id } });
      expect([row.recipientNameEnc, row.phoneEnc, row.detailEnc].map((b) => pii.keyIdOf(b))).toEqual(['k2027', 'k2027', 'k2027']);
      expect((await reencryptPersonalData(db, pii)).user_addresses).toBe(0);
      expect((await show()).body.recipient).toEqual(after);
    } finally {
      await server.stop();
    }
  }, 120_000);

  it('walks on past a row deleted while the walk was paging from it', async () => {
    let server = await startTestServer({ FIELD_ENCRYPTION_KEYS: DEV_KEY_RING, PII_HASH_KEY: DEV_HASH_KEY });
    const c = await createCitizen(server.dbHandle.db);
    const ids: string[] = [];
    try {
      const township = await server.dbHandle.db.region.findFirstOrThrow({ where: { level: 'TOWNSHIP', code: { startsWith: '530581' } }, orderBy: { code: 'asc' } });
      for (const detail of ['和顺古镇大石巷8号', '腾越镇文星路2号', '清水乡三家村5号']) {
        const r = await call(server, 'POST', '/api/v1/me/addresses', { token: c.token, body: { name: '杨丽', phone: '13912345678', address: { regionCode: township.code, detail } } });
        expect(r.status).toBe(200);
        ids.push(r.body.id);
      }
    } finally {
      await server.stop();
    }

    const ring = `${newKey},${DEV_KEY_RING}`;
    server = await startTestServer({ FIELD_ENCRYPTION_KEYS: ring, PII_HASH_KEY: DEV_HASH_KEY });
    try {
      const db = server.dbHandle.db;
      // One row per page, so the page's last row (where the next page starts) is each row in turn: the first of
      // hers the walk meets is deleted by her right after it was read.
      let deleted: string | undefined;
      const racing = racingWith(db, async (keys) => {
        if (deleted || !ids.includes(keys[0] ?? '')) return;
        deleted = keys[0]!;
        expect((await call(server, 'DELETE', `/api/v1/me/addresses/${deleted}`, { token: c.token })).status).toBeLessThan(300);
      });
      const pii = createFieldCrypto({ keyRing: ring, hashKey: DEV_HASH_KEY });
      await reencryptPersonalData(racing, pii, 1);
      expect(deleted).toBeDefined();
      const left = await db.userAddress.findMany({ where: { id: { in: ids } } });
      expect(left).toHaveLength(2);
      expect(left.flatMap((a) => [a.recipientNameEnc, a.phoneEnc, a.detailEnc].map((b) => pii.keyIdOf(b)))).toEqual(Array(6).fill('k2027'));
    } finally {
      await server.stop();
    }
  }, 120_000);

  it('stops at a value that does not decrypt, naming its table, column and row but not its content', async () => {
    const ring = `${newKey},${DEV_KEY_RING}`;
    const server = await startTestServer({ FIELD_ENCRYPTION_KEYS: ring, PII_HASH_KEY: DEV_HASH_KEY });
    const db = server.dbHandle.db;
    const oldPii = createFieldCrypto({ keyRing: DEV_KEY_RING, hashKey: DEV_HASH_KEY });
    const c = await createCitizen(db);
    try {
      // Bound to another row: the kind of value that must keep the old key in the ring until someone looks at it.
      await db.user.update({ where: { id: c.user.id }, data: { phoneEnc: oldPii.encrypt('13912345678', 'users.phone:someone-else') } });
      const run = reencryptPersonalData(db, createFieldCrypto({ keyRing: ring, hashKey: DEV_HASH_KEY }));
      await expect(run).rejects.toThrow(`users.phone_enc (id ${c.user.id}): ciphertext failed authentication`);
      await expect(run).rejects.not.toThrow('13912345678');
    } finally {
      // The database is shared: leave nothing that would stop another rotation.
      await db.user.update({ where: { id: c.user.id }, data: { phoneEnc: null } });
      await server.stop();
    }
  }, 60_000);
});
