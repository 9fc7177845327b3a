/**
 * The age v1 layer, through `age-encryption` (the reference TypeScript implementation): no cipher code
 * of our own. Both directions stream in age's 64 KiB STREAM chunks, so memory stays flat.
 */
import fs from 'node:fs';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { Decrypter, Encrypter } from 'age-encryption';
import { AppError } from '../../shared/errors';
import { BundleFailure } from './failure';

export const AGE_MAGIC = 'age-encryption.org/v1\n';
/** age's STREAM chunk: plaintext released by the decrypter only after its tag checked. */
export const AGE_CHUNK = 64 * 1024;

export type Recipients =
  | { passphrase: string; recipients?: undefined; scryptLogN?: number }
  | { passphrase?: undefined; recipients: readonly string[]; scryptLogN?: undefined };

/** An age file holds either one passphrase stanza or public-key stanzas, never both (age spec). */
export function encrypter(to: Recipients): Encrypter {
  const e = new Encrypter();
  if (to.passphrase !== undefined) {
    e.setPassphrase(to.passphrase);
    if (to.scryptLogN) e.setScryptWorkFactor(to.scryptLogN);
  } else {
    for (const r of to.recipients) e.addRecipient(r);
  }
  return e;
}

export async function encryptToNode(source: Readable, to: Recipients): Promise<Readable> {
  const web = Readable.toWeb(source) as unknown as ReadableStream<Uint8Array>;
  const out = await encrypter(to).encrypt(web);
  return Readable.fromWeb(out as unknown as WebReadableStream<Uint8Array>, { highWaterMark: 4 });
}

export type Keys = { identities: readonly string[]; passphrase?: string | null };

export type HeaderFacts = { passphrase: boolean; recipients: number; headerBytes: number };

/** Reads only the text header (without decrypting) to tell what kind of key the file wants. */
export function readHeaderFacts(file: string): HeaderFacts {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(64 * 1024);
    const n = fs.readSync(fd, buf, 0, buf.length, 0);
    const text = buf.subarray(0, n).toString('latin1');
    if (!text.startsWith(AGE_MAGIC)) throw new BundleFailure('BUNDLE_NOT_A_BUNDLE', 'no age header');
    const mac = text.indexOf('\n--- ');
    const macEnd = mac >= 0 ? text.indexOf('\n', mac + 1) : -1;
    if (macEnd < 0) throw new BundleFailure(n < buf.length ? 'BUNDLE_TRUNCATED' : 'BUNDLE_TAMPERED', 'header without MAC line');
    const stanzas = text.slice(0, mac).split('\n').filter((line) => line.startsWith('-> '));
    return {
      passphrase: stanzas.some((s) => s.startsWith('-> scrypt ')),
      recipients: stanzas.length,
      headerBytes: macEnd + 1,
    };
  } finally {
    fs.closeSync(fd);
  }
}

function headerFailure(err: unknown, facts: HeaderFacts): BundleFailure {
  const message = err instanceof Error ? err.message : String(err);
  if (message.includes('no identity matched')) {
    return new BundleFailure('BUNDLE_WRONG_KEY', message, { passphrase: facts.passphrase ? 'required' : 'no' });
  }
  if (message.startsWith('invalid version')) return new BundleFailure('BUNDLE_NOT_A_BUNDLE', message);
  if (message.includes('stream ended') || message.includes('ended before')) return new BundleFailure('BUNDLE_TRUNCATED', message);
  return new BundleFailure('BUNDLE_TAMPERED', message);
}

export type PlainSink = (chunk: Buffer) => Promise<void>;

/**
 * Decrypts `file` into `sink`. A STREAM chunk that fails its tag becomes TAMPERED when it is not the
 * last one; a failing last chunk is TRUNCATED or TAMPERED depending on `expectedPlainBytes`, which the
 * caller learns from the manifest once it has been read (see docs/bundle-format.md, "Telling a cut
 * from an edit").
 */
export async function decryptFile(
  file: string,
  keys: Keys,
  sink: PlainSink,
  expectedPlainBytes: () => number | null,
  signal?: AbortSignal,
): Promise<void> {
  const facts = readHeaderFacts(file);
  const size = fs.statSync(file).size;
  const d = new Decrypter();
  for (const identity of keys.identities) d.addIdentity(identity);
  if (keys.passphrase) d.addPassphrase(keys.passphrase);
  const web = Readable.toWeb(fs.createReadStream(file, { highWaterMark: AGE_CHUNK })) as unknown as ReadableStream<Uint8Array>;
  let out: Awaited<ReturnType<Decrypter['decrypt']>> & ReadableStream<Uint8Array>;
  try {
    out = await d.decrypt(web);
  } catch (err) {
    throw headerFailure(err, facts);
  }
  let available: number;
  try {
    available = out.size(size);
  } catch {
    // A payload length that no age writer produces: the file was cut inside a chunk's tag.
    await out.cancel().catch(() => {});
    throw new BundleFailure('BUNDLE_TRUNCATED', 'payload length impossible');
  }
  const lastChunkStart = available === 0 ? 0 : Math.floor((available - 1) / AGE_CHUNK) * AGE_CHUNK;
  let released = 0;
  const reader = out.getReader();
  try {
    for (;;) {
      if (signal?.aborted) throw new AppError('BUNDLE_CANCELLED');
      let next: Awaited<ReturnType<typeof reader.read>>;
      try {
        next = await reader.read();
      } catch (err) {
        throw streamFailure(err, released, lastChunkStart, available, expectedPlainBytes());
      }
      if (next.done) break;
      released += next.value.length;
      await sink(Buffer.from(next.value.buffer, next.value.byteOffset, next.value.length));
    }
  } catch (err) {
    // Stop reading the file now rather than when the stream is collected.
    await reader.cancel().catch(() => {});
    throw err;
  } finally {
    reader.releaseLock();
  }
}

function streamFailure(err: unknown, released: number, lastChunkStart: number, available: number, expected: number | null): BundleFailure {
  if (err instanceof BundleFailure) return err;
  const message = err instanceof Error ? err.message : String(err);
  if (released < lastChunkStart) return new BundleFailure('BUNDLE_TAMPERED', `chunk at ${released}: ${message}`);
  if (expected === null) return new BundleFailure('BUNDLE_TRUNCATED', `last chunk before manifest: ${message}`);
  return available < expected
    ? new BundleFailure('BUNDLE_TRUNCATED', `have ${available} of ${expected} bytes`)
    : new BundleFailure('BUNDLE_TAMPERED', `last chunk: ${message}`);
}
