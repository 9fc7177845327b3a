/**
 * Manifest-level forgeries, beside the byte-level damage of bundle-mutations.ts: well-formed bundles,
 * signed and encrypted, that lie about their keys, ids or owners. Against a TUK already pinned to the
 * real LSP, each must be refused with a code that fits the lie, even when the person importing confirms
 * the fingerprint shown, and leave the database and the staging folder as they were. Shared by the test
 * and `npm run fuzz`; no vitest here.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore, type Core } from '../../electron/core';
import { bundleEnv } from '../../electron/core/api/handlers/bundles';
import { exportBundle } from '../../electron/core/bundles/export';
import { applyImport, previewImport } from '../../electron/core/bundles/import';
import { isBundleFailure } from '../../electron/core/bundles/failure';
import { sessionRules } from '../../electron/core/bundles/kinds/session';
import type { Manifest } from '../../electron/core/bundles/manifest';
import { readBundle } from '../../electron/core/bundles/reader';
import { writeBundle, type SourceEntry } from '../../electron/core/bundles/writer';
import { fingerprint } from '../../electron/core/keys/fingerprint';
import { privateKeys, rawSigningPublic, type PrivateKeys } from '../../electron/core/keys/installation';
import { checksum } from '../support/checksum';
import { prng, type Outcome } from './bundle-mutations';

type Row = Record<string, string | number | null>;
type Tables = Map<string, Row[]>;

export type ForgeryFixture = {
  core: Core;
  dir: string;
  real: Manifest;
  tables: Tables;
  lspKeys: PrivateKeys;
  tukRecipient: string;
  /** The TUK's own proctor account: never the LSP's to send. */
  proctorAccount: Row;
  close: () => void;
};

/** A TUK that imported and pinned the real LSP's session bundle, and that bundle's rows in the clear. */
export async function forgeryFixture(): Promise<ForgeryFixture> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ru-forge-'));
  const lsp = await createCore({ dataDir: path.join(dir, 'lsp'), demoIfEmpty: true, passwordCost: 1024, log: () => {} });
  const core = await createCore({ dataDir: path.join(dir, 'tuk'), tukStationIfEmpty: true, passwordCost: 1024, log: () => {} });
  const proctorAccount = core.db.prepare("SELECT * FROM account WHERE role = 'proctor'").get() as Row;
  const lspKeys = privateKeys(lsp.db, lsp.context.vault);
  const tukKeys = privateKeys(core.db, core.context.vault);
  const exported = await exportBundle(bundleEnv(lsp.context), {
    kind: 'session',
    sessionId: lsp.db.prepare('SELECT id FROM session LIMIT 1').pluck().get() as string,
    to: { recipients: [tukKeys.ageRecipient] },
    operationId: crypto.randomUUID(),
    actor: null,
  });
  lsp.close();
  const env = bundleEnv(core.context);
  const pending = await previewImport(env, { file: exported.filePath, expectKind: 'session' });
  applyImport(env, pending, null, { confirmSigner: pending.signerFingerprint });
  const plain = path.join(dir, 'plain');
  const read = await readBundle(exported.filePath, { identities: [tukKeys.ageIdentity] }, plain);
  const tables: Tables = new Map();
  for (const rule of sessionRules) {
    const text = fs.readFileSync(path.join(plain, 'data', `${rule.name}.ndjson`), 'utf8');
    tables.set(rule.name, text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Row));
  }
  return {
    core,
    dir,
    real: read.manifest,
    tables,
    lspKeys,
    tukRecipient: tukKeys.ageRecipient,
    proctorAccount,
    close: () => {
      core.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

function attackerKeys(): PrivateKeys {
  const { privateKey, publicKey } = crypto.generateKeyPairSync('ed25519');
  const signingPublic = rawSigningPublic(publicKey);
  // Any valid age recipient will do for a signer: nobody encrypts to it here.
  const ageRecipient = 'age1' + 'q'.repeat(58);
  return { installationId: crypto.randomUUID(), signingPublic, ageRecipient, fingerprint: fingerprint(signingPublic, ageRecipient), ageIdentity: '', signingKey: privateKey };
}

type Plan = { kind: string; expected: readonly string[]; keys: PrivateKeys; lsp: Manifest['lsp']; tables: Tables };

const copyTables = (t: Tables): Tables => new Map([...t].map(([k, rows]) => [k, rows.map((r) => ({ ...r }))]));
const pick = <T>(list: readonly T[], rnd: (n: number) => number): T => list[rnd(list.length)];

/** One lie about keys, ids or owners; what it must be refused with. */
function plan(f: ForgeryFixture, rnd: (n: number) => number): Plan {
  const evil = attackerKeys();
  const tables = copyTables(f.tables);
  const realLsp = f.real.lsp;
  const fakeLsp = { id: crypto.randomUUID(), code: `LSP-${rnd(1e6)}`, name: 'LSP Bayangan' };
  const asNewLsp = () => tables.set('lsp', [{ ...(tables.get('lsp') ?? [])[0], ...fakeLsp }]);
  const choice = rnd(7);
  if (choice === 0) {
    // Keys: the attacker's keys under the real LSP's fingerprint text.
    return { kind: 'keys-copied-fingerprint', expected: ['BUNDLE_FINGERPRINT_MISMATCH'], keys: { ...evil, fingerprint: f.lspKeys.fingerprint }, lsp: realLsp, tables };
  }
  if (choice === 1) {
    // Keys: the real LSP's public keys named, the attacker's key signing.
    return { kind: 'keys-claimed-not-held', expected: ['BUNDLE_BAD_SIGNATURE'], keys: { ...f.lspKeys, signingKey: evil.signingKey }, lsp: realLsp, tables };
  }
  if (choice === 2) {
    // Keys: the real LSP's id and installation, honestly the attacker's key: a re-key only an admin accepts.
    return { kind: 'keys-same-lsp', expected: ['BUNDLE_SIGNER_REKEYED'], keys: { ...evil, installationId: f.lspKeys.installationId }, lsp: realLsp, tables };
  }
  if (choice === 3 || choice === 4) {
    // Ids: a new LSP id and code; some of the real LSP's rows kept, some edited, perhaps moved under it.
    asNewLsp();
    const names = [...tables.keys()].filter((n) => n !== 'lsp' && (tables.get(n) ?? []).length > 0);
    const kept = new Set([pick(names, rnd), ...names.filter(() => rnd(3) === 0)]);
    for (const name of tables.keys()) if (name !== 'lsp' && !kept.has(name)) tables.set(name, []);
    for (const rows of tables.values()) {
      for (const r of rows) {
        if (choice === 4 && r.lsp_id === realLsp?.id) r.lsp_id = fakeLsp.id;
        if (typeof r.is_correct === 'number' && rnd(2) === 0) r.is_correct = 1 - r.is_correct;
        if (typeof r.password_hash === 'string' && rnd(2) === 0) r.password_hash = f.proctorAccount.password_hash;
      }
    }
    return { kind: choice === 3 ? 'ids-new-lsp-foreign-rows' : 'ids-new-lsp-rows-moved', expected: ['BUNDLE_NOT_OWNER'], keys: evil, lsp: fakeLsp, tables };
  }
  // Owners: a new LSP whose own rows point into the real LSP's records or the TUK's own account.
  asNewLsp();
  for (const name of tables.keys()) if (name !== 'lsp') tables.set(name, []);
  const real = f.tables;
  const variant = rnd(3);
  if (variant === 0) {
    const option = pick(real.get('item_option') ?? [], rnd);
    tables.set('item_option', [{ ...option, is_correct: 1 - Number(option.is_correct) }]);
  } else if (variant === 1) {
    const proctor = f.proctorAccount;
    tables.set('account', [{ id: proctor.id, role: 'assessor', username: proctor.username, display_name: 'Proktor', password_hash: 'x', lsp_id: fakeLsp.id, assessor_id: null, candidate_id: null, disabled: 0, created_at: proctor.created_at }]);
  } else {
    const candidate = pick(real.get('candidate') ?? [], rnd);
    tables.set('candidate', [{ ...candidate, lsp_id: fakeLsp.id, name: 'Nama Diganti' }]);
  }
  return { kind: 'owners-reparented', expected: ['BUNDLE_NOT_OWNER'], keys: evil, lsp: fakeLsp, tables };
}

async function writeForgery(f: ForgeryFixture, p: Plan, out: string): Promise<void> {
  const work = path.join(f.dir, 'work');
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(work);
  const entries: SourceEntry[] = sessionRules.map((rule) => {
    const rows = p.tables.get(rule.name) ?? [];
    const body = Buffer.from(rows.map((r) => JSON.stringify(r) + '\n').join(''), 'utf8');
    const file = path.join(work, `${rule.name}.ndjson`);
    fs.writeFileSync(file, body);
    return { path: `data/${rule.name}.ndjson`, size: body.length, sha256: crypto.createHash('sha256').update(body).digest('hex'), rows: rows.length, file };
  });
  const counts = Object.fromEntries(entries.map((e) => [e.path.slice(5, -7), e.rows ?? 0]));
  await writeBundle({
    outFile: out,
    keys: p.keys,
    to: { recipients: [f.tukRecipient] },
    header: { kind: 'session', lsp: p.lsp, tuk: f.real.tuk, session: f.real.session, basedOn: null, partial: null, counts: { ...counts, attachments: 0 }, label: 'LSP' },
    entries,
    appVersion: 'fuzz',
    now: new Date(Date.parse(f.real.createdAt) + 1000),
  });
}

export async function runForgeries(f: ForgeryFixture, seed: number, count: number): Promise<{ outcomes: Outcome[]; dbChanged: boolean; stagingLeft: number }> {
  const rnd = prng(seed);
  const before = checksum(f.core.db);
  const env = bundleEnv(f.core.context);
  const outcomes: Outcome[] = [];
  for (let i = 0; i < count; i++) {
    const p = plan(f, rnd);
    const file = path.join(f.dir, `forgery-${i}.uji`);
    await writeForgery(f, p, file);
    try {
      // The worst case: a person who confirms whatever fingerprint the preview shows.
      const pending = await previewImport(env, { file, expectKind: 'session' });
      applyImport(env, pending, null, { confirmSigner: pending.signerFingerprint });
      outcomes.push({ kind: p.kind, code: 'ACCEPTED', ok: false, detail: `case ${i}` });
    } catch (err) {
      const code = isBundleFailure(err) ? err.code : `UNEXPECTED ${err instanceof Error ? err.message : String(err)}`;
      outcomes.push({ kind: p.kind, code, ok: p.expected.includes(code), detail: isBundleFailure(err) ? `case ${i}: ${err.detail}` : `case ${i}` });
    } finally {
      fs.rmSync(file, { force: true });
    }
  }
  const staging = path.join(f.core.dataDir, 'transfers', 'staging');
  const stagingLeft = fs.existsSync(staging) ? fs.readdirSync(staging).length : 0;
  return { outcomes, dbChanged: checksum(f.core.db) !== before, stagingLeft };
}
