import type { TMessageList } from '@shared/schemas/notifications';
import type { Db } from '../../db/client';
import type { Prisma } from '../../generated/prisma/client';
import { presentMessage } from '../../presenters/message.presenter';

/** Whose message centre: a citizen's (user id) or a staff member's. */
export type MessageOwner = { userId: string } | { staffId: string };

export function ownerFilter(owner: MessageOwner): Prisma.NotificationWhereInput {
  return 'userId' in owner ? { userId: owner.userId } : { staffId: owner.staffId };
}

export function countUnread(db: Db, owner: MessageOwner): Promise<number> {
  return db.notification.count({ where: { ...ownerFilter(owner), readAt: null } });
}

/** A page of the message centre, newest first, with the total and the unread count (for the badge). */
export async function listMessages(db: Db, owner: MessageOwner, q: { page: number; pageSize: number; unreadOnly?: string | undefined }): Promise<TMessageList> {
  const unreadOnly = q.unreadOnly === '1' || q.unreadOnly === 'true';
  const where = { ...ownerFilter(owner), ...(unreadOnly ? { readAt: null } : {}) };
  const [rows, total, unread] = await Promise.all([
    db.notification.findMany({ where, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], skip: (q.page - 1) * q.pageSize, take: q.pageSize }),
    db.notification.count({ where }),
    countUnread(db, owner),
  ]);
  return { items: rows.map(presentMessage), page: q.page, pageSize: q.pageSize, total, unread };
}
