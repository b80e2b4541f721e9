import { createCitizen, createStaff } from '../../helpers/factories';
import type { TestServer } from '../../helpers/test-server';
import { storedObjects } from '../files/helpers';
import { applicant, call, CONTACT, readyDraft, submit, uploadJpeg, withItemServer, type PublishedItem } from './helpers';

let server: TestServer;
let dataDir: string;
let item: PublishedItem;
withItemServer('onetrip-apply-', (setup) => {
  ({ server, dataDir, item } = setup);
});
const db = () => server.dbHandle.db;
const ANY_ID = '00000000-0000-4000-8000-000000000000';

describe('applications: who may call', () => {
  it('is 401 anonymous on every endpoint', async () => {
    const calls: [string, string][] = [
      ['POST', '/api/v1/applications'],
      ['PATCH', `/api/v1/applications/${ANY_ID}`],
      ['PUT', `/api/v1/applications/${ANY_ID}/materials/${ANY_ID}`],
      ['POST', `/api/v1/applications/${ANY_ID}/submit`],
      ['POST', `/api/v1/applications/${ANY_ID}/withdraw`],
      ['POST', `/api/v1/applications/${ANY_ID}/resubmit`],
      ['DELETE', `/api/v1/applications/${ANY_ID}`],
      ['GET', '/api/v1/me/cases'],
      ['GET', `/api/v1/me/cases/${ANY_ID}`],
    ];
    for (const [method, p] of calls) expect([method, p, (await call(server, method, p, { body: method === 'GET' || method === 'DELETE' ? undefined : {} })).status]).toEqual([method, p, 401]);
  });

  it('is 403 for staff, and for a citizen without a real-name profile or acting for someone they may not', async () => {
    const staff = await createStaff(db(), [{ role: 'HANDLER', departmentId: item.version.item.departmentId, regionCode: '5305' }]);
    expect((await call(server, 'POST', '/api/v1/applications', { token: staff.token, body: { itemCode: item.code } })).status).toBe(403);
    expect((await call(server, 'GET', '/api/v1/me/cases', { token: staff.token })).status).toBe(403);
    const bare = await createCitizen(db());
    expect((await call(server, 'POST', '/api/v1/applications', { token: bare.token, body: { itemCode: item.code } })).status).toBe(403);
    const a = await applicant(server);
    const principal = await call(server, 'POST', '/api/v1/applications', { token: a.token, body: { itemCode: item.code, actingFor: { kind: 'PRINCIPAL', id: ANY_ID } } });
    expect(principal.status).toBe(403);
    const company = await call(server, 'POST', '/api/v1/applications', { token: a.token, body: { itemCode: item.code, actingFor: { kind: 'COMPANY', id: ANY_ID } } });
    expect(company.status).toBe(403);
  });

  it('is 400 for malformed input and 404 for an unknown item', async () => {
    const a = await applicant(server);
    expect((await call(server, 'POST', '/api/v1/applications', { token: a.token, body: {} })).status).toBe(400);
    expect((await call(server, 'POST', '/api/v1/applications', { token: a.token, body: { itemCode: item.code, actingFor: { kind: 'SOMEONE' } } })).status).toBe(400);
    expect((await call(server, 'POST', '/api/v1/applications', { token: a.token, body: { itemCode: 'NO-SUCH-ITEM' } })).status).toBe(404);
    const draft = (await call(server, 'POST', '/api/v1/applications', { token: a.token, body: { itemCode: item.code } })).body;
    const badForm = await call(server, 'PATCH', `/api/v1/applications/${draft.id}`, { token: a.token, body: { version: draft.version, form: { contactPhone: '123', unknown: 'x' } } });
    expect(badForm.status).toBe(400);
    expect(badForm.body.error.details.map((d: { path: string }) => d.path)).toEqual(expect.arrayContaining(['form.contactPhone', 'form.unknown']));
    const m = draft.materials[0];
    expect((await call(server, 'PUT', `/api/v1/applications/${draft.id}/materials/${m.id}`, { token: a.token, body: { fileIds: ['nope'] } })).status).toBe(400);
    expect((await call(server, 'POST', `/api/v1/applications/${draft.id}/submit`, { token: a.token })).status).toBe(400);
  });
});

describe('applying: draft → submit', () => {
  it('creates a draft with the tailored list and the applicant snapshot, fills it in and submits it', async () => {
    const a = await applicant(server);
    const created = await call(server, 'POST', '/api/v1/applications', { token: a.token, body: { itemCode: item.code } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'DRAFT', number: null, applicantKind: 'PERSON', applicantName: '张*', actingAsAgent: false });
    expect(created.body.materials.map((m: { name: string }) => m.name)).toEqual(item.required.map((m) => m.name));
    const row = await db().case.findUniqueOrThrow({ where: { id: created.body.id } });
    expect(row.applicantIdHash).toHaveLength(64);
    expect(row.itemVersionId).toBe(item.version.id);

    const stale = await call(server, 'PATCH', `/api/v1/applications/${created.body.id}`, { token: a.token, body: { version: created.body.version + 5, form: CONTACT } });
    expect(stale.status).toBe(409);

    const app = await readyDraft(server, a.token, item.code);
    expect(app.materials.every((m: { provided: boolean }) => m.provided)).toBe(true);
    const r = await submit(server, a.token, app.id);
    expect(r.status).toBe(200);
    expect(r.body.status).toBe('SUBMITTED');
    expect(r.body.submittedAt).not.toBeNull();
    expect(await db().outboxMessage.count({ where: { dedupeKey: { startsWith: `case:${app.id}:` } } })).toBe(1);

    const detail = await call(server, 'GET', `/api/v1/me/cases/${app.id}`, { token: a.token });
    expect(detail.status).toBe(200);
    expect(detail.body.timeline.map((s: { action: string }) => s.action)).toEqual(['submit']);
    expect(detail.body.current).toMatchObject({ status: 'SUBMITTED', clock: 'PRE_REVIEW' });
    expect(detail.body.current.dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(detail.body.allowedActions).toEqual(['withdraw']);
    const mine = await call(server, 'GET', '/api/v1/me/cases', { token: a.token });
    expect(mine.body.items.map((c: { id: string }) => c.id)).toEqual([app.id, created.body.id]);
  });

  it('uses a wallet entry of the same material type, and refuses one of another type', async () => {
    const a = await applicant(server);
    const draft = (await call(server, 'POST', '/api/v1/applications', { token: a.token, body: { itemCode: item.code } })).body;
    const typed = draft.materials.find((m: { materialTypeCode: string | null }) => m.materialTypeCode)!;
    const fileId = await uploadJpeg(server, a.token);
    const other = await db().materialType.findFirstOrThrow({ where: { code: { not: typed.materialTypeCode } } });
    const good = await db().walletItem.create({ data: { userId: a.user.id, materialTypeCode: typed.materialTypeCode, title: typed.name, fileId, trustLevel: 'A' } });
    const bad = await db().walletItem.create({ data: { userId: a.user.id, materialTypeCode: other.code, title: other.name, trustLevel: 'A' } });
    const url = `/api/v1/applications/${draft.id}/materials/${typed.id}`;
    expect((await call(server, 'PUT', url, { token: a.token, body: { walletItemId: bad.id } })).status).toBe(400);
    const r = await call(server, 'PUT', url, { token: a.token, body: { walletItemId: good.id } });
    expect(r.status).toBe(200);
    expect(r.body.materials.find((m: { id: string }) => m.id === typed.id)).toMatchObject({ provided: true, supply: 'WALLET', walletItemId: good.id });
  });

  it('lists the missing materials and form fields instead of submitting', async () => {
    const a = await applicant(server);
    const draft = (await call(server, 'POST', '/api/v1/applications', { token: a.token, body: { itemCode: item.code } })).body;
    const first = draft.materials[0];
    await call(server, 'PUT', `/api/v1/applications/${draft.id}/materials/${first.id}`, { token: a.token, body: { fileIds: [await uploadJpeg(server, a.token)] } });
    const r = await submit(server, a.token, draft.id);
    expect(r.status).toBe(400);
    const paths = r.body.error.details.map((d: { path: string }) => d.path);
    const asked = draft.materials.slice(1).filter((m: { provided: boolean }) => !m.provided);
    expect(paths).toEqual(expect.arrayContaining(asked.map((m: { id: string }) => `materials.${m.id}`)));
    expect(paths.filter((p: string) => p.startsWith('materials.'))).toHaveLength(asked.length);
    expect(paths).not.toContain(`materials.${first.id}`);
    expect(paths).toContain('form.contactPhone');
    expect((await db().case.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe('DRAFT');
  });

  it('never asks for a government-held material: the department fetches it', async () => {
    const gov = await db().itemMaterial.findFirstOrThrow({
      where: { source: 'GOVERNMENT', requirement: 'REQUIRED', version: { status: 'PUBLISHED' } },
      include: { version: { include: { item: true } } },
    });
    const a = await applicant(server);
    const draft = await call(server, 'POST', '/api/v1/applications', { token: a.token, body: { itemCode: gov.version.item.implementationCode } });
    expect(draft.status).toBe(201);
    const m = draft.body.materials.find((x: { name: string }) => x.name === gov.name);
    expect(m).toMatchObject({ provided: true, supply: 'GOVERNMENT_FETCH', files: [] });
    const r = await submit(server, a.token, draft.body.id);
    expect(r.status).toBe(400);
    expect(r.body.error.details.map((d: { path: string }) => d.path)).not.toContain(`materials.${m.id}`);
  });

  it('refuses files that are not the caller’s own uploads', async () => {
    const a = await applicant(server);
    const other = await createCitizen(db());
    const theirs = await uploadJpeg(server, other.token);
    const draft = (await call(server, 'POST', '/api/v1/applications', { token: a.token, body: { itemCode: item.code } })).body;
    const r = await call(server, 'PUT', `/api/v1/applications/${draft.id}/materials/${draft.materials[0].id}`, { token: a.token, body: { fileIds: [theirs] } });
    expect(r.status).toBe(400);
  });
});

describe('submit is idempotent', () => {
  it('makes one submission of a double tap with the same key (sequential and concurrent)', async () => {
    const a = await applicant(server);
    const app = await readyDraft(server, a.token, item.code);
    const first = await submit(server, a.token, app.id, 'same-key-123');
    const again = await submit(server, a.token, app.id, 'same-key-123');
    expect([first.status, again.status]).toEqual([200, 200]);
    expect(again.body.status).toBe('SUBMITTED');
    expect(await db().caseEvent.count({ where: { caseId: app.id, action: 'submit' } })).toBe(1);
    expect((await submit(server, a.token, app.id, 'another-key-456')).status).toBe(409);

    const app2 = await readyDraft(server, a.token, item.code);
    const burst = await Promise.all(Array.from({ length: 5 }, () => submit(server, a.token, app2.id, 'burst-key-789')));
    expect(burst.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    expect(await db().caseEvent.count({ where: { caseId: app2.id, action: 'submit' } })).toBe(1);
    expect(await db().outboxMessage.count({ where: { dedupeKey: { startsWith: `case:${app2.id}:` } } })).toBe(1);
  });
});

describe('another citizen’s case (IDOR)', () => {
  it('is 404 on every endpoint and absent from their list', async () => {
    const a = await applicant(server);
    const app = await readyDraft(server, a.token, item.code);
    const mallory = await applicant(server);
    const m = app.materials[0];
    const file = await uploadJpeg(server, mallory.token);
    expect((await call(server, 'GET', `/api/v1/me/cases/${app.id}`, { token: mallory.token })).status).toBe(404);
    expect((await call(server, 'PATCH', `/api/v1/applications/${app.id}`, { token: mallory.token, body: { version: app.version, form: CONTACT } })).status).toBe(404);
    expect((await call(server, 'PUT', `/api/v1/applications/${app.id}/materials/${m.id}`, { token: mallory.token, body: { fileIds: [file] } })).status).toBe(404);
    expect((await submit(server, mallory.token, app.id)).status).toBe(404);
    expect((await call(server, 'POST', `/api/v1/applications/${app.id}/withdraw`, { token: mallory.token, body: {} })).status).toBe(404);
    expect((await call(server, 'DELETE', `/api/v1/applications/${app.id}`, { token: mallory.token })).status).toBe(404);
    expect((await call(server, 'GET', '/api/v1/me/cases/not-a-uuid', { token: mallory.token })).status).toBe(404);
    expect((await call(server, 'GET', '/api/v1/me/cases', { token: mallory.token })).body.items).toEqual([]);
    expect((await db().case.findUniqueOrThrow({ where: { id: app.id } })).status).toBe('DRAFT');
  });
});

describe('withdraw and delete', () => {
  it('withdraws a submitted application, and not a draft or a withdrawn one', async () => {
    const a = await applicant(server);
    const app = await readyDraft(server, a.token, item.code);
    expect((await call(server, 'POST', `/api/v1/applications/${app.id}/withdraw`, { token: a.token, body: {} })).status).toBe(409);
    await submit(server, a.token, app.id);
    const r = await call(server, 'POST', `/api/v1/applications/${app.id}/withdraw`, { token: a.token, body: { reason: '材料需要重新准备' } });
    expect(r.status).toBe(200);
    expect(r.body.status).toBe('WITHDRAWN');
    expect((await db().case.findUniqueOrThrow({ where: { id: app.id } })).withdrawReason).toBe('材料需要重新准备');
    expect((await call(server, 'POST', `/api/v1/applications/${app.id}/withdraw`, { token: a.token, body: {} })).status).toBe(409);
    const detail = (await call(server, 'GET', `/api/v1/me/cases/${app.id}`, { token: a.token })).body;
    expect(detail.timeline.map((s: { action: string }) => s.action)).toEqual(['submit', 'withdraw']);
    expect(detail.allowedActions).toEqual([]);
  });

  it('deletes a draft with its files (rows and stored objects), and never a submitted case', async () => {
    const a = await applicant(server);
    const app = await readyDraft(server, a.token, item.code);
    const fileIds = app.materials.flatMap((m: { files: { id: string }[] }) => m.files.map((f) => f.id));
    const before = storedObjects(dataDir).length;
    const r = await call(server, 'DELETE', `/api/v1/applications/${app.id}`, { token: a.token });
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ deleted: true, filesRemoved: fileIds.length });
    expect(await db().case.count({ where: { id: app.id } })).toBe(0);
    expect(await db().storedFile.count({ where: { id: { in: fileIds } } })).toBe(0);
    expect(storedObjects(dataDir).length).toBe(before - fileIds.length);

    const sent = await readyDraft(server, a.token, item.code);
    await submit(server, a.token, sent.id);
    expect((await call(server, 'DELETE', `/api/v1/applications/${sent.id}`, { token: a.token })).status).toBe(409);
    expect(await db().case.count({ where: { id: sent.id } })).toBe(1);
  });
});
