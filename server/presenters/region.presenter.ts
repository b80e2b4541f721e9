import type { TRegion } from '@shared/schemas/region';

/** Map a region row to the shared response type (Prisma types stay on the server). */
export function presentRegion(r: { code: string; name: string; level: TRegion['level']; parentCode: string | null }): TRegion {
  return { code: r.code, name: r.name, level: r.level, parentCode: r.parentCode };
}
