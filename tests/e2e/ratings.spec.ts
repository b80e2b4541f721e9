/// <reference lib="dom" />
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { chinaDate, dateToColumn } from '@shared/domain/calendar/working-days';
import { ARTIFACTS } from '../helpers/browser';
import { e2eWorld } from '../helpers/e2e';

const world = e2eWorld('onetrip_e2e_ratings', { DEMO: '1' });
const visible = (page: Page, selector: string) => page.locator(`${selector}:visible`).first();
/** A valid 1×1 PNG: the photo attached to the complaint. */
/** Visible elements under `selector` shorter than 44 CSS px (WCAG target size for the elderly). */
const tooSmall = (page: Page, selector: string) =>
  page.evaluate((sel) => Array.from(document.querySelectorAll(sel)).filter((el) => (el as HTMLElement).offsetParent !== null).map((el) => ({ cls: el.className, h: el.getBoundingClientRect().height })).filter((r) => r.h < 44), selector);
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

async function desk(): Promise<{ context: BrowserContext; page: Page; errors: string[]; refused: string[] }> {
  const context = await world.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // API calls the pages make and the server refuses: a page should not ask for what its user may not see.
  const refused: string[] = [];
  page.on('response', (r) => {
    if (r.status() === 403 && r.url().includes('/api/')) refused.push(new URL(r.url()).pathname);
  });
  return { context, page, errors, refused };
}

async function persona(page: Page, key: string, ready: string) {
  await page.goto(world.at('/pages/login/index'), { waitUntil: 'domcontentloaded' });
  await visible(page, `.persona[data-persona="${key}"]`).click({ timeout: 30_000 });
  await visible(page, ready).waitFor({ timeout: 30_000 }).catch(() => undefined);
}

/** 张伟's case of the market regulator, completed and delivered (the handling itself is covered by review.spec). */
async function deliveredCase() {
  const db = world.server.dbHandle.db;
  const user = await db.user.findUniqueOrThrow({ where: { openid: 'demo-openid-zhangwei' } });
  const dept = await db.department.findFirstOrThrow({ where: { code: '5305-SCJG' } });
  const version = await db.serviceItemVersion.findFirstOrThrow({ where: { status: 'PUBLISHED', item: { departmentId: dept.id } } });
  const now = new Date();
  const base = { itemVersionId: version.id, departmentId: dept.id, regionCode: '530502', applicantKind: 'PERSON' as const, applicantUserId: user.id, applicantNameMasked: '张*' };
  const c = await db.case.create({ data: { ...base, number: '5305-20261120-900001', status: 'DELIVERED', submittedAt: now, acceptedAt: now, completedAt: now, deliveredAt: now, deliveryMethod: 'COURIER', visitCount: 0 } });
  // And one left in progress past its promised date, for the supervisor's overdue list.
  await db.case.create({ data: { ...base, number: '5305-20261101-900002', status: 'IN_PROGRESS', submittedAt: now, acceptedAt: now, promisedDueDate: dateToColumn('2026-11-10') } });
  return { id: c.id, number: c.number, departmentId: dept.id };
}

describe('journey: 好差评, rectification and complaints', () => {
  let c: Awaited<ReturnType<typeof deliveredCase>>;

  it('张伟 rates his delivered case badly; 赵敏 calls back and explains; 张伟 sees who called and what was done', async () => {
    c = await deliveredCase();
    const citizen = await desk();
    await persona(citizen.page, 'zhangwei', '.profile-header');
    await citizen.page.goto(world.at(`/feedback/pages/rate/index?id=${c.id}`), { waitUntil: 'domcontentloaded' });
    await visible(citizen.page, '.rate-grade[data-value="DISSATISFIED"]').click({ timeout: 30_000 });
    await visible(citizen.page, '.rate-comment textarea').fill('窗口说要的材料和网上清单不一样');
    await visible(citizen.page, '.rate-submit').click();
    await expect(visible(citizen.page, '.rate-rectification__status').innerText({ timeout: 15_000 })).resolves.toContain('待回访');
    await expect(visible(citizen.page, '.rate-mine__grade').innerText()).resolves.toContain('不满意');

    const staff = await desk();
    await persona(staff.page, 'zhaomin', '.staff-me-role');
    await visible(staff.page, '.staff-me-follow-ups-open').click({ timeout: 30_000 });
    const task = visible(staff.page, `.follow-up-task[data-case-number="${c.number}"]`);
    await task.waitFor({ timeout: 15_000 });
    // The first call does not get through: recorded as such, and the call back is offered again.
    await task.locator('.follow-up-callback-unreached').click();
    await expect(task.locator('.follow-up-callback-record').innerText({ timeout: 15_000 })).resolves.toContain('（未联系上）');
    await task.locator('.follow-up-callback-again .follow-up-note input').fill('已电话联系张伟，了解材料清单不一致的情况');
    await task.locator('.follow-up-callback-again .follow-up-callback').click();
    await task.locator('.follow-up-callback-again').waitFor({ state: 'detached', timeout: 15_000 });
    await expect(task.locator('.follow-up-callback-record').innerText()).resolves.not.toContain('未联系上');
    await task.locator('.follow-up-outcome-text input').waitFor({ timeout: 15_000 });
    await task.locator('.follow-up-outcome-text input').fill('已核对并统一窗口与网上的材料清单，向申请人说明');
    await task.locator('.follow-up-outcome').click();
    await task.waitFor({ state: 'detached', timeout: 15_000 }).catch(() => undefined);
    // Resolved tasks leave the default list (未办结); the 已办结 tab shows it with its outcome.
    await visible(staff.page, '.follow-up-filter--tasks .follow-up-filter__option[data-value="RESOLVED"]').click();
    const resolved = visible(staff.page, `.follow-up-task[data-case-number="${c.number}"][data-status="RESOLVED"]`);
    await expect(resolved.locator('.follow-up-resolution__outcome').innerText({ timeout: 15_000 })).resolves.toContain('已解释说明');
    await expect(visible(staff.page, '.follow-up-filter--tasks .follow-up-filter__option[data-value="RESOLVED"]').getAttribute('aria-checked')).resolves.toBe('true');

    await citizen.page.reload({ waitUntil: 'domcontentloaded' });
    const outcome = await visible(citizen.page, '.rate-rectification__outcome').innerText({ timeout: 15_000 });
    expect(outcome).toContain('已解释说明');
    expect(outcome).toContain('统一窗口与网上的材料清单');
    await expect(visible(citizen.page, '.rate-rectification__callback').innerText()).resolves.toContain('赵敏');
    expect([...citizen.errors, ...staff.errors]).toEqual([]);
    // 赵敏 reviews and follows up; appeals are for supervisors, so her follow-ups page does not ask for them.
    expect(staff.refused).toEqual([]);
    await citizen.context.close();
    await staff.context.close();
  }, 180_000);

  it('张伟 complains about the case with a photo; 赵敏 replies; 张伟 sees the photo and the reply on the tracking page', async () => {
    const citizen = await desk();
    await persona(citizen.page, 'zhangwei', '.profile-header');
    await citizen.page.goto(world.at(`/feedback/pages/complaint/index?caseId=${c.id}`), { waitUntil: 'domcontentloaded' });
    await visible(citizen.page, '.complaint-title input').fill('寄递结果太慢', { timeout: 30_000 });
    await visible(citizen.page, '.complaint-content textarea').fill('办结三天了还没收到快递，请帮忙查一下');
    // Attach in large-font mode (the desk viewport is wide, so only large-font targets reach 44 px here).
    await visible(citizen.page, '.a11y-toggle').click();
    await visible(citizen.page, '.ot-page--large .attachment-picker').waitFor({ timeout: 15_000 });
    // Large-font mode on a small phone: the title keeps one line (the switch moves below it), and the content box
    // writes in the page's own font size, not the browser's small textarea font.
    await citizen.page.setViewportSize({ width: 360, height: 740 });
    const title = visible(citizen.page, '.apply-title');
    const [titleHeight, titleFont] = await title.evaluate((el) => [el.getBoundingClientRect().height, parseFloat(getComputedStyle(el).fontSize)]);
    expect(titleHeight).toBeLessThan(titleFont * 2);
    const fontOf = (sel: string) => visible(citizen.page, sel).evaluate((el) => getComputedStyle(el).fontSize);
    expect(await fontOf('.complaint-content textarea')).toBe(await fontOf('.complaint-content'));
    await citizen.page.setViewportSize({ width: 1280, height: 900 });
    const [chooser] = await Promise.all([citizen.page.waitForEvent('filechooser', { timeout: 15_000 }), visible(citizen.page, '.attachment-picker__add-photo').click()]);
    await chooser.setFiles([
      { name: '快递单.png', mimeType: 'image/png', buffer: PNG },
      { name: '拍错了.png', mimeType: 'image/png', buffer: PNG },
    ]);
    const items = citizen.page.locator('.attachment-picker .attachment-item:visible');
    await citizen.page.locator('.attachment-picker .attachment-item[data-status="done"]:visible').nth(1).waitFor({ timeout: 20_000 });
    await expect(items.first().innerText()).resolves.toContain('已上传');
    const [fileId = '', wrongId = ''] = await items.evaluateAll((els) => els.map((el) => el.getAttribute('data-file-id') ?? ''));
    expect(fileId).not.toBe('');
    // The second photo was a mistake: removed from the list, and its stored file deleted.
    await items.nth(1).locator('.attachment-item__remove').click();
    await expect(items.count()).resolves.toBe(1);
    await expect(visible(citizen.page, '.attachment-picker__hint').innerText()).resolves.toContain('已添加1个');
    expect(await tooSmall(citizen.page, '.attachment-item__remove, .attachment-picker__add-photo, .attachment-picker__add-pdf')).toEqual([]);
    await citizen.page.screenshot({ path: path.join(ARTIFACTS, 'complaint-form-attachment-large-font.png'), fullPage: true });
    // An enabled button is drawn enabled: no disabled="false" attribute, which Taro's H5 stylesheet fades to white.
    expect(await citizen.page.locator('[disabled="false"]').count()).toBe(0);
    const submit = visible(citizen.page, '.complaint-submit');
    expect(await submit.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(255, 255, 255)');
    await submit.click();
    const number = (await visible(citizen.page, '.complaint-number').innerText({ timeout: 15_000 })).replace('编号：', '').trim();
    expect(number).toMatch(/^TS-\d{8}-\d{6}$/);
    const stored = await world.server.dbHandle.db.complaint.findUniqueOrThrow({ where: { number }, include: { attachments: { include: { file: true } } } });
    expect(stored.attachments.map((a) => [a.fileId, a.file.purpose])).toEqual([[fileId, 'ATTACHMENT']]);
    expect(wrongId).not.toBe('');
    expect(await world.server.dbHandle.db.storedFile.count({ where: { id: wrongId } })).toBe(0);
    // The tracking page lists it; 查看 opens it through a short-lived signed link in a new tab.
    const shown = visible(citizen.page, `.complaint-attachments .attachment-item[data-file-id="${fileId}"]`);
    await expect(shown.innerText({ timeout: 15_000 })).resolves.toMatch(/\d+ (B|KB)/);
    const [tab] = await Promise.all([citizen.context.waitForEvent('page', { timeout: 15_000 }), shown.locator('.attachment-item__open').click()]);
    expect(tab.url()).toContain(`/files/${fileId}/content?`);
    await tab.close();
    await citizen.page.screenshot({ path: path.join(ARTIFACTS, 'complaint-tracking-attachment.png'), fullPage: true });

    const staff = await desk();
    await persona(staff.page, 'zhaomin', '.staff-me-role');
    await visible(staff.page, '.staff-me-follow-ups-open').click({ timeout: 30_000 });
    const row = visible(staff.page, `.follow-up-complaint[data-number="${number}"]`);
    await row.waitFor({ timeout: 15_000 });
    await row.locator('.follow-up-reply input').fill('您好，快递已于今日补发，单号已短信告知。');
    await row.locator('.follow-up-reply-send').click();
    await row.waitFor({ state: 'detached', timeout: 15_000 }).catch(() => undefined);
    // The filter in large-font mode: still one tap per tab, each tab a large target.
    await visible(staff.page, '.a11y-toggle').click();
    await visible(staff.page, '.ot-page--large .follow-up-filter--complaints').waitFor({ timeout: 15_000 });
    expect(await tooSmall(staff.page, '.follow-up-filter__option')).toEqual([]);
    await visible(staff.page, '.follow-up-filter--complaints .follow-up-filter__option[data-value="REPLIED"]').click();
    await visible(staff.page, `.follow-up-complaint[data-number="${number}"][data-status="REPLIED"]`).waitFor({ timeout: 15_000 });
    await staff.page.screenshot({ path: path.join(ARTIFACTS, 'follow-ups-replied-large-font.png'), fullPage: true });

    await citizen.page.reload({ waitUntil: 'domcontentloaded' });
    await expect(visible(citizen.page, '.complaint-reply').innerText({ timeout: 15_000 })).resolves.toContain('快递已于今日补发');
    await expect(visible(citizen.page, '.complaint-status').innerText()).resolves.toContain('已答复');
    expect([...citizen.errors, ...staff.errors]).toEqual([]);
    await citizen.context.close();
    await staff.context.close();
  }, 180_000);

  it('张伟 asks about an item from its guide, then finds both his complaint and his enquiry under 我的咨询投诉', async () => {
    const version = await world.server.dbHandle.db.serviceItemVersion.findFirstOrThrow({ where: { status: 'PUBLISHED', item: { departmentId: c.departmentId } }, include: { item: true } });
    const citizen = await desk();
    await persona(citizen.page, 'zhangwei', '.profile-header');
    await citizen.page.goto(world.at(`/pages/guide/index?code=${version.item.implementationCode}`), { waitUntil: 'domcontentloaded' });
    await visible(citizen.page, '.guide-complain').click({ timeout: 30_000 });
    await visible(citizen.page, '.complaint-kind[data-value="ENQUIRY"]').click({ timeout: 30_000 });
    await visible(citizen.page, '.complaint-title input').fill('营业执照能否邮寄');
    await visible(citizen.page, '.complaint-content textarea').fill('我在外地，办好的证照能不能寄给我？');
    await visible(citizen.page, '.complaint-submit').click();
    const number = (await visible(citizen.page, '.complaint-number').innerText({ timeout: 15_000 })).replace('编号：', '').trim();
    await expect(visible(citizen.page, '.complaint-summary').innerText()).resolves.toContain(`事项：${version.name}`);
    const stored = await world.server.dbHandle.db.complaint.findUniqueOrThrow({ where: { number } });
    expect([stored.kind, stored.itemId, stored.caseId]).toEqual(['ENQUIRY', version.itemId, null]);

    await citizen.page.goto(world.at('/pages/profile/index'), { waitUntil: 'domcontentloaded' });
    await visible(citizen.page, '.profile-complaints').click({ timeout: 30_000 });
    const mine = citizen.page.locator('.complaint-mine:visible');
    await mine.first().waitFor({ timeout: 15_000 });
    // Newest first: the enquiry, then the complaint about the case answered in the test before.
    await expect(mine.evaluateAll((els) => els.map((el) => el.getAttribute('data-number')))).resolves.toEqual([number, expect.stringMatching(/^TS-/)]);
    await expect(mine.nth(1).innerText()).resolves.toContain('已答复');
    await mine.nth(1).click();
    await expect(visible(citizen.page, '.complaint-reply').innerText({ timeout: 15_000 })).resolves.toContain('快递已于今日补发');
    expect(citizen.errors).toEqual([]);
    expect(citizen.refused).toEqual([]);
    await citizen.context.close();
  }, 180_000);

  it('陈晨 opens the supervision dashboard, drills down to the department and its overdue cases', async () => {
    const { context, page, errors } = await desk();
    await persona(page, 'chenchen', '.staff-me-role');
    await visible(page, '.staff-me-supervision-open').click({ timeout: 30_000 });
    await visible(page, '.sup-card--satisfaction').waitFor({ timeout: 30_000 });
    await expect(visible(page, '.sup-card--satisfaction .sup-card__parts').innerText()).resolves.toMatch(/0 \/ 1/);
    // The catalogue's programme targets, each with its verdict written out.
    // Period shortcuts: last year has no cases in this world; this year is back to the one bad rating.
    const year = Number(chinaDate(new Date()).slice(0, 4));
    await visible(page, '.sup-preset--lastYear').click();
    await page.locator('.sup-scope:visible', { hasText: `${year - 1}-01-01 至 ${year - 1}-12-31` }).waitFor({ timeout: 15_000 });
    await expect(visible(page, '.sup-card--satisfaction .sup-card__parts').innerText()).resolves.toMatch(/0 \/ 0/);
    await expect(visible(page, '.sup-preset--lastYear').getAttribute('aria-pressed')).resolves.toBe('true');
    await visible(page, '.sup-preset--thisYear').click();
    await page.locator('.sup-card--satisfaction .sup-card__parts:visible', { hasText: /0 \/ 1/ }).waitFor({ timeout: 15_000 });
    await expect(page.locator('.sup-target:visible').count()).resolves.toBe(4);
    await expect(visible(page, '.sup-target--atMostOneVisit').innerText()).resolves.toMatch(/目标 ≥60% · (达标|未达标)/);
    await visible(page, `.sup-by--department .sup-bar-row[data-key="${c.departmentId}"]`).click();
    await expect(visible(page, '.sup-scope').innerText({ timeout: 15_000 })).resolves.toContain('市场监督管理局');
    await visible(page, '.sup-card--overdue').click();
    await visible(page, '.sup-case[data-number="5305-20261101-900002"]').waitFor({ timeout: 15_000 });
    // The cases behind the satisfaction figure: the bad rating under 未达标, none under 达标, the one under 全部.
    await visible(page, '.sup-card--satisfaction').click();
    await visible(page, '.sup-case[data-number="5305-20261120-900001"]').waitFor({ timeout: 15_000 });
    await expect(visible(page, '.sup-case').innerText()).resolves.toContain('评价 不满意');
    await visible(page, '.sup-outcome--met').click();
    await page.locator('.sup-cases__total:visible', { hasText: '共 0 件' }).waitFor({ timeout: 15_000 });
    await visible(page, '.sup-outcome--all').click();
    await page.locator('.sup-cases__total:visible', { hasText: '共 1 件' }).waitFor({ timeout: 15_000 });
    await page.screenshot({ path: path.join(ARTIFACTS, 'supervision-dashboard.png'), fullPage: true });
    // A supervisor may open it on a phone too: nothing runs off the side of a 375 px screen.
    await page.setViewportSize({ width: 375, height: 740 });
    await visible(page, '.sup-by--region .sup-bar-row').waitFor();
    const offScreen = await page.evaluate(() =>
      Array.from(document.querySelectorAll('.taro_page_show *'))
        .filter((el) => el.getBoundingClientRect().width > 0 && el.getBoundingClientRect().right > window.innerWidth + 1)
        .map((el) => el.className),
    );
    expect(offScreen).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
    // The desensitised export of what is on screen, audited.
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), visible(page, '.sup-export--csv').click()]);
    expect(download.suggestedFilename()).toMatch(/^督查统计_保山市市场监督管理局_\d{4}-01-01_\d{4}-\d{2}-\d{2}\.csv$/);
    expect(await world.server.dbHandle.db.auditLog.count({ where: { purpose: 'supervision.export' } })).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);
});
