import crypto from 'node:crypto';
import { AppError } from '../../shared/errors';
import type { Language } from '../../shared/i18n';
import {
  PREVIEW_ROWS_CAP,
  PREVIEW_TTL_MINUTES,
  type ImportKind,
  type PreviewRow,
  type RegistryImportPreview,
  type RegistryImportResult,
  type SheetFile,
} from '../../shared/registry-import';
import type { Principal } from '../../shared/roles';
import { appendAudit } from '../audit/log';
import { localDate } from '../clock';
import type { Db } from '../db/open';
import { registryLsp } from '../registry/scope';
import { askedLanguage } from '../setup/asked-language';
import type { SheetLimits } from '../spreadsheets/spec';
import { sha256Of, writeExport, writeRefused, writeTemplate } from './files';
import { KINDS } from './kinds';
import { dropPending, keepPending, pendingFor } from './pending';

export type ImportEnv = { db: Db; dataDir: string; now: () => Date; limits?: Partial<SheetLimits> };

/**
 * Reads a file and says what importing it would do, writing nothing. The parsed rows are kept under the
 * returned importId for apply (in this process's memory, for PREVIEW_TTL_MINUTES).
 */
export async function previewImport(env: ImportEnv, principal: Principal, kind: ImportKind, file: string): Promise<RegistryImportPreview> {
  const lspId = registryLsp(principal);
  const now = env.now();
  const sha256 = await sha256Of(file);
  const plan = await KINDS[kind].plan(file, { db: env.db, lspId, today: localDate(now), limits: env.limits });
  const importId = crypto.randomUUID();
  const expiresAt = now.getTime() + PREVIEW_TTL_MINUTES * 60_000;
  const rows = shown(plan.rows);
  const preview: RegistryImportPreview = {
    importId,
    kind,
    sheet: plan.sheet,
    layout: plan.layout,
    header: plan.header,
    counts: plan.counts,
    rows,
    rowsShown: rows.length,
    rowsNoted: plan.rows.filter((r) => r.notes !== undefined).length,
    rowsTotal: plan.rows.length,
    summaryRows: plan.summaryRows,
    sha256,
    expiresAt: new Date(expiresAt).toISOString(),
  };
  keepPending(env.db, { importId, accountId: principal.accountId, lspId, kind, sha256, expiresAt, preview, refused: plan.refused, applied: false, apply: plan.apply }, now);
  return preview;
}

/**
 * Refused rows first, then the rows with a note, then the others, each in sheet order, up to the cap: a
 * likely duplicate at row 7,000 of a long file would otherwise be past the rows shown.
 */
function shown(rows: readonly PreviewRow[]): PreviewRow[] {
  const refused = rows.filter((r) => r.outcome === 'refused').slice(0, PREVIEW_ROWS_CAP);
  const noted = rows.filter((r) => r.outcome !== 'refused' && r.notes !== undefined).slice(0, PREVIEW_ROWS_CAP - refused.length);
  const others = rows.filter((r) => r.outcome !== 'refused' && r.notes === undefined).slice(0, PREVIEW_ROWS_CAP - refused.length - noted.length);
  return [...refused, ...noted, ...others];
}

/**
 * Writes the previewed rows in one transaction: unless nothing was written since the preview (then its
 * plan holds), the registry's bulk function plans them again against the registry as it is now, so a
 * record added or changed since the preview is matched as it is (the counts returned are what happened).
 * The transaction takes the write lock at its start (IMMEDIATE), so no other process commits between
 * that check and the writes. One audit entry names the file and the counts, beside the
 * registry's own entry per record written; an apply that writes nothing writes no audit entry either.
 */
export function applyImport(env: ImportEnv, principal: Principal, importId: string): RegistryImportResult {
  const now = env.now();
  const pending = pendingFor(env.db, principal, importId, now);
  if (pending.applied) throw new AppError('NOT_FOUND', { what: 'import' });
  const applied = env.db.transaction(() => {
    const done = pending.apply(env.db, principal, now);
    if (done.result.added + done.result.updated > 0) {
      appendAudit(
        env.db,
        principal,
        { action: 'registry.import', entity: pending.kind, entityId: importId, details: { kind: pending.kind, sha256: pending.sha256, ...done.result } },
        now,
      );
    }
    return done;
  }).immediate();
  pending.applied = true;
  pending.refused = applied.refused;
  return applied.result;
}

export function discardImport(env: ImportEnv, principal: Principal, importId: string): { discarded: boolean } {
  pendingFor(env.db, principal, importId, env.now());
  return { discarded: dropPending(env.db, importId) };
}

/**
 * The file's refused rows (after an apply: the rows that apply refused), with a reason column, in the
 * columns the file had (an FR.APL.02 sheet has none of the template's: its rows are written in all of them).
 */
export function refusedRowsFile(env: ImportEnv, principal: Principal, importId: string, language: Language | undefined): Promise<SheetFile> {
  const pending = pendingFor(env.db, principal, importId, env.now());
  const { layout, header } = pending.preview;
  const keys = layout === 'template' && header.columns.length > 0 ? new Set(header.columns.map((c) => c.key)) : undefined;
  return writeRefused(env.dataDir, KINDS[pending.kind].layout, pending.refused, askedLanguage(env.db, language), keys);
}

export function templateFile(env: ImportEnv, principal: Principal, kind: ImportKind, language: Language | undefined): Promise<SheetFile> {
  registryLsp(principal);
  return writeTemplate(env.dataDir, KINDS[kind].layout, askedLanguage(env.db, language));
}

/** The whole registry of a kind; audited, since it carries personal data out of the application. */
export async function exportFile(env: ImportEnv, principal: Principal, kind: ImportKind, language: Language | undefined): Promise<SheetFile> {
  const lspId = registryLsp(principal);
  const written = await writeExport(env.dataDir, KINDS[kind].layout, KINDS[kind].exportPages(env.db, lspId), askedLanguage(env.db, language));
  const now = env.now();
  env.db.transaction(() => appendAudit(env.db, principal, { action: 'registry.export', entity: kind, details: { kind, ...written } }, now))();
  return written;
}

