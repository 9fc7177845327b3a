import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { discardUpload, storeUpload, type Core } from '../core';
import { AppError } from '../shared/errors';
import type { Language } from '../shared/i18n';
import { cliFailure } from './options';

/**
 * Hands a file on this computer to the core the way the app's file picker does (an upload under
 * transfers/), runs the call that reads it, and removes the upload if that call never got to it.
 */
export async function withUpload<T>(core: Core, file: string, run: (uploadId: string) => Promise<T>): Promise<T> {
  const { uploadId } = await storeUpload(core.dataDir, fs.createReadStream(file));
  try {
    return await run(uploadId);
  } finally {
    discardUpload(core.dataDir, uploadId);
  }
}

async function sha256Of(file: string): Promise<string> {
  const hash = crypto.createHash('sha256');
  await pipeline(fs.createReadStream(file), hash);
  return hash.digest('hex');
}

function linkNew(from: string, to: string): void {
  try {
    fs.linkSync(from, to);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw new AppError('BUNDLE_FILE_EXISTS', { file: to });
    throw err;
  }
}

function fsyncPath(target: string): void {
  const fd = fs.openSync(target, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Moves an exported bundle from the core's exports folder to where the operator asked (--out), the
 * way the desktop app saves a download: never over an existing file (a hard link fails on one, where
 * a rename would replace it), copied and synced when the target is on another disk, and checked
 * against the sha256 the export reported before the original goes.
 */
export async function placeExport(from: string, to: string, sha256: string): Promise<void> {
  try {
    linkNew(from, to);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'ENOTSUP') throw err;
    const partial = `${to}.partial`;
    fs.copyFileSync(from, partial, fs.constants.COPYFILE_EXCL);
    try {
      fsyncPath(partial);
      linkNew(partial, to);
    } finally {
      fs.rmSync(partial, { force: true });
    }
  }
  if ((await sha256Of(to)) !== sha256) {
    fs.rmSync(to, { force: true });
    throw new AppError('BUNDLE_VERIFY_FAILED');
  }
  fs.rmSync(from, { force: true });
}

/**
 * A file a command reads, checked before anything is signed in or uploaded: a missing one named as
 * such (a restore would call it a damaged backup), and a folder refused in words where reading it
 * ended in an EISDIR stack trace.
 */
export function existingFile(file: string, language: Language): string {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat) throw cliFailure(language, 'cli.noSuchFile', { file }, 1);
  if (!stat.isFile()) throw cliFailure(language, 'cli.notAFile', { file }, 1);
  return file;
}

/** A --passphrase-file's passphrase: its one line, without the newline an editor adds. */
export function passphraseFile(file: string, language: Language): string {
  return fs.readFileSync(existingFile(file, language), 'utf8').replace(/\r?\n$/, '');
}

/** Before the core writes a download: a target already there is refused at once, as takeExport would refuse it after. */
export function refuseExisting(file: string, language: Language): void {
  if (fs.existsSync(file)) throw cliFailure(language, 'cli.fileExists', { file }, 1);
}

/**
 * Takes a file the core wrote under transfers/exports (a download, as the screens fetch it from
 * /files/exports/<fileName>) to where the operator asked: never over another file, and the core's copy
 * removed either way, as a download is served once.
 */
export function takeExport(dataDir: string, fileName: string, to: string, language: Language): void {
  const from = path.join(dataDir, 'transfers', 'exports', fileName);
  try {
    fs.copyFileSync(from, to, fs.constants.COPYFILE_EXCL);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw cliFailure(language, 'cli.fileExists', { file: to }, 1);
    throw err;
  } finally {
    fs.rmSync(from, { force: true });
  }
}
