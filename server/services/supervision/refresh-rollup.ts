import { addCalendarDays, chinaDate } from '@shared/domain/calendar/working-days';
import type { Db } from '../../db/client';
import { Prisma } from '../../generated/prisma/client';
import { ROLLUP_COLUMNS, rollupSelect } from './rollup-sql';

/**
 * Rebuild the daily supervision roll-up for the China-time days [from, to] from the source tables, in one
 * transaction (readers see the old or the new days, never half). Idempotent; safe to run at any time.
 */
export async function refreshSupervisionRollup(db: Db, from: string, to: string, now = new Date()): Promise<number> {
  const cols = Prisma.raw(['day', 'department_id', 'region_code', ...ROLLUP_COLUMNS].join(', '));
  // A year at a million cases takes about a minute: far beyond the default 5 s transaction timeout.
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`DELETE FROM supervision_daily WHERE day >= ${from}::date AND day <= ${to}::date`;
      return tx.$executeRaw`INSERT INTO supervision_daily (${cols}) SELECT ${cols} FROM (${rollupSelect(from, to, chinaDate(now))}) s`;
    },
    { timeout: 30 * 60_000, maxWait: 60_000 },
  );
}

/**
 * Scheduled nightly: refresh the last `days` days up to yesterday (late events: deliveries of older cases, appeals
 * decided, rectifications resolved). Today is always read live by the dashboard.
 */
export async function refreshRecentSupervision(db: Db, now = new Date(), days = 45): Promise<number> {
  const yesterday = addCalendarDays(chinaDate(now), -1);
  return refreshSupervisionRollup(db, addCalendarDays(yesterday, -(days - 1)), yesterday, now);
}
