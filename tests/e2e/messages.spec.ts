/// <reference lib="dom" />
import path from 'node:path';
import type { Page } from 'playwright-core';
import { DEMO_STAFF_PASSWORD } from '../../server/services/identity/demo-personas';
import { applicant, call, readyDraft, submit } from '../integration/applications/helpers';
import { ARTIFACTS } from '../helpers/browser';
import { e2eWorld } from '../helpers/e2e';
import type { TestServer } from '../helpers/test-server';

// The server runs its job worker: every step of the case reaches the message centre within moments.
const world = e2eWorld('onetrip_e2e_messages', { DEMO: '1' });

function api(): TestServer {
  return { ...world.server, logs: [], fetch: (p: string, init?: RequestInit) => fetch(new URL(p, world.server.url), init), get: (p: string, init?: RequestInit) => fetch(new URL(p, world.server.url), init) };
}

const visible = (page: Page, selector: string) => page.locator(`${selector}:visible`).first();

async function until(fn: () => Promise<boolean>, what: string, ms = 20_000) {
  const end = Date.now() + ms;
  while (!(await fn())) {
    if (Date.now() > end) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('journey: the message centre fills as a case moves', () => {
  it('citizen sees submitted → accepted with an unread badge, opens the case from a message; staff see the new work', async () => {
    const server = api();
    const db = world.server.dbHandle.db;
    const citizen = await applicant(server);
    // A seeded published item of the market regulator (赵敏's department) with materials and no own form.
    const versions = await db.serviceItemVersion.findMany({
      where: { status: 'PUBLISHED', item: { department: { code: '5305-SCJG' } }, materials: { some: { requirement: 'REQUIRED' } } },
      include: { item: true },
      take: 50,
    });
    const item = versions.find((v) => v.formSchema === null);
    if (!item) throw new Error('no seeded item fits');
    const app = await readyDraft(server, citizen.token, item.item.implementationCode);
    const submitted = await submit(server, citizen.token, app.id);
    if (submitted.status !== 200) throw new Error(JSON.stringify(submitted.body));
    const caseId = app.id as string;
    const unread = async () => (await call(server, 'GET', '/api/v1/me/messages/unread-count', { token: citizen.token })).body.unread as number;
    await until(async () => (await unread()) === 1, 'submitted message');

    const context = await world.browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
    await context.addInitScript((t) => localStorage.setItem('onetrip.token', JSON.stringify({ data: t })), citizen.token);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    // Home: the entry carries the unread badge.
    await page.goto(world.at('/pages/index/index'), { waitUntil: 'domcontentloaded' });
    await expect(visible(page, '.ot-messages-entry__badge').innerText({ timeout: 30_000 })).resolves.toBe('1');
    await visible(page, '.ot-messages-entry').click();
    await visible(page, '.messages-item').waitFor({ timeout: 15_000 });
    await expect(visible(page, '.messages-item__title').innerText()).resolves.toBe('申请已提交');

    // The window accepts the case (staff act through the API, as from the hall PC).
    const staff = await call(server, 'POST', '/api/v1/staff/auth/login', { body: { username: 'zhaomin', password: DEMO_STAFF_PASSWORD } });
    for (const m of app.materials as { id: string }[]) {
      await call(server, 'PUT', `/api/v1/staff/cases/${caseId}/materials/${m.id}/verdict`, { token: staff.body.token, body: { verdict: 'ACCEPTED' } });
    }
    const accepted = await call(server, 'POST', `/api/v1/staff/cases/${caseId}/transition`, { token: staff.body.token, body: { action: 'accept' } });
    expect(accepted.status).toBe(200);
    await until(async () => (await unread()) === 2, 'accepted message');

    await page.reload({ waitUntil: 'domcontentloaded' });
    await page.locator('.messages-title:visible', { hasText: '2条未读' }).waitFor({ timeout: 15_000 });
    const titles = await page.locator('.messages-item__title:visible').allInnerTexts();
    expect(titles).toEqual(['申请已受理', '申请已提交']);
    const top = visible(page, '.messages-item');
    await expect(top.innerText()).resolves.toMatch(/已受理，办件编号\S+，承诺\d{4}-\d{2}-\d{2}前办结/);
    // No WeChat accept in H5: the message centre says the WeChat push was not sent and why.
    await expect(visible(page, '.messages-item__wechat').innerText()).resolves.toContain('未订阅微信提醒');
    await page.screenshot({ path: path.join(ARTIFACTS, 'messages-centre.png') });

    // Tapping a message marks it read and opens its case.
    await top.click();
    await page.waitForURL(new RegExp(`pages/case/index\\?id=${caseId}`), { timeout: 15_000 });
    await visible(page, '.case-step').waitFor({ timeout: 15_000 });
    expect(await unread()).toBe(1);

    // Department staff: the new work is in their messages (staff console).
    const desk = await world.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await desk.addInitScript((t) => localStorage.setItem('onetrip.token', JSON.stringify({ data: t })), staff.body.token as string);
    const staffPage = await desk.newPage();
    staffPage.on('pageerror', (e) => errors.push(e.message));
    await staffPage.goto(world.at('/staff/pages/messages/index'), { waitUntil: 'domcontentloaded' });
    const staffItem = visible(staffPage, '.messages-item');
    await expect(staffItem.innerText({ timeout: 30_000 })).resolves.toContain('新的办件待预审');
    await staffPage.screenshot({ path: path.join(ARTIFACTS, 'messages-staff.png') });

    expect(errors).toEqual([]);
    await desk.close();
    await context.close();
  }, 120_000);
});
