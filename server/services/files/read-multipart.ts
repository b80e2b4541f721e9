import type { IncomingMessage } from 'node:http';
import busboy from 'busboy';
import { AppError, errors } from '../../errors';

export interface MultipartUpload {
  /** Text fields (first value of each). */
  fields: Record<string, string>;
  /** The one file part: bytes and the name the client gave (display metadata only). */
  file: { data: Buffer; filename: string | undefined } | null;
}

/**
 * Read a multipart/form-data body (what Taro.uploadFile sends on weapp and H5) with one file part, refusing
 * anything above maxBytes without buffering more than that. The body is always drained so the connection stays
 * usable for the client's next request.
 */
export function readMultipart(req: IncomingMessage, maxBytes: number): Promise<MultipartUpload> {
  const type = req.headers['content-type'] ?? '';
  if (!/^multipart\/form-data;/i.test(type)) {
    return Promise.reject(new AppError('UNSUPPORTED_MEDIA_TYPE', '请以 multipart/form-data 方式上传文件'));
  }
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes + 64 * 1024) return Promise.reject(errors.payloadTooLarge());

  return new Promise((resolve, reject) => {
    let bb: busboy.Busboy;
    try {
      bb = busboy({ headers: req.headers, defParamCharset: 'utf8', limits: { files: 1, fields: 10, fieldSize: 1024, fileSize: maxBytes, parts: 12 } });
    } catch {
      reject(errors.badRequest('上传内容格式不正确'));
      return;
    }
    const fields: Record<string, string> = {};
    let file: MultipartUpload['file'] = null;
    let failure: AppError | null = null;
    const fail = (e: AppError) => {
      failure ??= e;
    };

    bb.on('field', (name, value, info) => {
      if (info.valueTruncated) fail(errors.badRequest(`字段 ${name} 过长`));
      else if (!(name in fields)) fields[name] = value;
    });
    bb.on('file', (_name, stream, info) => {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('limit', () => fail(errors.payloadTooLarge()));
      stream.on('end', () => {
        if (file) fail(errors.badRequest('一次只能上传一个文件'));
        else file = { data: Buffer.concat(chunks), filename: info.filename };
      });
    });
    bb.on('filesLimit', () => fail(errors.badRequest('一次只能上传一个文件')));
    bb.on('partsLimit', () => fail(errors.badRequest('上传内容格式不正确')));
    bb.on('fieldsLimit', () => fail(errors.badRequest('上传内容格式不正确')));
    bb.on('error', () => {
      reject(failure ?? errors.badRequest('上传内容不完整，请重试'));
    });
    bb.on('close', () => (failure ? reject(failure) : resolve({ fields, file })));
    req.on('aborted', () => reject(errors.badRequest('上传中断，请重试')));
    req.pipe(bb);
  });
}
