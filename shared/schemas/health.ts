import { z } from 'zod';

/** GET /healthz and /readyz. */
export const ZHealth = z.object({
  status: z.enum(['ok', 'unavailable']),
  /** Per dependency: true when it answered. Only on /readyz. */
  checks: z.record(z.string(), z.boolean()).optional(),
  version: z.string(),
});
export type THealth = z.infer<typeof ZHealth>;
