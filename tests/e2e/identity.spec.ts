/// <reference lib="dom" />
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { ARTIFACTS } from '../helpers/browser';
import { e2eWorld } from '../helpers/e2e';

const ID = '530502199403152311';

const world = e2eWorld('onetrip_e2e_identity', { DEMO: '1' });

const at = (p: string) => world.at(p);

async function newPhone(): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await world.browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, errors };
}

const visible = (page: Page, selector: string) => page.locator(`${selector}:visible`).first();

async function fill(page: Page, selector: string, value: string) {
  const input = page.locator(`${selector}:visible input`).first();
  await input.fill(value);
}

async function pickPersona(page: Page, key: string) {
  await page.goto(at('/pages/login/index'), { waitUntil: 'domcontentloaded' });
  await visible(page, `.persona[data-persona="${key}"]`).click({ timeout: 30_000 });
}

describe('journey: sign in, real-name profile, masked for others, and who viewed it', () => {
  let accountId = '';

  it('张伟 picks his persona on H5, consents, completes his profile (a typo in the ID is caught) and sees it unmasked', async () => {
    const { context, page, errors } = await newPhone();
    await pickPersona(page, 'zhangwei');
    await visible(page, '.profile-consent__agree').click({ timeout: 30_000 });
    await visible(page, '.profile-form').waitFor();
    await fill(page, '.profile-name', '张伟');
    await fill(page, '.profile-idNumber', '530502199403152318');
    await fill(page, '.profile-phone', '13812345678');
    await visible(page, '.profile-save').click();
    await expect(visible(page, '.profile-form__problem--idNumber').innerText()).resolves.toContain('校验位');

    await fill(page, '.profile-idNumber', ID);
    await page.locator('.profile-county__option:visible', { hasText: '隆阳区' }).click();
    await page.locator('.profile-township__option:visible', { hasText: '永昌街道' }).click();
    await fill(page, '.profile-detail', '正阳南路88号');
    await visible(page, '.profile-save').click();

    await visible(page, '.profile-view').waitFor({ timeout: 15_000 });
    await expect(visible(page, '.profile-view__idnumber').innerText()).resolves.toContain(ID);
    await expect(visible(page, '.profile-view__phone').innerText()).resolves.toContain('13812345678');
    await expect(visible(page, '.profile-view__address').innerText()).resolves.toContain('保山市隆阳区永昌街道正阳南路88号');
    accountId = (await visible(page, '.profile-view__account .profile-view__value').innerText()).trim();
    expect(accountId).toMatch(/^[0-9a-f-]{36}$/);
    await page.screenshot({ path: path.join(ARTIFACTS, 'identity-profile-owner.png') });
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('window clerk 王强 signs in, sees his role, and sees 张伟 only masked', async () => {
    const { context, page, errors } = await newPhone();
    await pickPersona(page, 'wangqiang');
    await expect(visible(page, '.staff-me-role').innerText({ timeout: 30_000 })).resolves.toContain('窗口受理');
    await fill(page, '.staff-lookup-account', accountId);
    await fill(page, '.staff-lookup-purpose', '窗口核对申请人身份');
    await visible(page, '.staff-lookup-submit').click();
    const result = visible(page, '.staff-lookup-result');
    await result.waitFor({ timeout: 15_000 });
    const text = await result.innerText();
    expect(text).toContain('530***********2311');
    expect(text).toContain('138****5678');
    expect(text).toContain('张*');
    expect(text).toContain('保山市隆阳区永昌街道');
    expect(text).not.toContain(ID);
    expect(text).not.toContain('正阳南路');
    await page.screenshot({ path: path.join(ARTIFACTS, 'identity-staff-masked.png') });
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('catalogue admin 周宁 is not allowed to look citizens up', async () => {
    const { context, page } = await newPhone();
    await pickPersona(page, 'zhouning');
    await expect(visible(page, '.staff-me-role').innerText({ timeout: 30_000 })).resolves.toContain('目录管理');
    await fill(page, '.staff-lookup-account', accountId);
    await fill(page, '.staff-lookup-purpose', '好奇');
    await visible(page, '.staff-lookup-submit').click();
    await expect(visible(page, '.staff-lookup-error').innerText({ timeout: 15_000 })).resolves.toContain('没有权限');
    await context.close();
  }, 120_000);

  it('张伟 sees that 王强 viewed his data and why, and nobody else', async () => {
    const { context, page } = await newPhone();
    await pickPersona(page, 'zhangwei');
    await visible(page, '.profile-view').waitFor({ timeout: 30_000 });
    await visible(page, '.profile-data-access').click();
    const items = page.locator('.data-access-item:visible');
    await items.first().waitFor({ timeout: 15_000 });
    expect(await items.count()).toBe(1);
    const text = await items.first().innerText();
    expect(text).toContain('王强');
    expect(text).toContain('保山市政务服务管理局');
    expect(text).toContain('窗口核对申请人身份');
    await page.screenshot({ path: path.join(ARTIFACTS, 'identity-data-access.png') });
    await context.close();
  }, 120_000);
});

describe('journey: home account entry, company and agent authorisations', () => {
  it('the home page offers 登录 when signed out and 我的 once signed in', async () => {
    const { context, page, errors } = await newPhone();
    await page.goto(at('/pages/index/index'), { waitUntil: 'domcontentloaded' });
    await visible(page, '.ot-account-entry--signed-out').click({ timeout: 30_000 });
    await visible(page, '.persona[data-persona="zhangwei"]').click({ timeout: 30_000 });
    await visible(page, '.profile-header').waitFor({ timeout: 30_000 });
    await page.goto(at('/pages/index/index'), { waitUntil: 'domcontentloaded' });
    const entry = visible(page, '.ot-account-entry--signed-in');
    await expect(entry.innerText({ timeout: 30_000 })).resolves.toContain('我的');
    await entry.click();
    await visible(page, '.profile-header').waitFor({ timeout: 15_000 });
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('张伟 registers his shop as its legal representative and records that he acts for 李秀英', async () => {
    const { context, page, errors } = await newPhone();
    await pickPersona(page, 'zhangwei');
    await visible(page, '.profile-companies').click({ timeout: 30_000 });
    await fill(page, '.companies-credit-code', '91530502MA6KXY1230');
    await fill(page, '.companies-name', '隆阳区张记米线店');
    await fill(page, '.companies-rep-name', '张伟');
    await fill(page, '.companies-rep-id', ID);
    await visible(page, '.companies-register-submit').click();
    await expect(visible(page, '.ot-field__problem--creditCode').innerText({ timeout: 15_000 })).resolves.toContain('校验位');
    await fill(page, '.companies-credit-code', '91530502MA6KXY123U');
    await visible(page, '.companies-register-submit').click();
    const item = visible(page, '.companies-item');
    await expect(item.innerText({ timeout: 15_000 })).resolves.toContain('隆阳区张记米线店');
    await expect(item.innerText()).resolves.toContain('我是法定代表人');
    await page.screenshot({ path: path.join(ARTIFACTS, 'identity-companies.png') });

    await page.goto(at('/pages/agents/index'), { waitUntil: 'domcontentloaded' });
    await fill(page, '.agents-principal-name', '李秀英');
    await fill(page, '.agents-principal-id', '53052219560708002X');
    await visible(page, '.agents-submit').click();
    const auth = visible(page, '.agents-item--pending');
    await expect(auth.innerText({ timeout: 15_000 })).resolves.toContain('李*英');
    await expect(auth.innerText()).resolves.toContain('待确认');
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('catalogue admin 周宁 reaches the catalogue pages from her staff page', async () => {
    const { context, page } = await newPhone();
    await pickPersona(page, 'zhouning');
    await visible(page, '.staff-me-catalog').click({ timeout: 30_000 });
    await visible(page, '.catalog-admin').waitFor({ timeout: 30_000 });
    await context.close();
  }, 120_000);
});
