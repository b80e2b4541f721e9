import type { TSupervisionExportQuery } from '@shared/schemas/supervision';
import { queryString } from './request';
import { readString, STORAGE_KEYS } from './storage';

/** H5 (the desktop dashboard): fetch the desensitised export with the staff token and save it under its own name. */
export async function exportSupervision(q: TSupervisionExportQuery): Promise<void> {
  const token = readString(STORAGE_KEYS.token);
  const res = await fetch(`${process.env.TARO_APP_API_BASE ?? ''}/api/v1/staff/supervision/export${queryString(q)}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  if (!res.ok) throw new Error('导出失败，请缩短期间后重试');
  const disposition = res.headers.get('content-disposition') ?? '';
  const name = decodeURIComponent(/filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1] ?? `supervision.${q.format}`);
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
