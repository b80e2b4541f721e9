import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { assertStorageKey, StorageNotFound, type StoragePort } from './storage.port';
import { EMPTY_SHA256, sha256Hex, signV4, type SigV4Credentials } from './sigv4';

export interface S3StorageConfig extends SigV4Credentials {
  /** Service endpoint, e.g. https://s3.cn-north-1.amazonaws.com.cn or http://127.0.0.1:9000 (MinIO). */
  endpoint: string;
  bucket: string;
  /** Optional key prefix inside the bucket (one deployment, several environments). */
  prefix?: string;
  /** Injected for tests. */
  fetch?: typeof fetch;
  now?: () => Date;
}

/**
 * An S3-compatible object store through its REST API, signed with SigV4 (path-style URLs, which every
 * S3-compatible store accepts). Objects are private: the app streams them after its own access checks and signed
 * links; the bucket is never exposed to browsers.
 */
export class S3Storage implements StoragePort {
  private readonly base: URL;
  private readonly fetch: typeof fetch;
  private readonly now: () => Date;

  constructor(private readonly cfg: S3StorageConfig) {
    this.base = new URL(cfg.endpoint);
    this.fetch = cfg.fetch ?? fetch;
    this.now = cfg.now ?? (() => new Date());
  }

  private async send(method: string, key: string, body?: Buffer): Promise<Response> {
    assertStorageKey(key);
    const basePath = this.base.pathname.replace(/\/$/, '');
    const path = `${basePath}/${this.cfg.bucket}/${this.cfg.prefix ? `${this.cfg.prefix}/` : ''}${key}`;
    const headers = signV4(
      { method, host: this.base.host, path, headers: body ? { 'content-length': String(body.length) } : {}, payloadHash: body ? sha256Hex(body) : EMPTY_SHA256, now: this.now() },
      this.cfg,
    );
    const url = new URL(this.base.origin);
    url.pathname = path;
    return this.fetch(url, { method, headers, ...(body ? { body: new Uint8Array(body) } : {}) });
  }

  private async fail(res: Response, what: string): Promise<never> {
    const text = await res.text().catch(() => '');
    const code = /<Code>([^<]+)<\/Code>/.exec(text)?.[1] ?? '';
    throw new Error(`S3 ${what} failed: HTTP ${res.status} ${code}`.trim());
  }

  async put(key: string, data: Buffer): Promise<void> {
    const res = await this.send('PUT', key, data);
    if (!res.ok) await this.fail(res, `PUT ${key}`);
    await res.arrayBuffer();
  }

  async get(key: string): Promise<Readable> {
    const res = await this.send('GET', key);
    if (res.status === 404) {
      await res.arrayBuffer();
      throw new StorageNotFound(key);
    }
    if (!res.ok || !res.body) return this.fail(res, `GET ${key}`);
    return Readable.fromWeb(res.body as WebReadableStream);
  }

  async delete(key: string): Promise<void> {
    const res = await this.send('DELETE', key);
    if (!res.ok && res.status !== 404) await this.fail(res, `DELETE ${key}`);
    await res.arrayBuffer();
  }

  async exists(key: string): Promise<boolean> {
    const res = await this.send('HEAD', key);
    await res.arrayBuffer();
    if (res.status === 404) return false;
    if (!res.ok) return this.fail(res, `HEAD ${key}`);
    return true;
  }
}
