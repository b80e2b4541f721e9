import { z } from 'zod';

/** What a stored file is for (mirrors the database enum FilePurpose). */
export const ZFilePurpose = z.enum(['MATERIAL', 'BLANK_FORM', 'SAMPLE', 'RESULT', 'AUTHORISATION_LETTER', 'PLEDGE', 'ATTACHMENT']);
export type TFilePurpose = z.infer<typeof ZFilePurpose>;

/** Purposes a citizen may upload (results, blank forms and samples come from staff). */
export const CITIZEN_UPLOAD_PURPOSES = ['MATERIAL', 'AUTHORISATION_LETTER', 'PLEDGE', 'ATTACHMENT'] as const satisfies readonly TFilePurpose[];
/** Purposes case staff may upload (result documents, materials scanned at the window). */
export const STAFF_UPLOAD_PURPOSES = ['MATERIAL', 'RESULT', 'ATTACHMENT'] as const satisfies readonly TFilePurpose[];

/** Upload id chosen by the client once per file and reused on every retry (header Idempotency-Key or field uploadId). */
export const ZUploadId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, '上传编号格式不正确');

/** The text fields of a multipart upload (POST /files); the file itself is the part named "file". */
export const ZUploadFields = z.object({
  /** Same as the Idempotency-Key header; one of the two is required. */
  uploadId: ZUploadId.optional(),
  /** What the file is for; materials by default. */
  purpose: ZFilePurpose.default('MATERIAL'),
  /**
   * The user's own name for the file, when the part's filename lost it (a photo compressed in the browser arrives
   * as a nameless blob). Sanitised like the filename; the extension always comes from the detected type.
   */
  name: z.string().trim().min(1).max(120, '文件名最长120个字符').optional(),
});

/** A stored file as clients see it: never its storage key. */
export const ZStoredFile = z.object({
  id: z.string(),
  /** Display name: sanitised, with the extension of the detected type. */
  name: z.string(),
  /** Type detected from the content (not from the name or the upload's headers). */
  mime: z.enum(['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'application/pdf']).or(z.string()),
  /** Bytes. */
  size: z.number().int(),
  /** Lowercase hex SHA-256 of the content. */
  sha256: z.string(),
  /** Pages, for PDFs. */
  pageCount: z.number().int().nullable(),
  purpose: ZFilePurpose,
  createdAt: z.iso.datetime(),
});
export type TStoredFile = z.infer<typeof ZStoredFile>;

/** A short-lived link that loads the file without headers (<image src>, <web-view>, Taro.downloadFile). */
export const ZFileLink = z.object({
  /** Path under the API origin, with the signature in the query. */
  url: z.string(),
  /** When the link stops working (at most 10 minutes ahead). */
  expiresAt: z.iso.datetime(),
});
export type TFileLink = z.infer<typeof ZFileLink>;

/** Query of GET /files/:id/content when loaded through a signed link. */
export const ZFileContentQuery = z.object({
  /** Expiry, Unix seconds. */
  exp: z.coerce.number().int().optional(),
  /** HMAC-SHA256 signature (base64url) of the file id and expiry. */
  sig: z.string().max(64).optional(),
});

/** DELETE /files/:id answer. */
export const ZFileDeleted = z.object({ deleted: z.literal(true) });
