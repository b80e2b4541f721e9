import { ZErrorBody } from '@shared/errors';
import { ZAdminVersion } from '@shared/schemas/catalog-admin';
import { createCitizen, createStaff } from '../../helpers/factories';
import { startTestServer, type TestServer } from '../../helpers/test-server';
import { formatFaqs, formatSituations, formatSteps, parseFaqs, parseSituations, parseSteps } from '../../../miniprogram/src/staff/pages/catalog-edit/structured-text';
import { ADMIN_VERSION_INCLUDE, rowContent } from '../../../server/presenters/admin-version.presenter';
import { completeContent, department, send, uniqueCode } from './fixtures';

let server: TestServer;
let scjg: { id: string; regionCode: string };
let editor: Awaited<ReturnType<typeof createStaff>>;
beforeAll(async () => {
  server = await startTestServer();
  scjg = await department(server.dbHandle.db, '保山市市场监督管理局');
  editor = await createStaff(server.dbHandle.db, [{ role: 'CATALOGUE_EDITOR', departmentId: scjg.id }]);
});
afterAll(async () => {
  await server.stop();
});

const materials = [
  { name: '食品经营许可申请书' },
  { name: '授权委托书', requirement: 'CONDITIONAL' as const },
];
const situations = [
  { text: '是否委托他人代办？', options: [{ text: '本人办理', materials: [] }, { text: '委托他人', materials: ['授权委托书'] }] },
];
// A step's time limit used to be dropped on every editor save (no field in the draft schema): keep one set.
const steps = [{ name: '网上申请', description: '在小程序提交申请', timeLimit: null }, { name: '审核', description: '', timeLimit: '3个工作日' }];

async function newDraft() {
  const body = { baseCode: '000123004000', implementationCode: uniqueCode('SIT'), departmentId: scjg.id, regionCode: scjg.regionCode, content: completeContent() };
  return ZAdminVersion.parse((await send(server, 'POST', '/admin/catalog/items', { auth: editor.auth, body })).body);
}

describe('PUT /api/v1/admin/catalog/versions/:id (situations, FAQs, process steps)', () => {
  it('returns 401 without a token and 403 for a citizen', async () => {
    const v = await newDraft();
    const body = { revision: v.revision, content: completeContent({ situations }) };
    expect((await send(server, 'PUT', `/admin/catalog/versions/${v.id}`, { body })).status).toBe(401);
    const citizen = await createCitizen(server.dbHandle.db);
    expect((await send(server, 'PUT', `/admin/catalog/versions/${v.id}`, { auth: citizen.auth, body })).status).toBe(403);
  });

  it('returns 400 for a malformed situation and for an option pointing at a material not in the version', async () => {
    const v = await newDraft();
    const malformed = await send(server, 'PUT', `/admin/catalog/versions/${v.id}`, { auth: editor.auth, body: { revision: v.revision, content: completeContent({ situations: [{ text: '', options: 'x' }] as never }) } });
    expect(malformed.status).toBe(400);
    const res = await send(server, 'PUT', `/admin/catalog/versions/${v.id}`, {
      auth: editor.auth,
      body: { revision: v.revision, content: completeContent({ materials, situations: [{ text: '是否委托？', options: [{ text: '是', materials: ['身份证'] }, { text: '否' }] }] }) },
    });
    expect(res.status).toBe(400);
    const details = ZErrorBody.parse(res.body).error.details!;
    expect(details.map((d) => d.path).sort()).toEqual(['body.content.materials.1.conditionText', 'body.content.situations.0.options.0.materials']);
  });

  it('saves situations, FAQs and steps; publishing keeps them; editing the next draft leaves the published version unchanged', async () => {
    const db = server.dbHandle.db;
    const v = await newDraft();
    const faqs = [{ question: '能否邮寄？', answer: '可以。' }];
    const saved = await send(server, 'PUT', `/admin/catalog/versions/${v.id}`, { auth: editor.auth, body: { revision: v.revision, content: completeContent({ materials, situations, faqs, processSteps: steps }) } });
    expect(saved.status).toBe(200);
    const s = ZAdminVersion.parse(saved.body);
    expect(s).toMatchObject({ situationCount: 1, violations: [] });
    expect(s.content.situations).toEqual([{ text: '是否委托他人代办？', multiple: false, options: [{ text: '本人办理', materials: [] }, { text: '委托他人', materials: ['授权委托书'] }] }]);
    expect(s.content.faqs).toEqual(faqs);
    expect(s.content.processSteps).toEqual(steps);

    // Omitting situations keeps them.
    const kept = ZAdminVersion.parse((await send(server, 'PUT', `/admin/catalog/versions/${v.id}`, { auth: editor.auth, body: { revision: s.revision, content: completeContent({ materials, faqs, processSteps: steps }) } })).body);
    expect(kept.content.situations).toEqual(s.content.situations);

    expect((await send(server, 'POST', `/admin/catalog/versions/${v.id}/publish`, { auth: editor.auth, body: { revision: kept.revision } })).status).toBe(200);
    const guide = await send(server, 'GET', `/guides/${v.item.implementationCode}`);
    expect(guide.status).toBe(200);
    expect(JSON.stringify(guide.body)).toContain('是否委托他人代办？');

    const snapshot = () => db.serviceItemVersion.findUniqueOrThrow({ where: { id: v.id }, include: { faqs: true, materials: true, questions: { include: { options: { include: { materials: true } } } } } });
    const before = await snapshot();
    const d2 = ZAdminVersion.parse((await send(server, 'POST', `/admin/catalog/items/${v.item.id}/drafts`, { auth: editor.auth })).body);
    expect(d2.content.situations).toEqual(s.content.situations);
    const changed = await send(server, 'PUT', `/admin/catalog/versions/${d2.id}`, {
      auth: editor.auth,
      body: {
        revision: d2.revision,
        content: completeContent({
          materials: [{ name: '食品经营许可申请书' }, { name: '委托书（新版）', requirement: 'CONDITIONAL' }],
          situations: [{ text: '谁来办理？', multiple: false, options: [{ text: '代办人', materials: ['委托书（新版）'] }, { text: '本人', materials: [] }] }],
          faqs: [],
          processSteps: [{ name: '一步办结', description: '' }],
        }),
      },
    });
    expect(changed.status).toBe(200);
    expect(ZAdminVersion.parse(changed.body).content.situations[0]!.text).toBe('谁来办理？');
    expect(await snapshot()).toEqual(before);
  });

  it('every seeded guide survives the editor page’s text forms unchanged (saving without edits changes nothing)', async () => {
    const rows = await server.dbHandle.db.serviceItemVersion.findMany({ where: { status: 'PUBLISHED' }, include: ADMIN_VERSION_INCLUDE });
    expect(rows.length).toBeGreaterThan(100);
    for (const row of rows) {
      const c = rowContent(row);
      expect(parseSituations(formatSituations(c.situations))).toEqual(c.situations);
      expect(parseFaqs(formatFaqs(c.faqs))).toEqual(c.faqs);
      expect(parseSteps(formatSteps(c.processSteps))).toEqual(c.processSteps);
    }
  });
});
