import Taro from '@tarojs/taro';

/**
 * Shrink a photo before upload (a 12-megapixel photo is 3-6 MB; rural networks drop long uploads). weapp:
 * wx.compressImage; H5: compress-image.h5.ts draws it on a canvas. Falls back to the original on failure: a
 * bigger upload beats none, and the server enforces the limit anyway.
 */
export async function compressImage(path: string): Promise<string> {
  try {
    const { tempFilePath } = await Taro.compressImage({ src: path, quality: 80 });
    return tempFilePath || path;
  } catch {
    return path;
  }
}
