import { Text, View } from '@tarojs/components';
import { useRef, useState, type Dispatch, type SetStateAction } from 'react';
import { ApiError } from '@shared/errors';
import { choosePdf, choosePhotos, type PickedFile } from '../../services/choose-file';
import { call } from '../../services/request';
import { newUploadId, uploadFromPhone } from '../../services/upload';
import { controlProps } from '../../utils/control-props';
import { addPicked, entryStatusText, limitMessage, MAX_ATTACHMENTS, patchEntry, type AttachmentEntry } from './entries';
import './index.scss';

function uploadMessage(err: unknown): string {
  return err instanceof ApiError ? err.message : '请检查网络后重试';
}

/**
 * 附件 for a complaint or enquiry: photos (compressed) or a PDF, each uploaded at once as purpose ATTACHMENT with
 * its progress, a retry when it failed and a remove button; at most MAX_ATTACHMENTS. The parent owns the entries
 * (see entries.ts for the ids to send and what blocks sending).
 */
export default function AttachmentPicker({ entries, onChange }: { entries: AttachmentEntry[]; onChange: Dispatch<SetStateAction<AttachmentEntry[]>> }) {
  const [notice, setNotice] = useState<string | null>(null);
  // Keys removed while their upload was still running: the file that arrives afterwards is deleted again.
  const removed = useRef(new Set<string>());
  const latest = useRef(entries);
  latest.current = entries;

  const upload = async (e: AttachmentEntry) => {
    onChange((list) => patchEntry(list, e.key, { status: 'uploading', percent: 0, error: null }));
    try {
      const file = await uploadFromPhone(e.path, { kind: e.kind, purpose: 'ATTACHMENT', uploadId: e.key, name: e.name, onProgress: (percent) => onChange((list) => patchEntry(list, e.key, { percent })) });
      if (removed.current.has(e.key)) void call('fileDelete', { pathParams: { id: file.id } }).catch(() => undefined);
      else onChange((list) => patchEntry(list, e.key, { status: 'done', percent: 100, file }));
    } catch (err) {
      onChange((list) => patchEntry(list, e.key, { status: 'failed', error: uploadMessage(err) }));
    }
  };

  const add = async (pick: () => Promise<PickedFile[]>) => {
    if (latest.current.length >= MAX_ATTACHMENTS) {
      setNotice(limitMessage(latest.current.length));
      return;
    }
    setNotice(null);
    let picked: PickedFile[];
    try {
      picked = await pick();
    } catch {
      return; // cancelled
    }
    if (picked.length === 0) return;
    // Uploads already running kept changing the list while the picker was open: append to the latest one.
    const result = addPicked(latest.current, picked, newUploadId);
    onChange((list) => [...list, ...result.added]);
    setNotice(result.dropped > 0 ? limitMessage(result.entries.length, result.dropped) : null);
    // One at a time: on a weak rural network parallel uploads only make each of them time out.
    for (const e of result.added) await upload(e);
  };

  const remove = (e: AttachmentEntry) => {
    removed.current.add(e.key);
    onChange((list) => list.filter((x) => x.key !== e.key));
    setNotice(null);
    // The stored file is not needed any more; the server would also purge it as abandoned later.
    if (e.file) void call('fileDelete', { pathParams: { id: e.file.id } }).catch(() => undefined);
  };

  const full = entries.length >= MAX_ATTACHMENTS;
  return (
    <View className='attachment-picker' role='group' aria-label='附件'>
      <Text className='attachment-picker__title'>附件（选填）</Text>
      <Text className='attachment-picker__hint'>
        可上传现场照片或PDF文件，最多{MAX_ATTACHMENTS}个，已添加{entries.length}个
      </Text>
      {entries.length > 0 ? (
        <View className='attachment-picker__list' role='list'>
          {entries.map((e) => {
            const name = e.file?.name ?? e.label;
            return (
              <View key={e.key} className={`attachment-item attachment-item--${e.status}`} role='listitem' data-status={e.status} data-file-id={e.file?.id ?? ''}>
                <View className='attachment-item__text'>
                  <Text className='attachment-item__name'>{name}</Text>
                  <View className='attachment-item__state' role={e.status === 'failed' ? 'alert' : 'status'} aria-live='polite'>
                    {entryStatusText(e)}
                  </View>
                </View>
                <View className='attachment-item__actions'>
                  {e.status === 'failed' ? (
                    <Text className='attachment-item__button attachment-item__retry' aria-label={`重新上传：${name}`} {...controlProps('button', () => void upload(e))}>
                      重试
                    </Text>
                  ) : null}
                  <Text className='attachment-item__button attachment-item__remove' aria-label={`移除附件：${name}`} {...controlProps('button', () => remove(e))}>
                    移除
                  </Text>
                </View>
              </View>
            );
          })}
        </View>
      ) : null}
      <View className='attachment-picker__actions'>
        <Text
          className={`ot-button ot-button--secondary attachment-picker__add-photo${full ? ' attachment-picker__add--full' : ''}`}
          aria-disabled={full}
          {...controlProps('button', () => void add(() => choosePhotos(MAX_ATTACHMENTS - entries.length)))}
        >
          拍照/选择图片
        </Text>
        <Text
          className={`ot-button ot-button--secondary attachment-picker__add-pdf${full ? ' attachment-picker__add--full' : ''}`}
          aria-disabled={full}
          {...controlProps('button', () => void add(async () => {
            const f = await choosePdf();
            return f ? [f] : [];
          }))}
        >
          选择PDF文件
        </Text>
      </View>
      {notice ? (
        <View className='attachment-picker__notice' role='alert'>
          {notice}
        </View>
      ) : null}
    </View>
  );
}
