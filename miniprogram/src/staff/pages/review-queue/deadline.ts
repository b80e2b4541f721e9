import type { TPreReviewStanding } from '@shared/schemas/review';

/** Words for where a case stands against the 5-working-day pre-review deadline (行政许可法第三十二条). */
export function deadlineText(p: TPreReviewStanding): string {
  if (!p.dueDate) return '无预审期限';
  if (p.overdue) return `预审期限 ${p.dueDate}（已超期）`;
  return `预审期限 ${p.dueDate}（剩余 ${p.workingDaysLeft ?? 0} 个工作日）`;
}
