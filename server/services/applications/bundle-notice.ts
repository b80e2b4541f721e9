import type { DbTx } from '../../db/client';
import { enqueueNotifications } from '../notifications/enqueue';

/** A 一件事 bundle's parent case, as far as its citizen message needs it. */
interface BundleCase {
  id: string;
  applicantUserId: string | null;
  agentUserId: string | null;
}

/**
 * The ONE citizen message for something done to a whole 一件事 bundle (`bundle.submitted`, `bundle.withdrawn`),
 * enqueued in the transaction that changed the parts. Each happens once in a bundle's life (submission and
 * withdrawal are one-way), so the key names the bundle and the template: a retried request enqueues nothing more.
 * The message belongs to the bundle's own case, so the message centre opens the bundle's one case view.
 */
export function enqueueBundleNotice(
  tx: DbTx,
  bundle: BundleCase,
  template: 'bundle.submitted' | 'bundle.withdrawn',
  data: Record<string, string | number | null>,
): Promise<void> {
  return enqueueNotifications(tx, [
    {
      template,
      dedupeKey: `case:${bundle.id}:${template}`,
      caseId: bundle.id,
      recipient: { userId: bundle.applicantUserId, agentUserId: bundle.agentUserId },
      data,
    },
  ]);
}
