/// <reference lib="dom" />
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { applicant, call, readyDraft, submit, uploadJpeg } from '../integration/applications/helpers';
import { ARTIFACTS } from '../helpers/browser';
import { e2eWorld } from '../helpers/e2e';
import type { TestServer } from '../helpers/test-server';

const world = e2eWorld('onetrip_e2e_review', { DEMO: '1' });

/** The integration helpers speak to a TestServer; give the e2e server the same fetch. */
function api(): TestServer {
  return { ...world.server, logs: [], fetch: (p: string, init?: RequestInit) => fetch(new URL(p, world.server.url), init), get: (p: string, init?: RequestInit) => fetch(new URL(p, world.server.url), init) };
}

/** Code of a seeded published item of a department with at least two required materials and no own form. */
async function itemOf(departmentCode: string): Promise<string> {
  const versions = await world.server.dbHandle.db.serviceItemVersion.findMany({
    where: { status: 'PUBLISHED', item: { department: { code: departmentCode } }, materials: { some: { requirement: 'REQUIRED' } } },
    include: { item: true, materials: { where: { requirement: 'REQUIRED' } } },
    take: 50,
  });
  const v = versions.find((x) => x.materials.length >= 2 && x.formSchema === null);
  if (!v) throw new Error(`no seeded item of ${departmentCode} fits`);
  return v.item.implementationCode;
}

/** A citizen's application submitted through the API; returns the token, the case id and its number. */
async function submittedCase(departmentCode: string) {
  const server = api();
  const a = await applicant(server);
  const app = await readyDraft(server, a.token, await itemOf(departmentCode));
  const r = await submit(server, a.token, app.id);
  if (r.status !== 200) throw new Error(JSON.stringify(r.body));
  const c = await world.server.dbHandle.db.case.findUniqueOrThrow({ where: { id: app.id as string } });
  return { token: a.token, id: c.id, number: c.number, materials: app.materials as { id: string }[] };
}

async function newDesk(): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  // The hall PC: a desktop-sized window.
  const context = await world.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, errors };
}

const visible = (page: Page, selector: string) => page.locator(`${selector}:visible`).first();

async function pickPersona(page: Page, key: string) {
  await page.goto(world.at('/pages/login/index'), { waitUntil: 'domcontentloaded' });
  await visible(page, `.persona[data-persona="${key}"]`).click({ timeout: 30_000 });
  await visible(page, '.staff-me-role').waitFor({ timeout: 30_000 });
}

async function openCase(page: Page, number: string) {
  await visible(page, '.staff-me-queue').click();
  const row = visible(page, `.review-queue-item[data-number="${number}"]`);
  await row.waitFor({ timeout: 15_000 });
  const text = await row.innerText();
  await row.click();
  await visible(page, '.review-material').waitFor({ timeout: 15_000 });
  return text;
}

describe('journey: pre-review at the department and the window', () => {
  let first: Awaited<ReturnType<typeof submittedCase>>;

  it('赵敏 sees the case with its deadline, cannot send the notice while a material is undecided, then sends one', async () => {
    first = await submittedCase('5305-SCJG');
    const { context, page, errors } = await newDesk();
    await pickPersona(page, 'zhaomin');
    const row = await openCase(page, first.number);
    expect(row).toMatch(/预审期限 \d{4}-\d{2}-\d{2}（剩余 \d 个工作日）/);

    const materials = page.locator('.review-material:visible');
    const count = await materials.count();
    expect(count).toBe(first.materials.length);
    // The material viewer: the uploaded photo through its signed link, zoomed and turned.
    const viewer = materials.first().locator('.review-file--image');
    expect(await viewer.locator('img').getAttribute('src')).toMatch(/^\/api\/v1\/files\//);
    await viewer.locator('.review-file__zoom-in').click();
    await expect(viewer.locator('.review-file__zoom-level').innerText()).resolves.toBe('150%');
    await viewer.locator('.review-file__rotate').click();
    await expect(viewer.locator('.review-file__image').getAttribute('style')).resolves.toContain('rotate(90deg)');
    for (let i = 0; i < count - 1; i++) {
      await materials.nth(i).locator('.review-material__accept').click();
      await expect(materials.nth(i).locator('.review-material__verdict').innerText()).resolves.toBeDefined();
      await page.waitForFunction((n) => document.querySelectorAll('.taro_page_show .review-material--PASSED').length >= n, i + 1, { timeout: 15_000 });
    }
    // One material still undecided: the notice cannot go out, and the page says why.
    await expect(visible(page, '.review-notice__why').innerText()).resolves.toContain('未审查');
    expect(await visible(page, '.review-notice__send').getAttribute('disabled')).not.toBeNull();
    await visible(page, '.review-notice__send').click({ force: true });
    await page.waitForTimeout(500);
    expect(await page.locator('.review-done:visible').count()).toBe(0);

    const last = materials.nth(count - 1);
    await last.locator('.review-material__correct').click();
    await last.locator('.review-material__reason-input input').fill('照片模糊，请重新拍摄清晰的原件');
    await last.locator('.review-material__correct-save').click();
    await page.waitForFunction(() => document.querySelectorAll('.taro_page_show .review-material--NEEDS_CORRECTION').length === 1, undefined, { timeout: 15_000 });
    expect(await page.locator('.review-notice__why:visible').count()).toBe(0);
    await page.screenshot({ path: path.join(ARTIFACTS, 'review-case-marked.png'), fullPage: true });
    await visible(page, '.review-notice__send').click();
    await expect(visible(page, '.review-done').innerText({ timeout: 15_000 })).resolves.toContain('已发送第1次补正告知（1项）');
    // Returned to the applicant: no more pre-review actions on the page.
    await page.waitForFunction(() => document.querySelectorAll('.taro_page_show .review-notice').length === 0, undefined, { timeout: 15_000 });
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);

  it('the applicant resubmits, and 赵敏 accepts the case and sees its case number', async () => {
    const server = api();
    const wrong = first.materials[first.materials.length - 1]!;
    const file = await uploadJpeg(server, first.token);
    expect((await call(server, 'PUT', `/api/v1/applications/${first.id}/materials/${wrong.id}`, { token: first.token, body: { fileIds: [file] } })).status).toBe(200);
    expect((await call(server, 'POST', `/api/v1/applications/${first.id}/resubmit`, { token: first.token })).status).toBe(200);

    const { context, page, errors } = await newDesk();
    await pickPersona(page, 'zhaomin');
    const row = await openCase(page, first.number);
    expect(row).toContain('补正');
    await visible(page, '.review-action__run--accept').click();
    const done = await visible(page, '.review-done').innerText({ timeout: 15_000 });
    expect(done).toContain('受理成功');
    const accepted = await world.server.dbHandle.db.case.findUniqueOrThrow({ where: { id: first.id } });
    expect(accepted.status).toBe('ACCEPTED');
    expect(done).toContain(accepted.number);
    await expect(visible(page, '.review-summary__number').innerText()).resolves.toContain(accepted.number);
    await page.screenshot({ path: path.join(ARTIFACTS, 'review-case-accepted.png'), fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);

  it('window clerk 王强 looks a case up by number and records the visit', async () => {
    // 综合受理: the centre's window serves every department's cases (here the market regulator's).
    const c = await submittedCase('5305-SCJG');
    const { context, page, errors } = await newDesk();
    await pickPersona(page, 'wangqiang');
    await visible(page, '.staff-me-lookup-case').click();
    await visible(page, '.window-lookup-number input').fill(c.number);
    await visible(page, '.window-lookup-find').click();
    await expect(visible(page, '.window-lookup-result__number').innerText({ timeout: 15_000 })).resolves.toContain(c.number);
    await expect(visible(page, '.window-lookup-result__visits').innerText()).resolves.toContain('0');
    await visible(page, '.window-lookup-visit').click();
    await visible(page, '.window-lookup-result__recorded').waitFor({ timeout: 15_000 });
    await expect(visible(page, '.window-lookup-result__visits').innerText()).resolves.toContain('1');
    expect(await world.server.dbHandle.db.caseVisit.count({ where: { caseId: c.id } })).toBe(1);
    await page.screenshot({ path: path.join(ARTIFACTS, 'review-window-visit.png') });
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);
});
