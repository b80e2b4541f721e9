import { taroMock } from '../../mocks/taro';
import { readString, STORAGE_KEYS, writeString } from '../../../miniprogram/src/services/storage';

beforeEach(() => taroMock.reset());

describe('storage helpers', () => {
  it('reads back what was written and removes the key on null', () => {
    writeString(STORAGE_KEYS.county, '530502');
    expect(readString(STORAGE_KEYS.county)).toBe('530502');

    writeString(STORAGE_KEYS.county, null);
    expect(taroMock.storage.has(STORAGE_KEYS.county)).toBe(false);
    expect(readString(STORAGE_KEYS.county)).toBeNull();
  });

  it('reads a missing, empty or non-string value as null', () => {
    expect(readString(STORAGE_KEYS.token)).toBeNull();
    taroMock.storage.set(STORAGE_KEYS.token, '');
    expect(readString(STORAGE_KEYS.token)).toBeNull();
    taroMock.storage.set(STORAGE_KEYS.token, { not: 'a string' });
    expect(readString(STORAGE_KEYS.token)).toBeNull();
  });
});
