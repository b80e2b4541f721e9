/// <reference lib="dom" />
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS } from '../helpers/browser';
import { e2eWorld } from '../helpers/e2e';

const world = e2eWorld('onetrip_e2e_favourites', { DEMO: '1' });
const at = (p: string) => world.at(p);
const visible = (page: Page, selector: string) => page.locator(`${selector}:visible`).first();

/** Waits until `read` returns `want` (the page writes to the server asynchronously), then returns the last value. */
async function eventually<T>(read: () => Promise<T>, want: T, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let value = await read();
  while (value !== want && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 200));
    value = await read();
  }
  return value;
}

describe('journey: favourites follow the citizen after sign-in', () => {
  it('a guide starred before signing in is merged into the account, then kept there', async () => {
    const db = world.server.dbHandle.db;
    const item = await db.serviceItemVersion.findFirstOrThrow({ where: { status: 'PUBLISHED', name: '食品经营许可' }, select: { item: { select: { implementationCode: true } } } });
    const code = item.item.implementationCode;
    const context = await world.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    // Signed out: the star stays on the phone and the list says so.
    await page.goto(at(`/pages/guide/index?code=${encodeURIComponent(code)}`), { waitUntil: 'domcontentloaded' });
    await visible(page, '.guide-favorite').click({ timeout: 30_000 });
    await expect(visible(page, '.guide-favorite').innerText()).resolves.toContain('已收藏');
    await page.goto(at('/pages/favorites/index'), { waitUntil: 'domcontentloaded' });
    await expect(visible(page, '.favorites-note').innerText()).resolves.toContain('登录后会同步');

    // Sign in (demo persona), open the list: the phone's star is now on the account.
    await page.goto(at('/pages/login/index'), { waitUntil: 'domcontentloaded' });
    await visible(page, '.persona[data-persona="zhangwei"]').click({ timeout: 30_000 });
    await page.waitForFunction(() => !location.href.includes('/pages/login/'), undefined, { timeout: 15_000 });
    await page.goto(at('/pages/favorites/index'), { waitUntil: 'domcontentloaded' });
    await expect(visible(page, '.favorites-note').innerText()).resolves.toContain('已保存到您的账号');
    await page.locator('.favorite:visible', { hasText: '食品经营许可' }).first().waitFor({ timeout: 15_000 });
    expect(await eventually(() => db.favourite.count({ where: { kind: 'ITEM', code } }), 1)).toBe(1);
    await page.screenshot({ path: path.join(ARTIFACTS, 'favourites-account.png') });

    // Removing it on the list removes it from the account.
    await visible(page, '.favorite__remove').click();
    expect(await eventually(() => db.favourite.count({ where: { kind: 'ITEM', code } }), 0)).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
