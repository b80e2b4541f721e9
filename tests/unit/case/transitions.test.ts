import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allowedActions, checkTransition, isBeforeAcceptance, nextStatus } from '@shared/domain/case/rules';
import { CASE_STATUSES, FINAL_STATUSES, TRANSITIONS, type CaseAction, type CaseRole, type TCaseStatus } from '@shared/domain/case/transitions';

const within = { today: '2026-11-25', preReviewDueDate: '2026-12-02' };
const overdue = { today: '2026-12-03', preReviewDueDate: '2026-12-02' };

describe('the transition table', () => {
  it('names each action once and only uses known statuses', () => {
    const actions = TRANSITIONS.map((t) => t.action);
    expect(new Set(actions).size).toBe(actions.length);
    for (const t of TRANSITIONS) {
      expect(CASE_STATUSES).toContain(t.to);
      for (const f of t.from) expect(CASE_STATUSES).toContain(f);
      expect(t.from).not.toContain(t.to); // no self-loops: every action changes the status
    }
  });

  it('ends only in not accepted, rated and withdrawn', () => {
    expect([...FINAL_STATUSES].sort()).toEqual(['NOT_ACCEPTED', 'RATED', 'WITHDRAWN']);
  });

  it('reaches every status from a draft', () => {
    const seen = new Set<TCaseStatus>(['DRAFT']);
    for (let grew = true; grew; ) {
      grew = false;
      for (const t of TRANSITIONS) {
        if (t.from.some((f) => seen.has(f)) && !seen.has(t.to)) {
          seen.add(t.to);
          grew = true;
        }
      }
    }
    expect([...seen].sort()).toEqual([...CASE_STATUSES].sort());
  });
});

describe('who may do what, from where', () => {
  // [status, role, facts, expected actions]
  const cases: [TCaseStatus, CaseRole, object, CaseAction[]][] = [
    ['DRAFT', 'APPLICANT', {}, ['submit']],
    ['DRAFT', 'REVIEWER', {}, []],
    ['SUBMITTED', 'APPLICANT', within, ['withdraw']],
    ['SUBMITTED', 'WINDOW_CLERK', within, ['returnForCorrection', 'accept', 'acceptWithPledge', 'notAccept']],
    ['SUBMITTED', 'WINDOW_CLERK', { ...within, handlingType: 'INSTANT' }, ['returnForCorrection', 'accept', 'acceptWithPledge', 'notAccept', 'acceptAndComplete']],
    ['SUBMITTED', 'REVIEWER', overdue, ['accept', 'acceptWithPledge']],
    ['SUBMITTED', 'SYSTEM', overdue, ['deemAccepted']],
    ['SUBMITTED', 'SYSTEM', within, []],
    ['SUBMITTED', 'APPROVER', within, []],
    ['CORRECTION_REQUIRED', 'APPLICANT', {}, ['withdraw', 'resubmit']],
    ['CORRECTION_REQUIRED', 'APPLICANT', { hasChanges: false }, ['withdraw']],
    ['CORRECTION_REQUIRED', 'REVIEWER', {}, []],
    ['RESUBMITTED', 'REVIEWER', within, ['returnForCorrection', 'accept', 'acceptWithPledge', 'notAccept']],
    ['ACCEPTED', 'APPLICANT', {}, []],
    ['ACCEPTED', 'REVIEWER', {}, ['startProcessing']],
    ['ACCEPTED', 'APPROVER', {}, ['startProcessing', 'complete']],
    ['IN_PROGRESS', 'REVIEWER', {}, ['suspend']],
    ['IN_PROGRESS', 'APPROVER', {}, ['suspend', 'complete']],
    ['SUSPENDED', 'REVIEWER', {}, ['resume']],
    ['SUSPENDED', 'APPROVER', {}, ['resume']],
    ['COMPLETED', 'WINDOW_CLERK', {}, ['deliver', 'pickUp']],
    ['COMPLETED', 'SYSTEM', {}, ['deliver']],
    ['COMPLETED', 'APPLICANT', {}, []],
    ['DELIVERED', 'APPLICANT', {}, ['rate']],
    ['RATED', 'APPLICANT', {}, []],
    ['NOT_ACCEPTED', 'APPLICANT', {}, []],
    ['WITHDRAWN', 'APPLICANT', {}, []],
  ];
  it.each(cases)('%s as %s (%o) → %j', (status, role, facts, expected) => {
    expect(allowedActions(status, role, facts)).toEqual(expected);
  });

  it('unions the actions of several roles', () => {
    expect(allowedActions('IN_PROGRESS', ['REVIEWER', 'APPROVER'])).toEqual(['suspend', 'complete']);
  });
});

describe('checkTransition', () => {
  it('refuses a wrong status with the status and action in Chinese', () => {
    const r = checkTransition({ status: 'ACCEPTED', action: 'returnForCorrection', roles: ['REVIEWER'], facts: within });
    expect(r).toEqual({ ok: false, refusal: { kind: 'wrongStatus', message: '办件当前状态为“已受理”，不能退回补正' } });
  });

  it('refuses a role the action does not allow', () => {
    const r = checkTransition({ status: 'IN_PROGRESS', action: 'complete', roles: ['WINDOW_CLERK'], input: { decision: 'APPROVED', resultName: '营业执照' } });
    expect(r).toMatchObject({ ok: false, refusal: { kind: 'notAllowed' } });
  });

  it('enforces the pre-review deadline both ways', () => {
    const input = { correctionNoticeId: 'n1', reason: '材料不全', legalBasis: '《行政许可法》第三十二条' };
    expect(checkTransition({ status: 'SUBMITTED', action: 'returnForCorrection', roles: ['REVIEWER'], facts: overdue, input })).toMatchObject({
      ok: false,
      refusal: { kind: 'guard', guard: 'withinPreReviewDeadline', message: expect.stringContaining('视为受理') },
    });
    expect(checkTransition({ status: 'SUBMITTED', action: 'notAccept', roles: ['REVIEWER'], facts: overdue, input })).toMatchObject({ ok: false });
    expect(checkTransition({ status: 'SUBMITTED', action: 'returnForCorrection', roles: ['REVIEWER'], facts: within, input })).toMatchObject({ ok: true });
    expect(checkTransition({ status: 'SUBMITTED', action: 'deemAccepted', roles: ['SYSTEM'], facts: within })).toMatchObject({ ok: false, refusal: { kind: 'guard' } });
    expect(checkTransition({ status: 'SUBMITTED', action: 'deemAccepted', roles: ['SYSTEM'], facts: overdue })).toMatchObject({ ok: true });
  });

  it.each<[CaseAction, TCaseStatus, CaseRole, object, string[]]>([
    ['notAccept', 'SUBMITTED', 'REVIEWER', {}, ['reason', 'legalBasis']],
    ['notAccept', 'SUBMITTED', 'REVIEWER', { reason: '  ', legalBasis: '第三十二条' }, ['reason']],
    ['acceptWithPledge', 'SUBMITTED', 'WINDOW_CLERK', {}, ['pledgeFileId']],
    ['returnForCorrection', 'RESUBMITTED', 'REVIEWER', {}, ['correctionNoticeId']],
    ['suspend', 'IN_PROGRESS', 'REVIEWER', { reason: '公示' }, ['procedure']],
    ['complete', 'IN_PROGRESS', 'APPROVER', {}, ['decision']],
    ['complete', 'IN_PROGRESS', 'APPROVER', { decision: 'APPROVED' }, ['resultName']],
    ['complete', 'IN_PROGRESS', 'APPROVER', { decision: 'DENIED' }, ['reason']],
    ['deliver', 'COMPLETED', 'WINDOW_CLERK', {}, ['deliveryMethod']],
  ])('%s needs its input: %s as %s with %o lacks %j', (action, status, role, input, paths) => {
    const r = checkTransition({ status, action, roles: [role], input });
    expect(r.ok).toBe(false);
    if (!r.ok && r.refusal.kind === 'missing') expect(r.refusal.details.map((d) => d.path)).toEqual(paths);
    else throw new Error(`expected missing input, got ${JSON.stringify(r)}`);
  });

  it('即办件: accept and complete in one step, only for instant items', () => {
    const input = { decision: 'APPROVED' as const, resultName: '准予登记' };
    expect(checkTransition({ status: 'SUBMITTED', action: 'acceptAndComplete', roles: ['WINDOW_CLERK'], facts: { handlingType: 'INSTANT' }, input })).toMatchObject({
      ok: true,
      transition: { to: 'COMPLETED' },
    });
    expect(checkTransition({ status: 'SUBMITTED', action: 'acceptAndComplete', roles: ['WINDOW_CLERK'], facts: { handlingType: 'PROMISED' }, input })).toMatchObject({
      ok: false,
      refusal: { kind: 'guard', guard: 'instantItem' },
    });
  });

  it('refuses an unchanged resubmission', () => {
    expect(checkTransition({ status: 'CORRECTION_REQUIRED', action: 'resubmit', roles: ['APPLICANT'], facts: { hasChanges: false } })).toMatchObject({
      ok: false,
      refusal: { kind: 'guard', guard: 'hasChanges' },
    });
  });
});

describe('helpers', () => {
  it('nextStatus follows the table', () => {
    expect(nextStatus('SUBMITTED', 'accept')).toBe('ACCEPTED');
    expect(nextStatus('SUSPENDED', 'resume')).toBe('IN_PROGRESS');
    expect(nextStatus('COMPLETED', 'accept')).toBeNull();
  });
  it('withdrawal is possible only before acceptance', () => {
    expect(CASE_STATUSES.filter(isBeforeAcceptance)).toEqual(['SUBMITTED', 'CORRECTION_REQUIRED', 'RESUBMITTED']);
  });
});

describe('shared/domain/case/README.md', () => {
  it('lists every transition as the table has it', () => {
    const readme = readFileSync(join(__dirname, '../../../shared/domain/case/README.md'), 'utf8');
    for (const t of TRANSITIONS) {
      expect(readme).toContain(`| \`${t.action}\` | ${t.label} | ${t.from.join(', ')} | ${t.to} | ${t.by.join(', ')} |`);
    }
  });
});

describe('acceptance while a material is marked 需补正', () => {
  it('refuses 受理 and 即办即结, allows 容缺受理, and never holds up the deemed acceptance', () => {
    const facts = { materialsMarkedForCorrection: 1, handlingType: 'INSTANT' as const };
    expect(allowedActions('SUBMITTED', 'REVIEWER', facts)).not.toContain('accept');
    expect(allowedActions('SUBMITTED', 'REVIEWER', facts)).not.toContain('acceptAndComplete');
    expect(allowedActions('SUBMITTED', 'REVIEWER', facts)).toContain('acceptWithPledge');
    const refused = checkTransition({ status: 'RESUBMITTED', action: 'accept', roles: ['REVIEWER'], facts });
    expect(refused).toMatchObject({ ok: false, refusal: { kind: 'guard', guard: 'noMaterialMarkedForCorrection' } });
    expect(checkTransition({ status: 'SUBMITTED', action: 'deemAccepted', roles: ['SYSTEM'], facts: { ...facts, today: '2026-10-12', preReviewDueDate: '2026-10-09' } }).ok).toBe(true);
    expect(allowedActions('SUBMITTED', 'REVIEWER', { materialsMarkedForCorrection: 0 })).toContain('accept');
    // Past the pre-review deadline the marks can no longer be sent: the case must not be stuck.
    expect(allowedActions('SUBMITTED', 'REVIEWER', { ...facts, ...overdue })).toContain('accept');
    // Unknown (not given) does not block: the server always counts before it decides.
    expect(allowedActions('SUBMITTED', 'REVIEWER')).toContain('accept');
  });
});
