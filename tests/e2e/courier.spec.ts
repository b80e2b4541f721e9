/// <reference lib="dom" />
import path from 'node:path';
import type { Page } from 'playwright-core';
import { PRIVACY_POLICY_VERSION } from '@shared/domain/identity/privacy';
import { DEMO_STAFF_PASSWORD } from '../../server/services/identity/demo-personas';
import { ARTIFACTS } from '../helpers/browser';
import { e2eWorld } from '../helpers/e2e';
import { readyDraft, submit } from '../integration/applications/helpers';
import type { TestServer } from '../helpers/test-server';

// Parcels move only when the journey says so.
const world = e2eWorld('onetrip_e2e_courier', { DEMO: '1', COURIER_SIM_STEP_MS: '0' });
const at = (p: string) => world.at(p);
const visible = (page: Page, selector: string) => page.locator(`${selector}:visible`).first();

async function api(method: string, p: string, token: string | null, body?: unknown): Promise<any> {
  const res = await fetch(at(`/api/v1${p}`), {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await res.json();
  if (!res.ok) throw new Error(`${method} ${p}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

function server(): TestServer {
  return { ...world.server, logs: [], fetch: (p: string, init?: RequestInit) => fetch(new URL(p, world.server.url), init), get: (p: string, init?: RequestInit) => fetch(new URL(p, world.server.url), init) };
}

async function signIn(page: Page, persona: string, ready: RegExp) {
  await page.goto(at('/pages/login/index'), { waitUntil: 'domcontentloaded' });
  await visible(page, `.persona[data-persona="${persona}"]`).click({ timeout: 30_000 });
  await page.waitForURL(ready, { timeout: 15_000 });
  const raw = await page.evaluate(() => localStorage.getItem('onetrip.token'));
  return String((JSON.parse(raw ?? 'null') as { data?: string } | null)?.data ?? raw);
}

const ems = (p: string, body: unknown = {}) => fetch(`${world.server.courierBaseUrl}/__sim/ems/${p}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('journey: zero visits — 张伟 gets his licence by EMS', () => {
  it('applies online, is accepted and completed, pays the postage in the cashier, the result is dispatched, tracked and signed for', async () => {
    const db = world.server.dbHandle.db;
    // A market-regulator item that sends results by courier, postage paid by the applicant.
    const version = await db.serviceItemVersion.findFirstOrThrow({
      where: { status: 'PUBLISHED', item: { regionCode: '5305', department: { code: '5305-SCJG' } }, channels: { has: 'ONLINE' } },
      include: { item: true },
      orderBy: { item: { implementationCode: 'asc' } },
    });
    await db.serviceItemVersion.update({ where: { id: version.id }, data: { courierDelivery: true, postageFree: false } });

    const context = await world.browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const token = await signIn(page, 'zhangwei', /pages\/profile/);
    await api('POST', '/me/consents', token, { kind: 'PRIVACY_POLICY', policyVersion: PRIVACY_POLICY_VERSION });
    await api('PUT', '/me/profile', token, { name: '张伟', idType: 'RESIDENT_ID_CARD', idNumber: '530502199403152311', phone: '13812345678' });
    // Applying online through the pages is apply.spec.ts's journey; here the draft is made ready through the API.
    const app = await readyDraft(server(), token, version.item.implementationCode);
    const submitted = await submit(server(), token, app.id as string);
    expect(submitted.status).toBe(200);
    const caseId = app.id as string;

    // 张伟 chooses EMS to his address, picked down the region tree.
    await page.goto(at(`/pages/case/index?id=${caseId}`), { waitUntil: 'domcontentloaded' });
    await visible(page, '.case-delivery__choose').click({ timeout: 30_000 });
    await visible(page, '.choose-method__courier').waitFor({ timeout: 15_000 });
    await visible(page, '.choose-name input').fill('张伟');
    await visible(page, '.choose-phone input').fill('13812345678');
    await visible(page, '.choose-county__option:has-text("腾冲市")').click();
    await visible(page, '.choose-township__option').click({ timeout: 15_000 });
    await visible(page, '.choose-detail input').fill('和顺古镇大石巷8号');
    await visible(page, '.choose-save').click();
    await visible(page, '.case-delivery__postage').waitFor({ timeout: 15_000 });
    await expect(visible(page, '.case-delivery__postage').innerText()).resolves.toContain('￥12.00');
    await expect(visible(page, '.case-delivery__recipient').innerText()).resolves.toContain('张*');
    // The new address went into his address book for next time.
    expect((await api('GET', '/me/addresses', token)).items).toHaveLength(1);

    // 赵敏 accepts, 刘洋 completes.
    const zhaomin = await api('POST', '/staff/auth/login', null, { username: 'zhaomin', password: DEMO_STAFF_PASSWORD });
    const liuyang = await api('POST', '/staff/auth/login', null, { username: 'liuyang', password: DEMO_STAFF_PASSWORD });
    await api('POST', `/staff/cases/${caseId}/transition`, zhaomin.token, { action: 'accept' });
    await api('POST', `/staff/cases/${caseId}/transition`, liuyang.token, { action: 'complete', decision: 'APPROVED', resultName: '食品经营许可证' });

    // He pays the postage: on H5 the WeChat Pay simulator's cashier, which comes back to the case page.
    await page.reload({ waitUntil: 'domcontentloaded' });
    await visible(page, '.case-delivery__pay').click({ timeout: 30_000 });
    await page.waitForURL(/\/pay\/cashier/, { timeout: 15_000 });
    await expect(page.locator('.amount').innerText()).resolves.toBe('￥12.00');
    await page.locator('button[type=submit]').click();
    await page.waitForURL(/pages\/case/, { timeout: 15_000 });
    await expect(visible(page, '.case-delivery__postage').innerText({ timeout: 15_000 })).resolves.toContain('已支付');
    expect(await page.locator('.case-delivery__pay:visible').count()).toBe(0);
    const paid = await api('GET', '/me/payments', token);
    expect(paid.items[0]).toMatchObject({ status: 'PAID', amountFen: 1200 });

    // 赵敏 dispatches the result from the case view.
    const desk = await world.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const staffPage = await desk.newPage();
    staffPage.on('pageerror', (e) => errors.push(e.message));
    await signIn(staffPage, 'zhaomin', /staff\/pages/);
    await staffPage.goto(at(`/staff/pages/review-case/index?id=${caseId}`), { waitUntil: 'domcontentloaded' });
    await visible(staffPage, '.dispatch-panel__dispatch').click({ timeout: 30_000 });
    const waybillText = await visible(staffPage, '.dispatch-panel__waybill').innerText({ timeout: 15_000 });
    const waybillNo = /(\d{13})/.exec(waybillText)![1]!;

    // The parcel travels; he follows it on the case page and it is signed for.
    await (await ems(`parcels/${waybillNo}/advance`, { steps: 3 })).json();
    await page.reload({ waitUntil: 'domcontentloaded' });
    await visible(page, '.case-delivery__event--out_for_delivery').waitFor({ timeout: 15_000 });
    await expect(visible(page, '.case-delivery__waybill').innerText()).resolves.toContain(waybillNo);
    await ems(`parcels/${waybillNo}/advance`);
    await page.reload({ waitUntil: 'domcontentloaded' });
    await visible(page, '.case-delivery__event--delivered').waitFor({ timeout: 15_000 });
    await expect(visible(page, '.case-delivery__waybill').innerText()).resolves.toContain('已签收');
    await visible(page, '.case-delivery').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, 'courier-signed.png') });

    const c = await db.case.findUniqueOrThrow({ where: { id: caseId } });
    expect(c).toMatchObject({ status: 'DELIVERED', deliveryMethod: 'COURIER', visitCount: 0 });
    expect(errors).toEqual([]);
    await desk.close();
    await context.close();
  }, 180_000);
});
