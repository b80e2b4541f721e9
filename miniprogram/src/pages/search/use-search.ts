import { useCallback, useEffect, useRef, useState } from 'react';
import type { TBundleSearchHit, TGuideSearchHit } from '@shared/schemas/catalog';
import { ApiError, ERROR_CODES } from '@shared/errors';
import { call, type CallQuery } from '../../services/request';

export type SearchQuery = NonNullable<CallQuery<'guideSearch'>>;

export interface SearchResults {
  status: 'loading' | 'ready' | 'error';
  items: TGuideSearchHit[];
  bundles: TBundleSearchHit[];
  total: number;
  error: ApiError | null;
  /** True while a further page is loading. */
  loadingMore: boolean;
}

const PAGE_SIZE = 20;

/**
 * Runs the search for `query` and pages through it. A new query starts over; answers for a query the user has
 * already changed are dropped, so fast typing never shows stale results.
 */
export function useSearch(query: SearchQuery): [SearchResults, { loadMore: () => void; retry: () => void }] {
  const [state, setState] = useState<SearchResults>({ status: 'loading', items: [], bundles: [], total: 0, error: null, loadingMore: false });
  const [attempt, setAttempt] = useState(0);
  const key = JSON.stringify(query);
  const generation = useRef(0);
  const page = useRef(1);
  const queryRef = useRef(query);
  queryRef.current = query;

  useEffect(() => {
    const mine = ++generation.current;
    page.current = 1;
    setState({ status: 'loading', items: [], bundles: [], total: 0, error: null, loadingMore: false });
    call('guideSearch', { query: { ...queryRef.current, page: 1, pageSize: PAGE_SIZE } }).then(
      (data) => {
        if (mine !== generation.current) return;
        setState({ status: 'ready', items: data.items, bundles: data.bundles, total: data.total, error: null, loadingMore: false });
      },
      (err: unknown) => {
        if (mine !== generation.current) return;
        setState((s) => ({ ...s, status: 'error', error: asApiError(err) }));
      },
    );
  }, [key, attempt]);

  const loadMore = useCallback(() => {
    const mine = generation.current;
    const next = page.current + 1;
    setState((s) => ({ ...s, loadingMore: true }));
    call('guideSearch', { query: { ...queryRef.current, page: next, pageSize: PAGE_SIZE } }).then(
      (data) => {
        if (mine !== generation.current) return;
        page.current = next;
        setState((s) => ({ ...s, items: [...s.items, ...data.items], total: data.total, loadingMore: false }));
      },
      (err: unknown) => {
        if (mine !== generation.current) return;
        setState((s) => ({ ...s, loadingMore: false, status: 'error', error: asApiError(err) }));
      },
    );
  }, []);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return [state, { loadMore, retry }];
}

function asApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  console.error('[search] unexpected failure', err);
  return new ApiError('INTERNAL', ERROR_CODES.INTERNAL.message, 0);
}
