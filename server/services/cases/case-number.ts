import { randomUUID } from 'node:crypto';
import type { DateStr } from '@shared/domain/calendar/working-days';
import type { Db, DbTx } from '../../db/client';

const PROVISIONAL = 'TMP-';

/**
 * Case numbers start with the prefecture-level part of the case's region code (GB/T 2260: its first four digits,
 * 5305 for 保山市), so numbers stay unique and readable in any deployment without configuration or a city in code.
 */
export function caseNumberPrefix(regionCode: string): string {
  if (!/^\d{4}/.test(regionCode)) throw new Error(`region code ${regionCode} has no prefecture part`);
  return regionCode.slice(0, 4);
}

/**
 * Allocate the next case number of the day, e.g. 5305-20261125-000123: prefix, China date, a per-day sequence from
 * the Counter row (UPDATE … RETURNING under the row lock, so concurrent accepts never share a number; inside the
 * caller's transaction, so a rolled-back accept gives its number back).
 */
export async function allocateCaseNumber(db: Db | DbTx, on: DateStr, prefix: string): Promise<string> {
  const day = on.replaceAll('-', '');
  const key = `case-number:${prefix}:${day}`;
  const rows = await db.$queryRaw<{ value: number }[]>`
    INSERT INTO counters (key, value, updated_at) VALUES (${key}, 1, now())
    ON CONFLICT (key) DO UPDATE SET value = counters.value + 1, updated_at = now()
    RETURNING value`;
  const value = rows[0]?.value;
  if (value === undefined) throw new Error(`counter ${key} returned no value`);
  return `${prefix}-${day}-${String(value).padStart(6, '0')}`;
}

/** A unique placeholder for drafts and pre-review (Case.number is required); replaced on acceptance. */
export function provisionalCaseNumber(): string {
  return `${PROVISIONAL}${randomUUID()}`;
}

/** True while the case still carries a placeholder number. */
export function isProvisionalCaseNumber(n: string): boolean {
  return n.startsWith(PROVISIONAL);
}
