import { readString, STORAGE_KEYS } from './storage';

/** H5: fetch the label PDF with the staff token and open it in a new tab for printing. */
export async function openShippingLabel(caseId: string): Promise<void> {
  const token = readString(STORAGE_KEYS.token);
  const res = await fetch(`${process.env.TARO_APP_API_BASE ?? ''}/api/v1/staff/cases/${caseId}/label.pdf`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  if (!res.ok) throw new Error('面单下载失败，请确认已寄出后重试');
  const url = URL.createObjectURL(await res.blob());
  window.open(url, '_blank');
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
