import type { TRectificationStatus } from '@shared/domain/ratings/grades';
import type { z } from 'zod';
import type { ZComplaintStatus } from '@shared/schemas/complaints';

type TComplaintStatus = z.infer<typeof ZComplaintStatus>;

/** A status tab: TODO is the server's default list (what is still to handle), the others ask for one status. */
export interface StatusFilter<S extends string> {
  value: 'TODO' | S;
  label: string;
}

/** 差评整改: TODO = not yet resolved (待回访 and 整改中), as GET /staff/rectifications lists without ?status. */
export const TASK_FILTERS: StatusFilter<TRectificationStatus>[] = [
  { value: 'TODO', label: '未办结' },
  { value: 'OPEN', label: '待回访' },
  { value: 'CALLED_BACK', label: '整改中' },
  { value: 'RESOLVED', label: '已办结' },
];

/** 咨询投诉: TODO = 待处理 and 处理中, as GET /staff/complaints lists without ?status. */
export const COMPLAINT_FILTERS: StatusFilter<TComplaintStatus>[] = [
  { value: 'TODO', label: '待答复' },
  { value: 'REPLIED', label: '已答复' },
  { value: 'CLOSED', label: '已办结' },
];

/** The list call's options for a tab: no query for TODO, so the server's default stays the one source of truth. */
export function statusQuery<S extends string>(value: 'TODO' | S): { query?: { status: S } } {
  return value === 'TODO' ? {} : { query: { status: value } };
}

/** What an empty list says, e.g. 暂无未办结的差评整改. */
export function emptyText<S extends string>(filters: StatusFilter<S>[], value: 'TODO' | S, what: string): string {
  const label = filters.find((f) => f.value === value)?.label ?? '';
  return `暂无${label}的${what}`;
}
