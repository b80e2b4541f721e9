/**
 * Upload limits. Phones compress photos before upload (a 12-megapixel photo becomes ~1 MB), so 10 MB for an
 * image leaves room for a scan; a multi-page PDF scan gets 20 MB and at most 50 pages.
 */
export interface FileLimits {
  maxImageBytes: number;
  maxPdfBytes: number;
  maxPdfPages: number;
}

export const DEFAULT_FILE_LIMITS: FileLimits = {
  maxImageBytes: 10 * 1024 * 1024,
  maxPdfBytes: 20 * 1024 * 1024,
  maxPdfPages: 50,
};

/** The largest body worth reading at all: the biggest file plus room for the multipart envelope. */
export function maxRequestBytes(limits: FileLimits): number {
  return Math.max(limits.maxImageBytes, limits.maxPdfBytes) + 64 * 1024;
}
