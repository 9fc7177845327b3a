import type { PlannedSession } from '../../../../../electron/shared/scheduling';
import type { useFormat } from '../../../i18n/use-format';

type Planned = Pick<PlannedSession, 'date' | 'startTime' | 'endDate' | 'endTime'> & { tuk: Pick<PlannedSession['tuk'], 'timeZone'> };

/**
 * When a session runs, in two parts: its span ("10 Mar 2027 22.00–11 Mar 2027 02.00", the end's date only
 * when it runs past midnight) and the zone of its TUK's clock, on which those times are and which the
 * office's may not be (WIB, WITA, WIT in both languages). The sessions table sets the zone apart in its own
 * element; the cancel panel writes them as one line.
 */
export function sessionWhen(session: Planned, f: ReturnType<typeof useFormat>): { span: string; zone: string } {
  const endDate = session.endDate !== session.date ? `${f.date(session.endDate)} ` : '';
  return { span: `${f.date(session.date)} ${f.time(session.startTime)}–${endDate}${f.time(session.endTime)}`, zone: session.tuk.timeZone };
}

/** The same as one line: "10 Mar 2027 22.00–11 Mar 2027 02.00 WITA". */
export function sessionWhenText(session: Planned, f: ReturnType<typeof useFormat>): string {
  const { span, zone } = sessionWhen(session, f);
  return `${span} ${zone}`;
}
