import Taro from '@tarojs/taro';

/** Let the editor pick a catalogue file and read its bytes: a file input on H5, a chat file in WeChat. */
export async function pickCatalogueFile(): Promise<{ name: string; data: ArrayBuffer } | null> {
  if (process.env.TARO_ENV === 'h5') {
    return new Promise((resolve) => {
      const input = document.createElement('input');
      input.type = 'file';
      input.accept = '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';
      input.className = 'catalog-file-input';
      input.style.display = 'none';
      input.onchange = async () => {
        const file = input.files?.[0];
        input.remove();
        resolve(file ? { name: file.name, data: await file.arrayBuffer() } : null);
      };
      document.body.appendChild(input);
      input.click();
    });
  }
  const res = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['xlsx', 'csv'] });
  const file = res.tempFiles[0];
  if (!file) return null;
  const data = Taro.getFileSystemManager().readFileSync(file.path) as ArrayBuffer;
  return { name: file.name, data };
}
