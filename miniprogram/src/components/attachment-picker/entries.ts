import type { TStoredFile } from '@shared/schemas/files';
import type { PickedFile } from '../../services/choose-file';

/** At most this many files per complaint (the server refuses more: ZComplaintCreate.attachmentFileIds). */
export const MAX_ATTACHMENTS = 6;

/** One chosen file on the way up: uploading, stored (file set) or failed (error set, retry with the same upload id). */
export interface AttachmentEntry {
  /** Local key; also the upload id, so a retry never stores the file twice. */
  key: string;
  path: string;
  kind: PickedFile['kind'];
  /** What to call it before the server has named it. */
  label: string;
  /** The user's own file name, when the platform gave one; sent with the upload so the server keeps it. */
  name?: string;
  status: 'uploading' | 'done' | 'failed';
  /** 0-100 while uploading. */
  percent: number;
  file: TStoredFile | null;
  error: string | null;
}

/**
 * Adds the picked files as uploading entries, keeping the total at MAX_ATTACHMENTS; `dropped` says how many did
 * not fit (the browser's picker does not always honour the count asked for).
 */
export function addPicked(entries: AttachmentEntry[], picked: PickedFile[], newKey: () => string): { entries: AttachmentEntry[]; added: AttachmentEntry[]; dropped: number } {
  const room = Math.max(0, MAX_ATTACHMENTS - entries.length);
  const added = picked.slice(0, room).map((p, i): AttachmentEntry => ({
    key: newKey(),
    path: p.path,
    kind: p.kind,
    label: p.name ?? (p.kind === 'image' ? `图片${entries.length + i + 1}` : 'PDF文件'),
    ...(p.name ? { name: p.name } : {}),
    status: 'uploading',
    percent: 0,
    file: null,
    error: null,
  }));
  return { entries: [...entries, ...added], added, dropped: picked.length - added.length };
}

/** The entry with this key changed; entries removed meanwhile stay removed. */
export function patchEntry(entries: AttachmentEntry[], key: string, patch: Partial<Omit<AttachmentEntry, 'key'>>): AttachmentEntry[] {
  return entries.map((e) => (e.key === key ? { ...e, ...patch } : e));
}

/** Ids to send as attachmentFileIds: the stored files, in the order chosen. */
export function attachmentIds(entries: AttachmentEntry[]): string[] {
  return entries.flatMap((e) => (e.status === 'done' && e.file ? [e.file.id] : []));
}

/** Why the form cannot be sent yet because of its attachments, or null. */
export function attachmentBlocker(entries: AttachmentEntry[]): string | null {
  if (entries.some((e) => e.status === 'uploading')) return '附件正在上传，请稍候';
  if (entries.some((e) => e.status === 'failed')) return '有附件上传失败，请重试或移除';
  return null;
}

/** Why nothing more can be added (full), or what was left out of the last pick; null when all fit. */
export function limitMessage(count: number, dropped = 0): string | null {
  if (dropped > 0) return `附件最多${MAX_ATTACHMENTS}个，有${dropped}个没有添加`;
  if (count >= MAX_ATTACHMENTS) return `附件最多${MAX_ATTACHMENTS}个，请先移除不需要的附件`;
  return null;
}

/** 512 B, 35 KB, 1.2 MB: how people read file sizes. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The line under a file's name. */
export function entryStatusText(e: AttachmentEntry): string {
  if (e.status === 'uploading') return `正在上传 ${e.percent}%`;
  if (e.status === 'failed') return `上传失败：${e.error ?? '请重试'}`;
  return `已上传 · ${formatSize(e.file?.size ?? 0)}`;
}
