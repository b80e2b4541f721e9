import path from 'node:path';
import { LocalDiskStorage } from './local-disk.storage';
import { S3Storage } from './s3.storage';
import type { StoragePort } from './storage.port';

/** Settings that choose the store. The S3_* ones are optional: without S3_ENDPOINT files stay on the local disk. */
export interface StorageSettings {
  DATA_DIR: string;
  S3_ENDPOINT?: string | undefined;
  S3_BUCKET?: string | undefined;
  S3_REGION?: string | undefined;
  S3_ACCESS_KEY_ID?: string | undefined;
  S3_SECRET_ACCESS_KEY?: string | undefined;
  S3_PREFIX?: string | undefined;
}

/** The storage of a running server: an S3-compatible bucket when configured, else DATA_DIR/files on local disk. */
export function createStorage(env: StorageSettings): StoragePort {
  if (env.S3_ENDPOINT) {
    const missing = (['S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const).filter((k) => !env[k]);
    if (missing.length > 0) throw new Error(`S3 storage needs ${missing.join(', ')}`);
    return new S3Storage({
      endpoint: env.S3_ENDPOINT,
      bucket: env.S3_BUCKET!,
      region: env.S3_REGION ?? 'us-east-1',
      accessKeyId: env.S3_ACCESS_KEY_ID!,
      secretAccessKey: env.S3_SECRET_ACCESS_KEY!,
      ...(env.S3_PREFIX ? { prefix: env.S3_PREFIX } : {}),
    });
  }
  return new LocalDiskStorage(path.join(env.DATA_DIR, 'files'));
}
