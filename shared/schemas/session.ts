import { z } from 'zod';

/** One signed-in device of the citizen (我的登录设备). */
export const ZMySession = z.object({
  id: z.string(),
  /** True for the session making this request. */
  current: z.boolean(),
  /** Short device description from the User-Agent (e.g. 微信 · iPhone), or 未知设备. */
  device: z.string(),
  /** IP address with the last part hidden (113.65.*.*). */
  ip: z.string().nullable(),
  createdAt: z.iso.datetime(),
  /** Last request, to the minute (updated at most once a minute). */
  lastSeenAt: z.iso.datetime().nullable(),
  expiresAt: z.iso.datetime(),
});
export type TMySession = z.infer<typeof ZMySession>;

export const ZMySessionList = z.object({ items: z.array(ZMySession) });

/** POST /me/sessions/revoke-others: how many other devices were signed out. */
export const ZRevokedCount = z.object({ revoked: z.number().int().min(0) });
