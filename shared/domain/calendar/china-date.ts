/**
 * The China local date of an instant, without the holiday data of working-days.ts, so the mini-program can use it
 * without carrying that calendar. China has used UTC+8 all year, without daylight saving, since 1991.
 */
const CHINA_OFFSET_MS = 8 * 3_600_000;

/** The China local date ('YYYY-MM-DD') of an instant (a submission or acceptance timestamp, or now). */
export function chinaDate(instant: Date): string {
  return new Date(instant.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}
