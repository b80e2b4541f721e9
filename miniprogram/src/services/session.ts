import { call } from './request';
import { getLoginCode } from './login-code';
import { readString, STORAGE_KEYS, writeString } from './storage';

/** True when a session token is stored on this device. */
export function isSignedIn(): boolean {
  return readString(STORAGE_KEYS.token) !== null;
}

/** WeChat sign-in: a login code (Taro.login, or a demo persona on H5) exchanged for a session token. */
export async function signInWithWechat(persona?: string) {
  const code = await getLoginCode(persona);
  const res = await call('authWechat', { body: { code } });
  writeString(STORAGE_KEYS.token, res.token);
  return res;
}

/** Staff sign-in with username and password (hall PCs). */
export async function signInStaff(username: string, password: string) {
  const res = await call('staffLogin', { body: { username, password } });
  writeString(STORAGE_KEYS.token, res.token);
  return res;
}

/** Revoke the session on the server (best effort) and forget the token here. */
export async function signOut(): Promise<void> {
  try {
    await call('authLogout');
  } catch {
    // Already expired or offline: forgetting the token locally is what matters.
  }
  writeString(STORAGE_KEYS.token, null);
}
