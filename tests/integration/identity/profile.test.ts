import { PRIVACY_POLICY_VERSION } from '@shared/domain/identity/privacy';
import { ZMeProfileResponse, ZMyDataExport } from '@shared/schemas/identity';
import { createCitizen, createStaff } from '../../helpers/factories';
import { startTestServer, type TestServer } from '../../helpers/test-server';
import { ZHANG_WEI_ID, call, loginCitizen } from './helpers';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
}, 60_000);
afterAll(() => server.stop());
const db = () => server.dbHandle.db;

const PROFILE = {
  name: '张伟',
  idType: 'RESIDENT_ID_CARD',
  idNumber: ZHANG_WEI_ID,
  phone: '13812345678',
  address: { regionCode: '530502002', detail: '正阳南路88号' },
};

async function consentedCitizen() {
  const c = await createCitizen(db());
  await call(server, 'POST', '/api/v1/me/consents', { token: c.token, body: { kind: 'PRIVACY_POLICY', policyVersion: PRIVACY_POLICY_VERSION } });
  return c;
}

describe('PUT /api/v1/me/profile', () => {
  it('returns 401 without a session and 403 for staff', async () => {
    expect((await call(server, 'PUT', '/api/v1/me/profile', { body: PROFILE })).status).toBe(401);
    const staff = await createStaff(db(), [{ role: 'WINDOW_CLERK' }]);
    expect((await call(server, 'PUT', '/api/v1/me/profile', { token: staff.token, body: PROFILE })).status).toBe(403);
  });

  it('requires consent to the current privacy notice first', async () => {
    const c = await createCitizen(db());
    const r = await call(server, 'PUT', '/api/v1/me/profile', { token: c.token, body: PROFILE });
    expect(r.status).toBe(403);
    expect(r.body.error.message).toContain('隐私保护指引');
    const stale = await call(server, 'POST', '/api/v1/me/consents', { token: c.token, body: { kind: 'PRIVACY_POLICY', policyVersion: '2020-01-01' } });
    expect(stale.status).toBe(409);
  });

  it.each([
    ['a wrong check digit', { idNumber: '530502199403152318' }, 'body.idNumber', '校验位'],
    ['an impossible birth date', { idNumber: '530502199402302318' }, 'body.idNumber', '出生日期'],
    ['an oversized name', { name: '张'.repeat(51) }, 'body.name', '50'],
    ['digits in the name', { name: '张3' }, 'body.name', '汉字'],
    ['a bad phone', { phone: '1381234' }, 'body.phone', '手机'],
    ['a bad HK permit', { idType: 'HK_MACAO_PERMIT', idNumber: 'X1234567' }, 'body.idNumber', '港澳'],
    ['an address outside the tree', { address: { regionCode: '110101001', detail: '某路1号' } }, 'body.address.regionCode', '乡镇'],
  ])('returns 400 for %s and writes nothing', async (_label, patch, path, message) => {
    const c = await consentedCitizen();
    const r = await call(server, 'PUT', '/api/v1/me/profile', { token: c.token, body: { ...PROFILE, ...patch } });
    expect(r.status).toBe(400);
    const detail = r.body.error.details.find((d: { path: string }) => d.path === path);
    expect(detail?.message).toContain(message);
    expect(await db().realNameProfile.count({ where: { userId: c.user.id } })).toBe(0);
  });

  it('stores the profile encrypted with keyed hashes, and shows the owner everything unmasked', async () => {
    const c = await consentedCitizen();
    const r = await call(server, 'PUT', '/api/v1/me/profile', { token: c.token, body: { ...PROFILE, idNumber: '530502 19940315 231x'.replace('x', '1') } });
    expect(r.status).toBe(200);
    const body = ZMeProfileResponse.parse(r.body);
    expect(body.profile).toMatchObject({
      masked: false,
      name: '张伟',
      idNumber: ZHANG_WEI_ID,
      phone: '13812345678',
      address: { regionCode: '530502002', area: '保山市隆阳区永昌街道', detail: '正阳南路88号' },
      verificationMethod: 'SELF_DECLARED',
    });
    const row = await db().realNameProfile.findUniqueOrThrow({ where: { userId: c.user.id } });
    const raw = Buffer.concat([row.nameEnc, row.idNumberEnc, row.addressEnc!]).toString('latin1');
    expect(raw).not.toContain(ZHANG_WEI_ID);
    expect(Buffer.from(row.nameEnc).includes(Buffer.from('张伟'))).toBe(false);
    expect(row.idNumberHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.idNumberMasked).toBe('530***********2311');
    expect(row.nameMasked).toBe('张*');
    const user = await db().user.findUniqueOrThrow({ where: { id: c.user.id } });
    expect(user.phoneMasked).toBe('138****5678');
    expect((await call(server, 'GET', '/api/v1/me/profile', { token: c.token })).body.profile.idNumber).toBe(ZHANG_WEI_ID);
  });

  it('takes the phone from a getPhoneNumber code through WeChat; a used code is 400', async () => {
    const c = await consentedCitizen();
    const { code } = (await (await fetch(`${server.wechatBaseUrl}/__sim/phone-code`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"phoneNumber":"13900001111"}' })).json()) as { code: string };
    const body = { ...PROFILE, phone: undefined, phoneCode: code };
    const r = await call(server, 'PUT', '/api/v1/me/profile', { token: c.token, body });
    expect(r.status).toBe(200);
    expect(r.body.profile.phone).toBe('13900001111');
    expect((await call(server, 'PUT', '/api/v1/me/profile', { token: c.token, body })).status).toBe(400);
  });
});

describe('GET /api/v1/staff/users/:userId/profile (a non-owner view)', () => {
  it('is 401/403 for anonymous, citizens (even for their own id) and roles without citizen look-up', async () => {
    const c = await consentedCitizen();
    await call(server, 'PUT', '/api/v1/me/profile', { token: c.token, body: PROFILE });
    const path = `/api/v1/staff/users/${c.user.id}/profile?purpose=${encodeURIComponent('核对申请人身份')}`;
    expect((await call(server, 'GET', path)).status).toBe(401);
    expect((await call(server, 'GET', path, { token: c.token })).status).toBe(403);
    const editor = await createStaff(db(), [{ role: 'CATALOGUE_EDITOR' }]);
    expect((await call(server, 'GET', path, { token: editor.token })).status).toBe(403);
    const clerk = await createStaff(db(), [{ role: 'WINDOW_CLERK' }]);
    expect((await call(server, 'GET', path.replace(/\?.*/, ''), { token: clerk.token })).status).toBe(400);
    expect(await db().auditLog.count({ where: { subjectUserId: c.user.id } })).toBe(0);
  });

  it('shows staff the masked profile and records the view with its purpose', async () => {
    const c = await consentedCitizen();
    await call(server, 'PUT', '/api/v1/me/profile', { token: c.token, body: PROFILE });
    const clerk = await createStaff(db(), [{ role: 'WINDOW_CLERK' }], { name: '王强' });
    const r = await call(server, 'GET', `/api/v1/staff/users/${c.user.id}/profile?purpose=${encodeURIComponent('窗口核对身份')}`, { token: clerk.token });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ masked: true, name: '张*', idNumber: '530***********2311', phone: '138****5678', address: { area: '保山市隆阳区永昌街道', detail: null } });
    expect(JSON.stringify(r.body)).not.toContain('正阳南路');
    const log = await call(server, 'GET', '/api/v1/me/data-access', { token: c.token });
    expect(log.body.items).toEqual([expect.objectContaining({ viewer: { name: '王强', department: null }, purpose: '窗口核对身份', action: 'VIEW_PERSONAL_DATA' })]);
  });

  it('answers 404 for unknown or malformed ids (no enumeration)', async () => {
    const clerk = await createStaff(db(), [{ role: 'WINDOW_CLERK' }]);
    for (const id of ['00000000-0000-0000-0000-000000000000', 'not-a-uuid', '..%2F..%2Fetc']) {
      expect((await call(server, 'GET', `/api/v1/staff/users/${id}/profile?purpose=check`, { token: clerk.token })).status).toBe(404);
    }
  });
});

describe('GET /api/v1/me/data-access', () => {
  it('is 401 anonymous, 403 for staff, and lists only the caller’s own entries', async () => {
    expect((await call(server, 'GET', '/api/v1/me/data-access')).status).toBe(401);
    const staff = await createStaff(db(), [{ role: 'SUPERVISOR' }]);
    expect((await call(server, 'GET', '/api/v1/me/data-access', { token: staff.token })).status).toBe(403);
    const other = await createCitizen(db());
    expect((await call(server, 'GET', '/api/v1/me/data-access', { token: other.token })).body.items).toEqual([]);
  });
});

describe('GET /api/v1/me/export and DELETE /api/v1/me', () => {
  it('are 401 without a session', async () => {
    expect((await call(server, 'GET', '/api/v1/me/export')).status).toBe(401);
    expect((await call(server, 'DELETE', '/api/v1/me')).status).toBe(401);
  });

  it('exports everything held about the caller as a JSON download', async () => {
    const c = await consentedCitizen();
    await call(server, 'PUT', '/api/v1/me/profile', { token: c.token, body: PROFILE });
    const r = await call(server, 'GET', '/api/v1/me/export', { token: c.token });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-disposition')).toMatch(/attachment; filename="onetrip-my-data-/);
    const data = ZMyDataExport.parse(r.body);
    expect(data.profile?.idNumber).toBe(ZHANG_WEI_ID);
    expect(data.consents).toEqual([expect.objectContaining({ kind: 'PRIVACY_POLICY', policyVersion: PRIVACY_POLICY_VERSION })]);
  });

  it('deletes personal data, keeps submitted cases detached and minimised, and a new login starts afresh', async () => {
    const openid = `o-del-${Date.now()}`;
    const { token, userId } = await loginCitizen(server, openid);
    await call(server, 'POST', '/api/v1/me/consents', { token, body: { kind: 'PRIVACY_POLICY', policyVersion: PRIVACY_POLICY_VERSION } });
    await call(server, 'PUT', '/api/v1/me/profile', { token, body: PROFILE });
    const dept = await db().department.findFirstOrThrow({ where: { code: '5305-SCJG' } });
    const kept = await db().case.create({
      data: {
        number: `T${Date.now()}`,
        departmentId: dept.id,
        regionCode: '5305',
        status: 'SUBMITTED',
        applicantKind: 'PERSON',
        applicantUserId: userId,
        applicantNameMasked: '张*',
        contactPhoneEnc: new Uint8Array([1, 2, 3]),
        contactPhoneMasked: '138****5678',
        submittedAt: new Date(),
      },
    });
    const r = await call(server, 'DELETE', '/api/v1/me', { token });
    expect(r.body).toEqual({ deleted: true, casesKept: 1 });
    expect(await db().realNameProfile.count({ where: { userId } })).toBe(0);
    const user = await db().user.findUniqueOrThrow({ where: { id: userId } });
    expect(user).toMatchObject({ status: 'DELETED', phoneEnc: null, phoneHash: null, nickname: null });
    expect(user.openid).not.toBe(openid);
    const c = await db().case.findUniqueOrThrow({ where: { id: kept.id } });
    expect(c).toMatchObject({ applicantUserId: null, contactPhoneEnc: null, contactPhoneMasked: null, applicantNameMasked: '张*' });
    expect((await call(server, 'GET', '/api/v1/me/profile', { token })).status).toBe(401);
    const again = await loginCitizen(server, openid);
    expect(again.userId).not.toBe(userId);
  });
});
