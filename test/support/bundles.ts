import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Core, CoreOptions } from '../../electron/core';
import { bundleEnv } from '../../electron/core/api/handlers/bundles';
import { transferDir } from '../../electron/core/bundles/transfers';
import type { Db } from '../../electron/core/db/open';
import { call, demo, demoSessionId, releaseToken, signInAs, tempCore } from './core';
export { checksum } from './checksum';

/** Low scrypt cost for passphrase bundles in tests; the real default is age's 2^18. */
export const TEST_SCRYPT_LOG_N = 10;

export async function lspCore(options: Partial<CoreOptions> = {}): Promise<Core> {
  return tempCore({ bundleScryptLogN: TEST_SCRYPT_LOG_N, ...options });
}

/** A TUK computer before its first session bundle: only the proctor's account. */
export async function tukStation(options: Partial<CoreOptions> = {}): Promise<Core> {
  return tempCore({ demoIfEmpty: false, tukStationIfEmpty: true, bundleScryptLogN: TEST_SCRYPT_LOG_N, ...options });
}

export const env = (core: Core) => bundleEnv(core.context);

/** What the room server's upload route does: the file lands under transfers/uploads/<id>.uji. */
export function upload(core: Core, file: string): string {
  const uploadId = crypto.randomUUID();
  fs.copyFileSync(file, path.join(transferDir(core.dataDir, 'uploads'), `${uploadId}.uji`));
  return uploadId;
}

export function count(db: Db, table: string): number {
  return db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
}

export async function exportSessionBundle(lsp: Core, to: { generatePassphrase?: boolean; passphrase?: string; recipients?: string[] } = { generatePassphrase: true }) {
  const admin = await signInAs(lsp, 'admin');
  return call(lsp, 'bundles/exportSession', { sessionId: demoSessionId(lsp), operationId: crypto.randomUUID(), to }, admin);
}

/** LSP demo → TUK station, previewed and confirmed as the proctor would. */
export async function sessionAtTuk() {
  const lsp = await lspCore();
  const tuk = await tukStation();
  const exported = await exportSessionBundle(lsp);
  const proctor = await signInAs(tuk, 'proctor');
  const preview = await call(tuk, 'bundles/preview', { uploadId: upload(tuk, exported.filePath), passphrase: exported.generatedPassphrase ?? undefined, expectKind: 'session' }, proctor);
  const applied = await call(tuk, 'bundles/apply', { importId: preview.importId, confirmSigner: preview.signer.fingerprint }, proctor);
  return { lsp, tuk, proctor, exported, preview, applied };
}

export function flipByte(file: string, offset: number): void {
  const fd = fs.openSync(file, 'r+');
  const b = Buffer.alloc(1);
  fs.readSync(fd, b, 0, 1, offset);
  b[0] ^= 0x01;
  fs.writeSync(fd, b, 0, 1, offset);
  fs.closeSync(fd);
}

/** The demo session held at a TUK station: the first candidate answers every question; `exportFile` sends the results. */
export async function answeredAtTuk(): Promise<{ lsp: Core; tuk: Core; proctor: string; candidate: string; exportFile: (tuk?: Core) => Promise<string> }> {
  const { lsp, tuk, proctor } = await sessionAtTuk();
  const token = await releaseToken(tuk);
  const c = demo.people.candidates[0];
  const candidate = (await call(tuk, 'auth/candidateSignIn', { participantNo: c.participantNo, password: c.password, token, deviceId: 'lab-pc-00' })).token;
  const state = await call(tuk, 'cbt/agree', { accept: true }, candidate);
  let seq = 0;
  for (const item of state.items) {
    const essay = item.kind === 'essay';
    await call(tuk, 'cbt/save', { itemId: item.itemId, seq: ++seq, choice: essay ? null : 0, text: essay ? 'Jawaban' : null, doubtful: false }, candidate);
  }
  const exportFile = async (station = tuk) => {
    const by = station === tuk ? proctor : await signInAs(station, 'proctor');
    return (await call(station, 'bundles/exportResults', { sessionId: demoSessionId(station), operationId: crypto.randomUUID() }, by)).filePath;
  };
  return { lsp, tuk, proctor, candidate, exportFile };
}

/** A results bundle previewed at the LSP by its admin. */
export async function previewResults(lsp: Core, file: string) {
  const admin = await signInAs(lsp, 'admin');
  return { admin, preview: await call(lsp, 'bundles/preview', { uploadId: upload(lsp, file), expectKind: 'results' }, admin) };
}

/** …and applied. */
export async function importResults(lsp: Core, file: string): Promise<void> {
  const { admin, preview } = await previewResults(lsp, file);
  await call(lsp, 'bundles/apply', { importId: preview.importId, confirmSigner: preview.signer.fingerprint }, admin);
}
