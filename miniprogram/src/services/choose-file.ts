import Taro from '@tarojs/taro';

/** A file the user picked, ready for uploadFromPhone. */
export interface PickedFile {
  path: string;
  kind: 'image' | 'document';
  /** Bytes before compression, when the platform says. */
  size?: number;
  /** The user's name for it (a PDF, a photo picked in the browser), when the platform says. */
  name?: string;
}

/** Photograph a material or pick photos from the album (both platforms). */
export async function choosePhotos(count = 9): Promise<PickedFile[]> {
  const res = await Taro.chooseImage({ count, sizeType: ['original', 'compressed'], sourceType: ['camera', 'album'] });
  return res.tempFiles.map((f) => ({ path: f.path, kind: 'image' as const, size: f.size }));
}

/**
 * Pick a PDF. weapp: from a chat (wx.chooseMessageFile is the only way to reach documents on a phone); H5 has
 * its own version in choose-file.h5.ts.
 */
export async function choosePdf(): Promise<PickedFile | null> {
  const res = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['pdf'] });
  const f = res.tempFiles[0];
  return f ? { path: f.path, kind: 'document', size: f.size, name: f.name } : null;
}
