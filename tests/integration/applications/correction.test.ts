import { applyTransition } from '../../../server/services/cases/apply-transition';
import type { TestServer } from '../../helpers/test-server';
import { staffActor } from '../cases/helpers';
import { applicant, call, CONTACT, readyDraft, submit, uploadJpeg, withItemServer, type PublishedItem } from './helpers';

let server: TestServer;
let item: PublishedItem;
withItemServer('onetrip-correct-', (setup) => {
  ({ server, item } = setup);
});
const db = () => server.dbHandle.db;

/** A submitted application returned for correction of its first material, through the state machine. */
async function returnedForCorrection() {
  const a = await applicant(server);
  const app = await readyDraft(server, a.token, item.code);
  expect((await submit(server, a.token, app.id)).status).toBe(200);
  const reviewer = await staffActor(db(), 'HANDLER', item.version.item.departmentId);
  const wrong = app.materials[0];
  const notice = await db().correctionNotice.create({
    data: {
      caseId: app.id,
      round: 1,
      message: '请按以下要求一次性补正',
      issuedByStaffId: reviewer.staffId,
      items: { create: [{ caseMaterialId: wrong.id, reason: '照片模糊，无法辨认', requirement: '请重新拍摄清晰的原件照片' }] },
    },
  });
  await db().caseMaterial.update({ where: { id: wrong.id }, data: { verdict: 'NEEDS_CORRECTION', verdictReason: '照片模糊，无法辨认' } });
  await applyTransition(db(), { caseId: app.id, action: 'returnForCorrection', actor: reviewer, input: { correctionNoticeId: notice.id } });
  return { a, app, wrong, notice };
}

describe('resubmitting after a correction notice', () => {
  it('shows the open notice with per-material reasons and what the applicant may do', async () => {
    const { a, app, wrong } = await returnedForCorrection();
    const r = await call(server, 'GET', `/api/v1/me/cases/${app.id}`, { token: a.token });
    expect(r.status).toBe(200);
    expect(r.body.current).toMatchObject({ status: 'CORRECTION_REQUIRED', clock: 'APPLICANT', dueDate: null });
    expect(r.body.correction).toMatchObject({ round: 1, message: '请按以下要求一次性补正' });
    expect(r.body.correction.items).toEqual([
      { materialId: wrong.id, materialName: wrong.name, reason: '照片模糊，无法辨认', requirement: '请重新拍摄清晰的原件照片', commonMistakes: item.required[0]!.commonMistakes },
    ]);
    expect(r.body.allowedActions.sort()).toEqual(['resubmit', 'withdraw']);
    expect(r.body.timeline.map((s: { action: string }) => s.action)).toEqual(['submit', 'returnForCorrection']);
  });

  it('refuses an unchanged resubmission and changes outside the notice', async () => {
    const { a, app } = await returnedForCorrection();
    const unchanged = await call(server, 'POST', `/api/v1/applications/${app.id}/resubmit`, { token: a.token });
    expect(unchanged.status).toBe(400);
    const other = app.materials[1];
    const file = await uploadJpeg(server, a.token);
    expect((await call(server, 'PUT', `/api/v1/applications/${app.id}/materials/${other.id}`, { token: a.token, body: { fileIds: [file] } })).status).toBe(409);
    const current = (await call(server, 'GET', `/api/v1/me/cases/${app.id}`, { token: a.token })).body.application;
    expect((await call(server, 'PATCH', `/api/v1/applications/${app.id}`, { token: a.token, body: { version: current.version, form: CONTACT } })).status).toBe(409);
    expect((await db().case.findUniqueOrThrow({ where: { id: app.id } })).status).toBe('CORRECTION_REQUIRED');
  });

  it('resubmits a corrected material: notice resolved, material back to pre-review, deadline running again', async () => {
    const { a, app, wrong, notice } = await returnedForCorrection();
    const file = await uploadJpeg(server, a.token);
    const put = await call(server, 'PUT', `/api/v1/applications/${app.id}/materials/${wrong.id}`, { token: a.token, body: { fileIds: [file] } });
    expect(put.status).toBe(200);
    const r = await call(server, 'POST', `/api/v1/applications/${app.id}/resubmit`, { token: a.token });
    expect(r.status).toBe(200);
    expect(r.body.status).toBe('RESUBMITTED');
    expect(r.body.materials.find((m: { id: string }) => m.id === wrong.id)).toMatchObject({ verdict: 'PENDING', files: [expect.objectContaining({ id: file })] });
    expect((await db().correctionNotice.findUniqueOrThrow({ where: { id: notice.id } })).resolvedAt).not.toBeNull();
    const c = await db().case.findUniqueOrThrow({ where: { id: app.id } });
    expect(c.correctionRounds).toBe(1);
    expect(c.preReviewDueDate).not.toBeNull();
    expect((await call(server, 'POST', `/api/v1/applications/${app.id}/resubmit`, { token: a.token })).status).toBe(409);
    const detail = (await call(server, 'GET', `/api/v1/me/cases/${app.id}`, { token: a.token })).body;
    expect(detail.timeline.map((s: { action: string }) => s.action)).toEqual(['submit', 'returnForCorrection', 'resubmit']);
    expect(detail.correction).toBeNull();
  });
});
