import { useCallback, useEffect, useRef, useState } from 'react';
import type { Page } from '../../../../electron/shared/registry';
import { toUiError, type UiError } from '../../api/client-errors';
import { useCoreRestarts } from '../../session/core-restarts';

export type PagedList<T> = {
  rows: T[];
  total: number | null;
  totalAtLeast: number | null;
  /** First page under way (the old rows stay until it lands, so the table does not jump). */
  loading: boolean;
  loadingMore: boolean;
  error: UiError | null;
  hasMore: boolean;
  more: () => void;
  reload: () => void;
};

/**
 * How many pages the list shows, kept by the caller (the address: useRoutePages), so a reload or Back
 * shows as many as were open; without it, the list keeps the count itself.
 */
export type PageCount = { count: number; onChange: (count: number) => void };

/** Past this many pages an address asks for, the rest waits for "Muat lagi": an old link reads no whole registry. */
const MAX_RESTORED_PAGES = 10;

/**
 * A registry list read page by page with the core's cursor: the first page when the query changes, the
 * next one appended on "Muat lagi". Only what was asked for is on screen, so 200,000 candidates cost
 * one page of rows. `query` is compared by value; a response to an older query is dropped.
 */
export function usePagedList<T, Q>(query: Q, load: (query: Q, cursor: string | null) => Promise<Page<T>>, pages?: PageCount): PagedList<T> {
  const [rows, setRows] = useState<T[]>([]);
  const [total, setTotal] = useState<{ total: number | null; totalAtLeast: number | null }>({ total: null, totalAtLeast: null });
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<UiError | null>(null);
  const [round, setRound] = useState(0);
  const [loaded, setLoaded] = useState(0);
  const [ownCount, setOwnCount] = useState(1);
  const wanted = Math.max(1, Math.min(pages?.count ?? ownCount, MAX_RESTORED_PAGES));
  const setWanted = useRef(pages?.onChange ?? setOwnCount);
  setWanted.current = pages?.onChange ?? setOwnCount;
  const shownKey = useRef<string | null>(null);
  const restarts = useCoreRestarts();
  const generation = useRef(0);
  const queryKey = JSON.stringify(query);
  const latest = useRef({ query, load });
  latest.current = { query, load };

  useEffect(() => {
    // Another query starts again at one page; the same one read again (a reload, a restart) reopens as many.
    if (shownKey.current !== null && shownKey.current !== queryKey) setWanted.current(1);
    shownKey.current = queryKey;
    const mine = ++generation.current;
    setLoading(true);
    setLoaded(0);
    setError(null);
    latest.current.load(latest.current.query, null).then(
      (page) => {
        if (mine !== generation.current) return;
        setRows(page.rows);
        setTotal({ total: page.total, totalAtLeast: page.totalAtLeast });
        setCursor(page.nextCursor);
        setLoaded(1);
        setLoading(false);
      },
      (err: unknown) => {
        if (mine !== generation.current) return;
        setError(toUiError(err));
        setLoading(false);
      },
    );
  }, [queryKey, round, restarts]);

  const loadMore = useCallback(() => {
    if (cursor === null || loadingMore) return;
    const mine = generation.current;
    setLoadingMore(true);
    setError(null);
    latest.current.load(latest.current.query, cursor).then(
      (page) => {
        if (mine !== generation.current) return;
        setRows((prev) => [...prev, ...page.rows]);
        setCursor(page.nextCursor);
        setLoaded((n) => n + 1);
        setLoadingMore(false);
      },
      (err: unknown) => {
        if (mine !== generation.current) return;
        setError(toUiError(err));
        setLoadingMore(false);
      },
    );
  }, [cursor, loadingMore]);

  // The pages wanted and not yet shown are read one after another ("Muat lagi" asks for one more).
  useEffect(() => {
    if (!loading && !loadingMore && error === null && loaded > 0 && loaded < wanted) loadMore();
  }, [loading, loadingMore, error, loaded, wanted, loadMore]);
  const more = useCallback(() => {
    if (cursor === null || loadingMore) return;
    setError(null);
    setWanted.current(loaded + 1);
  }, [cursor, loadingMore, loaded]);

  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { rows, ...total, loading, loadingMore, error, hasMore: cursor !== null, more, reload };
}

/** The value `delay` ms after it stopped changing (compared by value): a search runs once the person pauses typing. */
export function useDebounced<T>(value: T, delay = 250): T {
  const [settled, setSettled] = useState(value);
  const key = JSON.stringify(value);
  const latest = useRef(value);
  latest.current = value;
  useEffect(() => {
    const timer = setTimeout(() => setSettled(latest.current), delay);
    return () => clearTimeout(timer);
  }, [key, delay]);
  return settled;
}
