import Taro from '@tarojs/taro';
import { call } from '../../services/request';

/** Fetch GET /me/export and hand it to the user: a JSON file on H5, the clipboard in the mini-program. */
export async function downloadMyData(): Promise<void> {
  const data = await call('meExport');
  const text = JSON.stringify(data, null, 2);
  if (process.env.TARO_ENV === 'h5') {
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `onetrip-my-data-${data.exportedAt.slice(0, 10)}.json`;
    a.click();
    URL.revokeObjectURL(url);
    return;
  }
  await Taro.setClipboardData({ data: text });
  await Taro.showToast({ title: '已复制到剪贴板', icon: 'none' });
}
