/**
 * Why 发送补正告知 cannot go out yet, or null when it can. The notice must be complete in one go (一次性告知), so
 * every material needs a verdict first, and at least one must need correction.
 */
export function noticeBlocker(materials: readonly { name: string; verdict: string }[]): string | null {
  const pending = materials.filter((m) => m.verdict === 'PENDING');
  if (pending.length > 0) return `还有 ${pending.length} 项材料未审查（${pending.map((m) => m.name).join('、')}），全部审查后才能一次性告知。`;
  if (!materials.some((m) => m.verdict === 'NEEDS_CORRECTION')) return '没有标记为需补正的材料。';
  return null;
}
