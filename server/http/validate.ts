import type { z } from 'zod';
import { errors } from '../errors';

/** Parse input with a shared zod schema; failures become VALIDATION_FAILED with per-field details. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, where: 'query' | 'body' | 'params'): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw errors.validation(
    result.error.issues.map((i) => ({ path: [where, ...i.path.map(String)].join('.'), message: i.message })),
  );
}
