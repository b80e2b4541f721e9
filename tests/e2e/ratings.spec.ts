/// <reference lib="dom" />
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { dateToColumn } from '@shared/domain/calendar/working-days';
import { ARTIFACTS } from '../helpers/browser';
import { e2eWorld } from '../helpers/e2e';

const world = e2eWorld('onetrip_e2e_ratings', { DEMO: '1' });
const visible = (page: Page, selector: string) => page.locator(`${selector}:visible`).first();

async function desk(): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await world.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, errors };
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
    await task.locator('.follow-up-note input').fill('已电话联系张伟，了解材料清单不一致的情况');
    await task.locator('.follow-up-callback').click();
    await task.locator('.follow-up-outcome-text input').waitFor({ timeout: 15_000 });
    await task.locator('.follow-up-outcome-text input').fill('已核对并统一窗口与网上的材料清单，向申请人说明');
    await task.locator('.follow-up-outcome').click();
    await task.waitFor({ state: 'detached', timeout: 15_000 }).catch(() => undefined);

    await citizen.page.reload({ waitUntil: 'domcontentloaded' });
    const outcome = await visible(citizen.page, '.rate-rectification__outcome').innerText({ timeout: 15_000 });
    expect(outcome).toContain('已解释说明');
    expect(outcome).toContain('统一窗口与网上的材料清单');
    await expect(visible(citizen.page, '.rate-rectification__callback').innerText()).resolves.toContain('赵敏');
    expect([...citizen.errors, ...staff.errors]).toEqual([]);
    await citizen.context.close();
    await staff.context.close();
  }, 180_000);

  it('张伟 complains about the case; 赵敏 replies; 张伟 sees the reply on the tracking page', async () => {
    const citizen = await desk();
    await persona(citizen.page, 'zhangwei', '.profile-header');
    await citizen.page.goto(world.at(`/feedback/pages/complaint/index?caseId=${c.id}`), { waitUntil: 'domcontentloaded' });
    await visible(citizen.page, '.complaint-title input').fill('寄递结果太慢', { timeout: 30_000 });
    await visible(citizen.page, '.complaint-content textarea').fill('办结三天了还没收到快递，请帮忙查一下');
    await visible(citizen.page, '.complaint-submit').click();
    const number = (await visible(citizen.page, '.complaint-number').innerText({ timeout: 15_000 })).replace('编号：', '').trim();
    expect(number).toMatch(/^TS-\d{8}-\d{6}$/);

    const staff = await desk();
    await persona(staff.page, 'zhaomin', '.staff-me-role');
    await visible(staff.page, '.staff-me-follow-ups-open').click({ timeout: 30_000 });
    const row = visible(staff.page, `.follow-up-complaint[data-number="${number}"]`);
    await row.waitFor({ timeout: 15_000 });
    await row.locator('.follow-up-reply input').fill('您好，快递已于今日补发，单号已短信告知。');
    await row.locator('.follow-up-reply-send').click();
    await row.waitFor({ state: 'detached', timeout: 15_000 }).catch(() => undefined);

    await citizen.page.reload({ waitUntil: 'domcontentloaded' });
    await expect(visible(citizen.page, '.complaint-reply').innerText({ timeout: 15_000 })).resolves.toContain('快递已于今日补发');
    await expect(visible(citizen.page, '.complaint-status').innerText()).resolves.toContain('已答复');
    expect([...citizen.errors, ...staff.errors]).toEqual([]);
    await citizen.context.close();
    await staff.context.close();
  }, 180_000);

  it('陈晨 opens the supervision dashboard, drills down to the department and its overdue cases', async () => {
    const { context, page, errors } = await desk();
    await persona(page, 'chenchen', '.staff-me-role');
    await visible(page, '.staff-me-supervision-open').click({ timeout: 30_000 });
    await visible(page, '.sup-card--satisfaction').waitFor({ timeout: 30_000 });
    await expect(visible(page, '.sup-card--satisfaction .sup-card__parts').innerText()).resolves.toMatch(/0 \/ 1/);
    await visible(page, `.sup-by--department .sup-bar-row[data-key="${c.departmentId}"]`).click();
    await expect(visible(page, '.sup-scope').innerText({ timeout: 15_000 })).resolves.toContain('市场监督管理局');
    await visible(page, '.sup-card--overdue').click();
    await visible(page, '.sup-case[data-number="5305-20261101-900002"]').waitFor({ timeout: 15_000 });
    await page.screenshot({ path: path.join(ARTIFACTS, 'supervision-dashboard.png'), fullPage: true });
    // The desensitised export of what is on screen, audited.
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), visible(page, '.sup-export--csv').click()]);
    expect(download.suggestedFilename()).toMatch(/^督查统计_保山市市场监督管理局_\d{4}-01-01_\d{4}-\d{2}-\d{2}\.csv$/);
    expect(await world.server.dbHandle.db.auditLog.count({ where: { purpose: 'supervision.export' } })).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);
});
