/// <reference lib="dom" />
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS } from '../helpers/browser';
import { e2eWorld } from '../helpers/e2e';

const world = e2eWorld('onetrip_e2e');

/** Re-read a value until it satisfies the predicate (or 10 s pass), then return the last value read. */
async function eventually<T>(read: () => Promise<T>, ok: (v: T) => boolean): Promise<T> {
  const deadline = Date.now() + 10_000;
  let v = await read();
  while (!ok(v) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    v = await read();
  }
  return v;
}

async function openHome(page: Page): Promise<void> {
  await page.goto(world.server.url, { waitUntil: 'domcontentloaded' });
  await page.locator('.home-city:visible').first().waitFor({ timeout: 30_000 });
}

describe('journey: open the home page and see live data from the API', () => {
  it('shows the city, counties, departments and statistics served by the API', async () => {
    const page = await world.browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // A CSP refusal or a missing resource is no page error, only a console one: the shell's font-size script was
    // blocked that way unseen, and every page load asked for a /favicon.ico that does not exist.
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    const apiCalls: string[] = [];
    page.on('response', (r) => {
      if (r.url().includes('/api/v1/')) apiCalls.push(`${r.status()} ${new URL(r.url()).pathname}`);
    });
    await openHome(page);
    await expect(page.locator('.home-city:visible').first().innerText()).resolves.toContain('保山市');
    const counties = page.locator('.home-county:visible');
    await expect(counties.count()).resolves.toBe(5);
    await expect(counties.first().innerText()).resolves.toContain('隆阳区');
    await expect(page.locator('.home-department:visible').count()).resolves.toBeGreaterThanOrEqual(12);
    await expect(page.locator('.home-stats:visible').first().innerText()).resolves.toContain('1039');
    expect(apiCalls).toContain('200 /api/v1/home');
    // Taro's shell script sizes the root font from the viewport: 20px × 390/375 on this phone (16px when blocked).
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('20.8px');
    expect(errors).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, 'home.png'), fullPage: true });
    await page.close();
  }, 60_000);

  it('remembers the chosen county and loads its townships from the region tree', async () => {
    const context = await world.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await openHome(page);
    await page.locator('.home-county:visible', { hasText: '腾冲市' }).first().click();
    const townships = page.locator('.home-township:visible');
    await townships.first().waitFor();
    await expect(page.locator('.home-township:visible', { hasText: '和顺镇' }).count()).resolves.toBe(1);
    await page.reload({ waitUntil: 'domcontentloaded' });
    await page.locator('.home-township:visible', { hasText: '和顺镇' }).first().waitFor({ timeout: 30_000 });
    await context.close();
  }, 60_000);

  it('has a large-font mode that is remembered', async () => {
    const context = await world.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await openHome(page);
    const cityFont = async () => page.locator('.home-city:visible').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const before = await cityFont();
    await page.locator('.a11y-toggle:visible').first().click();
    expect(await eventually(cityFont, (v) => v > before * 1.15)).toBeGreaterThan(before * 1.15);
    await page.reload({ waitUntil: 'domcontentloaded' });
    await page.locator('.home-city:visible').first().waitFor();
    expect(await eventually(cityFont, (v) => v > before * 1.15)).toBeGreaterThan(before * 1.15);
    await page.screenshot({ path: path.join(ARTIFACTS, 'home-large-font.png'), fullPage: true });
    await context.close();
  }, 60_000);
});
