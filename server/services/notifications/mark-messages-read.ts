import type { Db } from '../../db/client';
import { errors } from '../../errors';
import { countUnread, ownerFilter, type MessageOwner } from './list-messages';

/** Mark one of the owner's messages read (idempotent); another owner's message is "not found", never revealed. */
export async function markMessageRead(db: Db, owner: MessageOwner, id: string, now = new Date()): Promise<{ unread: number }> {
  const found = await db.notification.findFirst({ where: { id, ...ownerFilter(owner) }, select: { id: true, readAt: true } });
  if (!found) throw errors.notFound('消息不存在');
  if (!found.readAt) await db.notification.update({ where: { id }, data: { readAt: now } });
  return { unread: await countUnread(db, owner) };
}

export async function markAllMessagesRead(db: Db, owner: MessageOwner, now = new Date()): Promise<{ unread: number }> {
  await db.notification.updateMany({ where: { ...ownerFilter(owner), readAt: null }, data: { readAt: now } });
  return { unread: await countUnread(db, owner) };
}
