import { PRIVACY_POLICY_VERSION } from '@shared/domain/identity/privacy';
import { createCitizen } from '../../helpers/factories';
import { startTestServer, type TestServer } from '../../helpers/test-server';
import { call, ZHANG_WEI_ID } from './helpers';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
}, 60_000);
afterAll(() => server.stop());
const db = () => server.dbHandle.db;

// 张伟's noodle shop (valid GB 32100 check character) and his employee 王芳.
const CREDIT_CODE = '91530502MA6KXY123U';
const CLERK_ID = '530502199001011233';
const MOTHER_ID = '530522195607080046';

async function citizenWithProfile(name: string, idNumber: string) {
  const c = await createCitizen(db());
  await call(server, 'POST', '/api/v1/me/consents', { token: c.token, body: { kind: 'PRIVACY_POLICY', policyVersion: PRIVACY_POLICY_VERSION } });
  const r = await call(server, 'PUT', '/api/v1/me/profile', { token: c.token, body: { name, idType: 'RESIDENT_ID_CARD', idNumber } });
  if (r.status !== 200) throw new Error(JSON.stringify(r.body));
  return c;
}

const company = { creditCode: CREDIT_CODE, name: '隆阳区张记米线店', legalRepName: '张伟', legalRepIdNumber: ZHANG_WEI_ID };

describe('POST /api/v1/me/companies', () => {
  it('returns 400 for a credit code with a wrong check character', async () => {
    const c = await citizenWithProfile('张伟', ZHANG_WEI_ID);
    const r = await call(server, 'POST', '/api/v1/me/companies', { token: c.token, body: { ...company, creditCode: '91530502MA6KXY1230' } });
    expect(r.status).toBe(400);
    expect(JSON.stringify(r.body.error.details)).toContain('校验位');
  });

  it('returns 403 without a real-name profile, and for someone who is not the legal representative', async () => {
    const bare = await createCitizen(db());
    expect((await call(server, 'POST', '/api/v1/me/companies', { token: bare.token, body: company })).status).toBe(403);
    const other = await citizenWithProfile('王芳', CLERK_ID);
    const r = await call(server, 'POST', '/api/v1/me/companies', { token: other.token, body: company });
    expect(r.status).toBe(403);
    expect(r.body.error.message).toContain('法定代表人');
  });

  it('registers the company for its legal representative, encrypted, and offers it as an identity', async () => {
    const zhang = await citizenWithProfile('张伟', ZHANG_WEI_ID);
    const r = await call(server, 'POST', '/api/v1/me/companies', { token: zhang.token, body: { ...company, creditCode: '91530502ma6kxy123u' } });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ creditCode: CREDIT_CODE, legalRepName: '张*', myRole: 'LEGAL_REPRESENTATIVE' });
    const row = await db().company.findUniqueOrThrow({ where: { creditCode: CREDIT_CODE } });
    expect(Buffer.from(row.legalRepNameEnc).toString('utf8')).not.toContain('张伟');
    expect(Buffer.from(row.legalRepIdEnc!).toString('utf8')).not.toContain(ZHANG_WEI_ID);
    expect(row.legalRepIdHash).toHaveLength(64);

    const ids = await call(server, 'GET', '/api/v1/me/identities', { token: zhang.token });
    expect(ids.body.items.map((i: { kind: string }) => i.kind)).toEqual(['SELF', 'COMPANY']);
    expect(ids.body.items[1]).toMatchObject({ id: row.id, name: '隆阳区张记米线店', relation: '法定代表人' });

    // The same representative again (a second WeChat account) is idempotent.
    expect((await call(server, 'POST', '/api/v1/me/companies', { token: zhang.token, body: company })).status).toBe(200);
    expect(await db().company.count({ where: { creditCode: CREDIT_CODE } })).toBe(1);
  });

  it('returns 409 when another legal representative already registered the code', async () => {
    const mother = await citizenWithProfile('李秀英', MOTHER_ID);
    const r = await call(server, 'POST', '/api/v1/me/companies', { token: mother.token, body: { ...company, legalRepName: '李秀英', legalRepIdNumber: MOTHER_ID } });
    expect(r.status).toBe(409);
  });
});

describe('company members', () => {
  it('the legal representative authorises and revokes an employee; others cannot manage members', async () => {
    const zhang = await citizenWithProfile('张伟', ZHANG_WEI_ID);
    const reg = await call(server, 'POST', '/api/v1/me/companies', { token: zhang.token, body: company });
    const companyId = reg.body.id as string;
    const clerk = await citizenWithProfile('王芳', CLERK_ID);
    const stranger = await createCitizen(db());
    const add = (token: string, body: unknown) => call(server, 'POST', `/api/v1/me/companies/${companyId}/members`, { token, body });

    expect((await add(stranger.token, { name: '王芳', idNumber: CLERK_ID, role: 'MEMBER' })).status).toBe(404);
    expect((await add(zhang.token, { name: '王小芳', idNumber: CLERK_ID, role: 'MEMBER' })).status).toBe(400);
    // Nobody with this ID has an account here.
    expect((await add(zhang.token, { name: '赵六', idNumber: '530524197001010029', role: 'MEMBER' })).status).toBe(404);

    const added = await add(zhang.token, { name: '王芳', idNumber: CLERK_ID, role: 'MEMBER' });
    expect(added.status).toBe(200);
    expect(added.body.members).toEqual(expect.arrayContaining([expect.objectContaining({ userId: clerk.user.id, name: '王*', role: 'MEMBER', active: true })]));

    const mine = await call(server, 'GET', '/api/v1/me/companies', { token: clerk.token });
    expect(mine.body.items).toEqual([expect.objectContaining({ id: companyId, myRole: 'MEMBER', members: null })]);
    expect((await add(clerk.token, { name: '张伟', idNumber: ZHANG_WEI_ID, role: 'ADMIN' })).status).toBe(403);

    const revoke = await call(server, 'POST', `/api/v1/me/companies/${companyId}/members/${clerk.user.id}/revoke`, { token: zhang.token });
    expect(revoke.status).toBe(200);
    expect((await call(server, 'GET', '/api/v1/me/companies', { token: clerk.token })).body.items).toEqual([]);
    const ids = await call(server, 'GET', '/api/v1/me/identities', { token: clerk.token });
    expect(ids.body.items.map((i: { kind: string }) => i.kind)).toEqual(['SELF']);
    expect((await call(server, 'POST', `/api/v1/me/companies/${companyId}/members/${zhang.user.id}/revoke`, { token: zhang.token })).status).toBe(400);
  });
});

describe('GET /api/v1/me/identities', () => {
  it('lists principals only while their authorisation is active', async () => {
    const son = await citizenWithProfile('李军', '530522198203150013');
    const created = await call(server, 'POST', '/api/v1/me/authorisations', {
      token: son.token,
      body: { principalName: '李秀英', principalIdType: 'RESIDENT_ID_CARD', principalIdNumber: MOTHER_ID, relationship: 'FAMILY' },
    });
    expect(created.status).toBe(200);
    const kinds = async () => (await call(server, 'GET', '/api/v1/me/identities', { token: son.token })).body.items.map((i: { kind: string }) => i.kind);
    expect(await kinds()).toEqual(['SELF']);
    await db().agentAuthorisation.update({ where: { id: created.body.id }, data: { status: 'ACTIVE' } });
    expect(await kinds()).toEqual(['SELF', 'PRINCIPAL']);
    await db().agentAuthorisation.update({ where: { id: created.body.id }, data: { validUntil: new Date(Date.now() - 1000) } });
    expect(await kinds()).toEqual(['SELF']);
  });
});
