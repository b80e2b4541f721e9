import { z } from 'zod';

/** Administrative level of a region: the programme's four-level linkage (市/县/乡镇/村). */
export const ZRegionLevel = z.enum(['CITY', 'COUNTY', 'TOWNSHIP', 'VILLAGE']);
export type TRegionLevel = z.infer<typeof ZRegionLevel>;

/** A region as clients see it. */
export const ZRegion = z.object({
  /** GB/T 2260 (and statistical) division code, e.g. 530502. */
  code: z.string().regex(/^\d{4,12}$/),
  /** Official name, e.g. 隆阳区. */
  name: z.string(),
  level: ZRegionLevel,
  /** Parent region code; null for the top of the tree. */
  parentCode: z.string().nullable(),
});
export type TRegion = z.infer<typeof ZRegion>;

/** Query for the children of a region (omit parent for the top level). */
export const ZRegionChildrenQuery = z.object({
  /** Parent region code. */
  parent: z.string().regex(/^\d{4,12}$/, '地区代码应为4到12位数字').optional(),
});

export const ZRegionList = z.object({ items: z.array(ZRegion) });
export type TRegionList = z.infer<typeof ZRegionList>;
