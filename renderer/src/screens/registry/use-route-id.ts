import { useEffect, useState } from 'react';

function lastSegment(): string {
  const parts = window.location.hash.replace(/^#\/?/, '').split('/');
  return decodeURIComponent(parts[1] ?? '');
}

/** The record id of a `#/<list>/<id>` route (`new` for a new record), following hash changes. */
export function useRouteId(): string {
  const [id, setId] = useState(lastSegment);
  useEffect(() => {
    const onChange = () => setId(lastSegment());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return id;
}

/** Opens another registry route, e.g. the record a form just created. */
export function goTo(route: string): void {
  window.location.hash = `#/${route}`;
}
