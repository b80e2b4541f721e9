/// <reference lib="dom" />
import path from 'node:path';
import type { Page } from 'playwright-core';
import { PRIVACY_POLICY_VERSION } from '@shared/domain/identity/privacy';
import { ARTIFACTS } from '../helpers/browser';
import { e2eWorld } from '../helpers/e2e';
import { createStaff } from '../helpers/factories';

/**
 * Journey 6: 杨丽 applies for a 一件事 bundle once (one form, shared materials handed in once); it fans out to the
 * departments, one returns a correction, she sees it on her ONE case, opens that part's list, fixes and resubmits.
 */
const world = e2eWorld('onetrip_e2e_bundle', { DEMO: '1' });
const visible = (page: Page, selector: string) => page.locator(`${selector}:visible`).first();

/** A valid 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

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

/** Upload a photo for every material row in `scope` not yet handed in. */
async function uploadMissing(page: Page, scope: string) {
  const rows = page.locator(`${scope} .apply-material:visible`);
  for (let i = 0; i < (await rows.count()); i++) {
    const row = rows.nth(i);
    if ((await row.getAttribute('class'))?.includes('apply-material--done')) continue;
    const before = (await row.getAttribute('data-files')) ?? '';
    const [chooser] = await Promise.all([page.waitForEvent('filechooser', { timeout: 15_000 }), row.locator('.apply-material__upload').click()]);
    await chooser.setFiles({ name: `material-${i}.png`, mimeType: 'image/png', buffer: PNG });
    await page.waitForFunction(([el, was]) => (el as Element).getAttribute('data-files') !== was, [await row.elementHandle(), before] as const, { timeout: 20_000 });
  }
}

describe('journey: 杨丽 applies for a 一件事 bundle once and answers one department’s correction', () => {
  it('fans out to the departments, shows one case, and takes the correction of one part', async () => {
    const db = world.server.dbHandle.db;
    const bundles = await db.bundle.findMany({ where: { status: 'PUBLISHED' }, include: { items: { include: { item: true } } }, orderBy: { code: 'asc' } });
    const spans = bundles.filter((b) => new Set(b.items.map((i) => i.item.departmentId)).size >= 2);
    const bundle = spans.find((b) => b.name.includes('出生')) ?? spans[0]!;

    const context = await world.browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(world.at('/pages/login/index'), { waitUntil: 'domcontentloaded' });
    await visible(page, '.persona[data-persona="yangli"]').click({ timeout: 30_000 });
    await page.waitForURL(/pages\/profile/, { timeout: 15_000 });
    const raw = await page.evaluate(() => localStorage.getItem('onetrip.token'));
    const token = String((JSON.parse(raw ?? 'null') as { data?: string } | null)?.data ?? raw);
    await api('POST', '/me/consents', token, { kind: 'PRIVACY_POLICY', policyVersion: PRIVACY_POLICY_VERSION });
    await api('PUT', '/me/profile', token, { name: '杨丽', idType: 'RESIDENT_ID_CARD', idNumber: '530581199702143322', phone: '13908751234' });

    await page.goto(world.at(`/pages/bundle/index?code=${encodeURIComponent(bundle.code)}`), { waitUntil: 'domcontentloaded' });
    await visible(page, '.bundle-apply').click({ timeout: 30_000 });
    await visible(page, '.apply-start').click({ timeout: 15_000 });
    await visible(page, '.apply-bundle').waitFor({ timeout: 15_000 });
    expect(await page.locator('.apply-bundle__part:visible').count()).toBe(bundle.items.length);
    // Shared materials are listed once.
    await expect(visible(page, '.apply-materials').innerText()).resolves.toContain('只交一次');
    const inputs = page.locator('.apply-field input:visible');
    for (let i = 0; i < (await inputs.count()); i++) {
      await inputs.nth(i).fill(i === 0 ? '杨丽' : '13908751234');
      await inputs.nth(i).blur();
    }
    await uploadMissing(page, '.apply-materials');
    await page.screenshot({ path: path.join(ARTIFACTS, 'bundle-apply.png') });
    await visible(page, '.apply-submit').click();
    await visible(page, '.case-bundle__parts').waitFor({ timeout: 20_000 });
    await expect(visible(page, '.case-status__label').innerText()).resolves.toContain('待预审');
    expect(await page.locator('.case-bundle__part:visible').count()).toBe(bundle.items.length);

    // One department returns its part with one notice.
    const parent = await db.case.findFirstOrThrow({ where: { bundleId: bundle.id, parentId: null }, include: { children: { include: { materials: true } } } });
    expect(parent.children.every((p) => p.status === 'SUBMITTED')).toBe(true);
    const part = parent.children[parent.children.length - 1]!;
    const reviewer = await createStaff(db, [{ role: 'HANDLER', departmentId: part.departmentId, regionCode: part.regionCode }]);
    for (const [i, m] of part.materials.entries()) {
      await api('PUT', `/staff/cases/${part.id}/materials/${m.id}/verdict`, reviewer.token, i === 0 ? { verdict: 'NEEDS_CORRECTION', reason: '照片不完整，请拍全四角' } : { verdict: 'ACCEPTED' });
    }
    await api('POST', `/staff/cases/${part.id}/correction-notice`, reviewer.token, {});

    await page.reload({ waitUntil: 'domcontentloaded' });
    await expect(visible(page, '.case-status__label').innerText({ timeout: 20_000 })).resolves.toContain('待补正');
    await visible(page, '.case-bundle__to-fix').waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'bundle-case.png') });
    await visible(page, '.case-bundle__part--CORRECTION_REQUIRED').click();
    await expect(visible(page, '.case-correction').innerText({ timeout: 20_000 })).resolves.toContain('照片不完整，请拍全四角');
    const row = visible(page, '.case-correction .apply-material');
    const before = (await row.getAttribute('data-files')) ?? '';
    const [chooser] = await Promise.all([page.waitForEvent('filechooser', { timeout: 15_000 }), row.locator('.apply-material__upload').click()]);
    await chooser.setFiles({ name: 'fixed.png', mimeType: 'image/png', buffer: PNG });
    await page.waitForFunction(([el, was]) => (el as Element).getAttribute('data-files') !== was, [await row.elementHandle(), before] as const, { timeout: 20_000 });
    await visible(page, '.case-resubmit').click();
    await page.locator('.case-correction:visible').waitFor({ state: 'detached', timeout: 20_000 });

    const after = await db.case.findMany({ where: { parentId: parent.id }, select: { id: true, status: true } });
    expect(after.find((p) => p.id === part.id)!.status).toBe('RESUBMITTED');
    expect(after.filter((p) => p.id !== part.id).every((p) => p.status === 'SUBMITTED')).toBe(true);

    // No department has accepted yet: she can withdraw the whole bundle from its one case, after confirming.
    await page.goto(world.at(`/pages/case/index?bundle=${parent.id}`), { waitUntil: 'domcontentloaded' });
    await visible(page, '.case-bundle__withdraw').click({ timeout: 20_000 });
    await visible(page, '.taro-model__confirm').click({ timeout: 15_000 }); // Taro H5's showModal
    await page.locator('.case-status__label:visible', { hasText: '已撤回' }).waitFor({ timeout: 20_000 });
    expect(await page.locator('.case-bundle__withdraw:visible').count()).toBe(0);
    expect((await db.case.findMany({ where: { parentId: parent.id }, select: { status: true } })).every((p) => p.status === 'WITHDRAWN')).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);
});
