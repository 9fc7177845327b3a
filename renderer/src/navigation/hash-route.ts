import { useSyncExternalStore } from 'react';
import { anyUnsaved, askToLeave } from './leave-guard';

/**
 * The hash router: `#/candidates/c-1` shows the route `candidates/c-1`, `#/` (or no hash) the role's
 * home. Every route change passes here, so that unsaved edits (leave-guard.ts) can hold it:
 * - a click on an in-app link (`<a href="#/…">`) is stopped before the address changes and made again
 *   if the user chooses to leave, so the history gets no entry for a screen never shown;
 * - any other change of the hash (Back, Forward, an address typed) is seen only once made: the address
 *   is put back at once, by stepping through the history so its entries stay as they were, and the step
 *   is taken again if the user chooses to leave.
 * Either way the address names the screen on view, also while the dialog asks.
 */

/** Each history entry's place in the tab's history, kept in its state: Back and Forward say how far they went. */
const STAMP = 'ruangUjiPlace';

const routeOf = (hash: string): string => hash.replace(/^#\/?/, '');
const hashOf = (route: string): string => `#/${route}`;

let shown = routeOf(window.location.hash);
let place = 0;
/** The route the user chose to leave for: its hash change is let through once. */
let passing: string | null = null;
let installed = false;
const listeners = new Set<() => void>();

/**
 * The route on screen. With nothing unsaved it is the address's (tests and the set-up screen set the
 * hash just before a render, ahead of its event); with unsaved edits only a route let through counts.
 */
export function currentRoute(): string {
  if (!anyUnsaved()) shown = routeOf(window.location.hash);
  return shown;
}

/** The route on screen, following every change the guard lets through. */
export function useRoute(): string {
  return useSyncExternalStore(subscribe, currentRoute);
}

/**
 * A route's screen and its filter: `sessions?status=awaiting_results` opens the sessions list with that
 * status chosen (the home's links to what waits). Only list screens read a query (use-route-filters.ts).
 */
export function routePath(route: string): string {
  return route.split('?')[0];
}

export function routeQueryOf(route: string): string {
  return route.split('?')[1] ?? '';
}

/** The record id of a `#/<list>/<id>` route (`new` for a new record), following route changes; a list's filter (`?…`, the bank's) is no part of it. */
export function useRouteId(): string {
  return decodeURIComponent(routePath(useRoute()).split('/')[1] ?? '');
}

/**
 * What a record's route names after its id, following route changes: `pleno/p-1/sk` → `sk`, a view of the
 * record with its own address (a print), so a reload reopens it and Back returns to the record; '' on the
 * record's own page.
 */
export function useRouteView(): string {
  return decodeURIComponent(routePath(useRoute()).split('/')[2] ?? '');
}

/** Opens a route as a link to it would, asking first while edits are unsaved. */
export function navigate(route: string): void {
  if (route === currentRoute()) return;
  if (anyUnsaved()) askToLeave(() => go(route));
  else window.location.hash = hashOf(route);
}

/**
 * Puts the home route (`#/`) in the address in place of the entry on view, asking nothing: for when the
 * screen the address named is gone without a route change (the session ended; another role signed in
 * and sees its home), so the address names the screen on view again. Only once no edits are held: the
 * screens holding them have unmounted by then (signing out asks about them first, AppHeader).
 */
export function showHomeAddress(): void {
  if (anyUnsaved() || routeOf(window.location.hash) === '') return;
  // Rewritten in place, not added: no new history entry for a screen change the user did not make.
  replaceRoute('');
}

/**
 * Writes a list's filter into the address of the entry on view (`sessions` → `sessions?status=upcoming`),
 * rewriting the entry in place: the same screen stays mounted (a search box keeps its focus and caret),
 * typing adds no history entry, and a reload or Back onto the entry opens the list as it was left. It
 * passes no guard: only for a change of the screen on view's own query, as nothing is left, or where no
 * edits are held (showHomeAddress).
 */
export function replaceRoute(route: string): void {
  if (routeOf(window.location.hash) === route && shown === route) return;
  history.replaceState(history.state, '', hashOf(route));
  shown = route;
  listeners.forEach((listener) => listener());
}

function go(route: string): void {
  if (routeOf(window.location.hash) === route) {
    // The address already names it (it was left showing another entry of the same address): no
    // hashchange will come, so the screen follows the address here, or "leave" would do nothing.
    shown = route;
    listeners.forEach((listener) => listener());
    return;
  }
  passing = route;
  window.location.hash = hashOf(route);
}

function subscribe(listener: () => void): () => void {
  install();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function install(): void {
  if (installed) return;
  installed = true;
  shown = routeOf(window.location.hash);
  place = placeNow() ?? 0;
  stamp(place);
  window.addEventListener('hashchange', onHashChange);
  // Bubbling: a link's own handler runs first and may have taken the click (defaultPrevented).
  document.addEventListener('click', onLinkClick);
}

function onLinkClick(event: MouseEvent): void {
  // A new tab or window (a modifier, the middle button) leaves this page as it is.
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = event.target instanceof Element ? event.target.closest('a') : null;
  const href = link?.getAttribute('href');
  if (!link || !href?.startsWith('#/') || (link.target !== '' && link.target !== '_self') || link.hasAttribute('download')) return;
  const next = routeOf(href);
  if (next === currentRoute() || !anyUnsaved()) return;
  event.preventDefault();
  askToLeave(() => go(next));
}

function onHashChange(): void {
  const next = routeOf(window.location.hash);
  const stamped = placeNow();
  // `next === shown`: the step back that put the address back, or a hash written the same way again.
  const allowed = next === shown || next === passing || !anyUnsaved();
  passing = null;
  if (allowed) {
    // An entry without a stamp is one just added (a link, an address typed): the next place.
    place = stamped ?? place + 1;
    stamp(place);
    shown = next;
    listeners.forEach((listener) => listener());
    return;
  }
  const steps = stamped === null ? 1 : stamped - place;
  if (steps !== 0) history.go(-steps);
  // The same place with another hash: the entry's address was rewritten in place; put it back the same way.
  else history.replaceState(history.state, '', hashOf(shown));
  askToLeave(() => {
    passing = next;
    if (steps !== 0) history.go(steps);
    else window.location.hash = hashOf(next);
  });
}

/**
 * The place of the entry on view. Chromium (so Electron) numbers every entry itself (the Navigation
 * API): also one added with no hashchange to stamp it, as the same address typed again adds. Counted by
 * stamps alone, Back onto such an entry looked like a new one, and the guard stepped back instead of
 * forward to put the address back: the list's address stayed while the form stayed on screen.
 */
function placeNow(): number | null {
  const navigation: unknown = Reflect.get(window, 'navigation');
  if (typeof navigation === 'object' && navigation !== null && 'currentEntry' in navigation) {
    const entry = navigation.currentEntry;
    if (typeof entry === 'object' && entry !== null && 'index' in entry && typeof entry.index === 'number' && entry.index >= 0) return entry.index;
  }
  return placeOf(history.state);
}

function placeOf(state: unknown): number | null {
  if (typeof state !== 'object' || state === null || !(STAMP in state)) return null;
  return typeof state[STAMP] === 'number' ? state[STAMP] : null;
}

function stamp(at: number): void {
  const state: unknown = history.state;
  history.replaceState({ ...(typeof state === 'object' && state !== null ? state : {}), [STAMP]: at }, '');
}
