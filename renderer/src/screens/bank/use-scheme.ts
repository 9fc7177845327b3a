import { useLoad } from '../../api/use-load';

/** The scheme version a bank screen works in: its tree gives the unit and KUK choices. */
export function useScheme(schemeId: string) {
  return useLoad('schemes/get', { schemeId });
}
