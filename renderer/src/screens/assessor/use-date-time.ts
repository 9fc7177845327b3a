import { useFormat } from '../../i18n/use-format';

/**
 * A moment (ISO timestamp) as the UI language writes it, for signatures and saves: on the session TUK's clock,
 * the zone named, inside its TukZoneScope (the workspace sets it), as the printed forms state it.
 */
export function useDateTime(): (iso: string) => string {
  return useFormat().dateTime;
}
