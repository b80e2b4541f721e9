import type { TestServer } from '../../helpers/test-server';
import { applicant, call, freshCreditCode, freshIdNumber, withItemServer, type PublishedItem } from './helpers';

let server: TestServer;
let item: PublishedItem;
withItemServer('onetrip-acting-for-', (setup) => {
  ({ server, item } = setup);
});
const db = () => server.dbHandle.db;

// Fresh ID numbers and credit codes: other test files on the same database look people up by their own fixed ones.

describe('acting for someone else', () => {
  it('applies for a principal under an active authorisation: the principal is the applicant, both see the case', async () => {
    const motherId = freshIdNumber();
    const mother = await applicant(server, '李秀英', motherId);
    const son = await applicant(server, '李军');
    const auth = await call(server, 'POST', '/api/v1/me/authorisations', {
      token: son.token,
      body: { principalName: '李秀英', principalIdType: 'RESIDENT_ID_CARD', principalIdNumber: motherId, relationship: 'FAMILY' },
    });
    expect(auth.status).toBe(200);
    const actingFor = { kind: 'PRINCIPAL', id: auth.body.id };
    expect((await call(server, 'POST', '/api/v1/applications', { token: son.token, body: { itemCode: item.code, actingFor } })).status).toBe(403);
    expect((await call(server, 'POST', `/api/v1/me/authorisations/${auth.body.id}/confirm`, { token: mother.token })).body.status).toBe('ACTIVE');

    const r = await call(server, 'POST', '/api/v1/applications', { token: son.token, body: { itemCode: item.code, actingFor } });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ applicantKind: 'PERSON', applicantName: '李*英', actingAsAgent: true });
    const row = await db().case.findUniqueOrThrow({ where: { id: r.body.id } });
    expect(row).toMatchObject({ applicantUserId: mother.user.id, agentUserId: son.user.id, agentAuthorisationId: auth.body.id });
    expect((await call(server, 'GET', `/api/v1/me/cases/${r.body.id}`, { token: mother.token })).body.application.actingAsAgent).toBe(false);
    expect((await call(server, 'GET', '/api/v1/me/cases', { token: son.token })).body.items.map((c: { id: string }) => c.id)).toEqual([r.body.id]);

    // Someone else cannot use the son's authorisation.
    const stranger = await applicant(server);
    expect((await call(server, 'POST', '/api/v1/applications', { token: stranger.token, body: { itemCode: item.code, actingFor } })).status).toBe(403);
    await call(server, 'POST', `/api/v1/me/authorisations/${auth.body.id}/revoke`, { token: mother.token });
    expect((await call(server, 'POST', '/api/v1/applications', { token: son.token, body: { itemCode: item.code, actingFor } })).status).toBe(403);
  });

  it('applies for a company the caller may act for', async () => {
    const ownerId = freshIdNumber();
    const owner = await applicant(server, '张伟', ownerId);
    const reg = await call(server, 'POST', '/api/v1/me/companies', {
      token: owner.token,
      body: { creditCode: freshCreditCode(), name: '隆阳区张记米线店', legalRepName: '张伟', legalRepIdNumber: ownerId },
    });
    expect(reg.status).toBe(200);
    const r = await call(server, 'POST', '/api/v1/applications', { token: owner.token, body: { itemCode: item.code, actingFor: { kind: 'COMPANY', id: reg.body.id } } });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ applicantKind: 'COMPANY', applicantName: '隆阳区张记米线店' });
    expect((await db().case.findUniqueOrThrow({ where: { id: r.body.id } })).applicantCompanyId).toBe(reg.body.id);
    const outsider = await applicant(server);
    expect((await call(server, 'POST', '/api/v1/applications', { token: outsider.token, body: { itemCode: item.code, actingFor: { kind: 'COMPANY', id: reg.body.id } } })).status).toBe(403);
  });
});

describe('situation answers', () => {
  it('tailors the material list to the answers, at creation and when the answers change in the draft', async () => {
    const q = await db().itemQuestion.findFirst({
      where: { version: { status: 'PUBLISHED' }, options: { some: { materials: { some: {} } } } },
      include: { version: { include: { item: true } }, options: { include: { materials: { include: { material: true } } } } },
    });
    expect(q).not.toBeNull();
    const option = q!.options.find((o) => o.materials.length > 0)!;
    const added = option.materials.map((m) => m.material.name);
    const a = await applicant(server);
    const code = q!.version.item.implementationCode;
    const plain = (await call(server, 'POST', '/api/v1/applications', { token: a.token, body: { itemCode: code } })).body;
    const names = (app: { materials: { name: string }[] }) => app.materials.map((m) => m.name);
    for (const n of added) expect(names(plain)).not.toContain(n);
    const tailored = await call(server, 'POST', '/api/v1/applications', { token: a.token, body: { itemCode: code, answers: { [q!.id]: [option.id] } } });
    expect(tailored.status).toBe(201);
    expect(names(tailored.body)).toEqual(expect.arrayContaining(added));
    const patched = await call(server, 'PATCH', `/api/v1/applications/${plain.id}`, { token: a.token, body: { version: plain.version, answers: { [q!.id]: [option.id] } } });
    expect(patched.status).toBe(200);
    expect(names(patched.body)).toEqual(expect.arrayContaining(added));
    expect(patched.body.version).toBe(plain.version + 1);
  });
});
