/**
 * Mutated, truncated and header-edited bundles: each must be refused with a code that fits what was
 * done to it, and leave the database exactly as it was. Shared by the test (a few hundred cases) and
 * `npm run fuzz` (ten thousand or more). No vitest here, so the fuzz script can run it with tsx.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore, type Core } from '../../electron/core';
import { bundleEnv } from '../../electron/core/api/handlers/bundles';
import { readHeaderFacts } from '../../electron/core/bundles/cipher';
import { exportBundle } from '../../electron/core/bundles/export';
import { previewImport } from '../../electron/core/bundles/import';
import { isBundleFailure } from '../../electron/core/bundles/failure';
import { installationPublicKeys } from '../../electron/core/keys/installation';
import { checksum } from '../support/checksum';

export type Case = { kind: string; expected: readonly string[]; bytes: Buffer };
export type Outcome = { kind: string; code: string; ok: boolean; detail: string };

const HEADER_CODES = ['BUNDLE_NOT_A_BUNDLE', 'BUNDLE_WRONG_KEY', 'BUNDLE_TAMPERED', 'BUNDLE_TRUNCATED'] as const;

/** Deterministic, so a failing case can be replayed from its seed. */
export function prng(seed: number): (n: number) => number {
  let s = seed >>> 0 || 1;
  return (n) => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) % n;
  };
}

export function mutate(original: Buffer, headerBytes: number, rnd: (n: number) => number): Case {
  const size = original.length;
  const choice = rnd(5);
  if (choice === 0) {
    const keep = rnd(size);
    const bytes = original.subarray(0, keep);
    const expected = keep < 22 ? ['BUNDLE_NOT_A_BUNDLE'] : keep < headerBytes ? [...HEADER_CODES] : ['BUNDLE_TRUNCATED'];
    return { kind: 'truncate', expected, bytes };
  }
  if (choice === 1 || choice === 2) {
    const bytes = Buffer.from(original);
    const at = choice === 1 ? headerBytes + rnd(size - headerBytes) : rnd(headerBytes);
    bytes[at] ^= 1 << rnd(8);
    return { kind: at < headerBytes ? 'flip-header' : 'flip-payload', expected: at < headerBytes ? [...HEADER_CODES] : ['BUNDLE_TAMPERED'], bytes };
  }
  if (choice === 3) {
    // Header edits: a line replaced, duplicated or removed, the version changed.
    const text = original.subarray(0, headerBytes).toString('latin1').split('\n');
    const line = 1 + rnd(Math.max(1, text.length - 2));
    const edit = rnd(4);
    if (edit === 0) text[0] = 'age-encryption.org/v2';
    else if (edit === 1) text.splice(line, 0, text[line]);
    else if (edit === 2) text.splice(line, 1);
    else text[line] = text[line].replace(/[A-Za-z0-9]/, (c) => (c === 'A' ? 'B' : 'A'));
    const bytes = Buffer.concat([Buffer.from(text.join('\n'), 'latin1'), original.subarray(headerBytes)]);
    return { kind: 'edit-header', expected: [...HEADER_CODES], bytes };
  }
  return { kind: 'append', expected: ['BUNDLE_TAMPERED'], bytes: Buffer.concat([original, crypto.randomBytes(1 + rnd(200))]) };
}

export type Fixture = { core: Core; bundle: Buffer; headerBytes: number; dir: string; close: () => void };

/** A TUK station and one valid session bundle made for its key (no scrypt, so thousands of cases stay fast). */
export async function fixture(): Promise<Fixture> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ru-fuzz-'));
  const lsp = await createCore({ dataDir: path.join(dir, 'lsp'), demoIfEmpty: true, passwordCost: 1024, log: () => {} });
  const core = await createCore({ dataDir: path.join(dir, 'tuk'), tukStationIfEmpty: true, passwordCost: 1024, log: () => {} });
  const sessionId = lsp.db.prepare('SELECT id FROM session LIMIT 1').pluck().get() as string;
  const exported = await exportBundle(bundleEnv(lsp.context), {
    kind: 'session',
    sessionId,
    to: { recipients: [installationPublicKeys(core.db).ageRecipient] },
    operationId: crypto.randomUUID(),
    actor: null,
  });
  lsp.close();
  const bundle = fs.readFileSync(exported.filePath);
  return {
    core,
    bundle,
    headerBytes: readHeaderFacts(exported.filePath).headerBytes,
    dir,
    close: () => {
      core.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function runCases(f: Fixture, seed: number, count: number): Promise<{ outcomes: Outcome[]; dbChanged: boolean }> {
  const rnd = prng(seed);
  const before = checksum(f.core.db);
  const file = path.join(f.dir, 'case.uji');
  const outcomes: Outcome[] = [];
  const env = bundleEnv(f.core.context);
  for (let i = 0; i < count; i++) {
    const c = mutate(f.bundle, f.headerBytes, rnd);
    fs.writeFileSync(file, c.bytes);
    try {
      const pending = await previewImport(env, { file, expectKind: 'session' });
      fs.rmSync(pending.stagingDir, { recursive: true, force: true });
      outcomes.push({ kind: c.kind, code: 'ACCEPTED', ok: false, detail: `case ${i}` });
    } catch (err) {
      const code = isBundleFailure(err) ? err.code : `UNEXPECTED ${err instanceof Error ? err.message : String(err)}`;
      outcomes.push({ kind: c.kind, code, ok: c.expected.includes(code), detail: isBundleFailure(err) ? `case ${i}: ${err.detail}` : `case ${i}` });
    }
  }
  return { outcomes, dbChanged: checksum(f.core.db) !== before };
}
