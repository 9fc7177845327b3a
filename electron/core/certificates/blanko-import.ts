import crypto from 'node:crypto';
import type { BlankoPreview, BlankoReason, BlankoResult, BlankoRow } from '../../shared/certificates';
import { PREVIEW_ROWS_CAP, PREVIEW_TTL_MINUTES } from '../../shared/registry-import';
import type { Principal } from '../../shared/roles';
import { appendAudit } from '../audit/log';
import { blankoOwner, certificatesByNik, setBlanko } from '../db/queries/certificates-register';
import type { Db } from '../db/open';
import { pendingStore, type Pending } from '../imports/pending-store';
import { registryLsp } from '../registry/scope';
import { readRows } from '../spreadsheets/read';
import type { SheetLimits, SheetSpec } from '../spreadsheets/spec';

/** NIK and the blanko number, and the certificate number where a candidate holds more than one. */
const SPEC: SheetSpec<'nik' | 'blanko' | 'number'> = {
  columns: [
    { key: 'nik', headers: ['NIK', 'No KTP', 'Nomor Induk Kependudukan'], kind: 'digits', length: 16, required: true },
    { key: 'blanko', headers: ['Nomor Blanko', 'No Blanko', 'Blanko', 'Blanko Number'], kind: 'text', maxLength: 60, required: true },
    { key: 'number', headers: ['Nomor Sertifikat', 'No Sertifikat', 'Certificate Number'], kind: 'text', maxLength: 120 },
  ],
};

/** A row as read: its values, or the codes of its cells' problems. */
type Read = { row: number; nik: string; blanko: string; number: string | null; problems: string[] };

type PendingBlanko = Pending & { lspId: string; rows: Read[] };

const store = pendingStore<PendingBlanko>(3);

/**
 * What each row would do against the register as it is now: set a blanko number, leave one already
 * set to it, or be refused with its reasons. A blanko number taken by another certificate, or twice
 * in the file, or a certificate that already has another one, is refused: a correction is made one
 * at a time (certificates/setBlanko), never by a file.
 */
function plan(db: Db, lspId: string, rows: readonly Read[]): { rows: BlankoRow[]; targets: Map<number, string> } {
  const seen = new Map<string, number>();
  const targets = new Map<number, string>();
  const out: BlankoRow[] = rows.map((r) => {
    const reasons: string[] = [...r.problems];
    let certificate: { id: string; number: string; blanko_number: string | null } | null = null;
    if (reasons.length === 0) {
      const held = certificatesByNik(db, lspId, r.nik);
      const refuse = (reason: BlankoReason) => reasons.push(reason);
      if (held.length === 0) refuse('nik_unknown');
      else if (r.number !== null) certificate = held.find((c) => c.number === r.number) ?? (refuse('number_mismatch'), null);
      else if (held.length > 1) refuse('nik_ambiguous');
      else certificate = held[0];
      const blanko = r.blanko;
      if (seen.has(blanko)) refuse('blanko_twice_in_file');
      seen.set(blanko, r.row);
      if (certificate) {
        const owner = blankoOwner(db, lspId, blanko);
        if (owner && owner.id !== certificate.id) refuse('blanko_taken');
        else if (certificate.blanko_number !== null && certificate.blanko_number !== blanko) refuse('blanko_already_set');
      }
    }
    const outcome: BlankoRow['outcome'] = reasons.length > 0 ? 'refused' : certificate?.blanko_number === r.blanko ? 'unchanged' : 'set';
    if (outcome === 'set' && certificate) targets.set(r.row, certificate.id);
    return { row: r.row, nik: r.nik, blankoNumber: r.blanko, outcome, certificateId: certificate?.id ?? null, certificateNumber: certificate?.number ?? null, reasons };
  });
  return { rows: out, targets };
}

const countOf = (rows: readonly BlankoRow[]): BlankoResult => ({
  set: rows.filter((r) => r.outcome === 'set').length,
  unchanged: rows.filter((r) => r.outcome === 'unchanged').length,
  refused: rows.filter((r) => r.outcome === 'refused').length,
});

/**
 * Reads a sheet of blanko numbers (the spreadsheet guard and limits of every import apply: a hostile
 * file is refused whole) and says what applying it would do, writing nothing.
 */
export async function previewBlanko(db: Db, principal: Principal, file: string, now: Date, limits?: Partial<SheetLimits>): Promise<BlankoPreview> {
  const lspId = registryLsp(principal);
  const rows: Read[] = [];
  for await (const r of readRows(file, SPEC, limits)) {
    rows.push({
      row: r.row,
      nik: r.raw.nik.trim(),
      blanko: r.raw.blanko.trim(),
      number: typeof r.values.number === 'string' && r.values.number.trim() !== '' ? r.values.number.trim() : null,
      problems: r.problems.map((p) => p.code),
    });
  }
  const planned = plan(db, lspId, rows);
  const importId = crypto.randomUUID();
  const expiresAt = now.getTime() + PREVIEW_TTL_MINUTES * 60_000;
  store.keep(db, { importId, accountId: principal.accountId, expiresAt, lspId, rows }, now);
  const shown = [...planned.rows.filter((r) => r.outcome === 'refused'), ...planned.rows.filter((r) => r.outcome !== 'refused')].slice(0, PREVIEW_ROWS_CAP);
  return { importId, counts: countOf(planned.rows), rows: shown, rowsTotal: planned.rows.length, expiresAt: new Date(expiresAt).toISOString() };
}

/** Sets the previewed blanko numbers in one transaction, planned again against the register as it is then. */
export function applyBlanko(db: Db, principal: Principal, importId: string, now: Date): BlankoResult {
  const pending = store.of(db, principal, importId, now);
  const result = db.transaction(() => {
    const planned = plan(db, pending.lspId, pending.rows);
    for (const r of planned.rows) {
      const id = planned.targets.get(r.row);
      if (id) setBlanko(db, pending.lspId, id, r.blankoNumber);
    }
    const counts = countOf(planned.rows);
    if (counts.set > 0) appendAudit(db, principal, { action: 'certificates.blankoImport', entity: 'certificate', entityId: importId, details: counts }, now);
    return counts;
  })();
  store.drop(db, importId);
  return result;
}
