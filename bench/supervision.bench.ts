/**
 * Supervision dashboard benchmark: `npm run bench:supervision` (BENCH_CASES=… to change the size). Creates a
 * throwaway PostgreSQL database (TEST_DATABASE_URL or 127.0.0.1:5432), seeds the catalogue and BENCH_CASES cases
 * (default 1,000,000) with their events, visits, ratings and rectifications through the demo generator
 * (generate_series), builds the daily roll-up, then times the dashboard's queries as a supervisor runs them: the
 * city for a year, a county, a department, the cases behind a figure, the open overdue cases. Prints p50/p95
 * (target: p95 < 1 s) and drops the database. Not part of npm test.
 *
 * BENCH_DATABASE_URL=postgresql://…/onetrip_bench keeps the database instead: created and seeded on the first run,
 * reused as it is on later runs (seeding a million cases takes minutes; the queries are what is being tuned).
 */
import { performance } from 'node:perf_hooks';
import { addCalendarDays, chinaDate } from '@shared/domain/calendar/working-days';
import { FIGURE_KEYS } from '@shared/domain/supervision/figures';
import { createDb } from '../server/db/client';
import { applyMigrations } from '../server/db/migrate';
import { seedDemo } from '../server/db/seed';
import { seedCaseYear } from '../server/db/seed/case-year';
import type { Actor } from '../server/domain/actor';
import { createLogger } from '../server/logger';
import { buildDashboard } from '../server/services/supervision/get-dashboard';
import { listFigureCases } from '../server/services/supervision/list-figure-cases';
import { resolveSupervisionScope } from '../server/services/supervision/resolve-scope';
import { Client } from 'pg';
import { ADMIN_URL, createThrowawayDatabase, type ThrowawayDatabase } from '../tests/helpers/database';

const CASES = Number(process.env.BENCH_CASES ?? 1_000_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function main(): Promise<void> {
  const log = createLogger({ level: 'warn' });
  const kept = process.env.BENCH_DATABASE_URL ? await keptDatabase(process.env.BENCH_DATABASE_URL) : null;
  const tdb = kept ?? (await createThrowawayDatabase('onetrip_bench_supervision'));
  const handle = createDb({ connectionString: tdb.url, max: 4, log });
  try {
    await applyMigrations({ connectionString: tdb.url });
    const db = handle.db;
    let t = performance.now();
    if ((await db.case.count()) === 0) {
      await seedDemo(db, log, { caseYear: false });
      t = performance.now();
      await seedCaseYear(db, log, { count: CASES });
    }
    await db.$executeRawUnsafe('ANALYZE');
    const seedMs = performance.now() - t;
    const counts = await db.$queryRaw<{ cases: number; events: number; ratings: number; rollup: number }[]>`
      SELECT (SELECT count(*) FROM cases)::int AS cases, (SELECT count(*) FROM case_events)::int AS events,
             (SELECT count(*) FROM ratings)::int AS ratings, (SELECT count(*) FROM supervision_daily)::int AS rollup`;
    console.log(`seeded ${JSON.stringify(counts[0])} in ${(seedMs / 1000).toFixed(1)} s (generation + roll-up)`);

    const supervisor: Extract<Actor, { kind: 'staff' }> = { kind: 'staff', staffId: '00000000-0000-4000-8000-000000000000', sessionId: 'bench', name: '督查', homeDepartmentId: null, grants: [{ role: 'SUPERVISOR', departmentId: null, regionCode: '5305' }] };
    const today = chinaDate(new Date());
    const year = { from: addCalendarDays(today, -364), to: today };
    const county = (await db.region.findFirstOrThrow({ where: { level: 'COUNTY' }, orderBy: { code: 'asc' } })).code;
    const busiest = (await db.$queryRaw<{ department_id: string }[]>`SELECT department_id FROM cases GROUP BY department_id ORDER BY count(*) DESC LIMIT 1`)[0]!.department_id;
    const cfg = { maxDays: 400 };
    const scenarios: [string, () => Promise<unknown>][] = [
      ['dashboard: city, 1 year', async () => buildDashboard(db, supervisor, await resolveSupervisionScope(db, supervisor, { ...year }, 400))],
      ['dashboard: county, 1 year', async () => buildDashboard(db, supervisor, await resolveSupervisionScope(db, supervisor, { ...year, regionCode: county }, 400))],
      ['dashboard: department, 1 year', async () => buildDashboard(db, supervisor, await resolveSupervisionScope(db, supervisor, { ...year, departmentId: busiest }, 400))],
      ['dashboard: city, last month', async () => buildDashboard(db, supervisor, await resolveSupervisionScope(db, supervisor, { from: addCalendarDays(today, -30), to: today }, 400))],
      ['cases: late completions of a department, page 1', () => listFigureCases(db, supervisor, { ...year, departmentId: busiest, figure: 'onTimeCompletion', outcome: 'missed', page: 1 }, cfg)],
      ['cases: bad ratings in the city, page 3', () => listFigureCases(db, supervisor, { ...year, figure: 'satisfaction', outcome: 'missed', page: 3 }, cfg)],
      ['cases: open overdue, city', () => listFigureCases(db, supervisor, { ...year, figure: 'openOverdue', outcome: 'all', page: 1 }, cfg)],
      // Every figure's list as the dashboard links it (the cases that missed), city-wide for a year: the widest scope.
      ...FIGURE_KEYS.map((figure): [string, () => Promise<unknown>] => [`cases: ${figure} missed, city`, () => listFigureCases(db, supervisor, { ...year, figure, outcome: 'missed', page: 1 }, cfg)]),
      ['cases: pre-review told late, department, page 5', () => listFigureCases(db, supervisor, { ...year, departmentId: busiest, figure: 'preReviewOnTime', outcome: 'missed', page: 5 }, cfg)],
      ['cases: delivered by courier, department, page 1', () => listFigureCases(db, supervisor, { ...year, departmentId: busiest, figure: 'courier', outcome: 'met', page: 1 }, cfg)],
      ['cases: all completions, county, page 20', () => listFigureCases(db, supervisor, { ...year, regionCode: county, figure: 'zeroVisit', outcome: 'all', page: 20 }, cfg)],
      ['cases: all completions, city, last page (1000)', () => listFigureCases(db, supervisor, { ...year, figure: 'zeroVisit', outcome: 'all', page: 1000 }, cfg)],
      ['cases: at most one visit, city (counted live)', () => listFigureCases(db, supervisor, { ...year, figure: 'averageVisits', outcome: 'met', page: 1 }, cfg)],
    ];
    console.log(`${CASES.toLocaleString()} cases, ${ROUNDS} rounds each (after one warm-up):`);
    let worst = 0;
    for (const [name, run] of scenarios) {
      await run();
      const times: number[] = [];
      for (let i = 0; i < ROUNDS; i++) {
        t = performance.now();
        await run();
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      const p95 = percentile(times, 95);
      worst = Math.max(worst, p95);
      console.log(`  ${name.padEnd(52)} p50 ${percentile(times, 50).toFixed(1).padStart(7)} ms   p95 ${p95.toFixed(1).padStart(7)} ms`);
    }
    console.log(`worst p95 ${worst.toFixed(1)} ms — target < 1000 ms: ${worst < 1000 ? 'met' : 'NOT met'}`);
  } finally {
    await handle.close();
    await tdb.drop();
  }
}

/** BENCH_DATABASE_URL: create the database if it is missing, never drop it. */
async function keptDatabase(url: string): Promise<ThrowawayDatabase> {
  const name = new URL(url).pathname.slice(1);
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`BENCH_DATABASE_URL: database name ${name} must be [a-z0-9_]`);
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  return { url, embedded: false, drop: async () => undefined };
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
