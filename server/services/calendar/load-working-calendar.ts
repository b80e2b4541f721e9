import { createWorkingCalendar, dateFromColumn, type WorkingCalendar } from '@shared/domain/calendar/working-days';
import type { Db, DbTx } from '../../db/client';

/**
 * The working-day calendar in force: the official schedule plus the local CalendarOverride rows. Read per use (the
 * table is tiny) so an override saved by an admin counts at once, on every server process.
 */
export async function loadWorkingCalendar(db: Db | DbTx): Promise<WorkingCalendar> {
  const rows = await db.calendarOverride.findMany({ select: { date: true, kind: true } });
  return createWorkingCalendar(rows.map((r) => ({ date: dateFromColumn(r.date), kind: r.kind })));
}
