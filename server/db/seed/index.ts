import type { Logger } from '../../logger';
import type { Db } from '../client';
import { seedPeople } from './people';
import { seedCatalog } from './catalog';
import { seedRegionsAndDepartments } from './regions';
import { seedCaseYear } from './case-year';

/**
 * Demo data for the embedded default and tests. Every step is idempotent (adds only what is missing) and runs in
 * order: later steps build on earlier ones. Add one line per step.
 */
export async function seedDemo(db: Db, log?: Logger, opts: { caseYear?: boolean } = {}): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  Object.assign(counts, await seedRegionsAndDepartments(db, log));
  Object.assign(counts, await seedCatalog(db, log));
  Object.assign(counts, await seedPeople(db, log));
  // A year of handled cases for the supervision dashboard (skipped by the test servers: their figures are their own).
  if (opts.caseYear ?? true) Object.assign(counts, await seedCaseYear(db, log));
  return counts;
}
