import { z } from 'zod';
import { ZRegion } from './region';

/** A department (实施主体) in the home page directory. */
export const ZDepartmentSummary = z.object({
  id: z.string(),
  /** Organisation code unique in the catalogue. */
  code: z.string(),
  name: z.string(),
  /** Region the department belongs to. */
  regionCode: z.string(),
});
export type TDepartmentSummary = z.infer<typeof ZDepartmentSummary>;

/** GET /api/v1/home: what the mini-program's first page shows, all from the database. */
export const ZHomeResponse = z.object({
  /** The top region of the deployment (the city). Null before the catalogue is loaded. */
  city: ZRegion.nullable(),
  /** County-level units under the city, with the number of townships in each. */
  counties: z.array(ZRegion.extend({ townshipCount: z.number().int().nonnegative() })),
  departments: z.array(ZDepartmentSummary),
  stats: z.object({
    regions: z.number().int().nonnegative(),
    departments: z.number().int().nonnegative(),
    /** Published service items. */
    publishedItems: z.number().int().nonnegative(),
  }),
});
export type THomeResponse = z.infer<typeof ZHomeResponse>;
