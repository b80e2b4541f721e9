import { createCitizen } from '../../helpers/factories';
import { startTestServer, type TestServer } from '../../helpers/test-server';
import { JPEG, upload } from '../files/helpers';
import { ratingWorld } from '../ratings/helpers';
import { call } from '../review/helpers';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ COMPLAINT_RATE_LIMIT: '4/3600' });
}, 60_000);
afterAll(() => server.stop());
const db = () => server.dbHandle.db;

const file = (token: string | undefined, body: unknown) => call(server, 'POST', '/api/v1/me/complaints', { token, body });

describe('POST /api/v1/me/complaints', () => {
  it('is 401 anonymous, 403 for staff, 400 without a subject or with someone else’s case or file', async () => {
    const w = await ratingWorld(db());
    const ok = { kind: 'COMPLAINT', caseId: w.c.id, title: '窗口推诿', content: '窗口人员让我去另一个部门开证明' };
    expect((await file(undefined, ok)).status).toBe(401);
    expect((await file(w.handler.token, ok)).status).toBe(403);
    const stranger = await createCitizen(db());
    const noSubject = await file(stranger.token, { title: '窗口推诿', content: '窗口人员让我去另一个部门开证明' });
    expect(noSubject.status).toBe(400);
    expect(noSubject.body.error.details[0].message).toBe('请选择投诉或咨询的对象：办件、事项或部门之一');
    const notMine = await file(stranger.token, ok);
    expect(notMine.status).toBe(400);
    expect(notMine.body.error.details).toEqual([{ path: 'caseId', message: '只能就本人的办件投诉或咨询' }]);
    const up = await upload(server, { token: w.citizen.token, data: JPEG, name: '现场.jpg', type: 'image/jpeg', purpose: 'ATTACHMENT' });
    expect(up.status).toBe(201);
    const othersFile = await file(stranger.token, { kind: 'ENQUIRY', departmentId: w.dept.id, title: '咨询', content: '营业执照变更需要什么材料', attachmentFileIds: [up.body.id] });
    expect(othersFile.status).toBe(400);
    expect(othersFile.body.error.details).toEqual([{ path: 'attachmentFileIds', message: '附件不存在或不是您上传的，请重新上传' }]);
    expect(await db().complaint.count({ where: { userId: stranger.user.id } })).toBe(0);
  });

  it('is 400 for an own file uploaded as a case material, not as a complaint attachment; nothing is stored', async () => {
    const w = await ratingWorld(db());
    const material = await upload(server, { token: w.citizen.token, data: JPEG, name: '身份证.jpg', type: 'image/jpeg', purpose: 'MATERIAL' });
    expect(material.status).toBe(201);
    const res = await file(w.citizen.token, { kind: 'COMPLAINT', caseId: w.c.id, title: '窗口推诿', content: '窗口人员让我去另一个部门开证明', attachmentFileIds: [material.body.id] });
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual([{ path: 'attachmentFileIds', message: '只能附上为咨询投诉上传的文件，请重新添加附件' }]);
    expect(await db().complaint.count({ where: { userId: w.citizen.user.id } })).toBe(0);
    expect(await db().complaintAttachment.count({ where: { fileId: material.body.id } })).toBe(0);
  });

  it('files a complaint with an attachment and a reply deadline; staff reply; the citizen sees the reply and is notified', async () => {
    const w = await ratingWorld(db());
    const up = await upload(server, { token: w.citizen.token, data: JPEG, name: '现场.jpg', type: 'image/jpeg', purpose: 'ATTACHMENT' });
    const created = await file(w.citizen.token, { kind: 'COMPLAINT', caseId: w.c.id, title: '窗口推诿', content: '窗口人员让我去另一个部门开证明', attachmentFileIds: [up.body.id], contactPhone: '13912345678' });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      kind: 'COMPLAINT', kindLabel: '投诉', status: 'OPEN', statusLabel: '待处理', subject: expect.stringContaining('办件'),
      contactPhoneMasked: '139****5678', attachments: [{ id: up.body.id, name: '现场.jpg' }], replies: [], overdue: false,
      dueDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    expect(created.body.number).toMatch(/^TS-\d{8}-\d{6}$/);
    const row = await db().complaint.findUniqueOrThrow({ where: { id: created.body.id } });
    expect(Buffer.from(row.contactPhoneEnc!).toString('latin1')).not.toContain('13912345678');
    const id = created.body.id;
    // The attachment: the addressed department reads it (audited), another department does not; it is never purged as abandoned.
    const content = (token: string) => server.fetch(`/api/v1/files/${up.body.id}/content`, { headers: { authorization: `Bearer ${token}` } });
    expect((await content(w.handler.token)).status).toBe(200);
    expect((await content(w.outsider.token)).status).toBe(403);
    expect(await db().auditLog.count({ where: { entityId: up.body.id, purpose: '处理咨询投诉' } })).toBe(1);
    expect((await call(server, 'DELETE', `/api/v1/files/${up.body.id}`, { token: w.citizen.token })).status).toBe(409);

    const replyPath = `/api/v1/staff/complaints/${id}/reply`;
    expect((await call(server, 'POST', replyPath, { body: { body: '您好' } })).status).toBe(401);
    expect((await call(server, 'POST', replyPath, { token: w.citizen.token, body: { body: '您好' } })).status).toBe(403);
    expect((await call(server, 'POST', replyPath, { token: w.outsider.token, body: { body: '您好，已核实' } })).status).toBe(403);
    expect((await call(server, 'POST', replyPath, { token: w.handler.token, body: { body: '' } })).status).toBe(400);
    const staffList = await call(server, 'GET', '/api/v1/staff/complaints', { token: w.handler.token });
    expect(staffList.body.items.map((c: { id: string }) => c.id)).toContain(id);

    const note = await call(server, 'POST', replyPath, { token: w.handler.token, body: { body: '内部：请窗口科核实', internal: true } });
    expect(note.body).toMatchObject({ status: 'IN_PROGRESS' });
    const reply = await call(server, 'POST', replyPath, { token: w.handler.token, body: { body: '您好，经核实该证明无需提供，已对窗口人员批评教育。' } });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ status: 'REPLIED', statusLabel: '已答复' });
    expect(reply.body.replies).toHaveLength(2);
    expect(await db().outboxMessage.count({ where: { dedupeKey: { startsWith: `complaint:${id}:reply:` } } })).toBe(1);

    const mine = await call(server, 'GET', `/api/v1/me/complaints/${id}`, { token: w.citizen.token });
    expect(mine.body.replies).toEqual([expect.objectContaining({ authorKind: 'STAFF', body: '您好，经核实该证明无需提供，已对窗口人员批评教育。', internal: false })]);
    const list = await call(server, 'GET', '/api/v1/me/complaints', { token: w.citizen.token });
    expect(list.body.items[0]).toMatchObject({ id, status: 'REPLIED' });
    const stranger = await createCitizen(db());
    expect((await call(server, 'GET', `/api/v1/me/complaints/${id}`, { token: stranger.token })).status).toBe(404);
  });

  it('limits filings per citizen with 429 and Retry-After; nothing beyond the limit is stored', async () => {
    const w = await ratingWorld(db());
    const body = { kind: 'ENQUIRY', departmentId: w.dept.id, title: '咨询办理时间', content: '请问周六是否可以办理' };
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) statuses.push((await file(w.citizen.token, body)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
    const limited = await file(w.citizen.token, body);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited.body.error.code).toBe('RATE_LIMITED');
    expect(await db().complaint.count({ where: { userId: w.citizen.user.id } })).toBe(4);
  });
});
