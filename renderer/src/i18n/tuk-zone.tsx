import { createContext, useContext, type ReactNode } from 'react';
import type { TukZone } from '../../../electron/shared/time-zones';

/**
 * The time zone of the TUK whose session a form or a screen is about: inside it, useFormat writes instants on
 * that TUK's clock with the zone named (formatInstant). Outside it (null), on this computer's clock, as before.
 */
const TukZoneContext = createContext<TukZone | null>(null);

export function TukZoneScope({ zone, children }: { zone: TukZone | null; children: ReactNode }) {
  return <TukZoneContext.Provider value={zone}>{children}</TukZoneContext.Provider>;
}

export function useTukZone(): TukZone | null {
  return useContext(TukZoneContext);
}
