import path from 'node:path';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { createCore, installationLanguage, publicKeysOfInstallation, recoverAdmin } from '../../core';
import { AppError } from '../../shared/errors';
import { DEFAULT_LANGUAGE } from '../../shared/i18n';
import { existingFile, passphraseFile, placeExport, withUpload } from '../files';
import { languageOf, say } from '../language';
import { CliError, dataDirFrom, fromCwd, parse, refusal, wrongVerb } from '../options';
import { requireKeys, SIGN_IN_USAGE, withSignedIn } from '../sign-in';
import { adminPassword } from './setup';

export const USAGE = `usage:
  ruang-uji keys show [--data DIR]                                   this installation's fingerprint and public key
  ruang-uji keys backup --as USERNAME [--out FILE] [--data DIR]
                                                                     a key backup under a generated passphrase; prints
                                                                     the recovery sheet (print it, keep it apart)
  ruang-uji keys restore BACKUP --passphrase-file F --as USERNAME [--data DIR]
                                                                     put backed-up keys in place of this installation's
  ruang-uji keys recover-admin USERNAME --key-backup BACKUP --passphrase-file F [--data DIR]
                                                                     a forgotten admin's (or proctor's) password: this
                                                                     installation's key backup sets a new one (from
                                                                     RUANG_UJI_PASSWORD, or asked twice); no sign-in
${SIGN_IN_USAGE}`;

/** Public keys only, meant to be read out and handed over: no one needs to sign in to see them. */
async function show(dataDir: string): Promise<number> {
  const core = await createCore({ dataDir, demoIfEmpty: false, log: () => {} });
  try {
    const k = publicKeysOfInstallation(core);
    const language = installationLanguage(core.db) ?? DEFAULT_LANGUAGE;
    const lines = [
      say(language, 'cli.keys.fingerprint', { fingerprint: k.fingerprint }),
      say(language, 'cli.keys.ageRecipient', { recipient: k.ageRecipient }),
      say(language, 'cli.keys.installation', { installation: k.installationId }),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  } finally {
    core.close();
  }
}

/**
 * The key backup as the keys panel makes it, for an office set up from the terminal: `setup` says to back
 * the keys up next, and that was possible only on the screens. The sheet goes to stdout, to print.
 */
async function backupKeys(dataDir: string, as: string | undefined, out: string | undefined): Promise<number> {
  if (out && fs.existsSync(out)) throw new CliError(refusal(new AppError('BUNDLE_FILE_EXISTS', { file: path.basename(out) }), languageOf(dataDir)).message, 1);
  return withSignedIn(dataDir, as, async (caller) => {
    await requireKeys(caller);
    const made = await caller.call('keys/backup', out ? { savedAs: path.basename(out) } : {});
    if (out) await placeExport(made.filePath, out, made.sha256);
    process.stdout.write(`${out ?? made.filePath}\n\n${made.recoverySheet}`);
    return 0;
  });
}

/** No one can sign in (that is the problem), so the key backup and its passphrase stand in for it. */
async function recover(dataDir: string, username: string, backup: string, passphrase: string): Promise<number> {
  const language = languageOf(dataDir);
  const password = await adminPassword(username, language);
  const core = await createCore({ dataDir, demoIfEmpty: false, log: () => {} });
  try {
    const r = await recoverAdmin(core.context, { username, file: backup, passphrase, password });
    process.stdout.write(`${say(language, 'cli.keys.recovered', { username: r.username, fingerprint: r.fingerprint })}\n`);
    return 0;
  } catch (err) {
    // Worded by main, as every command's refusal: "ruang-uji keys: CODE: …", exit code 1.
    throw err instanceof AppError ? refusal(err, language) : err;
  } finally {
    core.close();
  }
}

export async function keysCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(() =>
    parseArgs({ args: argv, allowPositionals: true, options: { data: { type: 'string' }, 'passphrase-file': { type: 'string' }, as: { type: 'string' }, 'key-backup': { type: 'string' }, out: { type: 'string' } } }),
  );
  const [sub, file] = positionals;
  if (sub === 'show') return show(dataDirFrom(values.data));
  if (sub === 'backup') return backupKeys(dataDirFrom(values.data), values.as, values.out ? fromCwd(values.out) : undefined);
  const passFile = values['passphrase-file'];
  const recovering = sub === 'recover-admin' && typeof values['key-backup'] === 'string';
  if ((sub !== 'restore' && !recovering) || !file || typeof passFile !== 'string') throw wrongVerb(sub, USAGE);
  const backup = fromCwd(recovering ? (values['key-backup'] ?? '') : file);
  const dataDir = dataDirFrom(values.data);
  // Checked before anyone signs in, so in the installation's language as read from its folder.
  existingFile(backup, languageOf(dataDir));
  const passphrase = passphraseFile(fromCwd(passFile), languageOf(dataDir));
  if (recovering) return recover(dataDir, file, backup, passphrase);
  return withSignedIn(dataDir, values.as, async (caller) => {
    await requireKeys(caller);
    try {
      const r = await withUpload(caller.core, backup, (uploadId) => caller.call('keys/restore', { uploadId, passphrase }));
      process.stdout.write(`${say(caller.language, 'cli.keys.restored', { fingerprint: r.fingerprint, replaced: r.replaced })}\n`);
      return 0;
    } catch (err) {
      throw err instanceof AppError ? refusal(err, caller.language) : err;
    }
  });
}
