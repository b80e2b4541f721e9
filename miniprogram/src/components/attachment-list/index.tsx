import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { TComplaintView } from '@shared/schemas/complaints';
import { openFile } from '../../pages/guide/actions';
import { fileLinkUrl } from '../../services/file-link';
import { controlProps } from '../../utils/control-props';
import { formatSize } from '../attachment-picker/entries';
import '../attachment-picker/index.scss';

type Attachment = TComplaintView['attachments'][number];

/** Files are private: ask for a short-lived link at the moment of opening, then open it like any document. */
async function open(a: Attachment): Promise<void> {
  let url: string;
  try {
    url = await fileLinkUrl(a.id);
  } catch {
    void Taro.showToast({ title: '文件打开失败，请稍后重试', icon: 'none', duration: 2500 });
    return;
  }
  await openFile({ ...a, url });
}

/** The files sent with a complaint: name and size, tap 查看 to open (image viewer, PDF reader or a new tab). */
export default function AttachmentList({ attachments }: { attachments: Attachment[] }) {
  return (
    <View className='attachment-list' role='list' aria-label='附件'>
      {attachments.map((a) => (
        <View key={a.id} className='attachment-item attachment-item--done' role='listitem' data-file-id={a.id}>
          <View className='attachment-item__text'>
            <Text className='attachment-item__name'>{a.name}</Text>
            <Text className='attachment-item__state'>{formatSize(a.size)}</Text>
          </View>
          <View className='attachment-item__actions'>
            <Text className='attachment-item__button attachment-item__open' aria-label={`查看附件：${a.name}`} {...controlProps('button', () => void open(a))}>
              查看
            </Text>
          </View>
        </View>
      ))}
    </View>
  );
}
