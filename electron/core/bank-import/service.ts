import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type {
  BankImportPreview,
  BankImportQuestion,
  BankImportRefusal,
  BankImportResult,
  BankSourceType,
  BankTemplateFile,
} from '../../shared/bank-import';
import { AppError } from '../../shared/errors';
import type { Language } from '../../shared/i18n';
import { PREVIEW_TTL_MINUTES } from '../../shared/registry-import';
import type { Principal } from '../../shared/roles';
import { applyBankItems, previewBankItems, type BankApplyResult, type BankDraft } from '../bank/apply';
import { bankLsp, bankScheme } from '../bank/scope';
import { transferDir } from '../bundles/transfers';
import type { Db } from '../db/open';
import { sha256Of } from '../registry-import/files';
import { askedLanguage } from '../setup/asked-language';
import { draftOf, positionOrder, positionText } from './drafts';
import { checkFileUnit, checkKukIds, mapQuestion, schemeUnits, type Mapped } from './mapping';
import { dropPending, keepPending, pendingFor, type PendingBankImport } from './pending';
import { SOURCE_TYPES, type SourceQuestion } from './source-question';
import { readBankSource } from './sources/read';
import type { BankLimits } from './sources/limits';
import { writeBankTemplate } from './templates/bank-template';

// The readers' source types are the contract's.
SOURCE_TYPES satisfies readonly BankSourceType[];

export type BankImportEnv = { db: Db; dataDir: string; now: () => Date; limits?: Partial<BankLimits> };

const EXCERPT_CHARS = 120;
const LETTERS = 'ABCDE';

const excerpt = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT_CHARS ? `${flat.slice(0, EXCERPT_CHARS - 1)}…` : flat;
};

type Planned = { mapped: Mapped[]; drafts: BankDraft[] };

/**
 * Each question's KUK under the pending mapping, and its draft. `approve`: 'all' asks approval of every
 * question (the preview, so an unmapped one says BANK_APPROVE_NO_KUK), 'mapped' of the mapped ones only.
 */
function planned(db: Db, pending: PendingBankImport, approve: 'all' | 'mapped' | 'none'): Planned {
  const units = schemeUnits(db, pending.schemeId);
  const mapped = pending.read.questions.map((q, i) => mapQuestion(units, q, pending.chosen.get(i), pending.unitId));
  const asks = (m: Mapped) => approve === 'all' || (approve === 'mapped' && m.kukIds.length > 0);
  const drafts = pending.read.questions.map((q, i) => draftOf(q, pending.sha256, mapped[i].kukIds, asks(mapped[i])));
  return { mapped, drafts };
}

function questionRow(q: SourceQuestion, index: number, mapped: Mapped, outcome: BankApplyResult['outcomes'][number]): BankImportQuestion {
  const add = outcome.outcome === 'added';
  return {
    index,
    position: q.position,
    positionText: positionText(q.position),
    originalType: q.originalType,
    name: q.name,
    kind: q.kind,
    stem: excerpt(q.stem.id || (q.stem.en ?? '')),
    hasEnglish: q.stem.en !== null && q.stem.en.trim() !== '',
    optionCount: q.options.length,
    options: q.options.map((o) => excerpt(o.id || (o.en ?? ''))),
    expected: q.expected ? excerpt(q.expected.id || (q.expected.en ?? '')) || null : null,
    key: q.key === null ? null : (LETTERS[q.key] ?? null),
    imageCount: q.images.length,
    tags: q.tags,
    kukIds: mapped.kukIds,
    mappedBy: mapped.mappedBy,
    notes: q.notes,
    mapNotes: mapped.mapNotes,
    outcome: outcome.outcome === 'added' ? 'add' : outcome.outcome,
    itemId: add ? null : outcome.itemId,
    status: add ? null : outcome.status,
    approvable: add && outcome.status === 'approved',
    problem: outcome.problem,
  };
}

/** What applying the pending file would do now: every question, every refusal in file order, counts. */
function previewOf(db: Db, principal: Principal, pending: PendingBankImport): BankImportPreview {
  const { mapped, drafts } = planned(db, pending, 'all');
  const result = previewBankItems(db, principal, pending.schemeId, drafts);
  const questions = pending.read.questions.map((q, i) => questionRow(q, i, mapped[i], result.outcomes[i]));
  const refused: BankImportRefusal[] = [
    ...pending.read.refused.map((r) => ({
      by: 'reader' as const,
      index: null,
      position: r.position,
      positionText: positionText(r.position),
      originalType: r.originalType,
      name: r.name,
      excerpt: r.excerpt,
      code: r.code,
      params: r.params,
    })),
    ...questions
      .filter((q) => q.outcome === 'refused' && q.problem)
      .map((q) => ({
        by: 'bank' as const,
        index: q.index,
        position: q.position,
        positionText: q.positionText,
        originalType: q.originalType,
        name: q.name,
        excerpt: q.stem,
        code: q.problem!.code,
        params: q.problem!.params,
        ...(q.problem!.fields ? { fields: q.problem!.fields } : {}),
      })),
  ].sort((a, b) => positionOrder(a.position, b.position));
  const count = (outcome: BankImportQuestion['outcome']) => questions.filter((q) => q.outcome === outcome).length;
  const adding = questions.filter((q) => q.outcome === 'add');
  const counts = {
    total: questions.length + pending.read.refused.length,
    add: count('add'),
    unchanged: count('unchanged'),
    refused: refused.length,
    mapped: adding.filter((q) => q.kukIds.length > 0).length,
    unmapped: adding.filter((q) => q.kukIds.length === 0).length,
    approvable: adding.filter((q) => q.approvable).length,
  };
  return {
    importId: pending.importId,
    schemeId: pending.schemeId,
    fileName: pending.fileName,
    sha256: pending.sha256,
    sourceType: pending.read.sourceType,
    unitId: pending.unitId,
    counts,
    bySourceType: { [pending.read.sourceType]: { add: counts.add, unchanged: counts.unchanged, refused: counts.refused } },
    questions,
    refused,
    ignoredColumns: pending.read.ignoredColumns,
    expiresAt: new Date(pending.expiresAt).toISOString(),
  };
}

/**
 * Reads a question-bank file (readBankSource: a hostile or unreadable file throws its BANK_FILE_* code
 * before anything else happens) and says what importing it into the scheme version would do, writing
 * nothing. What the reader made of it is kept under the returned importId (PREVIEW_TTL_MINUTES) for
 * bankImport/map and apply. Questions carrying the file's own Unit and KUK map themselves.
 */
export async function previewBankImport(env: BankImportEnv, principal: Principal, schemeId: string, file: string, fileName: string): Promise<BankImportPreview> {
  bankScheme(env.db, bankLsp(principal), schemeId);
  const read = await readBankSource(file, { fileName, limits: env.limits });
  const sha256 = await sha256Of(file);
  const now = env.now();
  const pending: PendingBankImport = {
    importId: crypto.randomUUID(),
    accountId: principal.accountId,
    schemeId,
    fileName: path.basename(fileName),
    sha256,
    read,
    unitId: null,
    chosen: new Map(),
    expiresAt: now.getTime() + PREVIEW_TTL_MINUTES * 60_000,
  };
  const preview = previewOf(env.db, principal, pending);
  keepPending(env.db, pending, now);
  return preview;
}

export type BankMapping = { unitId?: string | null; questions?: readonly { index: number; kukIds: readonly string[] | null }[] };

/** Changes the pending file's mapping (checked whole before any of it is kept) and previews again. */
export function mapBankImport(env: BankImportEnv, principal: Principal, importId: string, mapping: BankMapping): BankImportPreview {
  bankLsp(principal);
  const pending = pendingFor(env.db, principal, importId, env.now());
  const units = schemeUnits(env.db, pending.schemeId);
  if (mapping.unitId) checkFileUnit(units, mapping.unitId);
  for (const m of mapping.questions ?? []) {
    if (m.index >= pending.read.questions.length) throw new AppError('BANK_IMPORT_QUESTION_UNKNOWN', { index: m.index });
    if (m.kukIds) checkKukIds(units, m.kukIds);
  }
  if (mapping.unitId !== undefined) pending.unitId = mapping.unitId;
  for (const m of mapping.questions ?? []) {
    if (m.kukIds === null) pending.chosen.delete(m.index);
    else pending.chosen.set(m.index, [...new Set(m.kukIds)]);
  }
  return previewOf(env.db, principal, pending);
}

/**
 * Writes the pending file's questions in one transaction (applyBankItems: planned again against the bank
 * as it is now; a question of this file and position already there is left alone). `approve` approves
 * the mapped questions the bank allows; the others are added as drafts and counted. The preview is gone
 * afterwards: a second apply is NOT_FOUND, and a new preview of the same file shows every question unchanged.
 */
export function applyBankImport(env: BankImportEnv, principal: Principal, importId: string, approve: boolean): BankImportResult {
  bankLsp(principal);
  const now = env.now();
  const pending = pendingFor(env.db, principal, importId, now);
  const { mapped, drafts } = planned(env.db, pending, approve ? 'mapped' : 'none');
  const result = applyBankItems({ db: env.db, dataDir: env.dataDir }, principal, pending.schemeId, drafts, now);
  dropPending(env.db, importId);
  const added = result.outcomes.filter((o) => o.outcome === 'added' && o.status === 'draft');
  return {
    added: result.added,
    approved: result.approved,
    unchanged: result.unchanged,
    refused: result.refused + pending.read.refused.length,
    notApproved: approve
      ? { unmapped: added.filter((o) => mapped[o.index].kukIds.length === 0).length, other: added.filter((o) => mapped[o.index].kukIds.length > 0).length }
      : { unmapped: 0, other: 0 },
  };
}

export function discardBankImport(env: BankImportEnv, principal: Principal, importId: string): { discarded: boolean } {
  bankLsp(principal);
  pendingFor(env.db, principal, importId, env.now());
  return { discarded: dropPending(env.db, importId) };
}

/** Templates wait this long for their download; older ones go when a new one is written. */
const TEMPLATE_TTL_MS = 60 * 60_000;
// Named in the template's language like every download (registry-import/files.ts); both names are swept.
const TEMPLATE_FILE = /^bank-(soal-templat|template)-[0-9a-f]{8}\.(xlsx|docx)$/;
const TEMPLATE_FILE_WORD = { id: 'bank-soal-templat', en: 'bank-template' } as const satisfies Record<Language, string>;

/** Our empty Excel or Word template, in the caller's language or the installation's, under /files/exports/. */
export async function bankTemplateFile(env: BankImportEnv, principal: Principal, format: 'xlsx' | 'docx', language: Language | undefined): Promise<BankTemplateFile> {
  bankLsp(principal);
  const dir = transferDir(env.dataDir, 'exports');
  const lang = askedLanguage(env.db, language);
  const fileName = `${TEMPLATE_FILE_WORD[lang]}-${crypto.randomUUID().slice(0, 8)}.${format}`;
  const file = path.join(dir, fileName);
  await writeBankTemplate(file, format, lang);
  // Measured against the new file's own time, so the file system's clock is compared with itself.
  const cutoff = fs.statSync(file).mtimeMs - TEMPLATE_TTL_MS;
  for (const name of fs.readdirSync(dir)) {
    if (TEMPLATE_FILE.test(name) && (fs.statSync(path.join(dir, name), { throwIfNoEntry: false })?.mtimeMs ?? Infinity) < cutoff) {
      fs.rmSync(path.join(dir, name), { force: true });
    }
  }
  return { fileName };
}
