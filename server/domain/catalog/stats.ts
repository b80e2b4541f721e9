import { compression, type ItemElements } from './elements';

/** The programme's targets (保政办函〔2018〕4号; domain.md). */
export const PROGRAMME_TARGETS = {
  /** Share of items needing at most one visit. */
  atMostOneVisit: 0.6,
  /** Promised time limit compressed by at least this much on average. */
  compression: 0.5,
  /** Share of items that can be applied for online. */
  online: 0.8,
  /** Share of items handled in the government service centre. */
  inCentre: 0.85,
} as const;

/** What the statistics read of a published item version. */
export type StatsItem = Pick<
  ItemElements,
  'handlingType' | 'visitsNeeded' | 'channels' | 'statutoryLimit' | 'statutoryLimitUnit' | 'promisedLimit' | 'promisedLimitUnit'
> & { inServiceCentre: boolean; courierDelivery: boolean };

export interface Share {
  count: number;
  /** count / items, null when there are no items. */
  share: number | null;
}
export interface Targeted extends Share {
  target: number;
  /** null when there is nothing to measure. */
  met: boolean | null;
}

export interface ProgrammeStats {
  items: number;
  atMostOneVisit: Targeted;
  zeroVisit: Share;
  compression: {
    /** Items with a statutory limit (only those can be compressed). */
    counted: number;
    average: number | null;
    minimum: number | null;
    target: number;
    met: boolean | null;
  };
  online: Targeted;
  inCentre: Targeted;
  instant: Share;
  courier: Share;
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;

function share(count: number, total: number): Share {
  return { count, share: total ? round(count / total) : null };
}
function targeted(count: number, total: number, target: number): Targeted {
  const s = share(count, total);
  return { ...s, target, met: s.share === null ? null : s.share >= target };
}

/**
 * The programme's figures over a set of published items. Shares are of all items; compression is averaged over the
 * items that have a statutory limit (1 − promised/statutory, units converted), its minimum is the least
 * compressed item. Rounded to 4 decimals so the same catalogue always gives the same figures.
 */
export function computeProgrammeStats(items: StatsItem[]): ProgrammeStats {
  const n = items.length;
  const count = (p: (i: StatsItem) => boolean) => items.filter(p).length;
  const compressions = items.map((i) => compression(i)).filter((c): c is number => c !== null);
  const average = compressions.length ? round(compressions.reduce((a, b) => a + b, 0) / compressions.length) : null;
  return {
    items: n,
    atMostOneVisit: targeted(count((i) => i.visitsNeeded <= 1), n, PROGRAMME_TARGETS.atMostOneVisit),
    zeroVisit: share(count((i) => i.visitsNeeded === 0), n),
    compression: {
      counted: compressions.length,
      average,
      minimum: compressions.length ? round(Math.min(...compressions)) : null,
      target: PROGRAMME_TARGETS.compression,
      met: average === null ? null : average >= PROGRAMME_TARGETS.compression,
    },
    online: targeted(count((i) => i.channels.includes('ONLINE')), n, PROGRAMME_TARGETS.online),
    inCentre: targeted(count((i) => i.inServiceCentre), n, PROGRAMME_TARGETS.inCentre),
    instant: share(count((i) => i.handlingType === 'INSTANT'), n),
    courier: share(count((i) => i.courierDelivery), n),
  };
}

/** Group items by a key and compute each group's figures, groups in first-seen order. */
export function statsBy<T extends StatsItem>(items: T[], key: (i: T) => string): Map<string, ProgrammeStats> {
  const groups = new Map<string, T[]>();
  for (const i of items) {
    const k = key(i);
    groups.set(k, [...(groups.get(k) ?? []), i]);
  }
  return new Map([...groups].map(([k, g]) => [k, computeProgrammeStats(g)]));
}
