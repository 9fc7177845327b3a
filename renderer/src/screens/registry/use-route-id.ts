import { navigate, useRoute } from '../../navigation/hash-route';

/** The record id of a `#/<list>/<id>` route (`new` for a new record), following route changes. */
export function useRouteId(): string {
  return decodeURIComponent(useRoute().split('/')[1] ?? '');
}

/** Opens another route, e.g. the record a form just created; asks first while edits elsewhere are unsaved. */
export function goTo(route: string): void {
  navigate(route);
}
