import type { TStoredFile } from '@shared/schemas/files';

interface StoredFileRow {
  id: string;
  originalName: string | null;
  mime: string;
  size: number;
  sha256: string;
  pageCount: number | null;
  purpose: TStoredFile['purpose'];
  createdAt: Date;
}

/** A file row as clients see it: the storage key never leaves the server. */
export function presentStoredFile(f: StoredFileRow): TStoredFile {
  return {
    id: f.id,
    name: f.originalName ?? '文件',
    mime: f.mime,
    size: f.size,
    sha256: f.sha256,
    pageCount: f.pageCount,
    purpose: f.purpose,
    createdAt: f.createdAt.toISOString(),
  };
}
