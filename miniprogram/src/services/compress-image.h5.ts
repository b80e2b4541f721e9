/** Longest side after compression: enough to read an ID card or a licence, small enough for a slow network. */
const MAX_SIDE = 2000;

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('image load failed'));
    img.src = src;
  });
}

/**
 * H5 has no wx.compressImage: draw the photo on a canvas at most MAX_SIDE pixels wide or high and export JPEG at
 * quality 0.8, as a blob: URL that Taro.uploadFile accepts. Formats the browser cannot draw (HEIC on most
 * desktops) and anything that fails go up unchanged; the server still checks them.
 */
export async function compressImage(path: string): Promise<string> {
  try {
    const img = await loadImage(path);
    const scale = Math.min(1, MAX_SIDE / Math.max(img.naturalWidth, img.naturalHeight));
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(img.naturalWidth * scale);
    canvas.height = Math.round(img.naturalHeight * scale);
    const g = canvas.getContext('2d');
    if (!g) return path;
    g.fillStyle = '#fff'; // transparent PNG areas become white, not black, in JPEG
    g.fillRect(0, 0, canvas.width, canvas.height);
    g.drawImage(img, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.8));
    return blob ? URL.createObjectURL(blob) : path;
  } catch {
    return path;
  }
}
