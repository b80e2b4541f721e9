import { call } from './request';

/**
 * An absolute URL that loads a private file without headers, for <Image src>, <WebView> and
 * Taro.downloadFile/openDocument. It works for 10 minutes: ask again when showing the file again.
 */
export async function fileLinkUrl(fileId: string): Promise<string> {
  const { url } = await call('fileLink', { pathParams: { id: fileId } });
  return `${process.env.TARO_APP_API_BASE ?? ''}${url}`;
}
