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

/** graphile-worker task that delivers one outbox notification (server/jobs/tasks). */
export const NOTIFY_TASK = 'notify';
/** Attempts before a delivery job gives up (graphile-worker backs off exponentially: about 3 days in total). */
export const NOTIFY_MAX_ATTEMPTS = 25;

/**
 * THE way any use case asks for a notification. Call it inside the transaction that writes the causing event, so
 * the event and its notifications commit together or not at all. Delivery happens later, by the worker.
 *
 * Each intent becomes an OutboxMessage row (the durable record, unique by dedupe key) and, in the same
 * transaction, a graphile-worker job (job_key = the dedupe key) that delivers it. A replayed intent finds its key
 * taken and adds neither. Jobs of one case share a queue, so they run one after the other in order.
 */
export async function enqueueNotifications(tx: DbTx, intents: readonly NotificationIntent[]): Promise<void> {
  if (intents.length === 0) return;
  const created = await tx.outboxMessage.createManyAndReturn({
    data: intents.map((n) => ({
      topic: 'notification',
      dedupeKey: n.dedupeKey,
      caseId: n.caseId ?? null,
      payload: { template: n.template, caseId: n.caseId ?? null, recipient: n.recipient, data: n.data } as object,
    })),
    skipDuplicates: true,
    select: { dedupeKey: true, caseId: true },
  });
  for (const row of created) {
    const caseId = row.caseId;
    await tx.$executeRaw`SELECT graphile_worker.add_job(
      ${NOTIFY_TASK}::text,
      payload := ${JSON.stringify({ key: row.dedupeKey })}::json,
      queue_name := ${caseId ? `case:${caseId}` : null}::text,
      max_attempts := ${NOTIFY_MAX_ATTEMPTS}::int,
      job_key := ${row.dedupeKey}::text
    )`;
  }
}
