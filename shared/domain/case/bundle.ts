import type { TCaseStatus } from './transitions';

/**
 * 一件事 bundles: one application fans out to one sub-case per department, reviewed in parallel. The citizen sees one
 * case whose status is derived here from the parts: the least advanced part still going on decides (the bundle is
 * done when the last part is). Parts refused or withdrawn drop out; only when none goes on do they decide.
 */

/** How far along a status is; parts at the same rank are shown as the first status listed. */
const RANK: Partial<Record<TCaseStatus, number>> = {
  DRAFT: 0,
  CORRECTION_REQUIRED: 1,
  SUBMITTED: 2,
  RESUBMITTED: 2,
  ACCEPTED: 3,
  IN_PROGRESS: 4,
  SUSPENDED: 4,
  COMPLETED: 5,
  DELIVERED: 6,
  RATED: 7,
};

export interface BundleStanding {
  status: TCaseStatus;
  /** Some parts were refused or withdrawn while others go on (show which). */
  partial: boolean;
  /** Parts per status. */
  counts: Partial<Record<TCaseStatus, number>>;
}

/** The status the citizen sees for a bundle with these sub-case statuses (at least one). */
export function bundleStanding(parts: readonly TCaseStatus[]): BundleStanding {
  if (parts.length === 0) throw new RangeError('a bundle has at least one part');
  const counts: Partial<Record<TCaseStatus, number>> = {};
  for (const s of parts) counts[s] = (counts[s] ?? 0) + 1;
  const active = parts.filter((s) => RANK[s] !== undefined);
  if (active.length === 0) return { status: parts.includes('NOT_ACCEPTED') ? 'NOT_ACCEPTED' : 'WITHDRAWN', partial: false, counts };
  const least = Math.min(...active.map((s) => RANK[s]!));
  const atLeast = active.filter((s) => RANK[s] === least);
  // Ties: any part waiting for pre-review shows "submitted"; any part being worked on shows "in progress".
  const status =
    atLeast.find((s) => s === 'SUBMITTED') ?? atLeast.find((s) => s === 'IN_PROGRESS') ?? atLeast[0]!;
  return { status, partial: active.length < parts.length, counts };
}
