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

/** Photograph a material or pick photos (the browser's file picker; phones offer the camera). */
export async function choosePhotos(count = 9): Promise<PickedFile[]> {
  const res = await Taro.chooseImage({ count, sizeType: ['original', 'compressed'], sourceType: ['camera', 'album'] });
  // Taro's H5 chooseImage keeps the browser File, whose name the compressed upload would otherwise lose.
  return res.tempFiles.map((f) => ({ path: f.path, kind: 'image' as const, size: f.size, name: (f as { originalFileObj?: { name?: string } }).originalFileObj?.name }));
}

/** Pick a PDF with a plain file input; resolves null when the user cancels. */
export function choosePdf(): Promise<PickedFile | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = 'application/pdf,.pdf';
    input.style.display = 'none';
    input.addEventListener('change', () => {
      const f = input.files?.[0];
      input.remove();
      resolve(f ? { path: URL.createObjectURL(f), kind: 'document', size: f.size, name: f.name } : null);
    });
    input.addEventListener('cancel', () => {
      input.remove();
      resolve(null);
    });
    document.body.appendChild(input);
    input.click();
  });
}
