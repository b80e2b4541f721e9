import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_NOTIFICATION_TEMPLATES } from '../../../server/config/notification-templates';
import { applyTransition } from '../../../server/services/cases/apply-transition';
import { createStaff } from '../../helpers/factories';
import { startTestServer, type TestServer } from '../../helpers/test-server';
import { seededBundle, submittedBundle, type BundleBody, type SeededBundle } from '../applications/bundle-helpers';
import { applicant } from '../applications/helpers';
import { staffActor } from '../cases/helpers';
import { call, outboxDone, simControl, simSent, subscribe, waitFor } from './helpers';

/**
 * 一件事 messages with "submitted" configured as a WeChat subscribe message (one template id for a single case and a
 * bundle, as an operator would set it up): a bundle's submission must cost the citizen one push and one accept.
 */
const SUBMITTED_TPL = 'OT-submitted-0001';

let server: TestServer;
let bundle: SeededBundle;
beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntf-bundle-'));
  const file = path.join(dir, 'templates.json');
  const config = structuredClone(DEFAULT_NOTIFICATION_TEMPLATES) as { templates: Record<string, object> };
  const wechat = (thing1: string) => ({ templateId: SUBMITTED_TPL, longTerm: false, fields: { thing1, thing2: '{statusLabel}', time3: '{eventTime}' }, phraseFallback: '已提交' });
  config.templates['case.submitted'] = { ...config.templates['case.submitted'], wechat: wechat('{itemName}') };
  config.templates['bundle.submitted'] = { ...config.templates['bundle.submitted'], wechat: wechat('{bundleName}') };
  fs.writeFileSync(file, JSON.stringify(config));
  server = await startTestServer({ JOB_WORKER: '1', LOG_LEVEL: 'warn', NOTIFICATION_TEMPLATES_FILE: file });
  bundle = await seededBundle(server.dbHandle.db);
}, 60_000);
afterAll(() => server.stop());
beforeEach(() => simControl(server, 'faults', {}));
const db = () => server.dbHandle.db;

/** A citizen WeChat knows (openid seen at a login), who accepted the "submitted" template three times. */
async function subscribedApplicant() {
  const a = await applicant(server);
  const openid = a.user.openid!;
  await simControl(server, 'login-code', { openid });
  for (let i = 0; i < 3; i += 1) await subscribe(server, { openid, citizen: a }, ['case.submitted'], [SUBMITTED_TPL]);
  return { ...a, openid };
}

const delivered = (b: BundleBody) => waitFor(async () => (await Promise.all([b.id, ...b.parts.map((p) => p.id)].map((id) => outboxDone(db(), id)))).every(Boolean), 'bundle outbox delivered');
type Msg = { kind: string; title: string; body: string; caseId: string; page: string; wechat: { status: string } };
const messages = async (token: string) => (await call(server, 'GET', '/api/v1/me/messages', { token })).body.items as Msg[];

describe('一件事 notifications', () => {
  it('a bundle submitted to several departments sends the citizen ONE "submitted" message and push; departments still hear of their part', async () => {
    const a = await subscribedApplicant();
    const depts = [...new Set(bundle.items.map((i) => i.departmentId))];
    const handlers = await Promise.all(depts.map((d) => createStaff(db(), [{ role: 'HANDLER', departmentId: d, regionCode: '5305' }])));
    const b = await submittedBundle(server, a.token, bundle.code);
    expect(b.parts.length).toBeGreaterThanOrEqual(2);
    await delivered(b);

    const submitted = (await messages(a.token)).filter((m) => m.kind === 'case.submitted' || m.kind === 'bundle.submitted');
    expect(submitted).toHaveLength(1);
    expect(submitted[0]).toMatchObject({ kind: 'bundle.submitted', title: '申请已提交', caseId: b.id, page: `pages/case/index?bundle=${b.id}`, wechat: { status: 'SENT' } });
    expect(submitted[0]!.body).toContain(bundle.name);
    expect(submitted[0]!.body).toContain(`${depts.length}个部门已收到申请`);
    expect(submitted[0]!.body).not.toContain('—');

    const sent = await simSent(server, a.openid);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ templateId: SUBMITTED_TPL, page: `pages/case/index?bundle=${b.id}` });
    expect(await db().subscriptionAccept.count({ where: { userId: a.user.id, consumedAt: { not: null } } })).toBe(1);

    // Each department's staff learn of their own part only.
    for (const [i, d] of depts.entries()) {
      const mine = b.parts.filter((_, j) => bundle.items[j]!.departmentId === d).map((p) => p.id);
      const rows = await db().notification.findMany({ where: { staffId: handlers[i]!.staff.id, caseId: { in: b.parts.map((p) => p.id) } } });
      expect(rows.map((r) => [r.kind, r.caseId]).sort()).toEqual(mine.map((id) => ['staff.submitted', id]).sort());
    }

    // A part's own later messages stay per part.
    const first = b.parts[0]!;
    await applyTransition(db(), { caseId: first.id, action: 'accept', actor: await staffActor(db(), 'HANDLER', bundle.items[0]!.departmentId) });
    await delivered(b);
    const accepted = (await messages(a.token)).filter((m) => m.kind === 'case.accepted');
    expect(accepted).toEqual([expect.objectContaining({ caseId: first.id, page: `pages/case/index?id=${first.id}` })]);
    expect(accepted[0]!.body).toContain(first.itemName);
  }, 60_000);

  it('withdrawing the whole bundle sends one "withdrawn" message for the bundle', async () => {
    const a = await subscribedApplicant();
    const b = await submittedBundle(server, a.token, bundle.code);
    const r = await call(server, 'POST', `/api/v1/bundle-applications/${b.id}/withdraw`, { token: a.token, body: {} });
    expect(r.status).toBe(200);
    await delivered(b);
    const mine = await messages(a.token);
    expect(mine.filter((m) => m.kind === 'case.withdrawn')).toHaveLength(0);
    const withdrawn = mine.filter((m) => m.kind === 'bundle.withdrawn');
    expect(withdrawn).toEqual([expect.objectContaining({ title: '申请已撤回', caseId: b.id, page: `pages/case/index?bundle=${b.id}` })]);
    expect(withdrawn[0]!.body).toContain(bundle.name);
    expect(withdrawn[0]!.body).toContain(`${b.parts.length}个事项`);
  }, 60_000);
});
