import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createCore, type Core } from '../../core';
import { bundleEnv } from '../../core/api/handlers/bundles';
import { exportBundle, type ExportTo } from '../../core/bundles/export';
import { isBundleFailure } from '../../core/bundles/failure';
import { applyImport, discardImport, previewImport } from '../../core/bundles/import';
import { readBundle } from '../../core/bundles/reader';
import { privateKeys } from '../../core/keys/installation';
import { AppError } from '../../shared/errors';
import { BUNDLE_KINDS, type BundleKind } from '../../shared/types';
import { CliError, dataDirFrom, describeError, parse } from '../options';
import { UNLOCK_USAGE, unlockForCli } from '../unlock';

const USAGE = `usage:
  ruang-uji bundle inspect FILE [--data DIR] [--passphrase-file F] [--json]
  ruang-uji bundle verify FILE  [--data DIR] [--passphrase-file F] [--json]
  ruang-uji bundle export --kind session|results|backup [--session CODE] [--data DIR] [--out FILE]
                          (--generate-passphrase | --passphrase-file F | --recipient age1... ...) [--partial STATION]
  ruang-uji bundle import FILE --kind session|results|backup [--data DIR] [--passphrase-file F]
                          [--accept-signer "FINGERPRINT"] [--dry-run]
Each also takes [--as USERNAME] to unlock the installation keys.
The passphrase may also come from the RUANG_UJI_PASSPHRASE environment variable; never on the command line.
${UNLOCK_USAGE}`;

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
  'dry-run': { type: 'boolean' },
  as: { type: 'string' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

function passphraseFrom(values: Values): string | undefined {
  const file = values['passphrase-file'];
  if (typeof file === 'string') return fs.readFileSync(path.resolve(process.env.INIT_CWD ?? process.cwd(), file), 'utf8').replace(/\r?\n$/, '');
  return process.env.RUANG_UJI_PASSPHRASE || undefined;
}

function kindFrom(value: string | undefined): BundleKind {
  const kind = BUNDLE_KINDS.find((k) => k === value);
  if (!kind) throw new CliError(`--kind must be one of ${BUNDLE_KINDS.join(', ')}`);
  return kind;
}

function fileArg(positionals: string[]): string {
  const file = positionals[1];
  if (!file) throw new CliError(USAGE);
  const resolved = path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
  if (!fs.existsSync(resolved)) throw new CliError(`no such file: ${resolved}`, 1);
  return resolved;
}

/** Refusals print their code and the English message; --json gets both plus which check failed. */
function refused(err: unknown, json: boolean): number {
  if (!(err instanceof AppError)) throw err;
  const out = { ok: false, code: err.code, message: describeError(err), detail: isBundleFailure(err) ? err.detail : null };
  if (json) process.stdout.write(JSON.stringify(out) + '\n');
  else process.stderr.write(`${out.code}: ${out.message}\n`);
  return 1;
}

async function withCore<T>(values: Values, run: (core: Core) => Promise<T>): Promise<T> {
  const core = await createCore({ dataDir: dataDirFrom(values.data), demoIfEmpty: false, log: () => {} });
  try {
    await unlockForCli(core, values.as);
    return await run(core);
  } finally {
    core.close();
  }
}

export async function bundleCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(() => parseArgs({ args: argv, allowPositionals: true, options: OPTIONS }));
  const json = values.json === true;
  const sub = positionals[0];
  if (sub === 'inspect' || sub === 'verify') {
    const file = fileArg(positionals);
    return withCore(values, async (core) => {
      const keys = privateKeys(core.db, core.context.vault);
      try {
        const { manifest, manifestSha256 } = await readBundle(file, { identities: [keys.ageIdentity], passphrase: passphraseFrom(values) }, null);
        if (sub === 'verify') {
          const out = { ok: true, kind: manifest.kind, bundleId: manifest.bundleId, signer: manifest.source.fingerprint, manifestSha256 };
          process.stdout.write(json ? JSON.stringify(out) + '\n' : `OK: ${manifest.kind} bundle ${manifest.bundleId}, signed by ${manifest.source.label} (${manifest.source.fingerprint}); every entry verified\n`);
        } else if (json) {
          process.stdout.write(JSON.stringify({ ok: true, manifestSha256, manifest }) + '\n');
        } else {
          const lines = [
            `kind:        ${manifest.kind}${manifest.partial ? ` (partial, ${manifest.partial.station})` : ''}`,
            `bundle:      ${manifest.bundleId} (format ${manifest.formatVersion}, app ${manifest.appVersion})`,
            `created:     ${manifest.createdAt}`,
            `signed by:   ${manifest.source.label} — ${manifest.source.fingerprint}`,
            `LSP:         ${manifest.lsp ? `${manifest.lsp.name} (${manifest.lsp.code})` : '—'}`,
            `TUK:         ${manifest.tuk ? `${manifest.tuk.name} (${manifest.tuk.code})` : '—'}`,
            `session:     ${manifest.session ? `${manifest.session.name} (${manifest.session.code})` : '—'}`,
            `counts:      ${Object.entries(manifest.counts).map(([k, v]) => `${k} ${v}`).join(', ')}`,
            `entries:     ${manifest.entries.length}, ${manifest.entries.reduce((n, e) => n + e.size, 0)} bytes, all verified`,
          ];
          process.stdout.write(lines.join('\n') + '\n');
        }
        return 0;
      } catch (err) {
        return refused(err, json);
      }
    });
  }
  if (sub === 'export') {
    const kind = kindFrom(values.kind);
    return withCore(values, async (core) => {
      let sessionId: string | undefined;
      if (kind !== 'backup') {
        if (!values.session) throw new CliError('--session CODE is required');
        sessionId = (core.db.prepare('SELECT id FROM session WHERE code = ?').pluck().get(values.session) as string | undefined) ?? undefined;
        if (!sessionId) throw new CliError(`no session with code ${values.session}`, 1);
      }
      const to: ExportTo = { recipients: values.recipient, generatePassphrase: values['generate-passphrase'], passphrase: passphraseFrom(values) };
      const outFile = values.out ? path.resolve(process.env.INIT_CWD ?? process.cwd(), values.out) : undefined;
      try {
        const r = await exportBundle(bundleEnv(core.context), { kind, sessionId, partialStation: values.partial, to, outFile, operationId: crypto.randomUUID(), actor: null });
        process.stdout.write(`${r.filePath}\n  ${r.bytes} bytes, sha256 ${r.sha256}, verified (${r.verified})\n  signed by fingerprint ${r.fingerprint}\n`);
        if (r.generatedPassphrase) process.stdout.write(`  passphrase (hand it over separately): ${r.generatedPassphrase}\n`);
        return 0;
      } catch (err) {
        return refused(err, json);
      }
    });
  }
  if (sub === 'import') {
    const file = fileArg(positionals);
    const kind = kindFrom(values.kind);
    return withCore(values, async (core) => {
      const env = bundleEnv(core.context);
      try {
        const pending = await previewImport(env, { file, passphrase: passphraseFrom(values), expectKind: kind });
        const p = pending.preview;
        process.stdout.write(`${p.kind} bundle ${p.bundleId} from ${p.signer.label}\n  signer ${p.signer.fingerprint} (${p.signer.status})\n`);
        if (p.alreadyImported) process.stdout.write('  already imported: nothing to do\n');
        for (const t of p.tables) process.stdout.write(`  ${t.table}: +${t.added} ~${t.updated} =${t.unchanged} !${t.conflicts}\n`);
        if (values['dry-run']) {
          discardImport(pending);
          return 0;
        }
        const result = applyImport(env, pending, null, { confirmSigner: values['accept-signer'] });
        process.stdout.write(result.alreadyImported ? 'nothing changed\n' : `applied${result.pinned ? ', signer pinned' : ''}; ${result.conflictCount} conflicts listed\n`);
        return 0;
      } catch (err) {
        return refused(err, json);
      }
    });
  }
  throw new CliError(USAGE);
}
