import { tailorMaterials } from '@shared/catalog/tailor-materials';
import type { TGuideMaterial, TGuideSituation } from '@shared/schemas/catalog';

/** Chosen option ids per situation question id (the body of POST /guides/:code/materials). */
export type Answers = Record<string, string[]>;

/** Records a tap on an option: single-choice questions replace the answer, multiple-choice ones toggle it. */
export function answer(answers: Answers, question: TGuideSituation, optionId: string): Answers {
  if (!question.multiple) return { ...answers, [question.id]: [optionId] };
  const current = answers[question.id] ?? [];
  const next = current.includes(optionId) ? current.filter((id) => id !== optionId) : [...current, optionId];
  return { ...answers, [question.id]: next };
}

/**
 * The list the guide shows for the answers so far: the shared tailoring (required + what chosen options add,
 * the same list the server computes), plus conditional materials that no question decides about, which stay
 * listed with their condition text so nothing a citizen may need is hidden. Guide order is kept.
 */
export function visibleMaterials<M extends Pick<TGuideMaterial, 'id' | 'requirement'>>(
  materials: readonly M[],
  situations: readonly TGuideSituation[],
  answers: Answers,
): { materials: M[]; unanswered: string[] } {
  const tailored = tailorMaterials(materials, situations, answers);
  const decided = new Set(situations.flatMap((q) => q.options.flatMap((o) => o.materialIds)));
  const shown = new Set(tailored.materials.map((m) => m.id));
  return {
    materials: materials.filter((m) => shown.has(m.id) || (m.requirement === 'CONDITIONAL' && !decided.has(m.id))),
    unanswered: tailored.unanswered,
  };
}
