import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { REASON_MAX_LENGTH } from '../../shared/contract';
import { createCore, importBackupBundle } from '../../core';
import { AppError } from '../../shared/errors';
import { LIST_LIMIT_MAX } from '../../shared/registry';
import type { Language } from '../../shared/i18n';
import type { SessionConflict } from '../../shared/scheduling';
import { BUNDLE_KINDS, type BundleKind, type ExportResult } from '../../shared/types';
import { appliedLine, backupNextLines, exportLines, exportWarningLines, inspectionLines, previewLines, verifiedLine } from '../bundle-report';
import { existingFile, passphraseFile, placeExport, withUpload } from '../files';
import { languageOf, say } from '../language';
import { CliError, cliFailure, dataDirFrom, describeError, fromCwd, jsonRefusal, parse, printJsonFailure, requireMaxLength, usageError, wrongVerb } from '../options';
import { requireKeys, SIGN_IN_USAGE, withSignedIn, type Caller } from '../sign-in';

export const USAGE = `usage:
  ruang-uji bundle inspect FILE --as USERNAME [--data DIR] [--passphrase-file F] [--json]
  ruang-uji bundle verify FILE  --as USERNAME [--data DIR] [--passphrase-file F] [--json]
  ruang-uji bundle export --kind session|results|backup --as USERNAME [--session CODE] [--data DIR] [--out FILE]
                          (--generate-passphrase | --passphrase-file F | --recipient age1... ...) [--partial STATION] [--json]
  ruang-uji bundle import FILE --kind session|results --as USERNAME [--data DIR] [--passphrase-file F]
                          [--accept-signer "FINGERPRINT"] [--repin "REASON"] [--dry-run] [--json]
  ruang-uji bundle import FILE --kind backup [--data DIR] [--passphrase-file F] [--accept-signer "FINGERPRINT"] [--dry-run] [--json]
                          into a new, empty data folder: its accounts come with the backup, so no --as
A session bundle's points still to settle before the exam day (an assessor without a sign-in account,
candidates without a password) are printed before it is written; it is written all the same, as on screen.
With --json, stdout holds one JSON object (export: the written bundle, those points in pendingConflicts;
import: its preview and what was applied, null for --dry-run) and what is printed for a person goes to stderr.
The passphrase may also come from the RUANG_UJI_PASSPHRASE environment variable; never on the command line.
${SIGN_IN_USAGE}`;

const OPTIONS = {
  data: { type: 'string' },
  json: { type: 'boolean' },
  kind: { type: 'string' },
  session: { type: 'string' },
  out: { type: 'string' },
  'passphrase-file': { type: 'string' },
  'generate-passphrase': { type: 'boolean' },
  recipient: { type: 'string', multiple: true },
  partial: { type: 'string' },
  'accept-signer': { type: 'string' },
  repin: { type: 'string' },
  'dry-run': { type: 'boolean' },
  as: { type: 'string' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

function passphraseFrom(values: Values, language: Language): string | undefined {
  const file = values['passphrase-file'];
  if (typeof file === 'string') return passphraseFile(fromCwd(file), language);
  return process.env.RUANG_UJI_PASSPHRASE || undefined;
}

function kindFrom(value: string | undefined): BundleKind {
  const kind = BUNDLE_KINDS.find((k) => k === value);
  if (!kind) throw usageError('cli.usage.oneOf', { flag: '--kind', values: BUNDLE_KINDS.join(', ') });
  return kind;
}

function fileArg(positionals: string[], dataDir: string): string {
  const file = positionals[1];
  if (!file) throw new CliError(USAGE);
  const resolved = fromCwd(file);
  // Checked before anyone signs in, so in the installation's language as read from its folder.
  return existingFile(resolved, languageOf(dataDir));
}

/**
 * Refusals print their code and the message in the installation's language on stderr, after "ruang-uji bundle:" as main
 * prefixes every command's; --json also puts
 * the one failure object every command prints (options.ts, JsonFailure) on stdout, the same whatever the installation.
 */
function refused(err: unknown, json: boolean, language: Language): number {
  if (!(err instanceof AppError)) throw err;
  if (json) printJsonFailure(jsonRefusal(err));
  process.stderr.write(`ruang-uji bundle: ${err.code}: ${describeError(err, language)}\n`);
  return 1;
}

/** What an export or import prints for a person; under --json it goes to stderr, stdout keeping only the one JSON object. */
const progress = (json: boolean) => (text: string) => void (json ? process.stderr : process.stdout).write(text);

const printJson = (body: unknown) => process.stdout.write(`${JSON.stringify(body)}\n`);

async function inspect(caller: Caller, file: string, values: Values, verify: boolean): Promise<number> {
  const json = values.json === true;
  const r = await withUpload(caller.core, file, (uploadId) => caller.call('bundles/inspect', { uploadId, passphrase: passphraseFrom(values, caller.language) }));
  const m = r.manifest;
  if (verify && json) process.stdout.write(JSON.stringify({ ok: true, kind: m.kind, bundleId: m.bundleId, signer: r.signerFingerprint, manifestSha256: r.manifestSha256 }) + '\n');
  else if (verify) process.stdout.write(verifiedLine(r, caller.language));
  else if (json) process.stdout.write(JSON.stringify({ ok: true, manifestSha256: r.manifestSha256, manifest: m }) + '\n');
  else process.stdout.write(inspectionLines(r, caller.language));
  return 0;
}

/** A session by its code, from the list the caller's own screen shows (the LSP's sessions; a proctor's today). */
async function sessionIdOf(caller: Caller, code: string | undefined): Promise<string> {
  if (!code) throw usageError('cli.usage.required', { flag: '--session CODE' });
  const proctor = caller.principal.role === 'proctor';
  // The LSP's sessions are searched by the code (a prefix search, so the exact one is among the first page).
  const sessions = proctor
    ? (await caller.call('proctor/today', {})).sessions.map((s) => s.session)
    : (await caller.call('sessions/list', { search: code, limit: LIST_LIMIT_MAX })).rows;
  const found = sessions.find((s) => s.code === code);
  if (!found) throw cliFailure(caller.language, proctor ? 'cli.bundle.noSessionToday' : 'cli.bundle.noSession', { code }, 1);
  return found.id;
}

async function exportTo(caller: Caller, kind: BundleKind, values: Values): Promise<number> {
  const outFile = values.out ? fromCwd(values.out) : undefined;
  if (outFile && fs.existsSync(outFile)) throw new AppError('BUNDLE_FILE_EXISTS', { file: path.basename(outFile) });
  const to = { recipients: values.recipient, generatePassphrase: values['generate-passphrase'], passphrase: passphraseFrom(values, caller.language) };
  const operationId = crypto.randomUUID();
  const tell = progress(values.json === true);
  let r: ExportResult;
  let said: SessionConflict[] = [];
  if (kind === 'backup') r = await caller.call('bundles/exportBackup', { operationId, to });
  else if (kind === 'session') {
    const sessionId = await sessionIdOf(caller, values.session);
    // Said before the file is written, as the export form shows them above its button (they came only after it);
    // nothing to confirm, as there: the bundle goes out all the same, and again once they are settled.
    said = await caller.call('bundles/exportSessionCheck', { sessionId });
    tell(exportWarningLines(said, caller.language));
    r = await caller.call('bundles/exportSession', { sessionId, operationId, to });
  } else {
    // Results go to the LSP's key (and any --recipient); age allows a passphrase only alone, so a
    // passphrase asked for is refused by what it is, not as "choose one" when only one was chosen.
    if (to.passphrase !== undefined || to.generatePassphrase) throw new AppError('BUNDLE_RESULTS_NO_PASSPHRASE');
    const sessionId = await sessionIdOf(caller, values.session);
    r = await caller.call('bundles/exportResults', { sessionId, operationId, partialStation: values.partial, recipients: values.recipient });
  }
  if (outFile) await placeExport(r.filePath, outFile, r.sha256);
  tell(exportLines(r, outFile ?? r.filePath, caller.language, said));
  if (values.json) printJson({ ok: true, ...r, filePath: outFile ?? r.filePath });
  return 0;
}

async function importFrom(caller: Caller, file: string, kind: Exclude<BundleKind, 'backup'>, values: Values): Promise<number> {
  const json = values.json === true;
  const tell = progress(json);
  let p = await withUpload(caller.core, file, (uploadId) => caller.call('bundles/preview', { uploadId, passphrase: passphraseFrom(values, caller.language), expectKind: kind }));
  tell(previewLines(p, caller.language));
  if (values['dry-run']) {
    await caller.call('bundles/discard', { importId: p.importId });
    if (json) printJson({ ok: true, preview: p, applied: null });
    return 0;
  }
  if (values.repin !== undefined && p.signer.status === 'rekeyed') {
    p = await caller.call('bundles/repin', { importId: p.importId, reason: values.repin });
    tell(`  ${say(caller.language, 'cli.bundle.repinned', { fingerprint: p.signer.fingerprint })}\n`);
  }
  const applied = await caller.call('bundles/apply', { importId: p.importId, confirmSigner: values['accept-signer'] });
  tell(appliedLine(applied, caller.language));
  if (json) printJson({ ok: true, preview: p, applied });
  return 0;
}

/** A backup goes only into an installation without accounts, so there is no one to sign in as (core/bundles/bootstrap.ts). */
async function importBackup(file: string, values: Values): Promise<number> {
  const dataDir = dataDirFrom(values.data);
  const core = await createCore({ dataDir, demoIfEmpty: false, log: () => {} });
  // The empty folder's language (the default) until the backup brings its own.
  const language = () => languageOf(dataDir);
  try {
    const { preview, result } = await importBackupBundle(core, {
      file,
      passphrase: passphraseFrom(values, language()),
      confirmSigner: values['accept-signer'],
      dryRun: values['dry-run'] === true,
      onPreview: (p) => progress(values.json === true)(previewLines(p, language())),
    });
    if (result) progress(values.json === true)(appliedLine(result, language()) + (result.alreadyImported ? '' : backupNextLines(preview.signer.fingerprint, dataDir, language())));
    if (values.json) printJson({ ok: true, preview, applied: result });
    return 0;
  } catch (err) {
    return refused(err, values.json === true, language());
  } finally {
    core.close();
  }
}

export async function bundleCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(() => parseArgs({ args: argv, allowPositionals: true, options: OPTIONS }));
  const sub = positionals[0];
  requireMaxLength('--repin', values.repin?.trim(), REASON_MAX_LENGTH);
  // A mistyped passphrase file is named before anyone signs in, not read (and failed) after.
  if (values['passphrase-file'] !== undefined) existingFile(fromCwd(values['passphrase-file']), languageOf(dataDirFrom(values.data)));
  let run: (caller: Caller) => Promise<number>;
  if (sub === 'inspect' || sub === 'verify') {
    const file = fileArg(positionals, dataDirFrom(values.data));
    run = (caller) => inspect(caller, file, values, sub === 'verify');
  } else if (sub === 'export') {
    const kind = kindFrom(values.kind);
    run = (caller) => exportTo(caller, kind, values);
  } else if (sub === 'import') {
    const file = fileArg(positionals, dataDirFrom(values.data));
    const kind = kindFrom(values.kind);
    if (kind === 'backup') return importBackup(file, values);
    run = (caller) => importFrom(caller, file, kind, values);
  } else throw wrongVerb(sub, USAGE);
  return withSignedIn(dataDirFrom(values.data), values.as, async (caller) => {
    await requireKeys(caller);
    try {
      return await run(caller);
    } catch (err) {
      return refused(err, values.json === true, caller.language);
    }
  });
}
