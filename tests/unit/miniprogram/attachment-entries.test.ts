import {
  addPicked,
  attachmentBlocker,
  attachmentIds,
  entryStatusText,
  formatSize,
  limitMessage,
  MAX_ATTACHMENTS,
  patchEntry,
  type AttachmentEntry,
} from '../../../miniprogram/src/components/attachment-picker/entries';

const photo = (n: number) => ({ path: `blob:photo-${n}`, kind: 'image' as const });
const keys = () => {
  let n = 0;
  return () => `key${(n += 1)}`;
};
const stored = (id: string, size = 2048) => ({ id, name: `${id}.jpg`, mime: 'image/jpeg', size, sha256: 'x', pageCount: null, purpose: 'ATTACHMENT' as const, createdAt: '2026-11-25T08:00:00.000Z' });

describe('complaint attachments (at most 6)', () => {
  it('adds picked files as uploading entries named until the server names them', () => {
    const { entries, added, dropped } = addPicked([], [photo(1), { path: 'blob:pdf', kind: 'document' }], keys());
    expect(dropped).toBe(0);
    expect(added).toHaveLength(2);
    expect(entries.map((e) => [e.key, e.label, e.status, e.percent])).toEqual([
      ['key1', '图片1', 'uploading', 0],
      ['key2', 'PDF文件', 'uploading', 0],
    ]);
  });

  it('keeps at most 6 and says how many were left out', () => {
    const first = addPicked([], [1, 2, 3, 4].map(photo), keys());
    const second = addPicked(first.entries, [5, 6, 7, 8, 9].map(photo), keys());
    expect(second.entries).toHaveLength(MAX_ATTACHMENTS);
    expect(second.added.map((e) => e.path)).toEqual(['blob:photo-5', 'blob:photo-6']);
    expect(second.dropped).toBe(3);
    expect(limitMessage(second.entries.length, second.dropped)).toBe('附件最多6个，有3个没有添加');
    expect(limitMessage(6)).toBe('附件最多6个，请先移除不需要的附件');
    expect(limitMessage(5)).toBeNull();
    expect(addPicked(second.entries, [photo(10)], keys())).toMatchObject({ added: [], dropped: 1 });
  });

  it('sends only stored files, in the order chosen, and blocks sending while one uploads or failed', () => {
    let list: AttachmentEntry[] = addPicked([], [1, 2, 3].map(photo), keys()).entries;
    expect(attachmentBlocker(list)).toBe('附件正在上传，请稍候');
    list = patchEntry(list, 'key2', { status: 'done', file: stored('f2') });
    list = patchEntry(list, 'key1', { status: 'done', file: stored('f1') });
    list = patchEntry(list, 'key3', { status: 'failed', error: '文件过大' });
    expect(attachmentIds(list)).toEqual(['f1', 'f2']);
    expect(attachmentBlocker(list)).toBe('有附件上传失败，请重试或移除');
    list = list.filter((e) => e.key !== 'key3');
    expect(attachmentBlocker(list)).toBeNull();
    expect(patchEntry(list, 'key3', { status: 'done' })).toEqual(list);
  });

  it('tells progress, the size or the reason of a failure in words', () => {
    const [e] = addPicked([], [photo(1)], keys()).entries as [AttachmentEntry];
    expect(entryStatusText({ ...e, percent: 35 })).toBe('正在上传 35%');
    expect(entryStatusText({ ...e, status: 'done', file: stored('f', 1_250_000) })).toBe('已上传 · 1.2 MB');
    expect(entryStatusText({ ...e, status: 'failed', error: '网络连接失败，请检查网络后重试' })).toBe('上传失败：网络连接失败，请检查网络后重试');
    expect([formatSize(512), formatSize(35 * 1024), formatSize(3 * 1024 * 1024)]).toEqual(['512 B', '35 KB', '3.0 MB']);
  });
});
