import type { Readable } from 'node:stream';

/**
 * Where file bytes live. Keys are chosen by the server (random, see newStorageKey), never derived from a
 * user-supplied name. Implementations: LocalDiskStorage (default, DATA_DIR/files, outside the web root) and
 * S3Storage (any S3-compatible store, SigV4); create-storage.ts picks one from the configuration.
 */
export interface StoragePort {
  /** Store the bytes under the key, atomically: a reader never sees a half-written object. */
  put(key: string, data: Buffer): Promise<void>;
  /** Stream the object; rejects with StorageNotFound when it is missing. */
  get(key: string): Promise<Readable>;
  /** Remove the object; removing a missing one is not an error (deletes are retried). */
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
}

/** The object is not in storage. */
export class StorageNotFound extends Error {
  constructor(key: string) {
    super(`storage object not found: ${key}`);
    this.name = 'StorageNotFound';
  }
}

/**
 * Keys look like uploads/2026/11/<uuid>.pdf (uploads) or catalog-docs/CJ00307-0-blank-<hash>.pdf (seeded
 * documents): letters, digits, _ and -, one extension, no dots otherwise, so no traversal is possible.
 */
export const STORAGE_KEY = /^[A-Za-z0-9][A-Za-z0-9_-]*(\/[A-Za-z0-9][A-Za-z0-9_-]*)*(\.[a-z0-9]{1,5})?$/;

/** Throws unless the key has the server's own shape (defence in depth: keys never come from users). */
export function assertStorageKey(key: string): void {
  if (!STORAGE_KEY.test(key) || key.length > 200) throw new Error(`invalid storage key: ${JSON.stringify(key)}`);
}
