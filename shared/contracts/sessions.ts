import { ZOk } from '../schemas/identity';
import { ZMySessionList, ZRevokedCount } from '../schemas/session';
import { endpoint } from './define';

/** The citizen's signed-in devices: list, sign one out, sign out all others. */
export const sessionsApi = {
  meSessions: endpoint({ method: 'GET', path: '/me/sessions', summary: '我的登录设备', response: ZMySessionList, auth: 'citizen' }),
  meSessionRevoke: endpoint({ method: 'POST', path: '/me/sessions/:id/revoke', summary: '让某台设备退出登录', response: ZOk, auth: 'citizen' }),
  meSessionsRevokeOthers: endpoint({ method: 'POST', path: '/me/sessions/revoke-others', summary: '退出其他所有设备', response: ZRevokedCount, auth: 'citizen' }),
} as const;
