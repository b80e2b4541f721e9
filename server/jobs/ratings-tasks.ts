import type { TaskList } from 'graphile-worker';
import { chinaDate } from '@shared/domain/calendar/working-days';
import type { Db } from '../db/client';
import type { Env } from '../env';
import type { Logger } from '../logger';
import { escalateOverdueRectifications } from '../services/ratings/escalate-overdue-rectifications';
import { applyDefaultRatings, sendRatingReminders } from '../services/ratings/rating-reminders';
import { refreshRecentSupervision } from '../services/supervision/refresh-rollup';

/** Settings of the rating and supervision timers (from env.ts). */
export interface RatingsJobConfig {
  reminderDays: number;
  defaultAfterDays: number;
  rectificationWorkingDays: number;
}

export function ratingsJobConfig(env: Pick<Env, 'RATING_REMINDER_DAYS' | 'RATING_DEFAULT_AFTER_DAYS' | 'RECTIFICATION_WORKING_DAYS'>): RatingsJobConfig {
  return { reminderDays: env.RATING_REMINDER_DAYS, defaultAfterDays: env.RATING_DEFAULT_AFTER_DAYS, rectificationWorkingDays: env.RECTIFICATION_WORKING_DAYS };
}

/** Timers of 好差评 and 督查 (graphile-worker crontab; each task is idempotent, so a missed or doubled run is harmless). */
export const RATINGS_CRONTAB = [
  // Rating reminders and the optional default grade, every morning (server clock).
  '0 9 * * * ratings:remind ?max=1&jobKey=cron:ratings:remind',
  '30 1 * * * ratings:defaultGrade ?max=1&jobKey=cron:ratings:defaultGrade',
  // Overdue bad-rating follow-ups go to the department head and the supervisor.
  '*/30 * * * * ratings:escalateOverdue ?max=1&jobKey=cron:ratings:escalateOverdue',
  // The supervision roll-up of the last 45 days, nightly (today is read live).
  '10 0 * * * supervision:refresh ?max=1&jobKey=cron:supervision:refresh',
].join('\n');

export function ratingsTasks(db: Db, log: Logger, cfg: RatingsJobConfig): TaskList {
  return {
    'ratings:remind': async () => {
      const n = await sendRatingReminders(db, { reminderDays: cfg.reminderDays });
      if (n > 0) log.info({ count: n }, 'rating reminders queued');
    },
    'ratings:defaultGrade': async () => {
      const n = await applyDefaultRatings(db, { afterDays: cfg.defaultAfterDays, rectificationWorkingDays: cfg.rectificationWorkingDays });
      if (n > 0) log.info({ count: n }, 'default ratings given');
    },
    'ratings:escalateOverdue': async () => {
      const n = await escalateOverdueRectifications(db);
      if (n > 0) log.info({ count: n }, 'overdue rectifications escalated');
    },
    'supervision:refresh': async () => {
      const rows = await refreshRecentSupervision(db);
      log.info({ rows, through: chinaDate(new Date()) }, 'supervision roll-up refreshed');
    },
  };
}
