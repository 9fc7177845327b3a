import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { once } from 'node:events';
import { AppError } from '../../shared/errors';
import { fsyncDir, fsyncFile } from '../durable-files';
import { sign, type PrivateKeys } from '../keys/installation';
import { AGE_CHUNK, encryptToNode, type Recipients } from './cipher';
import {
  FORMAT,
  FORMAT_VERSION,
  MANIFEST_PATH,
  SIGNATURE_PATH,
  type Manifest,
  type ManifestEntry,
} from './manifest';
import { BLOCK, END_OF_ARCHIVE, entryBytes, entryHeader, paddingFor } from './tar';

export type SourceEntry = ManifestEntry & { file: string };

export type Progress = { phase: 'write' | 'verify'; bytes: number; totalBytes: number; entries: number; totalEntries: number };

export type WriteRequest = {
  outFile: string;
  keys: PrivateKeys;
  to: Recipients;
  header: Pick<Manifest, 'kind' | 'lsp' | 'tuk' | 'session' | 'basedOn' | 'partial' | 'counts'> & { label: string };
  entries: readonly SourceEntry[];
  appVersion: string;
  now: Date;
  signal?: AbortSignal;
  onProgress?: (p: Progress) => void;
  /** Tests only: write a manifest claiming another format version. */
  formatVersionOverride?: number;
};

export type Written = { manifest: Manifest; file: string; size: number; sha256: string };

/**
 * The archive is padded with zero blocks (as tar's blocking factor does) until it is longer than one
 * age STREAM chunk, so the manifest never sits in the last chunk: a reader can then always learn the
 * expected length before the last chunk is checked, and tell a cut file from an edited one.
 */
function payloadBytesFor(entries: readonly SourceEntry[], headBytes: number): number {
  const data = entries.reduce((sum, e) => sum + entryBytes(e.size), 0) + END_OF_ARCHIVE.length;
  const minTotal = AGE_CHUNK + BLOCK;
  const total = headBytes + data;
  const padded = Math.max(total, minTotal);
  const record = 20 * BLOCK;
  return Math.ceil(padded / record) * record - headBytes;
}

export function buildManifest(req: WriteRequest): { manifest: Manifest; manifestBytes: Buffer; signature: Buffer } {
  const { keys } = req;
  const draft = (payloadBytes: number): Manifest => ({
    format: FORMAT,
    formatVersion: (req.formatVersionOverride ?? FORMAT_VERSION) as typeof FORMAT_VERSION,
    bundleId: crypto.randomUUID(),
    kind: req.header.kind,
    createdAt: req.now.toISOString(),
    appVersion: req.appVersion,
    source: {
      installationId: keys.installationId,
      label: req.header.label,
      signingPublic: keys.signingPublic,
      ageRecipient: keys.ageRecipient,
      fingerprint: keys.fingerprint,
    },
    lsp: req.header.lsp,
    tuk: req.header.tuk,
    session: req.header.session,
    basedOn: req.header.basedOn,
    partial: req.header.partial,
    counts: req.header.counts,
    payloadBytes,
    entries: req.entries.map(({ path: p, size, sha256, rows }) => ({ path: p, size, sha256, rows })),
  });
  // payloadBytes depends on the manifest's own length: settle it in a few rounds (it converges at once
  // unless the padding crosses a record boundary).
  let manifest = draft(0);
  const id = manifest.bundleId;
  for (let i = 0; i < 4; i++) {
    const bytes = Buffer.from(JSON.stringify(manifest), 'utf8');
    const sigLen = 89;
    const head = entryBytes(bytes.length) + entryBytes(sigLen);
    const payload = payloadBytesFor(req.entries, head);
    if (payload === manifest.payloadBytes) break;
    manifest = { ...draft(payload), bundleId: id };
  }
  const manifestBytes = Buffer.from(JSON.stringify(manifest), 'utf8');
  const signature = Buffer.from(sign(manifestBytes, keys.signingKey) + '\n', 'ascii');
  return { manifest, manifestBytes, signature };
}

async function* archive(req: WriteRequest, manifestBytes: Buffer, signature: Buffer, manifest: Manifest, count: (n: number, entry?: boolean) => void) {
  const mtime = Math.floor(req.now.getTime() / 1000);
  const file = (name: string, body: Buffer) => Buffer.concat([entryHeader(name, body.length, mtime), body, Buffer.alloc(paddingFor(body.length))]);
  const head = Buffer.concat([file(MANIFEST_PATH, manifestBytes), file(SIGNATURE_PATH, signature)]);
  yield head;
  count(head.length, true);
  count(0, true);
  let written = 0;
  for (const e of req.entries) {
    if (req.signal?.aborted) throw new AppError('BUNDLE_CANCELLED');
    const h = entryHeader(e.path, e.size, mtime);
    yield h;
    written += h.length;
    count(h.length);
    let seen = 0;
    for await (const chunk of fs.createReadStream(e.file, { highWaterMark: AGE_CHUNK })) {
      if (req.signal?.aborted) throw new AppError('BUNDLE_CANCELLED');
      const buf = chunk as Buffer;
      seen += buf.length;
      yield buf;
      count(buf.length);
    }
    // The spill or attachment store changed under us: refuse rather than sign a lie.
    if (seen !== e.size) throw new Error(`${e.path} changed while exporting`);
    const pad = Buffer.alloc(paddingFor(e.size));
    if (pad.length) yield pad;
    written += e.size + pad.length;
    count(pad.length, true);
  }
  const rest = manifest.payloadBytes - written;
  yield Buffer.alloc(rest);
  count(rest);
}

/**
 * Streams manifest → signature → entries through age into `<outFile>.partial`, fsyncs it, renames it
 * into place and fsyncs the folder. On any failure or cancel, nothing is left behind.
 */
export async function writeBundle(req: WriteRequest): Promise<Written> {
  const { manifest, manifestBytes, signature } = buildManifest(req);
  const partial = req.outFile + '.partial';
  const totalBytes = entryBytes(manifestBytes.length) + entryBytes(signature.length) + manifest.payloadBytes;
  const totalEntries = req.entries.length + 2;
  let bytes = 0;
  let entries = 0;
  let lastReport = 0;
  const count = (n: number, entryDone = false) => {
    bytes += n;
    if (entryDone) entries++;
    if (req.onProgress && (bytes - lastReport >= 1024 * 1024 || bytes === totalBytes)) {
      lastReport = bytes;
      req.onProgress({ phase: 'write', bytes, totalBytes, entries: Math.min(entries, totalEntries), totalEntries });
    }
  };
  const hash = crypto.createHash('sha256');
  let size = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      size += chunk.length;
      done(null, chunk);
    },
  });
  fs.mkdirSync(path.dirname(req.outFile), { recursive: true });
  if (req.signal?.aborted) throw new AppError('BUNDLE_CANCELLED');
  const sink = fs.createWriteStream(partial, { flags: 'wx' });
  await once(sink, 'open');
  try {
    const plain = Readable.from(archive(req, manifestBytes, signature, manifest, count), { objectMode: false, highWaterMark: 4 });
    const encrypted = await encryptToNode(plain, req.to);
    await pipeline(encrypted, tap, sink, { signal: req.signal });
    fsyncFile(partial);
    if (req.signal?.aborted) throw new AppError('BUNDLE_CANCELLED');
    fs.renameSync(partial, req.outFile);
    fsyncDir(path.dirname(req.outFile));
  } catch (err) {
    // The stream may still hold the file open; close it before removing, or the name could come back.
    if (!sink.closed) {
      sink.destroy();
      await once(sink, 'close').catch(() => {});
    }
    fs.rmSync(partial, { force: true });
    if (req.signal?.aborted) throw new AppError('BUNDLE_CANCELLED');
    throw err;
  }
  return { manifest, file: req.outFile, size, sha256: hash.digest('hex') };
}

/** The bytes on disk are the bytes we wrote: checked even when we hold no key that opens the file. */
export async function sha256OfFile(file: string): Promise<string> {
  const hash = crypto.createHash('sha256');
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 1024 * 1024 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
