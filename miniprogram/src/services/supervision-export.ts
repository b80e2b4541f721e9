import Taro from '@tarojs/taro';
import type { TSupervisionExportQuery } from '@shared/schemas/supervision';
import { queryString } from './request';
import { readString, STORAGE_KEYS } from './storage';

/** Download the desensitised supervision export with the staff token and open it (the server audits each export). The phone's
 * document viewer opens spreadsheets, not CSV, so the mini-program always asks for XLSX. */
export async function exportSupervision(q: TSupervisionExportQuery): Promise<void> {
  const token = readString(STORAGE_KEYS.token);
  const res = await Taro.downloadFile({
    url: `${process.env.TARO_APP_API_BASE ?? ''}/api/v1/staff/supervision/export${queryString({ ...q, format: 'xlsx' })}`,
    header: token ? { Authorization: `Bearer ${token}` } : {},
  });
  if (res.statusCode !== 200) throw new Error('导出失败，请缩短期间后重试');
  await Taro.openDocument({ filePath: res.tempFilePath, fileType: 'xlsx', showMenu: true });
}
