import Taro from '@tarojs/taro';
import { API_PREFIX } from '@shared/api';
import { ApiError, ERROR_CODES, ZErrorBody } from '@shared/errors';
import { ZImportReport, type TImportReport } from '@shared/schemas/catalog-admin';
import { queryString } from '../../../services/request';
import { readString, STORAGE_KEYS } from '../../../services/storage';

/**
 * Binary requests of the catalogue admin (export, posters, import): the JSON client cannot carry them, so they are
 * made here with the same token and the same error model.
 */
const base = () => `${process.env.TARO_APP_API_BASE ?? ''}${API_PREFIX}`;
const authHeader = (): Record<string, string> => {
  const token = readString(STORAGE_KEYS.token);
  return token ? { Authorization: `Bearer ${token}` } : {};
};

function errorFrom(status: number, data: unknown): ApiError {
  let payload: unknown = data;
  if (data instanceof ArrayBuffer) payload = new TextDecoder().decode(data);
  if (typeof payload === 'string') {
    try {
      payload = JSON.parse(payload);
    } catch {
      /* not JSON: generic message below */
    }
  }
  const body = ZErrorBody.safeParse(payload);
  if (body.success) return new ApiError(body.data.error.code, body.data.error.message, status, body.data.error.requestId, body.data.error.details);
  return new ApiError('INTERNAL', ERROR_CODES.INTERNAL.message, status);
}

/** Download a file of the admin API and hand it to the user (a save on H5, the document viewer in WeChat). */
export async function downloadAdminFile(path: string, query: Record<string, string | undefined>, filename: string): Promise<void> {
  const url = `${base()}${path}${queryString(query)}`;
  if (process.env.TARO_ENV === 'h5') {
    const res = await fetch(url, { headers: authHeader() });
    if (!res.ok) throw errorFrom(res.status, await res.text());
    const href = URL.createObjectURL(await res.blob());
    const a = document.createElement('a');
    a.href = href;
    a.download = filename;
    a.className = 'catalog-download-link';
    a.click();
    setTimeout(() => URL.revokeObjectURL(href), 10_000);
    return;
  }
  const res = await Taro.downloadFile({ url, header: authHeader() });
  if (res.statusCode !== 200) throw new ApiError('INTERNAL', '下载失败，请稍后重试', res.statusCode);
  if (/\.png$/.test(filename)) await Taro.previewImage({ urls: [res.tempFilePath] });
  else await Taro.openDocument({ filePath: res.tempFilePath, showMenu: true });
}

/** Upload a catalogue file's bytes as the request body; resolves with the row-by-row report. */
export async function uploadCatalogue(data: ArrayBuffer, mode: 'draft' | 'publish'): Promise<TImportReport> {
  const res = await Taro.request({
    url: `${base()}/admin/catalog/import${queryString({ mode })}`,
    method: 'POST',
    header: { ...authHeader(), 'Content-Type': 'application/octet-stream' },
    data,
    dataType: 'text',
    responseType: 'text',
    timeout: 120_000,
  });
  if (res.statusCode !== 200) throw errorFrom(res.statusCode, res.data);
  const report = ZImportReport.safeParse(typeof res.data === 'string' ? JSON.parse(res.data) : res.data);
  if (!report.success) throw new ApiError('INTERNAL', ERROR_CODES.INTERNAL.message, res.statusCode);
  return report.data;
}
