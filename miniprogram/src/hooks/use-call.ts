import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiName, ApiResponse } from '@shared/api';
import { ApiError, ERROR_CODES } from '@shared/errors';
import { call, type CallOptions } from '../services/request';

/** What a page renders for one remote call. */
export type CallState<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'error'; error: ApiError }
  | { status: 'ready'; data: T };

/**
 * Runs `call(name, options)` when the options change (pass null to wait) and returns its state plus a retry.
 * A response that arrives after the options changed is dropped, so a slow answer for a county the user has
 * already left never overwrites the current one.
 */
export function useCall<N extends ApiName>(
  name: N,
  options: CallOptions<N> | null,
): [CallState<ApiResponse<N>>, () => void] {
  const [state, setState] = useState<CallState<ApiResponse<N>>>(options === null ? { status: 'idle' } : { status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const key = options === null ? null : JSON.stringify(options);
  const optionsRef = useRef(options);
  optionsRef.current = options;

  useEffect(() => {
    const current = optionsRef.current;
    if (current === null) {
      setState({ status: 'idle' });
      return undefined;
    }
    let active = true;
    setState({ status: 'loading' });
    call(name, current).then(
      (data) => active && setState({ status: 'ready', data }),
      (err: unknown) => active && setState({ status: 'error', error: asApiError(err) }),
    );
    return () => {
      active = false;
    };
  }, [name, key, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return [state, retry];
}

function asApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  console.error('[api] unexpected failure', err);
  return new ApiError('INTERNAL', ERROR_CODES.INTERNAL.message, 0);
}
