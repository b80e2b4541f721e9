import { randomBytes } from 'node:crypto';
import { dateToColumn } from '@shared/domain/calendar/working-days';
import { FIGURE_KEYS } from '@shared/domain/supervision/figures';
import type { Db } from '../../../server/db/client';
import { refreshSupervisionRollup } from '../../../server/services/supervision/refresh-rollup';
import { createItemVersion } from '../cases/helpers';
import { createCitizen } from '../../helpers/factories';
import { startTestServer, type TestServer } from '../../helpers/test-server';
import { call, staffMember } from '../review/helpers';

let server: TestServer;
const db = () => server.dbHandle.db;
const t = (s: string) => new Date(`${s}+08:00`);
const REGION = '530599';

/**
 * A hand-made county (530599, used by no other test file) with two departments and a handful of cases whose figures
 * are computed by hand in the test below.
 */
async function world(d: Db) {
  await d.region.upsert({ where: { code: REGION }, create: { code: REGION, name: '测试督查县', level: 'COUNTY', parentCode: '5305', sortOrder: 99 }, update: {} });
  const tag = randomBytes(3).toString('hex');
  const dept = (n: string) => d.department.create({ data: { code: `T-SUP-${n}-${tag}`, name: `测试督查${n}局${tag}`, regionCode: REGION } });
  const a = await dept('A');
  const b = await dept('B');
  const { version } = await createItemVersion(d);
  let seq = 0;
  const mk = async (dept: { id: string }, data: Record<string, unknown>, events: [string, string][] = []) => {
    seq += 1;
    const c = await d.case.create({
      data: { number: `SUP-${tag}-${seq}`, itemVersionId: version.id, departmentId: dept.id, regionCode: REGION, status: 'DELIVERED', applicantKind: 'PERSON', applicantNameMasked: '张*', ...data },
    });
    for (const [action, at] of events) await d.caseEvent.create({ data: { caseId: c.id, action, actorKind: 'STAFF', createdAt: t(at) } });
    return c;
  };
  const rate = (c: { id: string }, dept: { id: string }, grade: 'VERY_SATISFIED' | 'DISSATISFIED' | 'VERY_DISSATISFIED' | 'BASICALLY_SATISFIED', at: string, extra: Record<string, unknown> = {}) =>
    d.rating.create({ data: { caseId: c.id, grade, departmentId: dept.id, regionCode: REGION, createdAt: t(at), ...extra } });

  const a1 = await mk(a, { submittedAt: t('2025-03-03T09:00:00'), preReviewDueDate: dateToColumn('2025-03-10'), acceptedAt: t('2025-03-04T10:00:00'), completedAt: t('2025-03-10T10:00:00'), promisedDueDate: dateToColumn('2025-03-12'), visitCount: 0, deliveredAt: t('2025-03-11T10:00:00'), deliveryMethod: 'COURIER' }, [['accept', '2025-03-04T10:00:00']]);
  await rate(a1, a, 'VERY_SATISFIED', '2025-03-12T10:00:00');
  const a2 = await mk(a, { submittedAt: t('2025-03-05T09:00:00'), preReviewDueDate: dateToColumn('2025-03-12'), correctionRounds: 1, acceptedAt: t('2025-03-10T10:00:00'), completedAt: t('2025-03-20T10:00:00'), promisedDueDate: dateToColumn('2025-03-18'), visitCount: 2, deliveredAt: t('2025-03-21T10:00:00'), deliveryMethod: 'WINDOW_PICKUP' }, [['returnForCorrection', '2025-03-06T10:00:00'], ['accept', '2025-03-10T10:00:00']]);
  const r2 = await rate(a2, a, 'DISSATISFIED', '2025-03-22T10:00:00');
  await d.rectificationTask.create({ data: { ratingId: r2.id, departmentId: a.id, dueDate: dateToColumn('2025-03-29'), status: 'RESOLVED', outcome: 'EXPLAINED', resolvedAt: t('2025-03-28T16:00:00') } });
  await mk(a, { status: 'COMPLETED', submittedAt: t('2025-03-25T09:00:00'), preReviewDueDate: dateToColumn('2025-04-01'), acceptedAt: t('2025-04-02T00:10:00'), completedAt: t('2025-04-02T15:00:00'), promisedDueDate: dateToColumn('2025-04-10'), visitCount: 1 }, [['deemAccepted', '2025-04-02T00:10:00']]);
  const b1 = await mk(b, { submittedAt: t('2025-04-01T09:00:00'), preReviewDueDate: dateToColumn('2025-04-08'), acceptedAt: t('2025-04-02T10:00:00'), completedAt: t('2025-04-20T10:00:00'), visitCount: 0, deliveredAt: t('2025-04-21T10:00:00'), deliveryMethod: 'COURIER' }, [['accept', '2025-04-02T10:00:00']]);
  const r4 = await rate(b1, b, 'VERY_DISSATISFIED', '2025-04-22T10:00:00', { excludedAt: t('2025-04-25T10:00:00') });
  await d.rectificationTask.create({ data: { ratingId: r4.id, departmentId: b.id, dueDate: dateToColumn('2025-04-29') } });
  // Submitted late on 04-30 China time (still 04-30), completed just after midnight on 05-01: outside the period.
  await mk(b, { submittedAt: t('2025-04-30T23:00:00'), preReviewDueDate: dateToColumn('2025-05-08'), acceptedAt: t('2025-05-06T10:00:00'), completedAt: t('2025-05-01T00:30:00'), promisedDueDate: dateToColumn('2025-05-20'), visitCount: 0 }, [['accept', '2025-05-06T10:00:00']]);
  // Completed and delivered before the period; its default rating falls inside.
  const a4 = await mk(a, { completedAt: t('2025-02-20T10:00:00'), deliveredAt: t('2025-02-21T10:00:00'), deliveryMethod: 'WINDOW_PICKUP', visitCount: 1 });
  await rate(a4, a, 'BASICALLY_SATISFIED', '2025-03-15T10:00:00', { isDefault: true });
  // Still in progress, past its promised date: open overdue now.
  const a5 = await mk(a, { status: 'IN_PROGRESS', submittedAt: t('2025-02-03T09:00:00'), acceptedAt: t('2025-02-04T10:00:00'), promisedDueDate: dateToColumn('2025-04-01') });
  await refreshSupervisionRollup(d, '2025-02-01', '2025-05-31');
  return { a, b, a2, a5, version };
}

let w: Awaited<ReturnType<typeof world>>;
beforeAll(async () => {
  server = await startTestServer({ SUPERVISION_MAX_DAYS: '400' });
  w = await world(db());
}, 60_000);
afterAll(() => server.stop());

const PERIOD = { from: '2025-03-01', to: '2025-04-30', regionCode: REGION };
const qs = (o: Record<string, string | number | undefined>) => new URLSearchParams(Object.entries(o).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)])).toString();
const dash = (token: string | undefined, q: Record<string, string | undefined> = PERIOD) => call(server, 'GET', `/api/v1/staff/supervision/dashboard?${qs(q)}`, { token });

describe('GET /api/v1/staff/supervision/dashboard', () => {
  it('is 401 anonymous, 403 for citizens and case handlers, 400 for a reversed or too long period', async () => {
    const citizen = await createCitizen(db());
    const handler = await staffMember(db(), 'HANDLER', w.a.id);
    const sup = await staffMember(db(), 'SUPERVISOR', null);
    expect((await dash(undefined)).status).toBe(401);
    expect((await dash(citizen.token)).status).toBe(403);
    expect((await dash(handler.token)).status).toBe(403);
    const reversed = await dash(sup.token, { ...PERIOD, from: '2025-05-01' });
    expect(reversed.status).toBe(400);
    const long = await dash(sup.token, { ...PERIOD, from: '2023-01-01' });
    expect(long.status).toBe(400);
    const deep = await call(server, 'GET', `/api/v1/staff/supervision/cases?${qs({ ...PERIOD, figure: 'zeroVisit', page: 1001 })}`, { token: sup.token });
    expect(deep.status).toBe(400);
    expect(deep.body.error.details[0].message).toContain('最多翻到第1000页');
    expect(long.body.error.details[0].message).toMatch(/最长400天/);
  });

  it('computes every figure of the county as counted by hand', async () => {
    const sup = await staffMember(db(), 'SUPERVISOR', null);
    const r = await dash(sup.token);
    expect(r.status).toBe(200);
    const f = r.body.figures;
    expect(f.completed).toBe(4);
    expect(f.averageVisits).toEqual({ numerator: 3, denominator: 4, value: 0.75 });
    expect(f.zeroVisit).toEqual({ numerator: 2, denominator: 4, value: 0.5 });
    expect(f.onTimeCompletion).toEqual({ numerator: 2, denominator: 3, value: 0.6667 });
    expect(f.preReviewOnTime).toEqual({ numerator: 4, denominator: 5, value: 0.8 });
    expect(f.firstPass).toEqual({ numerator: 4, denominator: 5, value: 0.8 });
    expect(f.courier).toEqual({ numerator: 2, denominator: 3, value: 0.6667 });
    expect(f.satisfaction).toEqual({ numerator: 1, denominator: 2, value: 0.5 });
    expect(f.ratings).toEqual({ VERY_SATISFIED: 1, SATISFIED: 0, BASICALLY_SATISFIED: 0, DISSATISFIED: 1, VERY_DISSATISFIED: 0, default: 1, excluded: 1 });
    expect(f.rectificationOnTime).toEqual({ numerator: 1, denominator: 2, value: 0.5 });
    expect(r.body.openOverdue).toBe(1);
    expect(r.body.trend.map((m: { month: string; figures: { completed: number } }) => [m.month, m.figures.completed])).toEqual([['2025-03', 2], ['2025-04', 2]]);
    const byDept = Object.fromEntries(r.body.byDepartment.map((d: { key: string; figures: { completed: number } }) => [d.key, d.figures.completed]));
    expect(byDept).toEqual({ [w.a.id]: 3, [w.b.id]: 1 });
    expect(r.body.scope).toMatchObject({ regionCode: REGION, regionName: '测试督查县' });
  });

  it('drills down from the city to the county and a department, then to the cases behind a figure', async () => {
    const sup = await staffMember(db(), 'SUPERVISOR', null);
    const city = await dash(sup.token, { from: PERIOD.from, to: PERIOD.to });
    expect(city.body.scope.regionCode).toBe('5305');
    const county = city.body.byRegion.find((x: { key: string }) => x.key === REGION);
    expect(county.figures.completed).toBe(4);
    const dept = await dash(sup.token, { ...PERIOD, departmentId: w.a.id });
    expect(dept.body.figures.onTimeCompletion).toEqual({ numerator: 2, denominator: 3, value: 0.6667 });
    const late = await call(server, 'GET', `/api/v1/staff/supervision/cases?${qs({ ...PERIOD, departmentId: w.a.id, figure: 'onTimeCompletion', outcome: 'missed' })}`, { token: sup.token });
    expect(late.status).toBe(200);
    expect(late.body).toMatchObject({ figureLabel: '按时办结率', total: 1 });
    expect(late.body.items[0]).toMatchObject({ id: w.a2.id, met: false, applicantNameMasked: '张*', visitCount: 2, promisedDueDate: '2025-03-18' });
    const overdue = await call(server, 'GET', `/api/v1/staff/supervision/cases?${qs({ ...PERIOD, figure: 'openOverdue' })}`, { token: sup.token });
    expect(overdue.body.items.map((c: { id: string }) => c.id)).toEqual([w.a5.id]);
    const satisfied = await call(server, 'GET', `/api/v1/staff/supervision/cases?${qs({ ...PERIOD, figure: 'satisfaction', outcome: 'all' })}`, { token: sup.token });
    expect(satisfied.body.total).toBe(2);
    const bad = await call(server, 'GET', `/api/v1/staff/supervision/cases?${qs({ ...PERIOD, figure: 'satisfaction', outcome: 'missed' })}`, { token: sup.token });
    expect(bad.body.items.map((c: { id: string; ratingGrade: string; met: boolean }) => [c.id, c.ratingGrade, c.met])).toEqual([[w.a2.id, 'DISSATISFIED', false]]);
  });

  it('lists under every figure exactly the cases it counts (numerator, the rest, all), newest first', async () => {
    const sup = await staffMember(db(), 'SUPERVISOR', null);
    const f = (await dash(sup.token)).body.figures;
    const list = async (figure: string, outcome: string) => {
      const r = await call(server, 'GET', `/api/v1/staff/supervision/cases?${qs({ ...PERIOD, figure, outcome })}`, { token: sup.token });
      expect(r.status).toBe(200);
      // One page holds the whole small county: the total is the number of rows, so the figure is traceable case by case.
      expect([figure, outcome, r.body.items.length]).toEqual([figure, outcome, r.body.total]);
      return r.body as { total: number; items: { completedAt: string | null; met: boolean; visitCount: number }[] };
    };
    for (const figure of FIGURE_KEYS.filter((k) => k !== 'averageVisits')) {
      const { numerator, denominator } = f[figure] as { numerator: number; denominator: number };
      const [met, missed, all] = [await list(figure, 'met'), await list(figure, 'missed'), await list(figure, 'all')];
      expect([figure, met.total, missed.total, all.total]).toEqual([figure, numerator, denominator - numerator, denominator]);
      expect(met.items.every((c) => c.met) && missed.items.every((c) => !c.met)).toBe(true);
    }
    const completions = await list('averageVisits', 'all');
    expect(completions.total).toBe(f.completed);
    const completedAt = completions.items.map((c) => c.completedAt!);
    expect(completedAt).toEqual([...completedAt].sort().reverse());
    // At most one visit is not a roll-up count: counted live, and the two halves make the whole.
    const [atMostOne, more] = [await list('averageVisits', 'met'), await list('averageVisits', 'missed')];
    expect(atMostOne.items.every((c) => c.visitCount <= 1) && more.items.every((c) => c.visitCount > 1)).toBe(true);
    expect([atMostOne.total, more.total]).toEqual([3, 1]);
  });

  it('limits a department admin to their own department', async () => {
    const admin = await staffMember(db(), 'DEPARTMENT_ADMIN', w.b.id);
    const own = await dash(admin.token, { from: PERIOD.from, to: PERIOD.to });
    expect(own.status).toBe(200);
    expect(own.body.scope.departmentId).toBe(w.b.id);
    expect(own.body.figures.completed).toBe(1);
    expect((await dash(admin.token, { ...PERIOD, departmentId: w.a.id })).status).toBe(403);
  });

  it('reads today live before the nightly roll-up has run', async () => {
    const sup = await staffMember(db(), 'SUPERVISOR', null);
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
    await db().case.create({ data: { number: `SUP-LIVE-${randomBytes(3).toString('hex')}`, itemVersionId: w.version.id, departmentId: w.b.id, regionCode: REGION, status: 'COMPLETED', applicantKind: 'PERSON', completedAt: new Date(), visitCount: 0 } });
    const r = await dash(sup.token, { from: today, to: today, regionCode: REGION });
    expect(r.body.figures.completed).toBe(1);
    expect(r.body.figures.zeroVisit.value).toBe(1);
  });
});

describe('GET /api/v1/staff/supervision/export', () => {
  it('is 401/403/400 first; exports CSV and XLSX desensitised and audits each export', async () => {
    const sup = await staffMember(db(), 'SUPERVISOR', null);
    const handler = await staffMember(db(), 'HANDLER', w.a.id);
    const url = (o: Record<string, string>) => `/api/v1/staff/supervision/export?${qs({ ...PERIOD, ...o })}`;
    expect((await server.fetch(url({ format: 'csv' }))).status).toBe(401);
    expect((await server.fetch(url({ format: 'csv' }), { headers: { authorization: `Bearer ${handler.token}` } })).status).toBe(403);
    expect((await server.fetch(url({ format: 'pdf' }), { headers: { authorization: `Bearer ${sup.token}` } })).status).toBe(400);
    const csv = await server.fetch(url({ format: 'csv' }), { headers: { authorization: `Bearer ${sup.token}` } });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    const text = await csv.text();
    expect(text).toContain('"合计","测试督查县","4","0.75","50.0% (2/4)","66.7% (2/3)"');
    const xlsx = await server.fetch(url({ format: 'xlsx' }), { headers: { authorization: `Bearer ${sup.token}` } });
    expect(xlsx.status).toBe(200);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never);
    const overdue = wb.getWorksheet('超期未办结')!;
    expect(overdue.getRow(2).values).toEqual(expect.arrayContaining([expect.stringMatching(/^SUP-/), '张*']));
    const audits = await db().auditLog.findMany({ where: { actorStaffId: sup.actor.staffId, purpose: 'supervision.export' } });
    expect(audits).toHaveLength(2);
  });
});
