/**
 * An attacker's workshop: opens a real bundle with the `age` tool, edits the manifest and the NDJSON
 * rows, recomputes every entry's size and sha256, signs the manifest with the attacker's own Ed25519
 * key, re-packs with GNU tar and encrypts with `age` again, as someone with a USB stick and the
 * published format (docs/bundle-format.md) would. Nothing here uses the app's writer.
 */
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fingerprint } from '../../electron/core/keys/fingerprint';
import { ROOT } from './source-files';
import { tempDir } from './core';

export const AGE = process.env.AGE_PATH ?? '/usr/bin/age';
const AGE_KEYGEN = path.join(path.dirname(AGE), 'age-keygen');
const TTY = path.join(ROOT, 'test', 'support', 'age-tty.py');

export function run(cmd: string, args: string[], cwd?: string): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 60_000, cwd });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} → ${r.status}\n${r.stderr}`);
  return r.stdout;
}

/** age reads a passphrase only from a terminal: age-tty.py types it. */
export const ageWithPassphrase = (passphrase: string, args: string[]) => run('python3', [TTY, passphrase, AGE, ...args]);

export type Attacker = { signingKey: crypto.KeyObject; signingPublic: string; ageRecipient: string; fingerprint: string };

/** A fresh Ed25519 key (node) and age key (age-keygen): the attacker's own. */
export function attacker(): Attacker {
  const { privateKey, publicKey } = crypto.generateKeyPairSync('ed25519');
  const signingPublic = Buffer.from(publicKey.export({ format: 'jwk' }).x ?? '', 'base64url').toString('base64');
  const identity = path.join(tempDir(), 'attacker.key');
  run(AGE_KEYGEN, ['-o', identity]);
  const ageRecipient = run(AGE_KEYGEN, ['-y', identity]).trim();
  return { signingKey: privateKey, signingPublic, ageRecipient, fingerprint: fingerprint(signingPublic, ageRecipient) };
}

export type Row = Record<string, string | number | null>;
export type ForgedManifest = {
  source: { installationId: string; label: string; signingPublic: string; ageRecipient: string; fingerprint: string };
  lsp: { id: string; code: string; name: string } | null;
  entries: { path: string; size: number; sha256: string; rows: number | null }[];
  payloadBytes: number;
  [field: string]: unknown;
};

export type Forgery = {
  /** The real bundle, and how the attacker opens it. */
  file: string;
  open: { passphrase: string } | { identity: string };
  /** Edits in place: the manifest and the rows of each table (by entry name, e.g. `item_option`). */
  edit: (manifest: ForgedManifest, tables: Map<string, Row[]>) => void;
  by: Attacker;
  /** The fingerprint text written into the manifest: the attacker's own, or a copy of someone else's. */
  claimFingerprint?: string;
  /** The victim's age recipient. */
  to: string;
};

const entryBytes = (size: number) => 512 + Math.ceil(size / 512) * 512;

export function forge(f: Forgery): string {
  const dir = tempDir();
  const plain = path.join(dir, 'plain.tar');
  if ('passphrase' in f.open) ageWithPassphrase(f.open.passphrase, ['-d', '-o', plain, f.file]);
  else {
    const identity = path.join(dir, 'victim.key');
    fs.writeFileSync(identity, f.open.identity + '\n', { mode: 0o600 });
    run(AGE, ['-d', '-i', identity, '-o', plain, f.file]);
  }
  const tree = path.join(dir, 'tree');
  fs.mkdirSync(tree);
  run('tar', ['-xf', plain, '-C', tree]);
  const manifest = JSON.parse(fs.readFileSync(path.join(tree, 'manifest.json'), 'utf8')) as ForgedManifest;

  const tables = new Map<string, Row[]>();
  for (const e of manifest.entries) {
    const name = /^data\/([a-z_]+)\.ndjson$/.exec(e.path)?.[1];
    if (!name) continue;
    const text = fs.readFileSync(path.join(tree, e.path), 'utf8');
    tables.set(name, text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Row));
  }
  // A new bundle id, or the import would be "already imported" and change nothing.
  manifest.bundleId = crypto.randomUUID();
  f.edit(manifest, tables);
  for (const [name, rows] of tables) fs.writeFileSync(path.join(tree, 'data', `${name}.ndjson`), rows.map((r) => JSON.stringify(r) + '\n').join(''));
  manifest.entries = manifest.entries.map((e) => {
    const bytes = fs.readFileSync(path.join(tree, e.path));
    const name = /^data\/([a-z_]+)\.ndjson$/.exec(e.path)?.[1];
    return { path: e.path, size: bytes.length, sha256: crypto.createHash('sha256').update(bytes).digest('hex'), rows: name ? (tables.get(name)?.length ?? 0) : null };
  });
  manifest.source = { ...manifest.source, signingPublic: f.by.signingPublic, ageRecipient: f.by.ageRecipient, fingerprint: f.claimFingerprint ?? f.by.fingerprint };

  // payloadBytes is the archive after manifest.sig; GNU tar pads to 10 KiB records, so settle it in rounds.
  const names = ['manifest.json', 'manifest.sig', ...manifest.entries.map((e) => e.path)];
  const forged = path.join(dir, 'forged.tar');
  for (let round = 0; round < 4; round++) {
    const bytes = Buffer.from(JSON.stringify(manifest), 'utf8');
    fs.writeFileSync(path.join(tree, 'manifest.json'), bytes);
    fs.writeFileSync(path.join(tree, 'manifest.sig'), crypto.sign(null, bytes, f.by.signingKey).toString('base64') + '\n');
    fs.rmSync(forged, { force: true });
    run('tar', ['--format=ustar', '--owner=0', '--group=0', '--numeric-owner', '--mode=0644', '-cf', forged, ...names], tree);
    const payload = fs.statSync(forged).size - entryBytes(bytes.length) - entryBytes(fs.statSync(path.join(tree, 'manifest.sig')).size);
    if (payload === manifest.payloadBytes) break;
    manifest.payloadBytes = payload;
  }
  const out = path.join(dir, 'forged.uji');
  run(AGE, ['-r', f.to, '-o', out, forged]);
  return out;
}
