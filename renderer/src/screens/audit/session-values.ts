import type { TranslationKey } from '../../i18n/keys';

/** The audit view's translate function, narrowed to what these words need. */
type Translate = (key: TranslationKey, params?: Record<string, string>) => string;

type Seat = { candidateId: string; assessorId: string; seat?: string | null };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isSeat = (v: unknown): v is Seat => isRecord(v) && typeof v.candidateId === 'string' && typeof v.assessorId === 'string';
const isSeats = (v: unknown): v is Seat[] => Array.isArray(v) && v.every(isSeat);
const sameSeat = (a: Seat, b: Seat) => a.assessorId === b.assessorId && (a.seat ?? null) === (b.seat ?? null);

/**
 * A session's edit (session.update) keeps every candidate before and after: its changes line lists only the
 * seats the edit took away or changed (before) and added or changed (after), so one candidate added to
 * thirty reads as that one. The details as they are for anything else.
 */
export function sessionSeatsAsChanges(entity: string | null, details: unknown): unknown {
  if (entity !== 'session' || !isRecord(details) || !isRecord(details.before) || !isRecord(details.after)) return details;
  const { before, after } = details;
  if (!isSeats(before.candidates) || !isSeats(after.candidates)) return details;
  const was = new Map(before.candidates.map((s) => [s.candidateId, s]));
  const is = new Map(after.candidates.map((s) => [s.candidateId, s]));
  const changed = (seats: Seat[], other: Map<string, Seat>) =>
    seats.filter((s) => {
      const o = other.get(s.candidateId);
      return o === undefined || !sameSeat(s, o);
    });
  return { ...details, before: { ...before, candidates: changed(before.candidates, is) }, after: { ...after, candidates: changed(after.candidates, was) } };
}

/**
 * A session's candidates on the changes line as the planner names them: each by name with their assessor
 * (and seat), where it showed the stored JSON with its English keys. Undefined for any other value.
 */
export function sessionValueText(entity: string | null, field: string, value: unknown, names: Readonly<Record<string, string>>, t: Translate): string | undefined {
  if (entity !== 'session' || field !== 'candidates' || !isSeats(value)) return undefined;
  if (value.length === 0) return '–';
  const name = (id: string) => (Object.hasOwn(names, id) ? names[id] : id);
  return value
    .map((s) => {
      const params = { candidate: name(s.candidateId), assessor: name(s.assessorId) };
      return s.seat ? t('audit.session.seatAt', { ...params, seat: s.seat }) : t('audit.session.seat', params);
    })
    .join('; ');
}
