import { useCallback, useEffect, useMemo, useRef } from 'react';
import { currentRoute, replaceRoute, routePath, routeQueryOf, useRoute } from './hash-route';

/**
 * One filter of a list kept in the address's query (`#/sessions?status=upcoming&search=budi`): how it
 * reads from its parameter (null when absent) and what it writes (null: the default, left out of the
 * address, so an unfiltered list's address stays `#/sessions`). Method syntax on purpose: a spec of
 * several filters of different types fits one `Record`.
 */
export type RouteFilter<T> = {
  read(raw: string | null): T;
  write(value: T): string | null;
};

type Spec = Record<string, RouteFilter<unknown>>;
export type FiltersOf<S extends Spec> = { [K in keyof S]: S[K] extends RouteFilter<infer T> ? T : never };

/** Free text as typed (a search box): spaces and all, so the box shows back exactly what was typed. */
export const textFilter: RouteFilter<string> = {
  read: (raw) => raw ?? '',
  write: (value) => (value === '' ? null : value),
};

/** A whole ISO day (`2026-12-05`), '' for none or for anything else in the address. */
export const dayFilter: RouteFilter<string> = {
  read: (raw) => (raw !== null && /^\d{4}-\d{2}-\d{2}$/.test(raw) ? raw : ''),
  write: (value) => (value === '' ? null : value),
};

/** A box that is ticked (`=1`) or not. */
export const flagFilter: RouteFilter<boolean> = {
  read: (raw) => raw === '1',
  write: (value) => (value ? '1' : null),
};

/**
 * One of a fixed set, by the word the address names it with; anything else in the address (an old link,
 * a typo) is the default. `choiceFilter({ active: true, inactive: false, all: null }, true)`.
 */
export function choiceFilter<T>(words: Readonly<Record<string, T>>, fallback: T): RouteFilter<T> {
  const entries = Object.entries(words);
  return {
    read: (raw) => {
      // Not `?? fallback`: a word may stand for null ('all').
      const entry = entries.find(([word]) => word === raw);
      return entry ? entry[1] : fallback;
    },
    write: (value) => (value === fallback ? null : (entries.find(([, v]) => v === value)?.[0] ?? null)),
  };
}

/** One of a list's own values (a status), named in the address as it is; `fallback` when absent or unknown. */
export function oneOfFilter<T extends string, F>(values: readonly T[], fallback: F): RouteFilter<T | F> {
  return {
    read: (raw) => values.find((value) => value === raw) ?? fallback,
    write: (value) => (value === fallback ? null : String(value)),
  };
}

/**
 * Each list's address as last shown in this window (`sessions` → `sessions?status=upcoming`), for a record's
 * "back to the list" link: it returns to the list as the admin left it, as Back does. In memory only, and
 * forgotten when the sign-in ends, so the next person at the PC does not inherit the last one's searches.
 */
const lastShown = new Map<string, string>();

/** The link back to a list (`listHref('sessions')`): its filtered address as last shown, or the bare list. */
export function listHref(path: string): string {
  return `#/${lastShown.get(path) ?? path}`;
}

export function forgetListAddresses(): void {
  lastShown.clear();
}

/**
 * A list's filters, kept in the address rather than in the screen's state: a reload, Back from a record
 * opened from the list, and a link from the home (`#/sessions?status=awaiting_results`) all open the list
 * as filtered. The address is the only copy: the filters follow it when it changes (a link, Back), and
 * `set` rewrites the entry on view in place (replaceRoute), so the screen stays mounted (a search box
 * keeps its focus and caret while typed in) and typing adds no history entry. Parameters not in `spec`
 * are left as they are. `spec` is read once per call; keep it a module constant.
 */
export function useRouteFilters<S extends Spec>(spec: S): [FiltersOf<S>, (patch: Partial<FiltersOf<S>>) => void] {
  const route = useRoute();
  const query = routeQueryOf(route);
  useEffect(() => {
    lastShown.set(routePath(route), route);
  }, [route]);
  const specRef = useRef(spec);
  specRef.current = spec;
  const filters = useMemo(() => readFilters(specRef.current, query), [query]);
  const set = useCallback((patch: Partial<FiltersOf<S>>) => {
    // From the address now, not this render's copy: two changes in one event both land.
    const route = currentRoute();
    const params = new URLSearchParams(routeQueryOf(route));
    const next: Record<string, unknown> = { ...readFilters(specRef.current, params.toString()), ...patch };
    for (const [name, filter] of Object.entries(specRef.current)) {
      const written = filter.write(next[name]);
      if (written === null) params.delete(name);
      else params.set(name, written);
    }
    const text = params.toString();
    replaceRoute(text === '' ? routePath(route) : `${routePath(route)}?${text}`);
  }, []);
  return [filters, set];
}

function readFilters<S extends Spec>(spec: S, query: string): FiltersOf<S> {
  const params = new URLSearchParams(query);
  const out: Record<string, unknown> = {};
  for (const [name, filter] of Object.entries(spec)) out[name] = filter.read(params.get(name));
  // The keys are exactly the spec's, each read by its own filter.
  return out as FiltersOf<S>;
}

const PAGES = {
  pages: {
    read: (raw: string | null) => (raw !== null && /^[1-9]\d{0,2}$/.test(raw) ? Number(raw) : 1),
    write: (count: number) => (count > 1 ? String(count) : null),
  } satisfies RouteFilter<number>,
};

/** How many pages of a list are open (`&pages=3`), in the address beside its filters: Back and a reload reopen as many. */
export function useRoutePages(): { count: number; onChange: (count: number) => void } {
  const [{ pages }, set] = useRouteFilters(PAGES);
  const onChange = useCallback((count: number) => set({ pages: count }), [set]);
  return { count: pages, onChange };
}
