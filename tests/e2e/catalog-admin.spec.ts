/// <reference lib="dom" />
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ZDraftContent } from '@shared/schemas/catalog-admin';
import { buildCatalogueSheets, type ExportItem } from '../../server/domain/catalog/build-export';
import { writeXlsx } from '../../server/services/catalog-admin/spreadsheet';
import { completeContent } from '../integration/catalog-admin/fixtures';
import { ARTIFACTS } from '../helpers/browser';
import { e2eWorld } from '../helpers/e2e';

const world = e2eWorld('onetrip_e2e_catalog_admin', { DEMO: '1' });

const at = (p: string) => world.at(p);
const visible = (page: Page, selector: string) => page.locator(`${selector}:visible`).first();

async function fileFor(items: ExportItem[]): Promise<Buffer> {
  return writeXlsx(buildCatalogueSheets(items));
}

describe('journey 9: 周宁 maintains the catalogue', () => {
  it('imports a sheet (3 bad rows reported, nothing written), fixes it, then publishes a new version of one item', async () => {
    const dept = await world.server.dbHandle.db.department.findFirstOrThrow({ where: { name: '保山市市场监督管理局' } });
    const item = (code: string, patch: Parameters<typeof completeContent>[0] = {}): ExportItem => ({
      implementationCode: code,
      baseCode: '000123004000',
      departmentCode: dept.code,
      regionCode: dept.regionCode,
      content: ZDraftContent.parse(completeContent({ name: `省目录更新事项${code.slice(-2)}`, ...patch })),
    });
    const good = [item('E2E-IMP-01'), item('E2E-IMP-02')];
    const bad = [item('E2E-IMP-03', { channels: ['WINDOW'] }), item('E2E-IMP-04', { promisedLimit: 40 }), item('E2E-IMP-05', { complaintPhone: '0875-2123456' })];
    const itemsBefore = await world.server.dbHandle.db.serviceItem.count();

    const context = await world.browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    await page.goto(at('/pages/login/index'), { waitUntil: 'domcontentloaded' });
    await visible(page, '.persona[data-persona="zhouning"]').click({ timeout: 30_000 });
    await expect(visible(page, '.staff-me-role').innerText({ timeout: 30_000 })).resolves.toContain('目录管理');

    // Import with three bad rows: the report names each row and column; nothing is written.
    await page.goto(at('/staff/pages/catalog-import/index'), { waitUntil: 'domcontentloaded' });
    const upload = async (file: Buffer) => {
      const chooser = page.waitForEvent('filechooser');
      await visible(page, '.catalog-choose').click({ timeout: 30_000 });
      await (await chooser).setFiles({ name: '省级事项要素表.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: file });
      await visible(page, '.catalog-upload').click();
    };
    await upload(await fileFor([good[0]!, ...bad, good[1]!]));
    const failed = visible(page, '.catalog-report--failed');
    await failed.waitFor({ timeout: 30_000 });
    const rows = await page.locator('.catalog-report--failed:visible .catalog-report-row').evaluateAll((els) => els.map((e) => e.getAttribute('data-row')));
    expect(rows).toEqual(['3', '4', '5']);
    await expect(failed.innerText()).resolves.toContain('未导入任何数据');
    await page.screenshot({ path: path.join(ARTIFACTS, 'catalog-import-report.png') });
    expect(await world.server.dbHandle.db.serviceItem.count()).toBe(itemsBefore);

    // Fixed file, published directly.
    await visible(page, '.catalog-mode[data-mode="publish"]').click();
    await upload(await fileFor([...good, item('E2E-IMP-03', { channels: ['ONLINE'] }), item('E2E-IMP-04'), item('E2E-IMP-05')]));
    await page.locator('.catalog-report--ok:visible', { hasText: '已发布 5 项' }).waitFor({ timeout: 30_000 });

    // A new version of one item: find it, open it, start a draft, break a rule, see it, fix it, publish.
    await page.goto(at('/staff/pages/catalog/index'), { waitUntil: 'domcontentloaded' });
    await visible(page, '.catalog-search-input input').fill('E2E-IMP-01', { timeout: 30_000 });
    await visible(page, '.catalog-search-button').click();
    await visible(page, '.catalog-row[data-code="E2E-IMP-01"]').click({ timeout: 30_000 });
    await visible(page, '.catalog-new-draft').click({ timeout: 30_000 });
    await page.locator('.catalog-edit-status:visible', { hasText: '草稿 · 第2版' }).waitFor({ timeout: 30_000 });
    await visible(page, '.catalog-promised input').fill('30');
    await visible(page, '.catalog-publish').click();
    await page.locator('.catalog-violation:visible', { hasText: '不能超过法定时限' }).waitFor({ timeout: 30_000 });
    await visible(page, '.catalog-promised input').fill('3');
    await visible(page, '.catalog-publish').click();
    await page.locator('.catalog-notice:visible', { hasText: '已发布' }).waitFor({ timeout: 30_000 });
    await page.screenshot({ path: path.join(ARTIFACTS, 'catalog-edit-published.png') });

    const versions = await world.server.dbHandle.db.serviceItemVersion.findMany({ where: { item: { implementationCode: 'E2E-IMP-01' } }, orderBy: { versionNo: 'asc' } });
    expect(versions.map((v) => [v.versionNo, v.status, v.promisedLimit])).toEqual([
      [1, 'RETIRED', 5],
      [2, 'PUBLISHED', 3],
    ]);
    // A brand-new item: created as a draft, the editor lists everything still missing before it can be published.
    await page.goto(at('/staff/pages/catalog/index'), { waitUntil: 'domcontentloaded' });
    await visible(page, '.catalog-new-link').click({ timeout: 30_000 });
    await visible(page, '.catalog-new-name input').fill('E2E新建事项', { timeout: 30_000 });
    await visible(page, '.catalog-new-code input').fill('E2E-NEW-01');
    await visible(page, '.catalog-new-base input').fill('000999');
    await visible(page, '.catalog-new-department').click();
    await page.locator('.weui-picker__action:visible', { hasText: '确定' }).click({ timeout: 10_000 });
    await visible(page, '.catalog-choice[data-value="ADMINISTRATIVE_LICENSING"]').click();
    await visible(page, '.catalog-new-submit').click();
    await page.locator('.catalog-edit-status:visible', { hasText: '草稿 · 第1版' }).waitFor({ timeout: 30_000 });
    const missing = await page.locator('.catalog-violation:visible').evaluateAll((els) => els.map((e) => e.getAttribute('data-path')));
    expect(missing).toEqual(expect.arrayContaining(['conditions', 'materials', 'legalBasis', 'enquiryPhone']));
    await page.waitForFunction(() => document.querySelector('.taro_page_show.taro_page_stationed .catalog-edit-status') !== null, undefined, { timeout: 10_000 });
    await page.screenshot({ path: path.join(ARTIFACTS, 'catalog-new-draft.png') });

    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);
});
