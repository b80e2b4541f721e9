import Taro from '@tarojs/taro';
import { readString, STORAGE_KEYS } from './storage';

/** The label PDF of a dispatched case, opened for printing (download with the staff token, then the viewer). */
export async function openShippingLabel(caseId: string): Promise<void> {
  const token = readString(STORAGE_KEYS.token);
  const res = await Taro.downloadFile({
    url: `${process.env.TARO_APP_API_BASE ?? ''}/api/v1/staff/cases/${caseId}/label.pdf`,
    header: token ? { Authorization: `Bearer ${token}` } : {},
  });
  if (res.statusCode !== 200) throw new Error('面单下载失败，请确认已寄出后重试');
  await Taro.openDocument({ filePath: res.tempFilePath, fileType: 'pdf', showMenu: true });
}
