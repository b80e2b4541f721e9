import { ApiError } from '@shared/errors';
import { newUploadId, uploadFromPhone, type UploadTransport } from '../../../miniprogram/src/services/upload';
import { taroMock } from '../../mocks/taro';

const stored = { id: 'f1', name: 'a.jpg', mime: 'image/jpeg', size: 3, sha256: 'ab', pageCount: null, purpose: 'MATERIAL', createdAt: '2026-11-25T10:00:00.000Z' };
type Reply = { statusCode: number; data: string } | 'network';

/** A transport answering each try from a script, recording what was sent. */
function fakeTransport(replies: Reply[]) {
  const sent: Parameters<UploadTransport['send']>[0][] = [];
  const sleeps: number[] = [];
  const compressed: string[] = [];
  const transport: UploadTransport = {
    compress: async (p) => {
      compressed.push(p);
      return `${p}.small.jpg`;
    },
    send: async (req) => {
      sent.push(req);
      req.onProgress(50);
      const r = replies.shift() ?? 'network';
      if (r === 'network') {
        req.onProgress(20); // a fresh try restarts at 0 in the transport; the bar must not jump back
        throw new Error('uploadFile:fail timeout');
      }
      return r;
    },
    sleep: async (ms) => {
      sleeps.push(ms);
    },
  };
  return { transport, sent, sleeps, compressed };
}

beforeEach(() => taroMock.reset());

describe('uploadFromPhone', () => {
  it('compresses photos, sends the token and one upload id, reports progress to 100', async () => {
    taroMock.storage.set('onetrip.token', 'tok-123');
    const f = fakeTransport([{ statusCode: 201, data: JSON.stringify(stored) }]);
    const progress: number[] = [];
    const file = await uploadFromPhone('wxfile://tmp/a.jpg', { kind: 'image', transport: f.transport, onProgress: (p) => progress.push(p) });
    expect(file).toEqual(stored);
    expect(f.compressed).toEqual(['wxfile://tmp/a.jpg']);
    expect(f.sent[0]).toMatchObject({ url: '/api/v1/files', filePath: 'wxfile://tmp/a.jpg.small.jpg', formData: { purpose: 'MATERIAL' } });
    expect(f.sent[0]!.header['Idempotency-Key']).toBe(f.sent[0]!.formData.uploadId);
    expect(progress).toEqual([50, 100]);
  });

  it('sends documents as they are', async () => {
    const f = fakeTransport([{ statusCode: 200, data: JSON.stringify({ ...stored, mime: 'application/pdf', pageCount: 2 }) }]);
    await uploadFromPhone('blob:http://x/1', { kind: 'document', purpose: 'ATTACHMENT', transport: f.transport });
    expect(f.compressed).toEqual([]);
    expect(f.sent[0]!.formData.purpose).toBe('ATTACHMENT');
    expect(f.sent[0]!.formData).not.toHaveProperty('name');
  });

  it('sends the user\'s own file name, which a compressed photo would otherwise lose', async () => {
    const f = fakeTransport([{ statusCode: 201, data: JSON.stringify(stored) }]);
    await uploadFromPhone('blob:http://x/2', { kind: 'image', name: '营业执照正本.jpg', transport: f.transport });
    expect(f.sent[0]!.formData).toMatchObject({ name: '营业执照正本.jpg', purpose: 'MATERIAL' });
  });

  it('retries dropped connections and 5xx with the same upload id and growing pauses, never moving progress backwards', async () => {
    const f = fakeTransport(['network', { statusCode: 502, data: '<html>Bad gateway</html>' }, { statusCode: 200, data: JSON.stringify(stored) }]);
    const progress: number[] = [];
    expect(await uploadFromPhone('a.jpg', { kind: 'image', transport: f.transport, onProgress: (p) => progress.push(p) })).toEqual(stored);
    expect(f.sent).toHaveLength(3);
    expect(new Set(f.sent.map((s) => s.header['Idempotency-Key'])).size).toBe(1);
    expect(f.sleeps).toEqual([1000, 2000]);
    expect(progress).toEqual([50, 100]);
  });

  it('gives up after the last try with a network error', async () => {
    const f = fakeTransport(['network', 'network', 'network']);
    await expect(uploadFromPhone('a.jpg', { kind: 'image', attempts: 3, transport: f.transport })).rejects.toMatchObject({ code: 'NETWORK' });
    expect(f.sent).toHaveLength(3);
  });

  it('does not retry a refused file and passes the server\'s message on', async () => {
    const body = { error: { code: 'UNSUPPORTED_MEDIA_TYPE', message: '只能上传 JPG、PNG、WebP、HEIC 图片或 PDF 文件', requestId: 'r1' } };
    const f = fakeTransport([{ statusCode: 415, data: JSON.stringify(body) }]);
    const err = await uploadFromPhone('a.exe', { kind: 'document', transport: f.transport }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE', status: 415, message: body.error.message });
    expect(f.sent).toHaveLength(1);
  });

  it('makes upload ids the server accepts', () => {
    const id = newUploadId();
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(newUploadId()).not.toBe(id);
  });
});
