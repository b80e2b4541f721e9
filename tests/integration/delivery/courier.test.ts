import { EMS_SIM_CREDENTIALS } from '../../../server/adapters/courier';
import { emsHeaders, toEmsTime } from '../../../server/adapters/courier/ems-protocol';
import { applyTransition } from '../../../server/services/cases/apply-transition';
import { pollShipments } from '../../../server/services/courier/poll-shipments';
import { createEmsClient } from '../../../server/adapters/courier/ems.client';
import { createStaff } from '../../helpers/factories';
import { startTestServer, type TestServer } from '../../helpers/test-server';
import { call, chooseCourier, deliveryWorld, simPay, waitFor } from './helpers';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
}, 60_000);
afterAll(() => server.stop());
const db = () => server.dbHandle.db;

type World = Awaited<ReturnType<typeof deliveryWorld>>;

/** A completed case whose applicant chose EMS and paid the postage (unless free). */
async function readyWorld(opts: { postageFree?: boolean; pay?: boolean } = {}) {
  const w = await deliveryWorld(server, { postageFree: opts.postageFree ?? false });
  await chooseCourier(server, w);
  if (!opts.postageFree && opts.pay !== false) {
    const order = (await call(server, 'POST', `/api/v1/me/cases/${w.c.id}/postage/pay`, { token: w.token })).body.payment;
    await simPay(server, order.outTradeNo);
    await waitFor(async () => (await db().payment.findUniqueOrThrow({ where: { id: order.id } })).status === 'PAID');
  }
  await applyTransition(db(), { caseId: w.c.id, action: 'accept', actor: w.clerk });
  await applyTransition(db(), { caseId: w.c.id, action: 'complete', actor: w.approver, input: { decision: 'APPROVED', resultName: '食品经营许可证' } });
  const clerk = await createStaff(db(), [{ role: 'WINDOW_CLERK', departmentId: w.dept.id, regionCode: '5305' }]);
  return { ...w, clerkToken: clerk.token };
}

const waybill = (w: World, token?: string) => call(server, 'POST', `/api/v1/staff/cases/${w.c.id}/waybill`, { token });
const ems = (path: string, body: unknown = {}) =>
  fetch(`${server.courierBaseUrl}/__sim/ems/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then((r) => r.json() as Promise<any>);
const shipmentOf = (caseId: string) => db().shipment.findFirstOrThrow({ where: { caseId, status: { not: 'CANCELLED' } }, include: { events: true } });

function signedPush(body: unknown, opts: { secret?: string; atMs?: number } = {}) {
  const text = JSON.stringify(body);
  return { text, headers: { 'content-type': 'application/json', ...emsHeaders(opts.secret ?? EMS_SIM_CREDENTIALS.pushSecret, EMS_SIM_CREDENTIALS.appKey, text, opts.atMs ?? Date.now()) } };
}
async function postPush(p: { text: string; headers: Record<string, string> }) {
  const res = await server.fetch('/api/v1/courier/ems/push', { method: 'POST', headers: p.headers, body: p.text });
  return { status: res.status, body: (await res.json()) as { code: string; message: string } };
}

describe('POST /api/v1/staff/cases/:id/waybill', () => {
  it('is 401 anonymous, 403 for citizens and other departments, 409 before completion or payment', async () => {
    const w = await deliveryWorld(server);
    await chooseCourier(server, w);
    const outsider = await createStaff(db(), [{ role: 'WINDOW_CLERK', departmentId: (await db().department.findFirstOrThrow({ where: { code: '5305-GA' } })).id, regionCode: '5305' }]);
    const clerk = await createStaff(db(), [{ role: 'WINDOW_CLERK', departmentId: w.dept.id, regionCode: '5305' }]);
    expect((await waybill(w)).status).toBe(401);
    expect((await waybill(w, w.token)).status).toBe(403);
    expect((await waybill(w, outsider.token)).status).toBe(403);
    expect((await waybill(w, clerk.token)).status).toBe(409);
    const unpaid = await readyWorld({ pay: false });
    const r = await waybill(unpaid, unpaid.clerkToken);
    expect(r.status).toBe(409);
    expect(r.body.error.message).toBe('申请人尚未支付邮费，暂不能寄出');
  });

  it('creates one waybill when two clerks press at once, audits the hand-over and tells the applicant', async () => {
    const w = await readyWorld();
    const other = await createStaff(db(), [{ role: 'HANDLER', departmentId: w.dept.id, regionCode: '5305' }]);
    const [a, b] = await Promise.all([waybill(w, w.clerkToken), waybill(w, other.token)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(a.body.waybillNo).toMatch(/^\d{13}$/);
    expect(b.body.waybillNo).toBe(a.body.waybillNo);
    const s = await shipmentOf(w.c.id);
    expect(await db().auditLog.count({ where: { entity: 'shipments', entityId: s.id, action: 'EXPORT_PERSONAL_DATA' } })).toBe(1);
    expect(await db().outboxMessage.count({ where: { dedupeKey: `shipment:${s.id}:DISPATCHED:case.dispatched` } })).toBe(1);
  });
});

describe('tracking: pushes, polling and signing for', () => {
  it('moves the parcel through its states, and signing for it delivers the case (system actor) once', async () => {
    const w = await readyWorld();
    const no = (await waybill(w, w.clerkToken)).body.waybillNo as string;
    await ems(`parcels/${no}/advance`, { steps: 3 });
    expect((await shipmentOf(w.c.id)).status).toBe('OUT_FOR_DELIVERY');
    await ems(`parcels/${no}/advance`);
    const s = await shipmentOf(w.c.id);
    expect(s.status).toBe('DELIVERED');
    expect(s.events).toHaveLength(4);
    const c = await db().case.findUniqueOrThrow({ where: { id: w.c.id } });
    expect(c).toMatchObject({ status: 'DELIVERED', deliveryMethod: 'COURIER' });
    expect(c.deliveredAt).not.toBeNull();
    expect(await db().caseEvent.count({ where: { caseId: w.c.id, action: 'deliver', actorKind: 'SYSTEM' } })).toBe(1);
    expect(await db().outboxMessage.count({ where: { dedupeKey: `shipment:${s.id}:DELIVERED:case.signed` } })).toBe(1);
    const view = await call(server, 'GET', `/api/v1/me/cases/${w.c.id}/delivery`, { token: w.token });
    expect(view.body.shipment.events.map((e: { status: string }) => e.status)).toEqual(['DELIVERED', 'OUT_FOR_DELIVERY', 'IN_TRANSIT', 'PICKED_UP']);
    expect(view.body.shipment).toMatchObject({ statusLabel: '已签收', waybillNo: no });
    // A late duplicate of the signed-for push changes nothing.
    const pushes = (await (await fetch(`${server.courierBaseUrl}/__sim/ems/pushes`)).json()) as { waybillNo: string; body: string; headers: Record<string, string> }[];
    const last = pushes.filter((p) => p.waybillNo === no).at(-1)!;
    expect((await postPush({ text: last.body, headers: last.headers })).status).toBe(200);
    expect(await db().caseEvent.count({ where: { caseId: w.c.id, action: 'deliver' } })).toBe(1);
  });

  it('handles duplicated and out-of-order pushes: events unique, status by the carrier clock', async () => {
    const w = await readyWorld({ postageFree: true });
    const no = (await waybill(w, w.clerkToken)).body.waybillNo as string;
    await ems('faults', { duplicate: 1, reorder: 1 });
    await ems(`parcels/${no}/advance`, { steps: 3 });
    const s = await shipmentOf(w.c.id);
    expect(s.events.map((e) => e.status).sort()).toEqual(['IN_TRANSIT', 'OUT_FOR_DELIVERY', 'PICKED_UP']);
    expect(s.status).toBe('OUT_FOR_DELIVERY');
    await ems('faults', {});
  });

  it('answers 404 for an unknown waybill, 401 for a forged or stale push, 400 for garbage', async () => {
    const trace = { waybillNo: '1199999999999', opCode: '203', opName: '收寄', opTime: toEmsTime(Date.now()), opDesc: '已收寄' };
    const unknown = await postPush(signedPush({ waybillNo: '1199999999999', traces: [trace] }));
    expect(unknown).toEqual({ status: 404, body: { code: 'E404', message: '运单号1199999999999不存在' } });
    expect((await postPush(signedPush({ waybillNo: '1199999999999', traces: [trace] }, { secret: 'not-the-push-secret-at-all' }))).status).toBe(401);
    expect((await postPush(signedPush({ waybillNo: '1199999999999', traces: [trace] }, { atMs: Date.now() - 10 * 60_000 }))).status).toBe(401);
    expect((await postPush(signedPush('not an object'))).status).toBe(400);
  });

  it('finds events whose pushes were lost by polling the carrier', async () => {
    const w = await readyWorld({ postageFree: true });
    const no = (await waybill(w, w.clerkToken)).body.waybillNo as string;
    await ems('faults', { skip: 4 });
    await ems(`parcels/${no}/advance`, { steps: 4 });
    expect((await shipmentOf(w.c.id)).events).toHaveLength(0);
    const courier = { client: createEmsClient({ baseUrl: server.courierBaseUrl, ...EMS_SIM_CREDENTIALS }), pushBase: () => server.url.replace(/\/$/, '') };
    expect(await pollShipments({ db: db(), courier }, new Date(), { olderThanMs: 0 })).toBeGreaterThanOrEqual(4);
    expect((await shipmentOf(w.c.id)).status).toBe('DELIVERED');
    expect((await db().case.findUniqueOrThrow({ where: { id: w.c.id } })).status).toBe('DELIVERED');
  });

  it('records a failed delivery and the return, tells the applicant, and leaves the case undelivered', async () => {
    const w = await readyWorld({ postageFree: true });
    const no = (await waybill(w, w.clerkToken)).body.waybillNo as string;
    await ems(`parcels/${no}/scenario`, { scenario: 'failDelivery' });
    await ems(`parcels/${no}/advance`, { steps: 5 });
    const s = await shipmentOf(w.c.id);
    expect(s.status).toBe('RETURNED');
    expect(await db().outboxMessage.count({ where: { dedupeKey: `shipment:${s.id}:FAILED:case.deliveryFailed` } })).toBe(1);
    expect((await db().case.findUniqueOrThrow({ where: { id: w.c.id } })).status).toBe('COMPLETED');
  });
});

describe('GET /api/v1/staff/cases/:id/label.pdf', () => {
  it('is 401 anonymous, 403 for citizens, 409 before the waybill, then a PDF label whose print is audited', async () => {
    const w = await readyWorld({ postageFree: true });
    const label = (token?: string) => server.fetch(`/api/v1/staff/cases/${w.c.id}/label.pdf`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    expect((await label()).status).toBe(401);
    expect((await label(w.token)).status).toBe(403);
    expect((await label(w.clerkToken)).status).toBe(409);
    await waybill(w, w.clerkToken);
    const res = await label(w.clerkToken);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(2000);
    const s = await shipmentOf(w.c.id);
    expect(await db().auditLog.count({ where: { entity: 'shipments', entityId: s.id, action: 'VIEW_PERSONAL_DATA' } })).toBe(1);
  });
});

describe('staff dispatch list and batch', () => {
  it('lists ready cases of the department and dispatches them in one go', async () => {
    const a = await readyWorld({ postageFree: true });
    const b = await readyWorld({ postageFree: true });
    const list = await call(server, 'GET', '/api/v1/staff/dispatch', { token: a.clerkToken });
    expect(list.status).toBe(200);
    expect(list.body.items.find((e: { caseId: string }) => e.caseId === a.c.id)).toMatchObject({ ready: true, shipment: { status: 'CREATED' } });
    expect((await call(server, 'GET', '/api/v1/staff/dispatch', { token: a.token })).status).toBe(403);
    const r = await call(server, 'POST', '/api/v1/staff/dispatch/batch', { token: a.clerkToken, body: { caseIds: [a.c.id, b.c.id] } });
    expect(r.status).toBe(200);
    expect(r.body.dispatched.map((d: { caseId: string }) => d.caseId).sort()).toEqual([a.c.id, b.c.id].sort());
    expect(r.body.failed).toEqual([]);
    expect((await call(server, 'POST', '/api/v1/staff/dispatch/batch', { token: a.clerkToken, body: { caseIds: ['nope'] } })).status).toBe(400);
  });
});
