/// <reference lib="dom" />
import path from 'node:path';
import type { Page } from 'playwright-core';
import { PRIVACY_POLICY_VERSION } from '@shared/domain/identity/privacy';
import { DEMO_STAFF_PASSWORD } from '../../server/services/identity/demo-personas';
import { ARTIFACTS } from '../helpers/browser';
import { e2eWorld, uploadAllMaterials } from '../helpers/e2e';

const world = e2eWorld('onetrip_e2e_apply', { DEMO: '1' });
const at = (p: string) => world.at(p);
const visible = (page: Page, selector: string) => page.locator(`${selector}:visible`).first();

/** A valid 1×1 PNG: the "photo" of every material. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

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

/** Every material of `scope` uploaded as the PNG, each row then showing its one file. */
const uploadAll = (page: Page, scope: string) =>
  uploadAllMaterials(page, scope, (i) => ({ name: `material-${i}.png`, mimeType: 'image/png', buffer: PNG }), { stateContains: '已上传 1 个文件' });

describe('journey: 张伟 applies online, follows his case, and answers one correction notice', () => {
  it('applies, uploads every material, submits once, sees the timeline; then fixes the one list and resubmits', async () => {
    const context = await world.browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    // Sign in with the demo persona; the real-name profile is set through the API to save time.
    await page.goto(at('/pages/login/index'), { waitUntil: 'domcontentloaded' });
    await visible(page, '.persona[data-persona="zhangwei"]').click({ timeout: 30_000 });
    await page.waitForURL(/pages\/profile/, { timeout: 15_000 });
    const raw = await page.evaluate(() => localStorage.getItem('onetrip.token'));
    const token = String((JSON.parse(raw ?? 'null') as { data?: string } | null)?.data ?? raw);
    await api('POST', '/me/consents', token, { kind: 'PRIVACY_POLICY', policyVersion: PRIVACY_POLICY_VERSION });
    await api('PUT', '/me/profile', token, { name: '张伟', idType: 'RESIDENT_ID_CARD', idNumber: '530502199403152311', phone: '13812345678' });

    // A city item of the market regulator (赵敏's department) that can be applied for online.
    const item = await world.server.dbHandle.db.serviceItem.findFirstOrThrow({
      where: { regionCode: '5305', department: { code: '5305-SCJG' }, versions: { some: { status: 'PUBLISHED', channels: { has: 'ONLINE' } } } },
      orderBy: { implementationCode: 'asc' },
    });

    await page.goto(at(`/pages/guide/index?code=${encodeURIComponent(item.implementationCode)}`), { waitUntil: 'domcontentloaded' });
    await visible(page, '.guide-apply').click({ timeout: 30_000 });
    await visible(page, '.apply-acting__option--on').waitFor({ timeout: 15_000 });
    await expect(visible(page, '.apply-acting__option--on').innerText()).resolves.toContain('本人');
    await visible(page, '.apply-start').click();
    await visible(page, '.apply-draft').waitFor({ timeout: 15_000 });

    // Fill every field of the generated form (saved as you go on blur, and again before submitting).
    const inputs = page.locator('.apply-field input:visible');
    for (let i = 0; i < (await inputs.count()); i++) {
      await inputs.nth(i).fill(i === 0 ? '张伟' : '13812345678');
      await inputs.nth(i).blur();
    }
    await uploadAll(page, '.apply-materials');
    await page.screenshot({ path: path.join(ARTIFACTS, 'apply-draft.png') });

    // A double tap submits once.
    await visible(page, '.apply-submit').dblclick();
    await visible(page, '.case-timeline').waitFor({ timeout: 20_000 });
    await expect(visible(page, '.case-status__label').innerText()).resolves.toMatch(/当前状态/);
    await expect(visible(page, '.case-qr__token').innerText({ timeout: 15_000 })).resolves.toMatch(/\S{16,}/);

    await page.goto(at('/pages/cases/index'), { waitUntil: 'domcontentloaded' });
    const row = visible(page, '.cases-item');
    await expect(row.innerText({ timeout: 15_000 })).resolves.toContain('待预审');
    expect(await page.locator('.cases-item:visible').count()).toBe(1);
    const caseId = String(await row.getAttribute('data-case'));
    await row.click();
    await visible(page, '.case-step').waitFor({ timeout: 15_000 });
    const detail = await api('GET', `/me/cases/${caseId}`, token);
    expect(detail.timeline.filter((s: { action: string }) => s.action === 'submit')).toHaveLength(1);

    // 赵敏 (market regulator) reviews: the first material needs correcting, the rest pass; ONE notice goes out.
    const staff = await api('POST', '/staff/auth/login', null, { username: 'zhaomin', password: DEMO_STAFF_PASSWORD });
    const materials = detail.application.materials as { id: string }[];
    for (const [i, m] of materials.entries()) {
      const body = i === 0 ? { verdict: 'NEEDS_CORRECTION', reason: '照片不清晰，请重新拍摄' } : { verdict: 'ACCEPTED' };
      await api('PUT', `/staff/cases/${caseId}/materials/${m.id}/verdict`, staff.token, body);
    }
    await api('POST', `/staff/cases/${caseId}/correction-notice`, staff.token, { message: '请一次补齐' });

    await page.reload({ waitUntil: 'domcontentloaded' });
    const correction = visible(page, '.case-correction');
    await expect(correction.innerText({ timeout: 20_000 })).resolves.toContain('照片不清晰，请重新拍摄');
    expect(await page.locator('.case-correction .apply-material:visible').count()).toBe(1);
    await uploadAll(page, '.case-correction');
    await page.screenshot({ path: path.join(ARTIFACTS, 'apply-correction.png') });
    await visible(page, '.case-resubmit').click();
    await page.locator('.case-correction:visible').waitFor({ state: 'detached', timeout: 20_000 });
    const after = await api('GET', `/me/cases/${caseId}`, token);
    expect(after.correction).toBeNull();
    expect(after.timeline.some((s: { action: string }) => s.action === 'resubmit')).toBe(true);
    await page.screenshot({ path: path.join(ARTIFACTS, 'apply-case.png') });
    expect(errors).toEqual([]);
    await context.close();
  }, 240_000);

  it('withdraws a submitted application and deletes a draft from the case page, each after a confirmation', async () => {
    const context = await world.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(at('/pages/login/index'), { waitUntil: 'domcontentloaded' });
    await visible(page, '.persona[data-persona="lixiuying"]').click({ timeout: 30_000 });
    await page.waitForURL(/pages\/profile/, { timeout: 15_000 });
    const raw = await page.evaluate(() => localStorage.getItem('onetrip.token'));
    const token = String((JSON.parse(raw ?? 'null') as { data?: string } | null)?.data ?? raw);
    await api('POST', '/me/consents', token, { kind: 'PRIVACY_POLICY', policyVersion: PRIVACY_POLICY_VERSION });
    await api('PUT', '/me/profile', token, { name: '李秀英', idType: 'RESIDENT_ID_CARD', idNumber: '530581195803120025', phone: '13908750001' });
    const item = await world.server.dbHandle.db.serviceItem.findFirstOrThrow({
      where: { regionCode: '5305', department: { code: '5305-SCJG' }, versions: { some: { status: 'PUBLISHED', channels: { has: 'ONLINE' } } } },
      orderBy: { implementationCode: 'asc' },
    });
    // A submitted application (made through the API) and a fresh draft.
    const submitted = await api('POST', '/applications', token, { itemCode: item.implementationCode });
    for (const m of submitted.materials as { id: string }[]) {
      const form = new FormData();
      form.append('uploadId', `wd-${m.id.slice(0, 12)}`);
      form.append('file', new Blob([PNG], { type: 'image/png' }), 'photo.png');
      const up = await fetch(at('/api/v1/files'), { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: form });
      await api('PUT', `/applications/${submitted.id}/materials/${m.id}`, token, { fileIds: [((await up.json()) as { id: string }).id] });
    }
    await api('PATCH', `/applications/${submitted.id}`, token, { version: (await api('GET', `/me/cases/${submitted.id}`, token)).application.version, form: Object.fromEntries((submitted.formFields as { key: string }[]).map((f, i) => [f.key, i === 0 ? '李秀英' : '13908750001'])) });
    const res = await fetch(at(`/api/v1/applications/${submitted.id}/submit`), { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Idempotency-Key': `wd-submit-${Date.now()}` } });
    expect(res.status).toBe(200);
    const draft = await api('POST', '/applications', token, { itemCode: item.implementationCode });

    await page.goto(at(`/pages/case/index?id=${submitted.id}`), { waitUntil: 'domcontentloaded' });
    await visible(page, '.case-withdraw').click({ timeout: 20_000 });
    await visible(page, '.taro-model__cancel').click();
    expect((await world.server.dbHandle.db.case.findUniqueOrThrow({ where: { id: submitted.id } })).status).toBe('SUBMITTED');
    await visible(page, '.case-withdraw').click();
    await visible(page, '.taro-model__confirm').click();
    await page.locator('.case-status__label:visible', { hasText: '已撤回' }).waitFor({ timeout: 20_000 });
    expect((await world.server.dbHandle.db.case.findUniqueOrThrow({ where: { id: submitted.id } })).status).toBe('WITHDRAWN');
    expect(await page.locator('.case-withdraw:visible').count()).toBe(0);

    await page.goto(at(`/pages/case/index?id=${draft.id}`), { waitUntil: 'domcontentloaded' });
    expect(await page.locator('.case-withdraw:visible').count()).toBe(0);
    await visible(page, '.case-delete-draft').click({ timeout: 20_000 });
    await visible(page, '.taro-model__confirm').click();
    await visible(page, '.cases-list').waitFor({ timeout: 20_000 });
    expect(await world.server.dbHandle.db.case.findUnique({ where: { id: draft.id } })).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
