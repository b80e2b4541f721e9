import { randomBytes } from 'node:crypto';
import { PRIVACY_POLICY_VERSION } from '@shared/domain/identity/privacy';
import { DEV_HASH_KEY, DEV_KEY_RING, createFieldCrypto } from '../../../server/crypto/field-crypto';
import { reencryptPersonalData } from '../../../server/services/identity/reencrypt-personal-data';
import { createCitizen } from '../../helpers/factories';
import { startTestServer, type TestServer } from '../../helpers/test-server';
import { call } from './helpers';

// Identifiers of this file only: the integration database is shared by every test file.
const YANG_LI_ID = '530581197505050021';

describe('field-key rotation', () => {
  it('keeps old rows readable under a new ring, re-encrypts them to the new key, then works without the old key', async () => {
    const newKey = `k2027:${randomBytes(32).toString('base64')}`;
    let server: TestServer = await startTestServer({ FIELD_ENCRYPTION_KEYS: DEV_KEY_RING, PII_HASH_KEY: DEV_HASH_KEY });
    const c = await createCitizen(server.dbHandle.db);
    await call(server, 'POST', '/api/v1/me/consents', { token: c.token, body: { kind: 'PRIVACY_POLICY', policyVersion: PRIVACY_POLICY_VERSION } });
    await call(server, 'PUT', '/api/v1/me/profile', { token: c.token, body: { name: '杨丽', idType: 'RESIDENT_ID_CARD', idNumber: YANG_LI_ID, phone: '13912345678' } });
    // A company registered by her (as its legal representative) and an agent authorisation hold ciphertexts too.
    const company = await call(server, 'POST', '/api/v1/me/companies', {
      token: c.token,
      body: { creditCode: '91530581MA6KXY200K', name: '腾冲市杨记茶庄', legalRepName: '杨丽', legalRepIdNumber: YANG_LI_ID },
    });
    expect(company.status).toBe(200);
    const auth = await call(server, 'POST', '/api/v1/me/authorisations', {
      token: c.token,
      body: { principalName: '李秀英', principalIdType: 'RESIDENT_ID_CARD', principalIdNumber: '530522195607080038', relationship: 'FAMILY' },
    });
    expect(auth.status).toBe(200);
    const hashBefore = (await server.dbHandle.db.realNameProfile.findUniqueOrThrow({ where: { userId: c.user.id } })).idNumberHash;
    await server.stop();

    // New key first, old key still in the ring: old rows read fine.
    server = await startTestServer({ FIELD_ENCRYPTION_KEYS: `${newKey},${DEV_KEY_RING}`, PII_HASH_KEY: DEV_HASH_KEY });
    try {
      expect((await call(server, 'GET', '/api/v1/me/profile', { token: c.token })).body.profile.name).toBe('杨丽');
      const pii = createFieldCrypto({ keyRing: `${newKey},${DEV_KEY_RING}`, hashKey: DEV_HASH_KEY });
      const res = await reencryptPersonalData(server.dbHandle.db, pii, 2);
      expect(res.profiles).toBeGreaterThanOrEqual(1);
      expect(res.phones).toBeGreaterThanOrEqual(1);
      expect(res.companies).toBeGreaterThanOrEqual(1);
      expect(res.authorisations).toBeGreaterThanOrEqual(1);
      expect(await reencryptPersonalData(server.dbHandle.db, pii)).toEqual({ profiles: 0, phones: 0, companies: 0, authorisations: 0 });
      const companyRow = await server.dbHandle.db.company.findUniqueOrThrow({ where: { id: company.body.id } });
      expect(pii.decrypt(companyRow.legalRepIdEnc!, `companies.legal_rep_id:${companyRow.id}`)).toBe(YANG_LI_ID);
      expect(pii.keyIdOf(companyRow.legalRepNameEnc)).toBe('k2027');
      const row = await server.dbHandle.db.realNameProfile.findUniqueOrThrow({ where: { userId: c.user.id } });
      expect(pii.keyIdOf(row.idNumberEnc)).toBe('k2027');
      expect(row.idNumberHash).toBe(hashBefore);
    } finally {
      await server.stop();
    }

    // The old key is gone from the ring: everything still decrypts.
    server = await startTestServer({ FIELD_ENCRYPTION_KEYS: newKey, PII_HASH_KEY: DEV_HASH_KEY });
    try {
      const me = await call(server, 'GET', '/api/v1/me/profile', { token: c.token });
      expect(me.body.profile).toMatchObject({ name: '杨丽', idNumber: YANG_LI_ID, phone: '13912345678' });
    } finally {
      await server.stop();
    }
  }, 120_000);
});
