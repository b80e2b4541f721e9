import type { PoolClient } from 'pg';
import type { PayDeps } from '../../../server/services/payments/pay-deps';
import { deliveryTasks } from '../../../server/jobs/delivery-tasks';
import { createLogger } from '../../../server/logger';
import { generateSimPayKeys } from '../../../server/adapters/wechatpay/simulator/sim-keys';
import { applyTransition } from '../../../server/services/cases/apply-transition';
import { closeStaleOrders } from '../../../server/services/payments/close-stale-orders';
import { REFUND_CASE_TASK, refundCaseJobKey } from '../../../server/services/payments/enqueue-postage-refund';
import { reconcilePayments } from '../../../server/services/payments/reconcile-payments';
import { refundPayment } from '../../../server/services/payments/refund-payment';
import { createCitizen, createStaff } from '../../helpers/factories';
import { startTestServer, type TestServer } from '../../helpers/test-server';
import { call, chooseCourier, craftNotify, deliveryWorld, postNotify, simKeys, simPay, simPayControl, transactionFor, waitFor } from './helpers';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
}, 60_000);
afterAll(() => server.stop());
const db = () => server.dbHandle.db;

const pay = (caseId: string, token?: string) => call(server, 'POST', `/api/v1/me/cases/${caseId}/postage/pay`, { token });
const payment = (outTradeNo: string) => db().payment.findUniqueOrThrow({ where: { outTradeNo }, include: { refunds: true } });

describe('PUT /api/v1/me/cases/:id/delivery', () => {
  it('is 401 anonymous, 403 for staff, 404 for another citizen, 400 for a courier choice without a valid address', async () => {
    const w = await deliveryWorld(server);
    const path = `/api/v1/me/cases/${w.c.id}/delivery`;
    expect((await call(server, 'GET', path)).status).toBe(401);
    expect((await call(server, 'PUT', path, { body: { method: 'WINDOW_PICKUP' } })).status).toBe(401);
    const staff = await createStaff(db(), [{ role: 'HANDLER', departmentId: w.dept.id, regionCode: '5305' }]);
    expect((await call(server, 'GET', path, { token: staff.token })).status).toBe(403);
    const other = await createCitizen(db());
    expect((await call(server, 'GET', path, { token: other.token })).status).toBe(404);
    expect((await call(server, 'PUT', path, { token: w.token, body: { method: 'COURIER' } })).status).toBe(400);
    const badRegion = await call(server, 'PUT', path, { token: w.token, body: { method: 'COURIER', recipient: { ...w.recipient, address: { regionCode: '530581', detail: '某路1号' } } } });
    expect(badRegion.status).toBe(400);
    const badPhone = await call(server, 'PUT', path, { token: w.token, body: { method: 'COURIER', recipient: { ...w.recipient, phone: '12345' } } });
    expect(badPhone.status).toBe(400);
    const noCourier = await deliveryWorld(server, { courier: false });
    expect((await call(server, 'PUT', `/api/v1/me/cases/${noCourier.c.id}/delivery`, { token: noCourier.token, body: { method: 'COURIER', recipient: w.recipient } })).status).toBe(400);
  });

  it('quotes postage by destination, stores the recipient encrypted and shows it masked; free items quote zero', async () => {
    const w = await deliveryWorld(server);
    const view = await chooseCourier(server, w);
    expect(view).toMatchObject({ method: 'COURIER', courierAvailable: true, changeable: true, paymentDue: true, postage: { amountFen: 1200, free: false, zoneLabel: '同市' } });
    expect(view.shipment).toMatchObject({ status: 'CREATED', waybillNo: null, recipientNameMasked: '张*', recipientPhoneMasked: '139****5678' });
    expect(view.shipment.addressMasked).toContain('腾冲市');
    expect(view.shipment.addressMasked).not.toContain('大石巷');
    const row = await db().shipment.findFirstOrThrow({ where: { caseId: w.c.id, status: 'CREATED' } });
    expect(Buffer.from(row.addressEnc).toString('utf8')).not.toContain('大石巷');
    expect(Buffer.from(row.recipientPhoneEnc).toString('utf8')).not.toContain('13912345678');

    const free = await deliveryWorld(server, { postageFree: true });
    expect(await chooseCourier(server, free)).toMatchObject({ postage: { amountFen: 0, free: true }, paymentDue: false });
    expect((await pay(free.c.id, free.token)).status).toBe(409);
  });
});

describe('postage paid with WeChat Pay', () => {
  it('is 401 anonymous and 409 before a courier address is chosen', async () => {
    const w = await deliveryWorld(server);
    expect((await pay(w.c.id)).status).toBe(401);
    expect((await pay(w.c.id, w.token)).status).toBe(409);
  });

  it('orders once for repeated attempts, is paid through the simulator notify, ignores replays and shows a receipt', async () => {
    const w = await deliveryWorld(server);
    await chooseCourier(server, w);
    const [a, b] = await Promise.all([pay(w.c.id, w.token), pay(w.c.id, w.token)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(a.body.payment.outTradeNo).toBe(b.body.payment.outTradeNo);
    expect(a.body.payParams).toMatchObject({ appId: 'wx0000000000000000', signType: 'RSA' });
    expect(a.body.payParams.package).toMatch(/^prepay_id=wx/);
    expect(a.body.cashierUrl).toContain('/pay/cashier?prepay_id=');
    const no = a.body.payment.outTradeNo as string;
    expect(await db().payment.count({ where: { caseId: w.c.id } })).toBe(1);

    await simPay(server, no);
    await waitFor(async () => (await payment(no)).status === 'PAID');
    const paid = await payment(no);
    expect(paid).toMatchObject({ amountFen: 1200, refundedFen: 0, flaggedReason: null });
    expect(paid.transactionId).toMatch(/^4200/);

    // WeChat retries: the same bytes again change nothing.
    const sent = (await (await fetch(`${server.wechatPayBaseUrl}/__sim/pay/notifies`)).json()) as { id: number; body: string }[];
    const mine = sent.filter((n) => n.body.length > 0).at(-1)!;
    const replay = await simPayControl(server, `notifies/${mine.id}/replay`, {});
    expect(replay.status).toBe(204);
    expect(await payment(no)).toMatchObject({ status: 'PAID', transactionId: paid.transactionId, paidAt: paid.paidAt });

    expect((await pay(w.c.id, w.token)).status).toBe(409);
    const receipts = await call(server, 'GET', '/api/v1/me/payments', { token: w.token });
    expect(receipts.body.items[0]).toMatchObject({ outTradeNo: no, status: 'PAID', statusLabel: '已支付', amountFen: 1200, transactionId: paid.transactionId });
    const view = await call(server, 'GET', `/api/v1/me/cases/${w.c.id}/delivery`, { token: w.token });
    expect(view.body).toMatchObject({ paymentDue: false, changeable: false, payment: { status: 'PAID' } });
    expect((await call(server, 'PUT', `/api/v1/me/cases/${w.c.id}/delivery`, { token: w.token, body: { method: 'WINDOW_PICKUP' } })).status).toBe(409);
  });

  it('refuses forged, tampered, stale and SIGNTEST notifies (401) and leaves the order unpaid', async () => {
    const w = await deliveryWorld(server);
    await chooseCourier(server, w);
    const order = (await pay(w.c.id, w.token)).body.payment;
    const t = transactionFor(order);
    const forged = craftNotify(t, { signingKey: generateSimPayKeys().platformPrivateKey });
    expect((await postNotify(server, forged)).status).toBe(401);
    const good = craftNotify(t);
    const tampered = { ...good, body: good.body.replace('"支付成功"', '"支付成功 "') };
    expect((await postNotify(server, tampered)).status).toBe(401);
    expect((await postNotify(server, craftNotify(t, { atMs: Date.now() - 6 * 60_000 }))).body).toEqual({ code: 'FAIL', message: '通知时间戳超出允许范围' });
    expect((await postNotify(server, { ...good, headers: { ...good.headers, 'wechatpay-signature': 'WECHATPAY/SIGNTEST/xyz' } })).status).toBe(401);
    expect((await postNotify(server, { body: good.body, headers: { 'content-type': 'application/json' } })).status).toBe(401);
    expect((await payment(order.outTradeNo)).status).toBe('PENDING');
    expect(await db().auditLog.count({ where: { entity: 'pay-notify', action: 'SECURITY_EVENT' } })).toBeGreaterThanOrEqual(4);
  });

  it('rejects a correctly signed notify whose amount, appid or mchid differs from the order, and flags the payment', async () => {
    const w = await deliveryWorld(server);
    await chooseCourier(server, w);
    const order = (await pay(w.c.id, w.token)).body.payment;
    const wrongAmount = await postNotify(server, craftNotify(transactionFor(order, { amount: { total: 1, payer_total: 1, currency: 'CNY' } })));
    expect(wrongAmount).toEqual({ status: 400, body: { code: 'FAIL', message: '订单信息不符' } });
    expect(await payment(order.outTradeNo)).toMatchObject({ status: 'PENDING', flaggedReason: 'notify: amount mismatch' });
    expect((await postNotify(server, craftNotify(transactionFor(order, { appid: 'wx1111111111111111' })))).status).toBe(400);
    expect((await postNotify(server, craftNotify(transactionFor(order, { mchid: '1900000000' })))).status).toBe(400);
    expect((await postNotify(server, craftNotify(transactionFor({ outTradeNo: 'PGUNKNOWN00000001', amountFen: 1200 })))).status).toBe(400);
    expect((await payment(order.outTradeNo)).status).toBe('PENDING');
    expect(await db().auditLog.count({ where: { caseId: w.c.id, entity: 'payments', action: 'SECURITY_EVENT' } })).toBe(3);
  });

  it('settles by order query when the notify never comes, and closes unpaid orders after the timeout', async () => {
    const w = await deliveryWorld(server);
    await chooseCourier(server, w);
    const order = (await pay(w.c.id, w.token)).body.payment;
    await simPayControl(server, 'faults', { skip: 1 });
    await simPay(server, order.outTradeNo);
    expect((await payment(order.outTradeNo)).status).toBe('PENDING');
    const other = await createCitizen(db());
    expect((await call(server, 'POST', `/api/v1/me/payments/${order.id}/sync`, { token: other.token })).status).toBe(404);
    const synced = await call(server, 'POST', `/api/v1/me/payments/${order.id}/sync`, { token: w.token });
    expect(synced.body).toMatchObject({ status: 'PAID' });

    const w2 = await deliveryWorld(server);
    await chooseCourier(server, w2);
    const open = (await pay(w2.c.id, w2.token)).body.payment;
    const closed = await closeStaleOrders({ db: db(), pay: paySide() }, new Date(Date.now() + 31 * 60_000));
    expect(closed).toBeGreaterThanOrEqual(1);
    expect(await payment(open.outTradeNo)).toMatchObject({ status: 'CLOSED' });
    const sim = await (await fetch(`${server.wechatPayBaseUrl}/__sim/pay/orders/${open.outTradeNo}`)).json();
    expect(sim.tradeState).toBe('CLOSED');
    // A new attempt opens a new order.
    const again = await pay(w2.c.id, w2.token);
    expect(again.status).toBe(200);
    expect(again.body.payment.outTradeNo).not.toBe(open.outTradeNo);
  });
});

describe('refunds', () => {
  it('refunds the postage of a withdrawn case once, settled by its own notify, with a message to the applicant', async () => {
    const w = await deliveryWorld(server);
    await chooseCourier(server, w);
    const order = (await pay(w.c.id, w.token)).body.payment;
    await simPay(server, order.outTradeNo);
    await waitFor(async () => (await payment(order.outTradeNo)).status === 'PAID');
    await applyTransition(db(), { caseId: w.c.id, action: 'withdraw', actor: w.applicant, input: { reason: '不办了' } });
    const [r1, r2] = await Promise.all([reconcilePayments({ db: db(), pay: paySide() }), reconcilePayments({ db: db(), pay: paySide() })]);
    expect(r1.refunded + r2.refunded).toBe(1);
    await waitFor(async () => (await payment(order.outTradeNo)).refundedFen === 1200);
    const p = await payment(order.outTradeNo);
    expect(p.refunds).toHaveLength(1);
    expect(p.refunds[0]).toMatchObject({ status: 'SUCCESS', amountFen: 1200 });
    expect(await db().outboxMessage.count({ where: { dedupeKey: `refund:${p.refunds[0]!.id}:SUCCESS:payment.refunded` } })).toBe(1);
    expect(await refundPayment({ db: db(), pay: paySide() }, p.id, '再退一次')).toBeNull();
    const receipts = await call(server, 'GET', '/api/v1/me/payments', { token: w.token });
    expect(receipts.body.items.find((x: { outTradeNo: string }) => x.outTradeNo === order.outTradeNo)).toMatchObject({ statusLabel: '已退款', refundedFen: 1200 });
  });

  it('keeps money and states consistent when a payment notify races a refund of the withdrawn case', async () => {
    const w = await deliveryWorld(server);
    await chooseCourier(server, w);
    const order = (await pay(w.c.id, w.token)).body.payment;
    await applyTransition(db(), { caseId: w.c.id, action: 'withdraw', actor: w.applicant, input: { reason: '不办了' } });
    // The user pays on the phone just as the case is withdrawn: the notify and the sweep race.
    await Promise.all([simPay(server, order.outTradeNo), reconcilePayments({ db: db(), pay: paySide() }), reconcilePayments({ db: db(), pay: paySide() })]);
    await reconcilePayments({ db: db(), pay: paySide() });
    await waitFor(async () => (await payment(order.outTradeNo)).refundedFen === 1200);
    const p = await payment(order.outTradeNo);
    expect(p.status).toBe('PAID');
    expect(p.refunds.filter((r) => r.status !== 'CLOSED')).toHaveLength(1);
    const sim = await (await fetch(`${server.wechatPayBaseUrl}/__sim/pay/orders/${order.outTradeNo}`)).json();
    expect(sim.refunded).toBe(1200);
  });

  it('refuses a refund notify that does not match a refund of ours', async () => {
    const n = craftNotify({ mchid: simKeys.mchid, out_trade_no: 'PGX', out_refund_no: 'RFNOPE', refund_id: '5000', refund_status: 'SUCCESS', amount: { total: 1, refund: 1 } }, { eventType: 'REFUND.SUCCESS', originalType: 'refund' });
    expect((await postNotify(server, n, '/api/v1/pay/wechat/refund-notify')).status).toBe(400);
  });
});

describe('refund job (payments:refundCase)', () => {
  type Job = { task_identifier: string; key: string; payload: unknown };
  /** The graphile-worker job queued for a case's refund (public jobs view; the payload is only in the private table). */
  const refundJobs = (caseId: string) =>
    db().$queryRaw<Job[]>`SELECT j.task_identifier, j.key, p.payload FROM graphile_worker.jobs j JOIN graphile_worker._private_jobs p ON p.id = j.id WHERE j.key = ${refundCaseJobKey(caseId)}`;
  /** Run the job's handler as the worker would (this server runs no worker), then drop the row as a finished job is. */
  const runRefundJob = async (payload: unknown, caseId?: string) => {
    const task = deliveryTasks(db(), createLogger({ level: 'silent' }), { pay: paySide(), courier: {} as never })[REFUND_CASE_TASK];
    await task!(payload as never, {} as never);
    if (caseId) await db().$executeRaw`DELETE FROM graphile_worker._private_jobs WHERE key = ${refundCaseJobKey(caseId)}`;
  };
  const paidCase = async () => {
    const w = await deliveryWorld(server);
    await chooseCourier(server, w);
    const order = (await pay(w.c.id, w.token)).body.payment as { outTradeNo: string };
    await simPay(server, order.outTradeNo);
    await waitFor(async () => (await payment(order.outTradeNo)).status === 'PAID');
    return { w, order };
  };
  /** A transaction of this test holding row locks: waits until another session is blocked by it. */
  const blockedBy = async (hold: PoolClient) => {
    const { pid } = (await hold.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!;
    await waitFor(async () => (await db().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pg_stat_activity WHERE ${pid}::int = ANY(pg_blocking_pids(pid))`)[0]!.n > 0);
  };
  // PGlite runs one transaction at a time: a held lock there would block the server, not race it.
  const itRace = process.env.ONETRIP_TEST_DB_EMBEDDED === '1' ? it.skip : it;

  it('is queued by the withdrawal of a case with paid postage and refunds it once, with a message, without the sweep', async () => {
    const { w, order } = await paidCase();
    await applyTransition(db(), { caseId: w.c.id, action: 'withdraw', actor: w.applicant, input: { reason: '不办了' } });
    expect(await refundJobs(w.c.id)).toEqual([{ task_identifier: 'payments:refundCase', key: `refund:case:${w.c.id}`, payload: { caseId: w.c.id } }]);
    expect((await payment(order.outTradeNo)).refunds).toHaveLength(0);

    await runRefundJob({ caseId: w.c.id }, w.c.id);
    await waitFor(async () => (await payment(order.outTradeNo)).refundedFen === 1200);
    const p = await payment(order.outTradeNo);
    expect(p.refunds).toHaveLength(1);
    expect(p.refunds[0]).toMatchObject({ status: 'SUCCESS', amountFen: 1200, reason: '办件已撤回或不予受理，邮费退回' });
    const message = await db().outboxMessage.findUniqueOrThrow({ where: { dedupeKey: `refund:${p.refunds[0]!.id}:SUCCESS:payment.refunded` } });
    expect(message.payload).toMatchObject({ template: 'payment.refunded', recipient: { userId: w.citizen.user.id }, data: { amountYuan: '12.00', reason: '办件已撤回或不予受理，邮费退回' } });

    // The job again (a retry), then the sweep: nothing more goes back.
    await runRefundJob({ caseId: w.c.id });
    await reconcilePayments({ db: db(), pay: paySide() });
    expect(await payment(order.outTradeNo)).toMatchObject({ refundedFen: 1200, refunds: [expect.objectContaining({ status: 'SUCCESS' })] });
    const sim = await (await fetch(`${server.wechatPayBaseUrl}/__sim/pay/orders/${order.outTradeNo}`)).json();
    expect(sim.refunded).toBe(1200);
  });

  it('is queued when a case with paid postage is not accepted', async () => {
    const { w } = await paidCase();
    await applyTransition(db(), { caseId: w.c.id, action: 'notAccept', actor: w.reviewer, input: { reason: '不符合条件', legalBasis: '《行政许可法》第三十二条' } });
    expect(await refundJobs(w.c.id)).toHaveLength(1);
    await runRefundJob({ caseId: w.c.id }, w.c.id);
    const p = await db().payment.findFirstOrThrow({ where: { caseId: w.c.id }, include: { refunds: true } });
    expect(p.refunds).toMatchObject([{ amountFen: 1200, reason: '办件已撤回或不予受理，邮费退回' }]);
  });

  it('is not queued for a case without a paid payment, nor for a paid case that goes on', async () => {
    const none = await deliveryWorld(server);
    await applyTransition(db(), { caseId: none.c.id, action: 'withdraw', actor: none.applicant, input: { reason: '不办了' } });
    const unpaid = await deliveryWorld(server);
    await chooseCourier(server, unpaid);
    expect((await pay(unpaid.c.id, unpaid.token)).status).toBe(200);
    await applyTransition(db(), { caseId: unpaid.c.id, action: 'withdraw', actor: unpaid.applicant, input: { reason: '不办了' } });
    const { w } = await paidCase();
    await applyTransition(db(), { caseId: w.c.id, action: 'accept', actor: w.reviewer });
    for (const c of [none.c.id, unpaid.c.id, w.c.id]) expect(await refundJobs(c)).toEqual([]);
  });

  it('refuses a job without a valid case id', async () => {
    await expect(runRefundJob({})).rejects.toThrow('refund job without a valid caseId');
    await expect(runRefundJob({ caseId: 'not-a-uuid' })).rejects.toThrow('refund job without a valid caseId');
  });

  itRace('refunds at once postage whose notify lands while the withdrawal commits (the notify waits and sees it)', async () => {
    const w = await deliveryWorld(server);
    await chooseCourier(server, w);
    const order = (await pay(w.c.id, w.token)).body.payment as { outTradeNo: string };
    const hold = await server.dbHandle.pool.connect();
    let paying: Promise<void> | undefined;
    try {
      // A withdrawal in flight: the case row updated, not yet committed. The notify must wait for it, not read past it.
      await hold.query('BEGIN');
      await hold.query(`UPDATE cases SET status = 'WITHDRAWN' WHERE id = $1`, [w.c.id]);
      paying = simPay(server, order.outTradeNo);
      await blockedBy(hold);
      await hold.query('COMMIT');
      await paying;
    } finally {
      hold.release();
    }
    await waitFor(async () => (await payment(order.outTradeNo)).refundedFen === 1200);
    expect((await payment(order.outTradeNo)).refunds).toMatchObject([{ status: 'SUCCESS', reason: '办件已撤回或不予受理，邮费退回' }]);
  });

  itRace('refunds once postage paid just as the applicant switched to window pickup (the notify waits for the switch)', async () => {
    const w = await deliveryWorld(server);
    await chooseCourier(server, w);
    const order = (await pay(w.c.id, w.token)).body.payment as { outTradeNo: string };
    const shipment = await db().shipment.findFirstOrThrow({ where: { caseId: w.c.id, status: 'CREATED' } });
    const hold = await server.dbHandle.pool.connect();
    let switched: Awaited<ReturnType<typeof call>>;
    try {
      await hold.query('BEGIN');
      await hold.query('SELECT id FROM shipments WHERE id = $1 FOR UPDATE', [shipment.id]);
      // The switch has found the postage unpaid and waits on the shipment row, holding the case; the notify lands.
      const switching = call(server, 'PUT', `/api/v1/me/cases/${w.c.id}/delivery`, { token: w.token, body: { method: 'WINDOW_PICKUP' } });
      await blockedBy(hold);
      const paying = simPay(server, order.outTradeNo);
      // The notify reads the case under a share lock: it waits for the switch instead of settling past it.
      await waitFor(async () => (await db().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pg_stat_activity WHERE cardinality(pg_blocking_pids(pid)) > 0`)[0]!.n >= 2);
      expect((await payment(order.outTradeNo)).status).toBe('PENDING');
      await hold.query('COMMIT');
      switched = await switching;
      await paying;
    } finally {
      hold.release();
    }
    expect(switched.status).toBe(200);
    if ((await refundJobs(w.c.id)).length > 0) await runRefundJob({ caseId: w.c.id }, w.c.id);
    await waitFor(async () => (await payment(order.outTradeNo)).refundedFen === 1200);
    expect((await payment(order.outTradeNo)).refunds).toMatchObject([{ status: 'SUCCESS', reason: '已改为窗口领取，邮费退回' }]);
    await reconcilePayments({ db: db(), pay: paySide() });
    expect((await payment(order.outTradeNo)).refunds).toHaveLength(1);
  });

  itRace('refunds postage whose notify was settling the order while the switch to window pickup closed it', async () => {
    const w = await deliveryWorld(server);
    await chooseCourier(server, w);
    const order = (await pay(w.c.id, w.token)).body.payment as { id: string; outTradeNo: string };
    await simPayControl(server, 'faults', { skip: 1 });
    await simPay(server, order.outTradeNo);
    const hold = await server.dbHandle.pool.connect();
    let switched: Awaited<ReturnType<typeof call>>;
    try {
      // A notify's settlement in flight: the payment row locked and marked paid, having read the case as courier.
      await hold.query('BEGIN');
      await hold.query('SELECT id FROM payments WHERE id = $1 FOR UPDATE', [order.id]);
      await hold.query(`UPDATE payments SET status = 'PAID', paid_at = now() WHERE id = $1`, [order.id]);
      // The switch commits, finds the order paid at WeChat and settles it by query: that waits for the notify.
      const switching = call(server, 'PUT', `/api/v1/me/cases/${w.c.id}/delivery`, { token: w.token, body: { method: 'WINDOW_PICKUP' } });
      await blockedBy(hold);
      expect(await db().case.findUniqueOrThrow({ where: { id: w.c.id } })).toMatchObject({ deliveryMethod: 'WINDOW_PICKUP' });
      await hold.query('COMMIT');
      switched = await switching;
    } finally {
      hold.release();
    }
    expect(switched.status).toBe(200);
    expect((await payment(order.outTradeNo)).refunds).toHaveLength(0);
    expect(await refundJobs(w.c.id)).toHaveLength(1);
    await runRefundJob({ caseId: w.c.id }, w.c.id);
    await waitFor(async () => (await payment(order.outTradeNo)).refundedFen === 1200);
    expect((await payment(order.outTradeNo)).refunds).toMatchObject([{ status: 'SUCCESS', reason: '已改为窗口领取，邮费退回' }]);
  });
});

/** A pay client like the running server's (same simulator, same fixture keys), for the sweeps tests call directly. */
let cachedPay: PayDeps | undefined;
function paySide() {
  if (!cachedPay) throw new Error('pay deps not ready');
  return cachedPay;
}
beforeAll(async () => {
  const { createWeChatPayClient } = await import('../../../server/adapters/wechatpay/wechatpay.client');
  const base = server.url.replace(/\/$/, '');
  cachedPay = {
    client: createWeChatPayClient({
      baseUrl: server.wechatPayBaseUrl,
      appid: 'wx0000000000000000',
      mchid: simKeys.mchid,
      apiV3Key: simKeys.apiV3Key,
      merchantPrivateKey: simKeys.merchantPrivateKey,
      merchantSerial: simKeys.merchantSerial,
      verify: { mode: 'certificate' },
    }),
    notifyBase: () => base,
  };
});
