import type { DbTx } from '../../db/client';

/**
 * Who receives a notification: a citizen (user id; null for a walk-in applicant without an account: message centre
 * and WeChat are skipped), or the staff of a department (its queue).
 * The notifications service resolves openids, subscriptions and the message centre from this.
 */
export type NotificationRecipient =
  | { userId: string | null; agentUserId?: string | null }
  | { departmentId: string; regionCode?: string | null };

export interface NotificationIntent {
  /**
   * Unique per causing event and template, e.g. `case:<id>:v<version>:case.accepted` or
   * `shipment:<id>:SIGNED:case.signed`. Enqueuing the same key twice is a no-op: that is what makes a retried or
   * replayed event produce one message.
   */
  dedupeKey: string;
  /** Template key (configuration maps it to a WeChat template id, fields and page). */
  template: string;
  caseId?: string | null;
  recipient: NotificationRecipient;
  /** Values the template's fields are filled from (case number, dates, counts, reasons ...). */
  data: Record<string, string | number | boolean | null | undefined>;
}

/**
 * THE way any use case asks for a notification. Call it inside the transaction that writes the causing event, so
 * the event and its notifications commit together or not at all. Delivery happens later, by the worker.
 */
export async function enqueueNotifications(tx: DbTx, intents: readonly NotificationIntent[]): Promise<void> {
  if (intents.length === 0) return;
  await tx.outboxMessage.createMany({
    data: intents.map((n) => ({
      topic: 'notification',
      dedupeKey: n.dedupeKey,
      payload: { template: n.template, caseId: n.caseId ?? null, recipient: n.recipient, data: n.data } as object,
    })),
    skipDuplicates: true,
  });
}
