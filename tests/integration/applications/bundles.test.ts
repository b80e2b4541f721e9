import { applyTransition } from '../../../server/services/cases/apply-transition';
import { createStaff } from '../../helpers/factories';
import { startTestServer, type TestServer } from '../../helpers/test-server';
import { staffActor } from '../cases/helpers';
import { seededBundle, submittedBundle, type BundleBody, type SeededBundle } from './bundle-helpers';
import { applicant, call, uploadJpeg } from './helpers';

let server: TestServer;
let bundle: SeededBundle;
beforeAll(async () => {
  server = await startTestServer();
  bundle = await seededBundle(server.dbHandle.db);
}, 60_000);
afterAll(() => server.stop());
const db = () => server.dbHandle.db;

type Bundle = BundleBody;

async function created(token: string): Promise<Bundle> {
  const r = await call(server, 'POST', '/api/v1/bundle-applications', { token, body: { bundleCode: bundle.code } });
  if (r.status !== 201) throw new Error(JSON.stringify(r.body));
  return r.body as Bundle;
}

/** Every merged material uploaded once, the one form filled in, and submitted. */
const submitted = async (token: string): Promise<Bundle> => submittedBundle(server, token, bundle.code);

const partOf = async (partId: string) => db().case.findUniqueOrThrow({ where: { id: partId }, include: { materials: true } });
const standing = async (token: string, id: string) => (await call(server, 'GET', `/api/v1/bundle-applications/${id}`, { token })).body as Bundle;

describe('POST /api/v1/bundle-applications', () => {
  it('is 401 anonymous, 403 for staff, 400 without a bundle code, 404 for an unknown bundle or someone else’s', async () => {
    expect((await call(server, 'POST', '/api/v1/bundle-applications', { body: { bundleCode: bundle.code } })).status).toBe(401);
    const staff = await createStaff(db(), [{ role: 'HANDLER', departmentId: bundle.items[0]!.departmentId, regionCode: '5305' }]);
    expect((await call(server, 'POST', '/api/v1/bundle-applications', { token: staff.token, body: { bundleCode: bundle.code } })).status).toBe(403);
    const a = await applicant(server);
    expect((await call(server, 'POST', '/api/v1/bundle-applications', { token: a.token, body: {} })).status).toBe(400);
    expect((await call(server, 'POST', '/api/v1/bundle-applications', { token: a.token, body: { bundleCode: 'NO-SUCH-BUNDLE' } })).status).toBe(404);
    const mine = await created(a.token);
    const other = await applicant(server, '杨丽');
    expect((await call(server, 'GET', `/api/v1/bundle-applications/${mine.id}`, { token: other.token })).status).toBe(404);
    expect((await call(server, 'POST', `/api/v1/bundle-applications/${mine.id}/submit`, { token: a.token })).status).toBe(400);
  });

  it('fans out into one sub-case per item in that item’s department and asks each shared material once', async () => {
    const a = await applicant(server);
    const b = await created(a.token);
    expect(b.status).toBe('DRAFT');
    expect(b.parts).toHaveLength(bundle.items.length);
    const parts = await Promise.all(b.parts.map((p) => partOf(p.id)));
    expect(parts.map((p) => p.departmentId)).toEqual(bundle.items.map((i) => i.departmentId));
    expect(parts.every((p) => p.parentId === b.id)).toBe(true);
    // Asked once: the merged list has one entry per material type (or name), however many items need it.
    const keys = new Set(parts.flatMap((p) => p.materials.map((m) => m.materialTypeCode ?? `name:${m.name}`)));
    expect(b.materials).toHaveLength(keys.size);
    expect(b.materials.length).toBeLessThan(parts.reduce((n, p) => n + p.materials.length, 0));
    const shared = b.materials.find((m) => m.forItems.length > 1);
    expect(shared).toBeDefined();
    if (shared) {
      const r = await call(server, 'PUT', `/api/v1/bundle-applications/${b.id}/materials/${shared.id}`, { token: a.token, body: { fileIds: [await uploadJpeg(server, a.token)] } });
      expect(r.status).toBe(200);
      const holders = (await db().caseMaterial.findMany({ where: { caseId: { in: b.parts.map((p) => p.id) } }, include: { files: true } })).filter((m) => m.files.length > 0);
      expect(holders).toHaveLength(shared.forItems.length);
      expect(new Set(holders.map((m) => m.files[0]!.fileId)).size).toBe(1);
    }
    // A part is never deleted on its own; the whole draft goes with its files.
    expect((await call(server, 'DELETE', `/api/v1/applications/${b.parts[0]!.id}`, { token: a.token })).status).toBe(409);
    const other = await applicant(server, '李军');
    expect((await call(server, 'DELETE', `/api/v1/bundle-applications/${b.id}`, { token: other.token })).status).toBe(404);
    const gone = await call(server, 'DELETE', `/api/v1/bundle-applications/${b.id}`, { token: a.token });
    expect(gone.status).toBe(200);
    expect(gone.body).toEqual({ deleted: true, filesRemoved: 1 });
    expect(await db().case.count({ where: { OR: [{ id: b.id }, { parentId: b.id }] } })).toBe(0);
  });
});

describe('a submitted bundle', () => {
  it('is submitted whole and once: each department’s queue holds only its own part', async () => {
    const a = await applicant(server);
    const b = await submitted(a.token);
    expect(b.status).toBe('SUBMITTED');
    expect(b.parts.every((p) => p.status === 'SUBMITTED')).toBe(true);
    expect((await call(server, 'DELETE', `/api/v1/bundle-applications/${b.id}`, { token: a.token })).status).toBe(409);
    const again = await call(server, 'POST', `/api/v1/bundle-applications/${b.id}/submit`, { token: a.token, headers: { 'idempotency-key': `bundle-${b.id.slice(0, 8)}` } });
    expect(again.status).toBe(200);
    expect(await db().caseEvent.count({ where: { caseId: { in: b.parts.map((p) => p.id) }, action: 'submit' } })).toBe(b.parts.length);

    const [first, second] = [b.parts[0]!, b.parts.find((p, i) => bundle.items[i]!.departmentId !== bundle.items[0]!.departmentId)!];
    const firstDept = bundle.items[0]!.departmentId;
    const reviewer = await createStaff(db(), [{ role: 'HANDLER', departmentId: firstDept, regionCode: '5305' }]);
    const queue = await call(server, 'GET', '/api/v1/staff/queue', { token: reviewer.token });
    expect(queue.status).toBe(200);
    const ids = (queue.body.items as { id: string }[]).map((i) => i.id);
    expect(ids).toContain(first.id);
    expect((queue.body.items as { id: string; bundleName: string | null }[]).find((i) => i.id === first.id)!.bundleName).not.toBeNull();
    expect(ids).not.toContain(second.id);
    expect(ids).not.toContain(b.id);
    expect((await call(server, 'GET', `/api/v1/staff/cases/${second.id}?purpose=${encodeURIComponent('预审')}`, { token: reviewer.token })).status).toBe(403);
  });

  it('shows the citizen one case whose status follows the parts, through a correction of one part', async () => {
    const a = await applicant(server);
    const b = await submitted(a.token);
    const [first, ...rest] = b.parts;
    const reviewerOf = (i: number) => staffActor(db(), 'HANDLER', bundle.items[i]!.departmentId);

    // One department accepts its part: the bundle still waits for the others' pre-review.
    await applyTransition(db(), { caseId: first!.id, action: 'accept', actor: await reviewerOf(0) });
    expect((await standing(a.token, b.id)).status).toBe('SUBMITTED');

    // Another returns its part for correction: the citizen's one case says 待补正; the accepted part is untouched.
    const last = rest[rest.length - 1]!;
    const lastIdx = b.parts.length - 1;
    const part = await partOf(last.id);
    const reviewer = await reviewerOf(lastIdx);
    const notice = await db().correctionNotice.create({
      data: { caseId: last.id, round: 1, issuedByStaffId: reviewer.staffId, items: { create: [{ caseMaterialId: part.materials[0]!.id, reason: '照片模糊' }] } },
    });
    await applyTransition(db(), { caseId: last.id, action: 'returnForCorrection', actor: reviewer, input: { correctionNoticeId: notice.id } });
    const corrected = await standing(a.token, b.id);
    expect(corrected.status).toBe('CORRECTION_REQUIRED');
    expect(corrected.parts.find((p) => p.id === first!.id)!.status).toBe('ACCEPTED');
    const list = await call(server, 'GET', '/api/v1/me/cases', { token: a.token });
    expect(list.body.items).toEqual([expect.objectContaining({ id: b.id, isBundle: true, status: 'CORRECTION_REQUIRED', statusLabel: '待补正' })]);
    expect((await call(server, 'GET', '/api/v1/me/case-counts', { token: a.token })).body).toMatchObject({ total: 1, toCorrect: 1 });

    // The citizen fixes that part on its own case page and resubmits; the bundle goes back to pre-review.
    const fix = await call(server, 'PUT', `/api/v1/applications/${last.id}/materials/${part.materials[0]!.id}`, { token: a.token, body: { fileIds: [await uploadJpeg(server, a.token)] } });
    expect(fix.status).toBe(200);
    expect((await call(server, 'POST', `/api/v1/applications/${last.id}/resubmit`, { token: a.token })).status).toBe(200);
    expect((await standing(a.token, b.id)).status).toMatch(/^(SUBMITTED|RESUBMITTED)$/);

    // Every part accepted: the bundle is accepted.
    for (const [i, p] of b.parts.entries()) if (i > 0) await applyTransition(db(), { caseId: p.id, action: 'accept', actor: await reviewerOf(i) });
    const done = await standing(a.token, b.id);
    expect(done.status).toBe('ACCEPTED');
    expect(done.partial).toBe(false);
  });
});
