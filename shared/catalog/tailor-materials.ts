import type { TGuideMaterial, TGuideSituation } from '../schemas/catalog';

/**
 * The material list for a citizen's answers to the situation questions (情形): every REQUIRED material, plus the
 * CONDITIONAL ones that a chosen option adds, in guide order. Pure, so the mini-program shows the same list the
 * server computes. Unknown question or option ids are ignored (a stale client must not break the list); for a
 * single-choice question only the first chosen option counts.
 */
export function tailorMaterials<M extends Pick<TGuideMaterial, 'id' | 'requirement'>>(
  materials: readonly M[],
  situations: readonly TGuideSituation[],
  answers: Readonly<Record<string, readonly string[]>>,
): { materials: M[]; unanswered: string[] } {
  const added = new Set<string>();
  const unanswered: string[] = [];
  for (const q of situations) {
    const chosen = (answers[q.id] ?? []).filter((id) => q.options.some((o) => o.id === id));
    if (chosen.length === 0) {
      unanswered.push(q.id);
      continue;
    }
    for (const optionId of q.multiple ? chosen : chosen.slice(0, 1)) {
      for (const m of q.options.find((o) => o.id === optionId)?.materialIds ?? []) added.add(m);
    }
  }
  return { materials: materials.filter((m) => m.requirement === 'REQUIRED' || added.has(m.id)), unanswered };
}
