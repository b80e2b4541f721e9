import { useState } from 'react';
import { ApiError } from '@shared/errors';

/** The server's message of a failed call (already in Chinese), else `fallback`. */
export function failureMessage(err: unknown, fallback: string): string {
  return err instanceof ApiError ? err.message : fallback;
}

/**
 * Runs `work` with the busy flag up and the last error cleared; a failure becomes the error to show. The flag
 * drops again whatever happens, so the button is never stuck.
 */
export async function runBusy(work: () => Promise<void>, fallback: string, setBusy: (busy: boolean) => void, setError: (error: string | null) => void): Promise<void> {
  setBusy(true);
  setError(null);
  try {
    await work();
  } catch (err) {
    setError(failureMessage(err, fallback));
  } finally {
    setBusy(false);
  }
}

/** One button's action (sign in, upload): `busy` while it runs, `error` when it failed (`fallback` for an unknown failure). */
export function useBusyAction(fallback: string) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = (work: () => Promise<void>) => runBusy(work, fallback, setBusy, setError);
  return { busy, error, setError, run };
}
