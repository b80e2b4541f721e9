import type { TAnywhereScope, TItemType, TResultType } from '@shared/schemas/catalog';

/** Level at which a template is implemented: one item per implementing body at that level. */
export type SeedLevel = 'CITY' | 'COUNTY' | 'TOWNSHIP' | 'VILLAGE';

/** A material of a seed template (compact; defaults filled by the seed). */
export interface SeedMaterial {
  /** MaterialType code when the material is shared across items (same code = asked once in a bundle). */
  type?: string;
  name: string;
  /** Conditional: only when a situation option names it; the text says when. */
  when?: string;
  /** O original, C copy, OC show original hand in copy. Default O. */
  orig?: 'O' | 'C' | 'OC';
  copies?: number;
  /** A applicant (default), G government-held (fetched), I intermediary. */
  src?: 'A' | 'G' | 'I';
  srcDetail?: string;
  /** Generate a blank form and a filled sample for this material. */
  form?: boolean;
  mistakes?: string;
  standard?: string;
  /** Not a key material: may be missing at acceptance under a pledge (容缺受理). */
  minor?: boolean;
}

/** A situation question: options name the conditional materials they add. */
export interface SeedQuestion {
  text: string;
  multiple?: boolean;
  options: [text: string, materials: string[]][];
}

/** A catalogue item template, implemented once per body at each of its levels. */
export interface SeedItem {
  /** Base code (基本目录编码), e.g. XK00101. */
  base: string;
  name: string;
  type: TItemType;
  /** Department abbreviation (SCJG, GA...) or BMFW for township/village service centres. */
  dept: string;
  at: SeedLevel[];
  instant?: boolean;
  /** Statutory limit in working days; null when the law sets none. */
  statutory: number | null;
  promised: number;
  visits: number;
  visitsReason?: string;
  /** Online application (default true). */
  online?: boolean;
  post?: boolean;
  courier?: boolean;
  /** In the service centre (default true). */
  centre?: boolean;
  pay?: boolean;
  booking?: boolean;
  anywhere?: TAnywhereScope;
  conditions: string;
  legal: string;
  steps?: [name: string, description: string, limit?: string][];
  fees?: [name: string, standard: string, amountFen: number | null, basis: string, reductions?: string][];
  materials: SeedMaterial[];
  questions?: SeedQuestion[];
  faqs: [question: string, answer: string][];
  keywords: string[];
  themes: string[];
  result: [name: string, type: TResultType];
  popularity?: number;
}
