import Taro from '@tarojs/taro';
import type { TFileLink } from '@shared/schemas/catalog';
import { dialable } from './format';

const isH5 = process.env.TARO_ENV === 'h5';

/** Absolute URL of an API path (weapp needs the whitelisted https origin; H5 is served by the API itself). */
export function apiUrl(path: string): string {
  if (/^https?:\/\//.test(path)) return path;
  return `${process.env.TARO_APP_API_BASE ?? ''}${path}`;
}

function toast(title: string): void {
  void Taro.showToast({ title, icon: 'none', duration: 2500 });
}

const DOCUMENT_TYPES: Record<string, 'pdf' | 'doc' | 'docx' | 'xls' | 'xlsx'> = {
  'application/pdf': 'pdf',
  'application/msword': 'doc',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.ms-excel': 'xls',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
};

/**
 * Opens a blank form or sample. H5: a new tab (the browser shows PDFs and images itself). weapp: images in
 * the image viewer, office documents and PDFs through wx.openDocument after downloading; anything else cannot
 * be shown inside WeChat, so the link is copied for a computer.
 */
export async function openFile(file: TFileLink): Promise<void> {
  const url = apiUrl(file.url);
  if (isH5) {
    window.open(url, '_blank', 'noopener');
    return;
  }
  try {
    if (file.mime.startsWith('image/')) {
      await Taro.previewImage({ urls: [url], current: url });
      return;
    }
    const fileType = DOCUMENT_TYPES[file.mime];
    if (!fileType) {
      await Taro.setClipboardData({ data: url });
      toast('手机上无法直接打开，链接已复制，可在电脑上打开');
      return;
    }
    void Taro.showLoading({ title: '正在打开…' });
    const downloaded = await Taro.downloadFile({ url });
    Taro.hideLoading();
    if (downloaded.statusCode !== 200) throw new Error(`download ${downloaded.statusCode}`);
    await Taro.openDocument({ filePath: downloaded.tempFilePath, fileType, showMenu: true });
  } catch {
    Taro.hideLoading();
    toast('文件打开失败，请稍后重试');
  }
}

/** Tap to call: WeChat's dialer prompt; on H5 Taro follows a tel: link. */
export function callPhone(phone: string): void {
  void Taro.makePhoneCall({ phoneNumber: dialable(phone) }).catch(() => undefined);
}

/** The map link in a new tab on H5; weapp cannot open outside pages, so the address is copied for the map app. */
export function openMap(mapUrl: string | null, address: string): void {
  if (isH5 && mapUrl) {
    window.open(mapUrl, '_blank', 'noopener');
    return;
  }
  void Taro.setClipboardData({ data: address }).then(
    () => toast('地址已复制，可粘贴到地图中查找'),
    () => toast(address),
  );
}

/**
 * H5 share: copies the guide's link (the same URL a hall poster's QR holds). Resolves with the link so the page
 * can also show it, since clipboard access can be refused. On weapp the share menu (onShareAppMessage) is used.
 */
export async function copyGuideLink(path: string): Promise<string> {
  const link = isH5 ? `${window.location.origin}${path}` : path;
  try {
    await Taro.setClipboardData({ data: link });
    toast('链接已复制，可发送给亲友');
  } catch {
    // Clipboard refused (permissions, old browser): the page shows the link to copy by hand.
  }
  return link;
}
