import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fingerprint } from '../keys/fingerprint';
import { verifySignature } from '../keys/installation';
import { decryptFile, type Keys } from './cipher';
import { BundleFailure } from './failure';
import {
  MANIFEST_PATH,
  MAX_MANIFEST_BYTES,
  MAX_SIGNATURE_BYTES,
  SIGNATURE_PATH,
  parseManifest,
  type Manifest,
} from './manifest';
import { TarReader, entryBytes, type TarEntryHeader } from './tar';

export type ReadResult = {
  manifest: Manifest;
  /** sha256 of manifest.json as signed: identifies this exact bundle in the import log. */
  manifestSha256: string;
  /**
   * Computed here from the two public keys the signature was verified with, never read from the
   * manifest: this is what a person compares and what a pin records.
   */
  signerFingerprint: string;
  /** Where the verified entries were written (null when only verifying). */
  stagingDir: string | null;
  /** The entries asked for by options.keep, verified, in memory. */
  kept: Map<string, Buffer>;
};

/** An entry kept in memory is a small table (a session's one row); a bigger one is not kept. */
const KEEP_MAX_BYTES = 1024 * 1024;

export type ReadProgress = { bytes: number; totalBytes: number | null; entries: number };

/**
 * Decrypts and checks a bundle in one pass: manifest first, then its Ed25519 signature by the key the
 * manifest names, then every entry against the manifest's size and sha256, in order, with nothing
 * missing or extra, and the archive's exact length. Entries are written to `stagingDir` as they pass;
 * the caller must not use them unless this resolves.
 */
export async function readBundle(
  file: string,
  keys: Keys,
  stagingDir: string | null,
  options: { signal?: AbortSignal; onProgress?: (p: ReadProgress) => void; keep?: readonly string[] } = {},
): Promise<ReadResult> {
  const kept = new Map<string, Buffer>();
  let manifestBuf: Buffer[] = [];
  let manifestLen = 0;
  const found: { manifest: Manifest | null } = { manifest: null };
  let manifestBytes: Buffer | null = null;
  let expectedTotal: number | null = null;
  let sigBuf = '';
  let index = 0;
  let plainBytes = 0;
  let lastReport = 0;

  const tar = new TarReader({
    entry(h: TarEntryHeader) {
      const position = index++;
      if (position === 0) {
        if (h.name !== MANIFEST_PATH) throw new BundleFailure('BUNDLE_NOT_A_BUNDLE', 'first entry is not the manifest');
        if (h.size > MAX_MANIFEST_BYTES) throw new BundleFailure('BUNDLE_NOT_A_BUNDLE', 'manifest too large');
        return {
          data: (c) => {
            manifestBuf.push(Buffer.from(c));
            manifestLen += c.length;
          },
          end: () => {
            manifestBytes = Buffer.concat(manifestBuf, manifestLen);
            manifestBuf = [];
          },
        };
      }
      if (position === 1) {
        if (h.name !== SIGNATURE_PATH || h.size > MAX_SIGNATURE_BYTES) throw new BundleFailure('BUNDLE_BAD_SIGNATURE', 'no signature entry');
        return {
          data: (c) => {
            sigBuf += c.toString('ascii');
          },
          end: () => {
            const bytes = manifestBytes ?? Buffer.alloc(0);
            // The version check comes before the signature: a newer format may sign differently.
            const m = parseManifest(bytes);
            if (!verifySignature(bytes, sigBuf.trim(), m.source.signingPublic)) {
              throw new BundleFailure('BUNDLE_BAD_SIGNATURE', 'manifest signature does not verify');
            }
            // The manifest's fingerprint is only a claim: anyone can sign a manifest with their own key and
            // copy another signer's fingerprint text into it. A claim that does not match the keys is refused.
            const computed = fingerprint(m.source.signingPublic, m.source.ageRecipient);
            if (computed !== m.source.fingerprint) {
              throw new BundleFailure('BUNDLE_FINGERPRINT_MISMATCH', 'fingerprint is not that of the signing keys', { claimed: m.source.fingerprint, computed });
            }
            found.manifest = m;
            expectedTotal = entryBytes(bytes.length) + entryBytes(h.size) + m.payloadBytes;
          },
        };
      }
      const m = found.manifest;
      if (!m) throw new BundleFailure('BUNDLE_NOT_A_BUNDLE', 'entry before signature');
      const expected = m.entries[position - 2];
      if (!expected || expected.path !== h.name) throw new BundleFailure('BUNDLE_TAMPERED', `unexpected entry ${h.name}`);
      if (expected.size !== h.size) throw new BundleFailure('BUNDLE_TAMPERED', `size of ${h.name}`);
      const hash = crypto.createHash('sha256');
      const held: Buffer[] | null = options.keep?.includes(h.name) && h.size <= KEEP_MAX_BYTES ? [] : null;
      let fd: number | null = null;
      if (stagingDir) {
        const target = path.join(stagingDir, h.name);
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fd = fs.openSync(target, 'wx');
      }
      return {
        data: (c) => {
          hash.update(c);
          if (fd !== null) fs.writeSync(fd, c);
          held?.push(Buffer.from(c));
        },
        end: () => {
          if (fd !== null) fs.closeSync(fd);
          if (hash.digest('hex') !== expected.sha256) throw new BundleFailure('BUNDLE_TAMPERED', `sha256 of ${h.name}`);
          if (held) kept.set(h.name, Buffer.concat(held));
        },
      };
    },
  });

  if (stagingDir) fs.mkdirSync(stagingDir, { recursive: true });
  await decryptFile(
    file,
    keys,
    async (chunk) => {
      plainBytes += chunk.length;
      if (expectedTotal !== null && plainBytes > expectedTotal) throw new BundleFailure('BUNDLE_TAMPERED', 'longer than the manifest says');
      await tar.write(chunk);
      if (options.onProgress && plainBytes - lastReport >= 1024 * 1024) {
        lastReport = plainBytes;
        options.onProgress({ bytes: plainBytes, totalBytes: expectedTotal, entries: Math.max(0, index) });
      }
    },
    () => expectedTotal,
    options.signal,
  );
  const m = found.manifest;
  if (!m || manifestBytes === null) throw new BundleFailure(index === 0 ? 'BUNDLE_NOT_A_BUNDLE' : 'BUNDLE_TRUNCATED', 'no manifest');
  if (index - 2 !== m.entries.length) throw new BundleFailure('BUNDLE_TAMPERED', 'entries missing');
  if (!tar.ended || plainBytes !== expectedTotal) throw new BundleFailure('BUNDLE_TAMPERED', 'archive length');
  return {
    manifest: m,
    manifestSha256: crypto.createHash('sha256').update(manifestBytes).digest('hex'),
    signerFingerprint: fingerprint(m.source.signingPublic, m.source.ageRecipient),
    stagingDir,
    kept,
  };
}
