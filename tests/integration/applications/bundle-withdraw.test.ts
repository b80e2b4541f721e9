import { applyTransition } from '../../../server/services/cases/apply-transition';
import { createStaff } from '../../helpers/factories';
import { startTestServer, type TestServer } from '../../helpers/test-server';
import { staffActor } from '../cases/helpers';
import { seededBundle, submittedBundle, type BundleBody, type SeededBundle } from './bundle-helpers';
import { applicant, call } from './helpers';

let server: TestServer;
let bundle: SeededBundle;
beforeAll(async () => {
  server = await startTestServer();
  bundle = await seededBundle(server.dbHandle.db);
}, 60_000);
afterAll(() => server.stop());
const db = () => server.dbHandle.db;

const withdraw = (token: string | undefined, id: string, body: Record<string, unknown> = {}) => call(server, 'POST', `/api/v1/bundle-applications/${id}/withdraw`, { token, body });
const statuses = async (b: BundleBody) => (await db().case.findMany({ where: { parentId: b.id }, orderBy: { id: 'asc' }, select: { id: true, status: true, version: true } }));
const withdrawEvents = (b: BundleBody) => db().caseEvent.findMany({ where: { caseId: { in: b.parts.map((p) => p.id) }, action: 'withdraw' } });
const outbox = (b: BundleBody) =>
  db().outboxMessage.findMany({ where: { OR: [{ caseId: b.id }, { caseId: { in: b.parts.map((p) => p.id) } }] }, orderBy: { createdAt: 'asc' }, select: { dedupeKey: true, payload: true } });
const templates = async (b: BundleBody) => (await outbox(b)).map((o) => (o.payload as { template: string }).template);

describe('POST /api/v1/bundle-applications/:id/withdraw', () => {
  it('is 401 anonymous, 403 for staff, 400 for an overlong reason, 404 for an unknown id or another citizen’s bundle', async () => {
    const a = await applicant(server);
    const b = await submittedBundle(server, a.token, bundle.code);
    expect((await withdraw(undefined, b.id)).status).toBe(401);
    const staff = await createStaff(db(), [{ role: 'HANDLER', departmentId: bundle.items[0]!.departmentId, regionCode: '5305' }]);
    expect((await withdraw(staff.token, b.id)).status).toBe(403);
    expect((await withdraw(a.token, b.id, { reason: '长'.repeat(201) })).status).toBe(400);
    expect((await withdraw(a.token, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await withdraw(a.token, 'not-a-uuid')).status).toBe(404);
    const other = await applicant(server, '杨丽');
    expect((await withdraw(other.token, b.id)).status).toBe(404);
    // A part's id is not a bundle.
    expect((await withdraw(a.token, b.parts[0]!.id)).status).toBe(404);
    expect((await statuses(b)).every((p) => p.status === 'SUBMITTED')).toBe(true);
    expect(await withdrawEvents(b)).toHaveLength(0);
  });

  it('withdraws every part in one go, records each, and tells the citizen once', async () => {
    const a = await applicant(server);
    const b = await submittedBundle(server, a.token, bundle.code);
    const r = await withdraw(a.token, b.id, { reason: '不需要办了' });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ id: b.id, status: 'WITHDRAWN', statusLabel: '已撤回', partial: false });
    expect((r.body as BundleBody).parts.every((p) => p.status === 'WITHDRAWN')).toBe(true);

    const parts = await db().case.findMany({ where: { parentId: b.id } });
    expect(parts.every((p) => p.status === 'WITHDRAWN' && p.withdrawnAt !== null && p.withdrawReason === '不需要办了')).toBe(true);
    const events = await withdrawEvents(b);
    expect(events).toHaveLength(b.parts.length);
    expect(events.every((e) => e.actorUserId === a.user.id && e.fromStatus === 'SUBMITTED' && (e.data as { bundleCaseId?: string }).bundleCaseId === b.id)).toBe(true);

    const t = await templates(b);
    expect(t.filter((x) => x === 'bundle.withdrawn')).toHaveLength(1);
    expect(t).not.toContain('case.withdrawn');
    const notice = (await outbox(b)).find((o) => (o.payload as { template: string }).template === 'bundle.withdrawn')!;
    expect(notice.payload).toMatchObject({ caseId: b.id, recipient: { userId: a.user.id }, data: { bundleName: bundle.name, partCount: b.parts.length } });

    // My cases shows the one bundle case as withdrawn.
    const list = await call(server, 'GET', '/api/v1/me/cases', { token: a.token });
    expect(list.body.items).toEqual([expect.objectContaining({ id: b.id, status: 'WITHDRAWN' })]);
  });

  it('is 409 naming the accepted part when one department already accepted, and changes nothing', async () => {
    const a = await applicant(server);
    const b = await submittedBundle(server, a.token, bundle.code);
    await applyTransition(db(), { caseId: b.parts[0]!.id, action: 'accept', actor: await staffActor(db(), 'HANDLER', bundle.items[0]!.departmentId) });
    const before = await statuses(b);
    const outboxBefore = (await outbox(b)).length;

    const r = await withdraw(a.token, b.id);
    expect(r.status).toBe(409);
    expect(r.body.error.message).toContain(b.parts[0]!.itemName);
    expect(r.body.error.message).toContain('已受理');
    for (const p of b.parts.slice(1)) expect(r.body.error.message).not.toContain(`${p.itemName}（`);

    expect(await statuses(b)).toEqual(before);
    expect(await withdrawEvents(b)).toHaveLength(0);
    expect(await outbox(b)).toHaveLength(outboxBefore);
  });

  it('is 409 for a draft bundle (it is deleted, not withdrawn)', async () => {
    const a = await applicant(server);
    const c = await call(server, 'POST', '/api/v1/bundle-applications', { token: a.token, body: { bundleCode: bundle.code } });
    const r = await withdraw(a.token, c.body.id);
    expect(r.status).toBe(409);
    expect(r.body.error.message).toContain('删除');
    expect(await db().case.count({ where: { parentId: c.body.id, status: 'DRAFT' } })).toBe(bundle.items.length);
  });

  it('answers a double tap (at once, or again later) with the same state: each part withdrawn once, one message', async () => {
    const a = await applicant(server);
    const b = await submittedBundle(server, a.token, bundle.code);
    const before = await statuses(b);
    const [one, two] = await Promise.all([withdraw(a.token, b.id), withdraw(a.token, b.id)]);
    expect([one.status, two.status]).toEqual([200, 200]);
    expect(one.body).toEqual(two.body);
    expect(one.body.status).toBe('WITHDRAWN');
    const again = await withdraw(a.token, b.id);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(one.body);

    expect(await withdrawEvents(b)).toHaveLength(b.parts.length);
    expect(await statuses(b)).toEqual(before.map((p) => ({ ...p, status: 'WITHDRAWN', version: p.version + 1 })));
    expect((await templates(b)).filter((x) => x === 'bundle.withdrawn')).toHaveLength(1);
  });
});
