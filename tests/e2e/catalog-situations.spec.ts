/// <reference lib="dom" />
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS } from '../helpers/browser';
import { e2eWorld } from '../helpers/e2e';

const world = e2eWorld('onetrip_e2e_catalog_situations', { DEMO: '1' });
const at = (p: string) => world.at(p);
const visible = (page: Page, selector: string) => page.locator(`${selector}:visible`).first();

describe('journey 9b: 周宁 edits situations, steps and FAQs, then retires the item with a reason', () => {
  it('a citizen sees the new question, and after retiring is told why the guide is gone', async () => {
    const db = world.server.dbHandle.db;
    const v = await db.serviceItemVersion.findFirstOrThrow({
      where: { status: 'PUBLISHED', materialsNone: false, item: { department: { name: '保山市公安局' } } },
      orderBy: { item: { implementationCode: 'asc' } },
      select: { item: { select: { implementationCode: true } } },
    });
    const code = v.item.implementationCode;
    const context = await world.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    await page.goto(at('/pages/login/index'), { waitUntil: 'domcontentloaded' });
    await visible(page, '.persona[data-persona="zhouning"]').click({ timeout: 30_000 });
    await expect(visible(page, '.staff-me-role').innerText({ timeout: 30_000 })).resolves.toContain('目录管理');
    await page.goto(at('/staff/pages/catalog/index'), { waitUntil: 'domcontentloaded' });
    await visible(page, '.catalog-search-input input').fill(code, { timeout: 30_000 });
    await visible(page, '.catalog-search-button').click();
    await visible(page, `.catalog-row[data-code="${code}"]`).click({ timeout: 30_000 });
    await visible(page, '.catalog-new-draft').click({ timeout: 30_000 });
    await page.locator('.catalog-edit-status:visible', { hasText: '草稿' }).waitFor({ timeout: 30_000 });

    // A situation pointing at a material the item does not list is refused with the rule's message.
    const materials = visible(page, '.catalog-materials textarea');
    const situations = visible(page, '.catalog-situations textarea');
    const before = await situations.inputValue();
    await situations.fill(`${before}\n是否由他人代办？\n- 本人办理\n- 委托他人 → 代办授权委托书`);
    await visible(page, '.catalog-publish').click();
    await page.locator('.catalog-violation:visible', { hasText: '代办授权委托书' }).waitFor({ timeout: 30_000 });

    // Add the material, a step and an FAQ; publish.
    await materials.fill(`${await materials.inputValue()}\n代办授权委托书`);
    const steps = visible(page, '.catalog-steps textarea');
    await steps.fill(`${await steps.inputValue()}\n领取结果：窗口领取或邮寄到家`);
    const faqs = visible(page, '.catalog-faqs textarea');
    await faqs.fill(`${await faqs.inputValue()}\n问：家人可以代办吗？\n答：可以，请带授权委托书。`);
    await visible(page, '.catalog-publish').click();
    await page.locator('.catalog-notice:visible', { hasText: '已发布' }).waitFor({ timeout: 30_000 });
    await page.screenshot({ path: path.join(ARTIFACTS, 'catalog-situations-published.png') });

    const guide = await (await fetch(at(`/api/v1/guides/${code}`))).json();
    expect(JSON.stringify(guide.situations)).toContain('是否由他人代办？');
    expect(JSON.stringify(guide.faqs)).toContain('家人可以代办吗？');
    expect(JSON.stringify(guide.processSteps)).toContain('领取结果');

    // Retire with a reason: the citizen's page says it was retired and why.
    // (the editor reloads the version it just published)
    await visible(page, '.catalog-retire').click({ timeout: 30_000 });
    await page.locator('.catalog-notice:visible', { hasText: '请填写下线原因' }).waitFor({ timeout: 30_000 });
    await visible(page, '.catalog-retire-reason input').fill('已并入“出入境一件事”办理');
    await visible(page, '.catalog-retire').click();
    await visible(page, '.taro-model__confirm').click({ timeout: 30_000 }); // Taro H5's showModal (class names as Taro spells them)
    await page.locator('.catalog-notice:visible', { hasText: '已下线' }).waitFor({ timeout: 30_000 });

    await page.goto(at(`/pages/guide/index?code=${encodeURIComponent(code)}`), { waitUntil: 'domcontentloaded' });
    await expect(visible(page, '.guide-error').innerText({ timeout: 30_000 })).resolves.toContain('原因：已并入“出入境一件事”办理');
    await page.screenshot({ path: path.join(ARTIFACTS, 'guide-retired.png') });
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
