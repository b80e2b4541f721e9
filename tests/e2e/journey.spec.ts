/// <reference lib="dom" />
import path from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import sharp from 'sharp';
import type { BrowserContext, Page } from 'playwright-core';
import { PRIVACY_POLICY_VERSION } from '@shared/domain/identity/privacy';
import { ARTIFACTS } from '../helpers/browser';
import { e2eWorld, uploadAllMaterials } from '../helpers/e2e';
import { createStaff } from '../helpers/factories';

/**
 * The "done when": the whole 最多跑一次 journey with a citizen and staff side by side in two browsers on H5.
 * 张伟 applies with real photos; 赵敏 returns ONE correction notice; he sees the one list from the home page, fixes
 * it and resubmits; she accepts (case number and promised date reach him); the department head completes it; he
 * shows the case QR and window clerk 王强 pulls the case by scanning it and hands over the result: one visit.
 */
const world = e2eWorld('onetrip_e2e_journey', { DEMO: '1' });
const visible = (page: Page, selector: string) => page.locator(`${selector}:visible`).first();

async function api(method: string, p: string, token: string, body?: unknown): Promise<any> {
  const res = await fetch(world.at(`/api/v1${p}`), {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await res.json();
  if (!res.ok) throw new Error(`${method} ${p}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

/** A real photo-sized JPEG (noise, so the phone's compression has work to do), different for each material. */
async function photo(seed: number): Promise<Buffer> {
  const w = 800;
  const h = 600;
  const raw = Buffer.alloc(w * h * 3);
  for (let i = 0; i < raw.length; i++) raw[i] = (i * 31 + seed * 97 + ((i / w) | 0)) & 0xff;
  return sharp(raw, { raw: { width: w, height: h, channels: 3 } }).jpeg({ quality: 90 }).toBuffer();
}

/** Every material of `scope` uploaded as a real photo (each a different picture). */
const uploadAll = (page: Page, scope: string) =>
  uploadAllMaterials(page, scope, async (i, n) => ({ name: `material-${i}.jpg`, mimeType: 'image/jpeg', buffer: await photo(i + n) }));

async function newContext(kind: 'phone' | 'desk'): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await world.browser.newContext(kind === 'phone' ? { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 } : { viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, errors };
}

async function pickPersona(page: Page, key: string, ready: string) {
  await page.goto(world.at('/pages/login/index'), { waitUntil: 'domcontentloaded' });
  await visible(page, `.persona[data-persona="${key}"]`).click({ timeout: 30_000 });
  await visible(page, ready).waitFor({ timeout: 30_000 });
}

const openStaffCase = async (page: Page, id: string) => {
  await page.goto(world.at(`/staff/pages/review-case/index?id=${id}`), { waitUntil: 'domcontentloaded' });
  await visible(page, '.review-material').waitFor({ timeout: 20_000 });
};

const openCitizenCase = async (page: Page, id: string) => {
  await page.goto(world.at(`/pages/case/index?id=${id}`), { waitUntil: 'domcontentloaded' });
  await visible(page, '.case-status__label').waitFor({ timeout: 20_000 });
};

describe('journey: apply → one correction notice → fix → accept → complete → QR at the window → picked up in one visit', () => {
  it('张伟 and the department finish a case with a single visit', async () => {
    const started = Date.now();
    const db = world.server.dbHandle.db;
    const citizen = await newContext('phone');
    const staff = await newContext('desk');
    const c = citizen.page;
    const s = staff.page;

    // 张伟 signs in; his real-name profile is set through the API (the identity journey covers the form).
    await pickPersona(c, 'zhangwei', '.profile-signed-out, .profile-consent, .profile-view, .profile-actions');
    const raw = await c.evaluate(() => localStorage.getItem('onetrip.token'));
    const token = String((JSON.parse(raw ?? 'null') as { data?: string } | null)?.data ?? raw);
    await api('POST', '/me/consents', token, { kind: 'PRIVACY_POLICY', policyVersion: PRIVACY_POLICY_VERSION });
    await api('PUT', '/me/profile', token, { name: '张伟', idType: 'RESIDENT_ID_CARD', idNumber: '530502199403152311', phone: '13812345678' });

    // Apply online from the guide of a market-regulator item: the generated form and a real photo per material.
    const item = await db.serviceItem.findFirstOrThrow({
      where: { regionCode: '5305', department: { code: '5305-SCJG' }, versions: { some: { status: 'PUBLISHED', channels: { has: 'ONLINE' } } } },
      orderBy: { implementationCode: 'asc' },
    });
    await c.goto(world.at(`/pages/guide/index?code=${encodeURIComponent(item.implementationCode)}`), { waitUntil: 'domcontentloaded' });
    await visible(c, '.guide-apply').click({ timeout: 30_000 });
    await visible(c, '.apply-start').click({ timeout: 15_000 });
    await visible(c, '.apply-draft').waitFor({ timeout: 15_000 });
    const inputs = c.locator('.apply-field input:visible');
    for (let i = 0; i < (await inputs.count()); i++) {
      await inputs.nth(i).fill(i === 0 ? '张伟' : '13812345678');
      await inputs.nth(i).blur();
    }
    await uploadAll(c, '.apply-materials');
    await visible(c, '.apply-submit').click();
    await visible(c, '.case-timeline').waitFor({ timeout: 20_000 });
    const caseId = new URL(c.url().replace('/#/', '/')).searchParams.get('id') ?? '';
    const submitted = await db.case.findUniqueOrThrow({ where: { id: caseId }, include: { materials: true } });
    expect(submitted.status).toBe('SUBMITTED');
    // Real photos, compressed on the phone before upload.
    const stored = await db.storedFile.findMany({ where: { caseMaterialFiles: { some: { caseMaterial: { caseId } } } } });
    expect(stored.length).toBe(submitted.materials.length);
    for (const f of stored) {
      expect(f.mime).toBe('image/jpeg');
      expect(f.size).toBeGreaterThan(1_000);
    }

    // 赵敏 pre-reviews: every material but the last passes; the last needs correcting; ONE notice goes out.
    await pickPersona(s, 'zhaomin', '.staff-me-role');
    await openStaffCase(s, caseId);
    const materials = s.locator('.review-material:visible');
    const count = await materials.count();
    expect(count).toBe(submitted.materials.length);
    for (let i = 0; i < count - 1; i++) {
      await materials.nth(i).locator('.review-material__accept').click();
      await s.waitForFunction((n) => document.querySelectorAll('.taro_page_show .review-material--PASSED').length >= n, i + 1, { timeout: 15_000 });
    }
    const last = materials.nth(count - 1);
    await last.locator('.review-material__correct').click();
    await last.locator('.review-material__reason-input input').fill('租赁合同缺少出租方签字页');
    await last.locator('.review-material__correct-save').click();
    await s.waitForFunction(() => document.querySelectorAll('.taro_page_show .review-material--NEEDS_CORRECTION').length === 1, undefined, { timeout: 15_000 });
    await visible(s, '.review-notice__send').click();
    await expect(visible(s, '.review-done').innerText({ timeout: 15_000 })).resolves.toContain('已发送第1次补正告知（1项）');

    // 张伟 finds it from the home page (待补正 is counted there), sees the ONE complete list, fixes it, resubmits.
    await c.goto(world.at('/pages/index/index'), { waitUntil: 'domcontentloaded' });
    await expect(visible(c, '.ot-my-cases__counts').innerText({ timeout: 20_000 })).resolves.toContain('1 件待补正');
    await visible(c, '.ot-my-cases').click();
    await visible(c, `.cases-item[data-case="${caseId}"]`).click({ timeout: 15_000 });
    const correction = visible(c, '.case-correction');
    await expect(correction.innerText({ timeout: 20_000 })).resolves.toContain('租赁合同缺少出租方签字页');
    expect(await c.locator('.case-correction .apply-material:visible').count()).toBe(1);
    await c.screenshot({ path: path.join(ARTIFACTS, 'journey-correction.png') });
    await uploadAll(c, '.case-correction');
    await visible(c, '.case-resubmit').click();
    await c.locator('.case-correction:visible').waitFor({ state: 'detached', timeout: 20_000 });

    // 赵敏 accepts the corrected application: the clock starts and the case number is issued.
    await openStaffCase(s, caseId);
    await visible(s, '.review-action__run--accept').click();
    await expect(visible(s, '.review-done').innerText({ timeout: 15_000 })).resolves.toContain('受理成功');
    const accepted = await db.case.findUniqueOrThrow({ where: { id: caseId } });
    expect(accepted.status).toBe('ACCEPTED');
    const promised = accepted.promisedDueDate!.toISOString().slice(0, 10);

    await openCitizenCase(c, caseId);
    await expect(visible(c, '.case-number').innerText()).resolves.toContain(accepted.number);
    await expect(visible(c, '.case-promised').innerText()).resolves.toContain(promised);

    // The department head (审批负责人) completes it: approved, with the licence named.
    const head = await createStaff(db, [{ role: 'APPROVER', departmentId: accepted.departmentId, regionCode: '5305' }], { name: '孙局长' });
    const approver = await newContext('desk');
    await approver.context.addInitScript((t) => localStorage.setItem('onetrip.token', JSON.stringify({ data: t })), head.token);
    await openStaffCase(approver.page, caseId);
    const complete = visible(approver.page, '.review-action--complete');
    await complete.locator('.review-action__decision [data-value="APPROVED"]').click();
    await complete.locator('.review-action__resultName input').fill('食品经营许可证');
    await complete.locator('.review-action__run--complete').click();
    await expect(visible(approver.page, '.review-done').innerText({ timeout: 15_000 })).resolves.toContain('办结成功');
    expect(approver.errors).toEqual([]);
    await approver.context.close();

    // 张伟 comes to window 3 and shows the case QR: a real image the clerk's scanner reads.
    await openCitizenCase(c, caseId);
    await expect(visible(c, '.case-status__label').innerText()).resolves.toContain('已办结');
    const qrImage = visible(c, '.case-qr__image img');
    await qrImage.waitFor({ timeout: 15_000 });
    await c.waitForFunction(() => {
      const img = document.querySelector('.taro_page_show .case-qr__image img') as HTMLImageElement | null;
      return Boolean(img && img.complete && img.naturalWidth > 0);
    }, undefined, { timeout: 15_000 });
    await c.screenshot({ path: path.join(ARTIFACTS, 'journey-case-qr.png'), fullPage: true });
    const shot = PNG.sync.read(await qrImage.screenshot({ path: path.join(ARTIFACTS, 'journey-qr.png') }));
    const scanned = jsQR(new Uint8ClampedArray(shot.data), shot.width, shot.height)?.data;
    expect(scanned).toBe(await visible(c, '.case-qr__token').innerText());

    // 王强 scans it (the hall scanner types the code into the field), pulls the case and hands over the result.
    await pickPersona(s, 'wangqiang', '.staff-me-role');
    await visible(s, '.staff-me-lookup-case').click();
    await visible(s, '.window-lookup-qr input').fill(scanned ?? '');
    await visible(s, '.window-lookup-find').click();
    await expect(visible(s, '.window-lookup-result__number').innerText({ timeout: 15_000 })).resolves.toContain(accepted.number);
    await expect(visible(s, '.window-lookup-result__status').innerText()).resolves.toContain('已办结');
    await visible(s, '.window-lookup-purpose [data-value="PICK_UP_RESULT"]').click();
    await visible(s, '.window-lookup-visit').click();
    await visible(s, '.window-lookup-result__recorded').waitFor({ timeout: 15_000 });
    await expect(visible(s, '.window-lookup-result__visits').innerText()).resolves.toContain('1');
    await s.screenshot({ path: path.join(ARTIFACTS, 'journey-window-pickup.png') });

    // 张伟 sees it delivered, picked up at the window, and exactly one visit.
    await openCitizenCase(c, caseId);
    await expect(visible(c, '.case-status__label').innerText()).resolves.toContain('已送达');
    await visible(c, '.case-picked-up').waitFor({ timeout: 10_000 });
    await expect(visible(c, '.case-visits').innerText()).resolves.toContain('到现场次数：1 次');
    await c.screenshot({ path: path.join(ARTIFACTS, 'journey-done.png'), fullPage: true });
    const done = await db.case.findUniqueOrThrow({ where: { id: caseId } });
    expect(done).toMatchObject({ status: 'DELIVERED', deliveryMethod: 'WINDOW_PICKUP', visitCount: 1 });

    expect(citizen.errors).toEqual([]);
    expect(staff.errors).toEqual([]);
    await citizen.context.close();
    await staff.context.close();
    console.log(`journey took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }, 180_000);
});
