import { applyTransition } from '../../../server/services/cases/apply-transition';
import { createStaff } from '../../helpers/factories';
import type { TestServer } from '../../helpers/test-server';
import { staffActor } from '../cases/helpers';
import { applicant, call, readyDraft, submit, withItemServer, type PublishedItem } from './helpers';

let server: TestServer;
let item: PublishedItem;
withItemServer('onetrip-case-counts-', (setup) => {
  ({ server, item } = setup);
});
const db = () => server.dbHandle.db;

describe('GET /api/v1/me/case-counts', () => {
  it('is 401 anonymous and 403 for staff', async () => {
    expect((await call(server, 'GET', '/api/v1/me/case-counts')).status).toBe(401);
    const staff = await createStaff(db(), [{ role: 'HANDLER', departmentId: item.version.item.departmentId, regionCode: '5305' }]);
    expect((await call(server, 'GET', '/api/v1/me/case-counts', { token: staff.token })).status).toBe(403);
  });

  it('counts only the caller’s cases by what they ask of them: 待补正, drafts, with the department, result ready', async () => {
    const a = await applicant(server);
    const other = await applicant(server);
    const empty = await call(server, 'GET', '/api/v1/me/case-counts', { token: a.token });
    expect(empty.body).toEqual({ total: 0, toCorrect: 0, drafts: 0, inProgress: 0, resultReady: 0 });

    await readyDraft(server, a.token, item.code);
    const [toCorrect, waiting, done] = [await readyDraft(server, a.token, item.code), await readyDraft(server, a.token, item.code), await readyDraft(server, a.token, item.code)];
    for (const app of [toCorrect, waiting, done]) expect((await submit(server, a.token, app.id)).status).toBe(200);
    await readyDraft(server, other.token, item.code);

    const reviewer = await staffActor(db(), 'HANDLER', item.version.item.departmentId);
    const approver = await staffActor(db(), 'APPROVER', item.version.item.departmentId);
    const notice = await db().correctionNotice.create({
      data: { caseId: toCorrect.id, round: 1, issuedByStaffId: reviewer.staffId, items: { create: [{ caseMaterialId: toCorrect.materials[0].id, reason: '照片模糊' }] } },
    });
    await applyTransition(db(), { caseId: toCorrect.id, action: 'returnForCorrection', actor: reviewer, input: { correctionNoticeId: notice.id } });
    await applyTransition(db(), { caseId: done.id, action: 'accept', actor: reviewer });
    await applyTransition(db(), { caseId: done.id, action: 'complete', actor: approver, input: { decision: 'APPROVED', resultName: '许可证' } });

    const r = await call(server, 'GET', '/api/v1/me/case-counts', { token: a.token });
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ total: 4, toCorrect: 1, drafts: 1, inProgress: 1, resultReady: 1 });
  }, 60_000);
});
