import { useState } from 'react';
import { ApiError } from '@shared/errors';

/** The server's message of a failed call (already in Chinese), else `fallback`. */
export function failureMessage(err: unknown, fallback: string): string {
  return err instanceof ApiError ? err.message : fallback;
}

/** How a failure becomes the text shown (failureMessage unless a page words it its own way). */
export type Describe = (err: unknown, fallback: string) => string;

/**
 * Runs `work` with the busy flag up and the last error cleared; a failure becomes the error to show (worded by
 * `describe`). The flag drops again whatever happens, so the button is never stuck. Written as a promise chain rather
 * than async/await: this sits in the main package, and the chain costs a fraction of the transpiled generator.
 */
export function runBusy(
  work: () => Promise<void>,
  fallback: string,
  setBusy: (busy: boolean) => void,
  setError: (error: string | null) => void,
  describe: Describe = failureMessage,
): Promise<void> {
  setBusy(true);
  setError(null);
  return new Promise<void>((resolve) => resolve(work()))
    .catch((err: unknown) => setError(describe(err, fallback)))
    .then(() => setBusy(false));
}

/**
 * One button's action (sign in, upload, withdraw): `busy` while it runs, `error` when it failed (`fallback` for an
 * unknown failure). `run` does not refuse a second tap by itself: callers that can be tapped twice check `busy` first.
 */
export function useBusyAction(fallback: string, describe: Describe = failureMessage) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = (work: () => Promise<void>) => runBusy(work, fallback, setBusy, setError, describe);
  return { busy, error, setError, run };
}
