import { AppError } from '../../../server/errors';
import { applyTransition } from '../../../server/services/cases/apply-transition';
import { deemOverdueAccepted } from '../../../server/services/cases/deem-overdue-accepted';
import { startTestServer, type TestServer } from '../../helpers/test-server';
import { caseWorld } from './helpers';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
}, 60_000);
afterAll(() => server.stop());
const db = () => server.dbHandle.db;

/** 10:00 China time on a day. */
const at = (day: string, hh = '10') => new Date(`${day}T${hh}:00:00+08:00`);
const day = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;

async function refusal(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected the transition to be refused');
}

describe('applyTransition: refusals change nothing', () => {
  it('is 404 for an unknown case, 403 for another department or citizen, 409 for a wrong status or stale version', async () => {
    const w = await caseWorld(db(), { status: 'SUBMITTED' });
    const other = { kind: 'citizen' as const, userId: (await db().user.create({ data: { openid: `x-${Date.now()}` } })).id, sessionId: 's' };
    const apply = (action: Parameters<typeof applyTransition>[1]['action'], actor: Parameters<typeof applyTransition>[1]['actor'], extra = {}) =>
      refusal(applyTransition(db(), { caseId: w.c.id, action, actor, ...extra }));

    expect((await refusal(applyTransition(db(), { caseId: '00000000-0000-4000-8000-000000000000', action: 'accept', actor: w.reviewer }))).code).toBe('NOT_FOUND');
    expect(await apply('accept', w.outsider)).toMatchObject({ code: 'FORBIDDEN', status: 403, message: '该办件不属于您或您所在的部门' });
    expect(await apply('withdraw', other)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await apply('accept', w.applicant)).toMatchObject({ code: 'FORBIDDEN', message: '您没有权限对该办件受理' });
    expect(await apply('startProcessing', w.reviewer)).toMatchObject({ code: 'CONFLICT', status: 409, message: '办件当前状态为“待预审”，不能开始办理' });
    expect(await apply('accept', w.reviewer, { expectedVersion: 7 })).toMatchObject({ code: 'CONFLICT' });
    expect(await apply('notAccept', w.reviewer, { input: { reason: '不属于本部门职权范围' } })).toMatchObject({
      code: 'VALIDATION_FAILED',
      status: 400,
      details: [{ path: 'legalBasis', message: '请填写不予受理的法律依据' }],
    });
    expect(await apply('acceptAndComplete', w.clerk, { input: { decision: 'APPROVED', resultName: '证' } })).toMatchObject({
      code: 'CONFLICT',
      message: '只有即办件可以当场受理并办结',
    });

    const after = await db().case.findUniqueOrThrow({ where: { id: w.c.id } });
    expect(after).toMatchObject({ status: 'SUBMITTED', version: 0, number: w.c.number });
    expect(await db().caseEvent.count({ where: { caseId: w.c.id } })).toBe(0);
  });

  it('refuses a resubmission without changes and a special procedure of an unknown kind', async () => {
    const w = await caseWorld(db(), { status: 'CORRECTION_REQUIRED' });
    expect(await refusal(applyTransition(db(), { caseId: w.c.id, action: 'resubmit', actor: w.applicant, hasChanges: false }))).toMatchObject({
      code: 'BAD_REQUEST',
      message: '补正材料没有任何修改，请按补正告知修改后再提交',
    });
    const p = await caseWorld(db(), { status: 'IN_PROGRESS' });
    expect(await refusal(applyTransition(db(), { caseId: p.c.id, action: 'suspend', actor: p.reviewer, input: { procedure: 'PICNIC', reason: '郊游' } }))).toMatchObject({
      code: 'VALIDATION_FAILED',
    });
  });
});

describe('applyTransition: the whole lifecycle', () => {
  it('runs submit → correction → resubmit → accept → pause → complete → pickup → rate with deadlines across National Day 2026', async () => {
    const w = await caseWorld(db(), { promisedLimit: 5 });
    const go = (action: Parameters<typeof applyTransition>[1]['action'], actor: Parameters<typeof applyTransition>[1]['actor'], now: Date, input = {}, hasChanges?: boolean) =>
      applyTransition(db(), { caseId: w.c.id, action, actor, now, input, hasChanges }).then((r) => r.case);

    let c = await go('submit', w.applicant, at('2026-09-24'));
    expect(c).toMatchObject({ status: 'SUBMITTED', version: 1 });
    expect(day(c.preReviewDueDate)).toBe('2026-10-09'); // 5 working days: 28, 29, 30, 10-08, 10-09

    c = await go('returnForCorrection', w.reviewer, at('2026-09-25'), { correctionNoticeId: 'notice-1', reason: '身份证复印件不清晰' });
    expect(c).toMatchObject({ status: 'CORRECTION_REQUIRED', correctionRounds: 1, preReviewDueDate: null });

    c = await go('resubmit', w.applicant, at('2026-09-28'), {}, true);
    expect(day(c.preReviewDueDate)).toBe('2026-10-10'); // a fresh 5 days; Saturday 10-10 is a make-up working day

    c = await go('accept', w.clerk, at('2026-09-29'));
    expect(c.status).toBe('ACCEPTED');
    expect(c.number).toMatch(/^5305-20260929-\d{6}$/);
    expect(c.acceptedByStaffId).toBe(w.clerk.staffId);
    expect(day(c.promisedDueDate)).toBe('2026-10-12'); // 30, 10-08, 09, 10, 12
    expect(day(c.statutoryDueDate)).toBe(day(new Date('2026-11-02'))); // 20 working days

    c = await go('startProcessing', w.reviewer, at('2026-09-30'));
    expect(c).toMatchObject({ status: 'IN_PROGRESS', assignedStaffId: w.reviewer.staffId });

    c = await go('suspend', w.reviewer, at('2026-10-08'), { procedure: 'PUBLIC_NOTICE', reason: '依法公示5日' });
    expect(c.status).toBe('SUSPENDED');
    expect(await db().casePause.findFirst({ where: { caseId: w.c.id } })).toMatchObject({ procedure: 'PUBLIC_NOTICE', endedAt: null });

    c = await go('resume', w.reviewer, at('2026-10-13'));
    // Paused 10-08, 09, 10 (worked Saturday), 12: 4 working days; the promise moves from 10-12 to 10-16.
    expect(c).toMatchObject({ status: 'IN_PROGRESS', pausedWorkingDays: 4 });
    expect(day(c.promisedDueDate)).toBe('2026-10-16');
    expect(await db().casePause.findFirst({ where: { caseId: w.c.id } })).toMatchObject({ workingDays: 4, endedByStaffId: w.reviewer.staffId });

    c = await go('complete', w.approver, at('2026-10-14'), { decision: 'APPROVED', resultName: '食品经营许可证', resultNumber: 'JY15305020001' });
    expect(c).toMatchObject({ status: 'COMPLETED', decision: 'APPROVED', resultNumber: 'JY15305020001' });

    c = await go('pickUp', w.clerk, at('2026-10-15'));
    expect(c).toMatchObject({ status: 'DELIVERED', deliveryMethod: 'WINDOW_PICKUP', visitCount: 1 });
    expect(await db().caseVisit.count({ where: { caseId: w.c.id, purpose: 'PICK_UP_RESULT' } })).toBe(1);

    c = await go('rate', w.applicant, at('2026-10-16'));
    expect(c).toMatchObject({ status: 'RATED', version: 10 });

    const events = await db().caseEvent.findMany({ where: { caseId: w.c.id }, orderBy: { createdAt: 'asc' } });
    expect(events.map((e) => [e.action, e.fromStatus, e.toStatus, e.actorKind])).toEqual([
      ['submit', 'DRAFT', 'SUBMITTED', 'USER'],
      ['returnForCorrection', 'SUBMITTED', 'CORRECTION_REQUIRED', 'STAFF'],
      ['resubmit', 'CORRECTION_REQUIRED', 'RESUBMITTED', 'USER'],
      ['accept', 'RESUBMITTED', 'ACCEPTED', 'STAFF'],
      ['startProcessing', 'ACCEPTED', 'IN_PROGRESS', 'STAFF'],
      ['suspend', 'IN_PROGRESS', 'SUSPENDED', 'STAFF'],
      ['resume', 'SUSPENDED', 'IN_PROGRESS', 'STAFF'],
      ['complete', 'IN_PROGRESS', 'COMPLETED', 'STAFF'],
      ['pickUp', 'COMPLETED', 'DELIVERED', 'STAFF'],
      ['rate', 'DELIVERED', 'RATED', 'USER'],
    ]);
    expect(events[1]).toMatchObject({ reason: '身份证复印件不清晰', data: { version: 2, correctionNoticeId: 'notice-1' } });

    const outbox = await db().outboxMessage.findMany({ where: { dedupeKey: { startsWith: `case:${w.c.id}:` } }, orderBy: { createdAt: 'asc' } });
    expect(outbox.map((m) => (m.payload as { template: string }).template)).toEqual([
      'case.submitted',
      'case.correctionRequired',
      'staff.resubmitted',
      'case.accepted',
      'case.suspended',
      'case.resumed',
      'case.completed',
      'case.delivered',
    ]);
    expect(outbox[3]!.payload).toMatchObject({ data: { caseNumber: c.number }, recipient: { userId: w.citizen.user.id } });
    expect(outbox[2]!.payload).toMatchObject({ recipient: { departmentId: w.dept.id } });
  });

  it('即办件: accepts and completes in one step with a number and both notices', async () => {
    const w = await caseWorld(db(), { status: 'SUBMITTED', handlingType: 'INSTANT', promisedLimit: 1 });
    const { case: c } = await applyTransition(db(), {
      caseId: w.c.id,
      action: 'acceptAndComplete',
      actor: w.clerk,
      now: at('2026-09-30'),
      input: { decision: 'APPROVED', resultName: '准予变更登记' },
    });
    expect(c).toMatchObject({ status: 'COMPLETED', decision: 'APPROVED', version: 1 });
    expect(c.number).toMatch(/^5305-20260930-\d{6}$/);
    expect(day(c.promisedDueDate)).toBe('2026-10-08');
    expect(await db().outboxMessage.count({ where: { dedupeKey: { startsWith: `case:${w.c.id}:v1:` } } })).toBe(2);
  });
});

describe('applyTransition: the pre-review deadline (行政许可法 Art. 32)', () => {
  it('forbids a late correction notice, and the sweep accepts the application from the day it was received', async () => {
    const w = await caseWorld(db());
    await applyTransition(db(), { caseId: w.c.id, action: 'submit', actor: w.applicant, now: at('2026-09-24') });
    const late = at('2026-10-12');
    const e = await refusal(applyTransition(db(), { caseId: w.c.id, action: 'returnForCorrection', actor: w.reviewer, now: late, input: { correctionNoticeId: 'n' } }));
    expect(e).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('依法自收件之日起视为受理') });
    expect(await refusal(applyTransition(db(), { caseId: w.c.id, action: 'deemAccepted', actor: w.reviewer, now: late }))).toMatchObject({ code: 'FORBIDDEN' });

    expect(await deemOverdueAccepted(db(), at('2026-10-09'))).not.toContain(w.c.id); // the due day itself is still in time
    expect(await deemOverdueAccepted(db(), late)).toContain(w.c.id);
    const c = await db().case.findUniqueOrThrow({ where: { id: w.c.id } });
    expect(c).toMatchObject({ status: 'ACCEPTED', acceptedByStaffId: null });
    expect(c.acceptedAt?.toISOString()).toBe('2026-09-23T16:00:00.000Z'); // 2026-09-24 00:00 in China
    expect(day(c.promisedDueDate)).toBe('2026-10-09');
    expect(await db().caseEvent.findFirst({ where: { caseId: w.c.id, action: 'deemAccepted' } })).toMatchObject({ actorKind: 'SYSTEM' });
    expect(await deemOverdueAccepted(db(), late)).not.toContain(w.c.id); // idempotent
  });
});

describe('applyTransition: local calendar overrides', () => {
  it('counts a CalendarOverride day off in the deadlines', async () => {
    const w = await caseWorld(db());
    const date = new Date('2027-03-03T00:00:00Z'); // a Wednesday
    await db().calendarOverride.create({ data: { date, kind: 'HOLIDAY', name: '测试地方假日' } });
    try {
      const { case: c } = await applyTransition(db(), { caseId: w.c.id, action: 'submit', actor: w.applicant, now: at('2027-03-01') });
      expect(day(c.preReviewDueDate)).toBe('2027-03-09'); // 03-02, (03-03 off), 04, 05, 08, 09
    } finally {
      await db().calendarOverride.delete({ where: { date } });
    }
  });
});

describe('applyTransition: races and atomicity', () => {
  it('lets exactly one of several concurrent transitions win; the others get a clear conflict', async () => {
    const w = await caseWorld(db(), { status: 'SUBMITTED' });
    const results = await Promise.allSettled([
      applyTransition(db(), { caseId: w.c.id, action: 'accept', actor: w.reviewer }),
      applyTransition(db(), { caseId: w.c.id, action: 'accept', actor: w.reviewer2 }),
      applyTransition(db(), { caseId: w.c.id, action: 'returnForCorrection', actor: w.clerk, input: { correctionNoticeId: 'n' } }),
      applyTransition(db(), { caseId: w.c.id, action: 'accept', actor: w.clerk }),
    ]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(3);
    for (const r of lost) expect(r.reason).toMatchObject({ code: 'CONFLICT', status: 409 });
    expect(lost.map((r) => (r.reason as Error).message)).toEqual(expect.arrayContaining([expect.stringMatching(/已被他人处理|不能/)]));
    expect(await db().caseEvent.count({ where: { caseId: w.c.id } })).toBe(1);
    expect(await db().case.findUniqueOrThrow({ where: { id: w.c.id } })).toMatchObject({ version: 1 });
    expect(await db().outboxMessage.count({ where: { dedupeKey: { startsWith: `case:${w.c.id}:` } } })).toBe(1);
  });

  it('issues unique, consecutive case numbers to concurrent acceptances', async () => {
    const worlds = await Promise.all([1, 2, 3, 4].map(() => caseWorld(db(), { status: 'SUBMITTED' })));
    const now = at('2026-12-01');
    const numbers = (await Promise.all(worlds.map((w) => applyTransition(db(), { caseId: w.c.id, action: 'accept', actor: w.reviewer, now })))).map((r) => r.case.number);
    expect(new Set(numbers).size).toBe(4);
    const seqs = numbers.map((n) => Number(n.slice(-6))).sort((a, b) => a - b);
    expect(seqs[3]! - seqs[0]!).toBe(3);
  });

  it('rolls back the status, number, event and outbox together when a write fails mid-transition', async () => {
    const w = await caseWorld(db(), { status: 'SUBMITTED' });
    const counterBefore = await db().counter.findMany();
    // PostgreSQL's jsonb refuses a NUL character: the event insert fails after the guarded update and the number allocation.
    await expect(applyTransition(db(), { caseId: w.c.id, action: 'accept', actor: w.reviewer, eventData: { bad: 'a\u0000b' } })).rejects.toThrow();
    expect(await db().case.findUniqueOrThrow({ where: { id: w.c.id } })).toMatchObject({ status: 'SUBMITTED', version: 0, number: w.c.number, acceptedAt: null });
    expect(await db().caseEvent.count({ where: { caseId: w.c.id } })).toBe(0);
    expect(await db().outboxMessage.count({ where: { dedupeKey: { startsWith: `case:${w.c.id}:` } } })).toBe(0);
    expect(await db().counter.findMany()).toEqual(counterBefore);
  });

  it('composes with a caller transaction: the caller failing afterwards undoes the transition too', async () => {
    const w = await caseWorld(db(), { status: 'SUBMITTED' });
    await expect(
      db().$transaction(async (tx) => {
        await applyTransition(db(), { caseId: w.c.id, action: 'accept', actor: w.reviewer }, { tx });
        throw new Error('the caller failed');
      }),
    ).rejects.toThrow('the caller failed');
    expect(await db().case.findUniqueOrThrow({ where: { id: w.c.id } })).toMatchObject({ status: 'SUBMITTED', version: 0 });
    expect(await db().caseEvent.count({ where: { caseId: w.c.id } })).toBe(0);
  });
});
