import type { Language } from '../shared/i18n';
import { errorText } from '../shared/i18n/error-text';
import { formatDate, formatDateTime, formatTime } from '../shared/i18n/format';
import { apiError } from '../shared/errors';
import type { SessionConflict } from '../shared/scheduling';
import type { BundleInspection, BundleKind, ExportResult, ImportPreview, ImportResult, SignerStatus } from '../shared/types';
import { say, type CliKey } from './language';

/** The kind in words: the code ('session') reads as English in an Indonesian line. */
const KIND_TEXT = { session: 'cli.bundle.kindSession', results: 'cli.bundle.kindResults', backup: 'cli.bundle.kindBackup' } as const satisfies Record<BundleKind, string>;

/** `bundle inspect`: the manifest, one field a line, its labels in `language` padded to one column. */
export function inspectionLines({ manifest: m, sessionStart }: BundleInspection, language: Language): string {
  const s = (key: Parameters<typeof say>[1], params?: Readonly<Record<string, string | number>>) => say(language, key, params);
  const fields: [string, string][] = [
    [s('cli.bundle.kind'), m.partial ? s('cli.bundle.partial', { kind: s(KIND_TEXT[m.kind]), station: m.partial.station }) : s(KIND_TEXT[m.kind])],
    [s('cli.bundle.bundle'), s('cli.bundle.format', { bundleId: m.bundleId, format: m.formatVersion, app: m.appVersion })],
    [s('cli.bundle.created'), formatDateTime(m.createdAt, language)],
    [s('cli.bundle.signedBy'), `${m.source.label} — ${m.source.fingerprint}`],
    ['LSP', m.lsp ? `${m.lsp.name} (${m.lsp.code})` : '—'],
    ['TUK', m.tuk ? `${m.tuk.name} (${m.tuk.code})` : '—'],
    [s('cli.bundle.session'), m.session ? `${m.session.name} (${m.session.code})` : '—'],
    // When it takes place, as the TUK's screens write it: what a proctor checks before importing.
    ...(sessionStart ? [[s('cli.bundle.sessionStart'), `${formatDate(sessionStart.date, language)}, ${formatTime(sessionStart.startTime, language)}`] as [string, string]] : []),
    [s('cli.bundle.counts'), Object.entries(m.counts).map(([k, v]) => `${k} ${v}`).join(', ')],
    [s('cli.bundle.entries'), s('cli.bundle.entriesVerified', { entries: m.entries.length, bytes: m.entries.reduce((n, e) => n + e.size, 0) })],
  ];
  const width = Math.max(...fields.map(([label]) => label.length)) + 4;
  return fields.map(([label, value]) => `${`${label}:`.padEnd(width)}${value}`).join('\n') + '\n';
}

export function verifiedLine({ manifest: m, signerFingerprint }: BundleInspection, language: Language): string {
  return `${say(language, 'cli.bundle.verified', { kind: say(language, KIND_TEXT[m.kind]), bundleId: m.bundleId, signer: m.source.label, fingerprint: signerFingerprint })}\n`;
}

/** How the written file was checked again in words: the codes ('full', 'bytes') read as English in an Indonesian line. */
const VERIFIED_TEXT = { full: 'cli.bundle.verifiedFull', bytes: 'cli.bundle.verifiedBytes' } as const satisfies Record<ExportResult['verified'], CliKey>;

/** A conflict in the installation's words: its code is an error code, its message the one a refusal would carry. */
const conflictText = (c: SessionConflict, language: Language) => errorText(apiError(c.code, c.params), language);

/** The same point twice: one rule about the same record. */
const sameConflict = (a: SessionConflict, b: SessionConflict) => a.code === b.code && a.field === b.field && JSON.stringify(a.params) === JSON.stringify(b.params);

/**
 * `bundle export --kind session`, before the file is written (bundles/exportSessionCheck): what the export form
 * shows above its button. Nothing to confirm, as there: the bundle goes out all the same, and again once settled.
 */
export function exportWarningLines(conflicts: readonly SessionConflict[], language: Language): string {
  if (conflicts.length === 0) return '';
  const lines = [say(language, 'cli.bundle.warningsHead', { count: conflicts.length }), ...conflicts.map((c) => `  ${conflictText(c, language)}`)];
  return lines.join('\n') + '\n';
}

/** `said`: the points already printed before the file was written, not repeated after it. */
export function exportLines(r: ExportResult, filePath: string, language: Language, said: readonly SessionConflict[] = []): string {
  const lines = [
    `${filePath}`,
    `  ${say(language, 'cli.bundle.exported', { bytes: r.bytes, sha256: r.sha256, verified: say(language, VERIFIED_TEXT[r.verified]) })}`,
    `  ${say(language, 'cli.bundle.exportSigner', { fingerprint: r.fingerprint })}`,
  ];
  if (r.generatedPassphrase) lines.push(`  ${say(language, 'cli.bundle.passphrase', { passphrase: r.generatedPassphrase })}`);
  // Written anyway, as on the screen: each point the TUK needs settled before the day (a password nobody has yet),
  // unless the check before the file already named it (only what changed in between is new here).
  for (const c of r.pendingConflicts ?? []) {
    if (!said.some((s) => sameConflict(s, c))) lines.push(`  ${say(language, 'cli.bundle.pending', { text: conflictText(c, language) })}`);
  }
  return lines.join('\n') + '\n';
}

/** The signer's status in words: the codes ('new', 'pinned') read as English in an Indonesian line. */
const SIGNER_TEXT = { new: 'cli.bundle.signerNew', pinned: 'cli.bundle.signerPinned', rekeyed: 'cli.bundle.signerRekeyed', self: 'cli.bundle.signerSelf' } as const satisfies Record<SignerStatus, string>;

export function previewLines(p: ImportPreview, language: Language): string {
  const lines = [
    say(language, 'cli.bundle.preview', { kind: say(language, KIND_TEXT[p.kind]), bundleId: p.bundleId, signer: p.signer.label }),
    `  ${say(language, 'cli.bundle.signer', { fingerprint: p.signer.fingerprint, status: say(language, SIGNER_TEXT[p.signer.status]) })}`,
  ];
  if (p.alreadyImported) lines.push(`  ${say(language, 'cli.bundle.alreadyImported')}`);
  // Table names and the +added ~updated =unchanged !conflicts marks are the same in any language; the
  // legend says them once. A bundle names every table of its kind (57 for a backup), most with no row in
  // a given bundle: those are counted on one line, so the tables that change stand out.
  const withRows = p.tables.filter((t) => t.added + t.updated + t.unchanged + t.conflicts > 0);
  if (withRows.length > 0) lines.push(`  ${say(language, 'cli.bundle.tablesLegend')}`);
  for (const t of withRows) lines.push(`  ${t.table}: +${t.added} ~${t.updated} =${t.unchanged} !${t.conflicts}`);
  const empty = p.tables.length - withRows.length;
  if (empty > 0) lines.push(`  ${say(language, 'cli.bundle.emptyTables', { count: empty })}`);
  if (p.answersNotAsSaved.length > 0) {
    lines.push(`  ${say(language, 'cli.bundle.answersNotAsSaved', { count: p.answersNotAsSaved.length })}`);
    for (const a of p.answersNotAsSaved) lines.push(`    ${say(language, 'cli.bundle.answersNotAsSavedRow', { participantNo: a.participantNo, name: a.name, count: a.answers })}`);
  }
  if (p.accountsMade.length > 0) {
    lines.push(`  ${say(language, 'cli.bundle.accountsMade', { count: p.accountsMade.length })}`);
    for (const a of p.accountsMade) lines.push(`    ${a.participantNo} ${a.name}`);
  }
  if (p.seatsRestored.length > 0) {
    lines.push(`  ${say(language, 'cli.bundle.seatsRestored', { count: p.seatsRestored.length })}`);
    for (const a of p.seatsRestored) lines.push(`    ${a.participantNo} ${a.name}`);
  }
  return lines.join('\n') + '\n';
}

/**
 * After a backup bundle: the data is back, the keys are not (a backup never carries them). Without the
 * key restore, results sent to the old office do not open and TUKs find its bundles signed by a new key.
 */
export function backupNextLines(fingerprint: string, dataDir: string, language: Language): string {
  return `${say(language, 'cli.bundle.backupNext', { dir: dataDir })}\n  ${say(language, 'cli.bundle.backupNextFingerprint', { fingerprint })}\n`;
}

export function appliedLine(r: ImportResult, language: Language): string {
  if (r.alreadyImported) return `${say(language, 'cli.bundle.nothingChanged')}\n`;
  return `${say(language, r.pinned ? 'cli.bundle.appliedPinned' : 'cli.bundle.applied', { count: r.conflictCount })}\n`;
}
