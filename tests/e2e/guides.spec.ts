/// <reference lib="dom" />
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { ARTIFACTS } from '../helpers/browser';
import { e2eWorld } from '../helpers/e2e';

// Journey 1 of journeys.md: 张伟 wants to open a rice-noodle shop; he finds what he needs by Chinese, pinyin
// initials and everyday words, reads the guide, tailors the material list and saves it. Real server, real seed.

const PHONE = { width: 390, height: 844 };

const world = e2eWorld('onetrip_e2e_guides');

/** Absolute URL of a path on the test server (its url ends with a slash). */
function at(pathAndQuery: string): string {
  return new URL(pathAndQuery, world.server.url).toString();
}

/** A phone-sized tab that records page errors and failed API calls (both must stay empty). */
async function phone(): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await world.browser.newContext({ viewport: PHONE, deviceScaleFactor: 2 });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('response', (r) => {
    if (r.url().includes('/api/v1/') && r.status() >= 500) problems.push(`${r.status()} ${r.url()}`);
  });
  return { context, page, problems };
}

/** Taro H5 slides pages in and keeps earlier ones hidden in the DOM: wait for the shown page to settle. */
async function settled(page: Page): Promise<void> {
  await page.locator('.taro_page_show.taro_page_stationed').last().waitFor({ timeout: 15_000 }).catch(() => undefined);
}

/** Types the words, submits, and waits until the answer for exactly these words is on screen. */
/**
 * Screenshot of the whole current page. Taro H5 scrolls inside the page element, so Playwright's fullPage
 * sees only the viewport: grow the viewport to the content for the shot, then put it back.
 */
async function shot(page: Page, name: string): Promise<void> {
  await settled(page);
  const height = await page.evaluate(() =>
    Math.max(document.documentElement.scrollHeight, ...Array.from(document.querySelectorAll('.taro_page_show')).map((el) => el.scrollHeight)),
  );
  await page.setViewportSize({ width: PHONE.width, height: Math.min(Math.max(height, PHONE.height), 8000) });
  await page.screenshot({ path: path.join(ARTIFACTS, name) });
  await page.setViewportSize(PHONE);
}

async function search(page: Page, words: string, how: 'button' | 'enter' = 'button'): Promise<void> {
  const input = page.locator('.search-box__input:visible input').first();
  await input.fill(words);
  const answered = page.waitForResponse((r) => r.url().includes('/api/v1/guides/search') && new URL(r.url()).searchParams.get('q') === words);
  if (how === 'enter') await input.press('Enter');
  else await page.locator('.search-box__submit:visible').first().click();
  await answered;
  await idle(page);
}

/** No search request in flight any more (results or the empty message rendered). */
async function idle(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('.search-loading'));
}

/** Names of the visible results once the search has answered. */
async function resultNames(page: Page): Promise<string[]> {
  await page.locator('.search-results:visible .item-card, .search-empty:visible').first().waitFor({ timeout: 15_000 });
  return page.locator('.search-results:visible .item-card__name').allInnerTexts();
}

async function bundleNames(page: Page): Promise<string[]> {
  return page.locator('.search-bundle__name:visible').allInnerTexts();
}

async function guideCode(name: string): Promise<string> {
  const response = await fetch(at(`/api/v1/guides/search?q=${encodeURIComponent(name)}`));
  const body = (await response.json()) as { items: Array<{ code: string; name: string }> };
  const hit = body.items.find((item) => item.name === name);
  if (!hit) throw new Error(`${name} not found by the search API`);
  return hit.code;
}

async function materialCount(page: Page): Promise<number> {
  return page.locator('.guide-materials:visible .guide-material').count();
}

describe('journey 1: 张伟 finds, reads and saves the guides for opening a restaurant', () => {
  it('finds 食品经营许可 and 开办企业一件事 by 开饭店, by kfd and by 营业执照, with the matched words marked', async () => {
    const { context, page, problems } = await phone();
    await page.goto(world.server.url, { waitUntil: 'domcontentloaded' });
    await page.locator('.home-search:visible').first().waitFor({ timeout: 30_000 });
    await page.locator('.home-popular:visible .item-card').first().waitFor({ timeout: 15_000 });
    await expect(page.locator('.home-theme:visible').count()).resolves.toBeGreaterThanOrEqual(6);
    await expect(page.locator('.home-bundle:visible').count()).resolves.toBeGreaterThanOrEqual(3);
    await shot(page, 'guides-home.png');

    await search(page, '开饭店');
    await page.waitForURL(/\/pages\/search\/index\?q=/);
    await settled(page);
    expect(await resultNames(page)).toContain('食品经营许可');
    expect(await bundleNames(page)).toContain('开办企业一件事');
    await shot(page, 'guides-search-kaifandian.png');

    await search(page, 'kfd');
    expect(await resultNames(page)).toContain('食品经营许可');

    // An everyday word finds the official name and says which word matched.
    await search(page, '营业执照');
    expect(await resultNames(page)).toContain('企业设立登记');
    await expect(page.locator('.search-results:visible .item-card__match').first().innerText()).resolves.toContain('营业执照');

    // Words found in the name itself are marked.
    await search(page, '食品经营');
    expect(await resultNames(page)).toContain('食品经营许可');
    const marked = await page.locator('.search-results:visible .item-card', { hasText: '食品经营许可' }).first().locator('.highlight-text__hit').allInnerTexts();
    expect(marked.join('')).toBe('食品经营');
    await page.screenshot({ path: path.join(ARTIFACTS, 'guides-search-highlight.png') });

    // Nothing found: the page says so and offers everyday words that work.
    await search(page, 'zzzqqq');
    await page.locator('.search-empty:visible').first().waitFor();
    const suggested = page.waitForResponse((r) => r.url().includes('/api/v1/guides/search') && new URL(r.url()).searchParams.get('q') === '营业执照');
    await page.locator('.search-suggestion:visible', { hasText: '营业执照' }).first().click();
    await suggested;
    await idle(page);
    expect(await resultNames(page)).toContain('企业设立登记');

    // 最多跑一次 filter: every remaining result needs at most one visit.
    const filtered = page.waitForResponse((r) => r.url().includes('/api/v1/guides/search') && new URL(r.url()).searchParams.get('flags') === 'ONE_TRIP');
    await page.locator('.search-flag--one_trip:visible').first().click();
    await filtered;
    await idle(page);
    const visits = await page.locator('.search-results:visible .item-card__visits').allInnerTexts();
    expect(visits.length).toBeGreaterThan(0);
    expect(visits.every((v) => v === '最多跑一次' || v === '零跑腿')).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  }, 90_000);

  it('opens the guide, sees 最多跑一次 and the limits, tailors the materials, and finds the favourite after a reload', async () => {
    const { context, page, problems } = await phone();
    await page.goto(at(`/pages/search/index?q=${encodeURIComponent('开饭店')}`), { waitUntil: 'domcontentloaded' });
    await page.locator('.search-results:visible .item-card', { hasText: '食品经营许可' }).first().click();
    await page.locator('.guide-name:visible').first().waitFor({ timeout: 15_000 });
    await settled(page);
    await expect(page.locator('.guide-name:visible').first().innerText()).resolves.toBe('食品经营许可');
    const terms = await page.locator('.guide-terms:visible').first().innerText();
    expect(terms).toContain('最多跑一次');
    expect(terms).toMatch(/承诺\d+个工作日\(法定\d+日\)/);
    await expect(page.locator('.guide-reduction:visible').first().innerText()).resolves.toMatch(/压缩\d+%/);
    for (const section of ['conditions', 'fees', 'location', 'phones', 'result', 'legal', 'faqs', 'process', 'visits']) {
      await expect(page.locator(`.guide-${section}:visible`).count()).resolves.toBe(1);
    }
    

    // A situation question changes the list: answering "includes cold food" adds the special-room material.
    const before = await materialCount(page);
    const question = page.locator('.guide-question:visible').first();
    const options = question.locator('.guide-option');
    let after = before;
    for (let i = 0; i < (await options.count()) && after === before; i++) {
      await options.nth(i).click();
      after = await materialCount(page);
    }
    expect(after).not.toBe(before);
    await expect(page.locator('.guide-material-count:visible').first().innerText()).resolves.toContain(`共${after}份材料`);
    await shot(page, 'guides-guide.png');

    // Blank forms open in a new tab and are real documents.
    const blank = page.locator('.guide-materials:visible .guide-file--blank').first();
    const fileUrl = await blank.getAttribute('data-url');
    expect(fileUrl).toMatch(/^\/api\/v1\/files\//);
    const [popup] = await Promise.all([page.waitForEvent('popup'), blank.click()]);
    expect(popup.url()).toContain(fileUrl!);
    await popup.close();
    const file = await fetch(at(fileUrl!));
    expect(file.status).toBe(200);
    expect((await file.arrayBuffer()).byteLength).toBeGreaterThan(200);

    // Share on H5 copies (and shows) the same link a hall poster holds.
    await page.locator('.guide-share:visible').first().click();
    await expect(page.locator('.guide-share-link:visible').first().innerText()).resolves.toMatch(/\/pages\/guide\/index\?code=/);

    // "在线申办" tells a signed-out visitor that applying needs signing in first (the journey is in apply.spec.ts).
    const apply = page.locator('.guide-apply:visible');
    if ((await apply.count()) > 0) {
      await expect(page.locator('.guide-apply-notice:visible').first().innerText()).resolves.toContain('先登录');
    }

    await page.locator('.guide-favorite:visible').first().click();
    await expect(page.locator('.guide-favorite:visible').first().innerText()).resolves.toContain('已收藏');

    await page.goto(at(`/pages/favorites/index`), { waitUntil: 'domcontentloaded' });
    await page.reload({ waitUntil: 'domcontentloaded' });
    const saved = page.locator('.favorite:visible', { hasText: '食品经营许可' });
    await saved.first().waitFor({ timeout: 15_000 });
    await shot(page, 'guides-favorites.png');
    await saved.locator('.favorite__open').first().click();
    await page.locator('.guide-name:visible', { hasText: '食品经营许可' }).first().waitFor({ timeout: 15_000 });
    await expect(page.locator('.guide-favorite:visible').first().innerText()).resolves.toContain('已收藏');
    expect(problems).toEqual([]);
    await context.close();
  }, 90_000);

  it('remembers 张伟\'s place (隆阳区 永昌街道) and narrows the results to it', async () => {
    const { context, page, problems } = await phone();
    await page.goto(world.server.url, { waitUntil: 'domcontentloaded' });
    await page.locator('.home-county:visible', { hasText: '隆阳区' }).first().click();
    await page.locator('.home-township:visible', { hasText: '永昌街道' }).first().click();
    await expect(page.locator('.home-place:visible').first().innerText()).resolves.toContain('隆阳区 永昌街道');
    await page.reload({ waitUntil: 'domcontentloaded' });
    await expect(page.locator('.home-place:visible').first().innerText({ timeout: 30_000 })).resolves.toContain('隆阳区 永昌街道');

    await search(page, '开饭店', 'enter');
    const place = page.locator('.search-place:visible').first();
    await expect(place.getAttribute('aria-pressed')).resolves.toBe('true');
    const regions = await page.locator('.search-results:visible .item-card__dept').allInnerTexts();
    expect(regions.length).toBeGreaterThan(0);
    expect(regions.every((r) => r.endsWith('保山市') || r.endsWith('隆阳区') || r.endsWith('永昌街道'))).toBe(true);

    // Turning the place filter off shows the other counties' items again.
    const widened = page.waitForResponse((r) => r.url().includes('/api/v1/guides/search') && !new URL(r.url()).searchParams.has('region'));
    await place.click();
    await widened;
    await idle(page);
    const all = await page.locator('.search-results:visible .item-card__dept').allInnerTexts();
    expect(all.some((r) => r.endsWith('腾冲市') || r.endsWith('施甸县') || r.endsWith('龙陵县') || r.endsWith('昌宁县'))).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  }, 90_000);

  it('browses by life-event theme, bundle and department from the home page', async () => {
    const { context, page, problems } = await phone();
    await page.goto(world.server.url, { waitUntil: 'domcontentloaded' });
    await page.locator('.home-theme:visible', { hasText: '开办企业' }).first().click();
    await expect(page.locator('.search-scope__text:visible').first().innerText({ timeout: 15_000 })).resolves.toBe('主题：开办企业');
    await idle(page);
    expect(await resultNames(page)).toContain('食品经营许可');

    await page.goto(world.server.url, { waitUntil: 'domcontentloaded' });
    await page.locator('.home-bundle:visible', { hasText: '出生一件事' }).first().click();
    await expect(page.locator('.bundle-name:visible').first().innerText({ timeout: 15_000 })).resolves.toBe('出生一件事');

    await page.goto(world.server.url, { waitUntil: 'domcontentloaded' });
    await page.locator('.home-department:visible', { hasText: '保山市市场监督管理局' }).first().click();
    await expect(page.locator('.search-scope__text:visible').first().innerText({ timeout: 15_000 })).resolves.toBe('部门：保山市市场监督管理局');
    await idle(page);
    const depts = await page.locator('.search-results:visible .item-card__dept').allInnerTexts();
    expect(depts.length).toBeGreaterThan(0);
    expect(depts.every((d) => d.startsWith('保山市市场监督管理局'))).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  }, 90_000);

  it('opens a guide straight from a hall poster URL, and a mini-program code scene', async () => {
    const code = await guideCode('食品经营许可');
    const { context, page, problems } = await phone();
    await page.goto(at(`/pages/guide/index?code=${encodeURIComponent(code)}`), { waitUntil: 'domcontentloaded' });
    await expect(page.locator('.guide-name:visible').first().innerText({ timeout: 30_000 })).resolves.toBe('食品经营许可');
    await page.goto(at(`/pages/guide/index?scene=${encodeURIComponent(encodeURIComponent(code))}`), { waitUntil: 'domcontentloaded' });
    await expect(page.locator('.guide-name:visible').first().innerText({ timeout: 30_000 })).resolves.toBe('食品经营许可');
    // Scanned straight into the guide, there is a way on to the home page.
    await page.locator('.guide-home:visible').first().click();
    await page.locator('.home-search:visible').first().waitFor({ timeout: 15_000 });

    // An unknown code explains itself instead of showing a blank page.
    await page.goto(at(`/pages/guide/index?code=NO-SUCH-ITEM`), { waitUntil: 'domcontentloaded' });
    await expect(page.locator('.guide-not-found:visible').first().innerText({ timeout: 15_000 })).resolves.toContain('没有找到');
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);

  it('shows the bundle with its merged material list', async () => {
    const { context, page, problems } = await phone();
    await page.goto(at(`/pages/search/index?q=${encodeURIComponent('开饭店')}`), { waitUntil: 'domcontentloaded' });
    await page.locator('.search-bundle:visible', { hasText: '开办企业一件事' }).first().click();
    await page.locator('.bundle-name:visible').first().waitFor({ timeout: 15_000 });
    await settled(page);
    await expect(page.locator('.bundle-items:visible .item-card').count()).resolves.toBeGreaterThanOrEqual(2);
    await expect(page.locator('.bundle-material:visible').count()).resolves.toBeGreaterThan(0);
    await shot(page, 'guides-bundle.png');
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);

  it('reads well in large-font mode with tap targets of at least 44 px', async () => {
    const code = await guideCode('食品经营许可');
    const { context, page } = await phone();
    await page.goto(at(`/pages/guide/index?code=${encodeURIComponent(code)}`), { waitUntil: 'domcontentloaded' });
    await page.locator('.guide-name:visible').first().waitFor({ timeout: 30_000 });
    const nameSize = () => page.locator('.guide-name:visible').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const before = await nameSize();
    await page.locator('.a11y-toggle:visible').first().click();
    await page.waitForFunction((b) => {
      const el = document.querySelector('.ot-page--large .guide-name');
      return el !== null && parseFloat(getComputedStyle(el).fontSize) > b * 1.15;
    }, before);
    expect(await nameSize()).toBeGreaterThan(before * 1.15);
    const small = await page.evaluate(() =>
      Array.from(document.querySelectorAll('.guide-option, .guide-favorite, .guide-file, .guide-phone, .a11y-toggle, .guide-apply'))
        .filter((el) => (el as HTMLElement).offsetParent !== null)
        .map((el) => ({ cls: el.className, h: el.getBoundingClientRect().height }))
        .filter((r) => r.h < 44),
    );
    expect(small).toEqual([]);
    await shot(page, 'guides-guide-large-font.png');
    await context.close();
  }, 60_000);
});
