import { ApiError } from '@shared/errors';

/**
 * A failed follow-up action in words: the first field the server found wrong (an appeal without a reason, a bad
 * date), else the server's message, else `fallback`. Kept out of the shared busy-action hook, which sits in the main
 * package, because only this staff page needs it.
 */
export function fieldFailureMessage(err: unknown, fallback: string): string {
  return err instanceof ApiError ? (err.details?.[0]?.message ?? err.message) : fallback;
}
