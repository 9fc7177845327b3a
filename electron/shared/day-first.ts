/**
 * A calendar day as Indonesian forms and sheets write it, `2026-08-17` → `17/08/2026` (and as the importer and
 * the date inputs read it back); anything that is not an ISO day is returned as it is. One writing for the
 * core's sheets and the renderer's inputs alike.
 */
export function dayFirst(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}
