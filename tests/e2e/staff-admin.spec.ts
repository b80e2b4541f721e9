/// <reference lib="dom" />
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS } from '../helpers/browser';
import { e2eWorld } from '../helpers/e2e';

const world = e2eWorld('onetrip_e2e_staff_admin', { DEMO: '1' });
const at = (p: string) => world.at(p);
const visible = (page: Page, selector: string) => page.locator(`${selector}:visible`).first();

describe('a department admin manages the people of the department', () => {
  it('刘洋 creates an account and grants a window role; the new colleague signs in and works; disabling signs them out', async () => {
    const adminCtx = await world.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const admin = await adminCtx.newPage();
    const errors: string[] = [];
    admin.on('pageerror', (e) => errors.push(e.message));

    await admin.goto(at('/pages/login/index'), { waitUntil: 'domcontentloaded' });
    await visible(admin, '.persona[data-persona="liuyang"]').click({ timeout: 30_000 });
    await expect(visible(admin, '.staff-me-role').innerText({ timeout: 30_000 })).resolves.toContain('部门管理员');
    await visible(admin, '.staff-me-staff-admin').click();

    await visible(admin, '.staff-admin-new').click({ timeout: 30_000 });
    await visible(admin, '.staff-admin-new-name input').fill('孙悦');
    await visible(admin, '.staff-admin-new-username input').fill('sunyue');
    await visible(admin, '.staff-admin-new-password input').fill('short');
    await visible(admin, '.staff-admin-new-submit').click();
    await expect(visible(admin, '.staff-admin-new-form .catalog-violation').innerText({ timeout: 30_000 })).resolves.toContain('初始密码至少 10 位');
    await visible(admin, '.staff-admin-new-password input').fill('sunyue-first-pass');
    await visible(admin, '.staff-admin-new-submit').click();

    const card = visible(admin, '.staff-admin-card[data-username="sunyue"]');
    await card.waitFor({ timeout: 30_000 });
    await expect(card.innerText()).resolves.toContain('尚无角色');
    await card.locator('.staff-admin-grant-go').click();
    await card.locator('.staff-admin-grant[data-role="WINDOW_CLERK"]').waitFor({ timeout: 30_000 });
    await expect(card.locator('.staff-admin-grant').innerText()).resolves.toContain('窗口受理 · 保山市市场监督管理局');
    await admin.screenshot({ path: path.join(ARTIFACTS, 'staff-admin.png') });

    // The colleague signs in on another PC and finds the work the role allows.
    const colleagueCtx = await world.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const colleague = await colleagueCtx.newPage();
    await colleague.goto(at('/staff/pages/login/index'), { waitUntil: 'domcontentloaded' });
    await visible(colleague, '.staff-login-username input').fill('sunyue', { timeout: 30_000 });
    await visible(colleague, '.staff-login-password input').fill('sunyue-first-pass');
    await visible(colleague, '.staff-login-submit').click();
    await expect(visible(colleague, '.staff-me-role').innerText({ timeout: 30_000 })).resolves.toContain('窗口受理');
    await visible(colleague, '.staff-me-queue').waitFor({ timeout: 30_000 });

    // Disabled: a reason is required; then the colleague's session ends at once.
    await card.locator('.staff-admin-status').click();
    await expect(card.locator('.catalog-violation').innerText({ timeout: 30_000 })).resolves.toContain('请填写原因');
    await card.locator('.staff-admin-reason input').fill('借调结束');
    await card.locator('.staff-admin-status').click();
    const off = visible(admin, '.staff-admin-card--disabled[data-username="sunyue"]');
    await off.waitFor({ timeout: 30_000 });
    await expect(off.locator('.staff-admin-name').innerText()).resolves.toContain('已停用');
    const staff = await world.server.dbHandle.db.staff.findUniqueOrThrow({ where: { username: 'sunyue' }, include: { sessions: true } });
    expect(staff.sessions.every((s) => s.revokedAt !== null)).toBe(true);

    expect(errors).toEqual([]);
    await adminCtx.close();
    await colleagueCtx.close();
  }, 120_000);
});
