import type { HolderChanged, HolderField } from '../../shared/certificates';
import type { Db } from '../db/open';
import * as q from '../db/queries/certificates-holder-print';
import { lastRecordChange } from '../db/queries/record-changes';

/**
 * Printed certificates and the SK list read the holder's name, NIK and birth place and date at print time, so a
 * correction in the registry after the print leaves the paper wrong. Each certificate keeps the details it was
 * last printed with (or issued with, before its first print), compared with the registry's on its page. Kept as a
 * copy rather than read back from the audit log: a candidate import's single entry, a CLI edit and a form save all
 * change the record, and the copy is right whichever did; the log is asked only when and by whom.
 */
export const keepHolderAsIssued = (db: Db, certificateIds: readonly string[], at: Date) => q.keepHolder(db, certificateIds, at.toISOString(), 'issue');
export const keepHolderAsPrinted = (db: Db, certificateIds: readonly string[], at: Date) => q.keepHolder(db, certificateIds, at.toISOString(), 'print');

const FIELD_COLUMN = { name: 'name', nik: 'nik', birthPlace: 'birth_place', birthDate: 'birth_date' } as const satisfies Record<HolderField, keyof q.HolderPrintRow>;

/** What changed since the certificate was last printed or issued, or null when nothing did (or nothing is kept). */
export function holderChanged(db: Db, certificateId: string): HolderChanged | null {
  const kept = q.keptHolder(db, certificateId);
  const now = q.holderNow(db, certificateId);
  if (!kept || !now) return null;
  const changes = (Object.keys(FIELD_COLUMN) as HolderField[])
    .map((field) => ({ field, before: kept[FIELD_COLUMN[field]], after: now[FIELD_COLUMN[field]] }))
    .filter((c) => (c.before ?? '') !== (c.after ?? ''));
  if (changes.length === 0) return null;
  const last = lastRecordChange(db, 'candidate', now.candidate_id);
  const after = last !== undefined && last.at > kept.taken_at;
  return { since: kept.taken_at, printed: kept.taken_on === 'print', changes, changedAt: after ? last.at : null, changedBy: after ? last.byName : null };
}
