import Taro from '@tarojs/taro';
import { API_PREFIX } from '@shared/api';
import { ApiError, ERROR_CODES, ZErrorBody, type TErrorCode } from '@shared/errors';
import { ZStoredFile, type TFilePurpose, type TStoredFile } from '@shared/schemas/files';
import { compressImage } from './compress-image';
import { readString, STORAGE_KEYS } from './storage';

/** What actually sends the bytes; Taro.uploadFile by default, a fake in tests. */
export interface UploadTransport {
  compress(path: string): Promise<string>;
  send(req: { url: string; filePath: string; header: Record<string, string>; formData: Record<string, string>; onProgress: (percent: number) => void }): Promise<{ statusCode: number; data: string }>;
  sleep(ms: number): Promise<void>;
}

export interface UploadOptions {
  /** A photo (compressed first) or a document such as a PDF (sent as is). */
  kind: 'image' | 'document';
  purpose?: TFilePurpose;
  /** The user's name for the file (PickedFile.name), kept when compression turns a photo into a nameless blob. */
  name?: string;
  /** 0-100 over the whole upload, never going backwards across retries. */
  onProgress?: (percent: number) => void;
  /** Reuse to resume after the page was closed; otherwise one is made per file. */
  uploadId?: string;
  /** Tries in all (default 4: about 7 s of back-off on a flaky network). */
  attempts?: number;
  transport?: UploadTransport;
}

const taroTransport: UploadTransport = {
  compress: compressImage,
  async send({ url, filePath, header, formData, onProgress }) {
    const task = Taro.uploadFile({ url, filePath, name: 'file', header, formData, timeout: 120_000 });
    task.onProgressUpdate?.((p) => onProgress(p.progress));
    const res = await task;
    return { statusCode: res.statusCode, data: typeof res.data === 'string' ? res.data : JSON.stringify(res.data) };
  },
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** 32 random hex characters: the upload id the server deduplicates retries by. */
export function newUploadId(): string {
  const bytes = new Uint8Array(16);
  const c = (globalThis as { crypto?: { getRandomValues?: (a: Uint8Array) => Uint8Array } }).crypto;
  if (c?.getRandomValues) c.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Worth another try with the same upload id: no answer, a gateway error, or the server asking us to slow down. */
function retryable(status: number): boolean {
  return status === 0 || status === 408 || status === 429 || status >= 500;
}

function errorFrom(status: number, data: string): ApiError {
  let payload: unknown;
  try {
    payload = JSON.parse(data);
  } catch {
    payload = undefined;
  }
  const body = ZErrorBody.safeParse(payload);
  if (body.success) return new ApiError(body.data.error.code, body.data.error.message, status, body.data.error.requestId, body.data.error.details);
  const code: TErrorCode = status === 413 ? 'PAYLOAD_TOO_LARGE' : status >= 500 ? 'INTERNAL' : status === 0 ? 'NETWORK' : 'BAD_REQUEST';
  return new ApiError(code, ERROR_CODES[code].message, status);
}

/**
 * Upload one file from the phone: photos are compressed first, progress is reported, and a dropped connection
 * or a 5xx is retried with the same upload id, so the server keeps one file however many tries it took.
 * Rejects with ApiError (the server's message for refused files, NETWORK when every try failed).
 */
export async function uploadFromPhone(filePath: string, options: UploadOptions): Promise<TStoredFile> {
  const t = options.transport ?? taroTransport;
  const uploadId = options.uploadId ?? newUploadId();
  const attempts = Math.max(1, options.attempts ?? 4);
  const path = options.kind === 'image' ? await t.compress(filePath) : filePath;
  const header: Record<string, string> = { 'Idempotency-Key': uploadId, Accept: 'application/json' };
  const token = readString(STORAGE_KEYS.token);
  if (token) header.Authorization = `Bearer ${token}`;
  const url = `${process.env.TARO_APP_API_BASE ?? ''}${API_PREFIX}/files`;
  const formData: Record<string, string> = { uploadId, purpose: options.purpose ?? 'MATERIAL' };
  if (options.name) formData.name = options.name.slice(0, 120);
  let shown = 0;
  const onProgress = (p: number) => {
    const v = Math.max(shown, Math.min(99, Math.round(p)));
    if (v !== shown) options.onProgress?.(v);
    shown = v;
  };

  let last: ApiError = new ApiError('NETWORK', ERROR_CODES.NETWORK.message, 0);
  for (let i = 0; i < attempts; i++) {
    if (i > 0) await t.sleep(1000 * 2 ** (i - 1));
    let res: { statusCode: number; data: string };
    try {
      res = await t.send({ url, filePath: path, header, formData, onProgress });
    } catch {
      last = new ApiError('NETWORK', ERROR_CODES.NETWORK.message, 0);
      continue;
    }
    if (res.statusCode >= 200 && res.statusCode < 300) {
      const parsed = ZStoredFile.safeParse(JSON.parse(res.data || 'null'));
      if (!parsed.success) throw new ApiError('INTERNAL', ERROR_CODES.INTERNAL.message, res.statusCode);
      options.onProgress?.(100);
      return parsed.data;
    }
    last = errorFrom(res.statusCode, res.data);
    if (!retryable(res.statusCode)) throw last;
  }
  throw last;
}
