import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Encrypter } from 'age-encryption';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core';
import { exportBundle } from '../../../electron/core/bundles/export';
import { readHeaderFacts } from '../../../electron/core/bundles/cipher';
import { writeBundle } from '../../../electron/core/bundles/writer';
import { clearScratch } from '../../../electron/core/bundles/transfers';
import { blobPath } from '../../../electron/core/attachments/store';
import { privateKeys } from '../../../electron/core/keys/installation';
import { call, demo, demoSessionId, failure, signInAs, tempCore, tempDir } from '../../support/core';
import { errorText } from '../../../electron/shared/i18n/error-text';
import { formatDateTime } from '../../../electron/shared/i18n/format';
import { inTimeZone } from '../../support/time-zone';
import { checksum, env, exportSessionBundle, flipByte, lspCore, sessionAtTuk, tukStation, upload } from '../../support/bundles';

/** Previews (and, if that passes, applies) a file; returns the refusal code and proves nothing changed. */
async function refusal(core: Core, token: string, file: string, args: { passphrase?: string; expectKind?: 'session' | 'results'; confirm?: boolean } = {}) {
  const before = checksum(core.db);
  const reply = await core.dispatch('bundles/preview', { uploadId: upload(core, file), passphrase: args.passphrase, expectKind: args.expectKind ?? 'session' }, token);
  let code: string;
  if (!reply.ok) code = reply.error.code;
  else {
    const preview = reply.result as { importId: string; signer: { fingerprint: string } };
    const applied = await core.dispatch('bundles/apply', { importId: preview.importId, confirmSigner: args.confirm ? preview.signer.fingerprint : undefined }, token);
    code = applied.ok ? 'APPLIED' : applied.error.code;
    // A refused apply ends the preview by itself: there is nothing left to discard.
    if (!applied.ok) expect((await core.dispatch('bundles/discard', { importId: preview.importId }, token)).ok).toBe(false);
  }
  expect(checksum(core.db), `database changed by a refused bundle (${code})`).toBe(before);
  // Nothing decrypted is left behind either.
  const staging = path.join(core.dataDir, 'transfers', 'staging');
  expect(fs.existsSync(staging) ? fs.readdirSync(staging) : []).toEqual([]);
  return code;
}

function copy(file: string, name: string): string {
  const to = path.join(tempDir(), name);
  fs.copyFileSync(file, to);
  return to;
}

async function fresh() {
  const lsp = await lspCore();
  const tuk = await tukStation();
  const proctor = await signInAs(tuk, 'proctor');
  const bundle = await exportSessionBundle(lsp);
  return { lsp, tuk, proctor, bundle, passphrase: bundle.generatedPassphrase ?? '' };
}

describe('every bad bundle is refused with its own code and leaves the database unchanged', () => {
  it('not a bundle: random bytes, an age file holding something else', async () => {
    const { tuk, proctor } = await fresh();
    const random = path.join(tempDir(), 'random.uji');
    fs.writeFileSync(random, crypto.randomBytes(5000));
    expect(await refusal(tuk, proctor, random)).toBe('BUNDLE_NOT_A_BUNDLE');
    const e = new Encrypter();
    e.setPassphrase('sembarang-frasa-sandi-panjang');
    e.setScryptWorkFactor(10);
    const other = path.join(tempDir(), 'other.uji');
    fs.writeFileSync(other, await e.encrypt('bukan arsip tar, hanya teks biasa '.repeat(4000)));
    expect(await refusal(tuk, proctor, other, { passphrase: 'sembarang-frasa-sandi-panjang' })).toBe('BUNDLE_NOT_A_BUNDLE');
  });

  it('wrong passphrase, or none for a passphrase bundle', async () => {
    const { tuk, proctor, bundle } = await fresh();
    expect(await refusal(tuk, proctor, bundle.filePath, { passphrase: 'salah-salah-salah-salah' })).toBe('BUNDLE_WRONG_KEY');
    expect(await refusal(tuk, proctor, bundle.filePath)).toBe('BUNDLE_WRONG_KEY');
  });

  it('truncated: cut in the payload, at a chunk boundary, inside the header', async () => {
    const { tuk, proctor, bundle, passphrase } = await fresh();
    const size = fs.statSync(bundle.filePath).size;
    const header = readHeaderFacts(bundle.filePath).headerBytes;
    for (const keep of [Math.floor(size * 0.6), header + 16 + 65536 + 16, size - 1, header - 10]) {
      const cut = copy(bundle.filePath, `cut-${keep}.uji`);
      fs.truncateSync(cut, keep);
      expect(await refusal(tuk, proctor, cut, { passphrase }), `cut at ${keep} of ${size}`).toBe('BUNDLE_TRUNCATED');
    }
  });

  it('tampered: a flipped bit in the first chunk, in the last chunk, in the header MAC; bytes appended', async () => {
    const { tuk, proctor, bundle, passphrase } = await fresh();
    const size = fs.statSync(bundle.filePath).size;
    const header = readHeaderFacts(bundle.filePath).headerBytes;
    for (const offset of [header + 16 + 100, size - 20, header - 5]) {
      const bad = copy(bundle.filePath, `flip-${offset}.uji`);
      flipByte(bad, offset);
      expect(await refusal(tuk, proctor, bad, { passphrase }), `flip at ${offset}`).toBe('BUNDLE_TAMPERED');
    }
    const longer = copy(bundle.filePath, 'longer.uji');
    fs.appendFileSync(longer, crypto.randomBytes(100));
    expect(await refusal(tuk, proctor, longer, { passphrase })).toBe('BUNDLE_TAMPERED');
  });

  it('bad signature: the manifest signed by another key than the one it names', async () => {
    const { lsp, tuk, proctor } = await fresh();
    const keys = privateKeys(lsp.db, lsp.context.vault);
    const out = path.join(tempDir(), 'forged.uji');
    await writeBundle({
      outFile: out,
      keys: { ...keys, signingKey: crypto.generateKeyPairSync('ed25519').privateKey },
      to: { passphrase: 'frasa-sandi-untuk-uji-tanda-tangan', scryptLogN: 10 },
      header: { kind: 'session', lsp: null, tuk: null, session: null, basedOn: null, partial: null, counts: {}, label: 'palsu' },
      entries: [],
      appVersion: 'test',
      now: new Date(),
    });
    expect(await refusal(tuk, proctor, out, { passphrase: 'frasa-sandi-untuk-uji-tanda-tangan' })).toBe('BUNDLE_BAD_SIGNATURE');
  });

  it('unknown signer until confirmed; a re-keyed LSP until an admin re-pins (audited)', async () => {
    const { tuk, proctor, bundle, passphrase } = await fresh();
    expect(await refusal(tuk, proctor, bundle.filePath, { passphrase })).toBe('BUNDLE_SIGNER_UNKNOWN');

    const { lsp, tuk: tuk2, proctor: proctor2 } = await sessionAtTuk();
    // The LSP reinstalled without its key backup: same LSP, new keys.
    const other = crypto.generateKeyPairSync('ed25519').publicKey.export({ format: 'jwk' }).x ?? '';
    tuk2.db.prepare('UPDATE signer_pin SET signing_public = ?').run(Buffer.from(other, 'base64url').toString('base64'));
    const next = await exportSessionBundle(lsp);
    expect(await refusal(tuk2, proctor2, next.filePath, { passphrase: next.generatedPassphrase ?? '', confirm: true })).toBe('BUNDLE_SIGNER_REKEYED');
    const preview = await call(tuk2, 'bundles/preview', { uploadId: upload(tuk2, next.filePath), passphrase: next.generatedPassphrase ?? '', expectKind: 'session' }, proctor2);
    expect(preview.signer.status).toBe('rekeyed');
    const repinned = await call(tuk2, 'bundles/repin', { importId: preview.importId, reason: 'Sidik jari dicocokkan lewat telepon dengan admin LSP' }, proctor2);
    expect(repinned.signer.status).toBe('pinned');
    await call(tuk2, 'bundles/apply', { importId: preview.importId }, proctor2);
    expect(tuk2.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'keys.repin'").pluck().get()).toBe(1);
  });

  it('wrong kind for the screen, and a kind the role may not import', async () => {
    const { lsp, tuk, proctor, bundle, passphrase } = await fresh();
    expect(await refusal(tuk, proctor, bundle.filePath, { passphrase, expectKind: 'results' })).toBe('BUNDLE_WRONG_KIND');
    const admin = await signInAs(lsp, 'admin');
    const atLsp = await failure(lsp, 'bundles/preview', { uploadId: upload(lsp, bundle.filePath), passphrase, expectKind: 'session' }, admin);
    expect(atLsp).toMatchObject({ code: 'FORBIDDEN', reasons: [{ code: 'BUNDLE_SESSION_AT_TUK' }] });
    // The words the CLI prints after "FORBIDDEN: " and the screen shows: where and by whom instead.
    expect(errorText(atLsp, 'id')).toContain('Paket sesi diimpor di komputer TUK oleh proktor TUK tersebut, bukan di kantor LSP.');
    expect(errorText(atLsp, 'en')).toContain("A session bundle is imported on the TUK's computer by that TUK's proctor, not at the LSP office.");
    // A TUK station's own admin is on the TUK's computer already: told to import it as a proctor, not sent to the TUK.
    const station = await tempCore({ demoIfEmpty: false });
    const { token } = await call(station, 'setup/create', { kind: 'tuk', tuk: { name: 'TUK SMK 1', type: 'sewaktu' }, admin: { username: 'budi', displayName: 'Budi', password: 'Sementara-2026' }, language: 'id' });
    const atStation = await failure(station, 'bundles/preview', { uploadId: upload(station, bundle.filePath), passphrase, expectKind: 'session' }, token);
    expect(atStation).toMatchObject({ code: 'FORBIDDEN', reasons: [{ code: 'BUNDLE_SESSION_BY_PROCTOR' }] });
    expect(errorText(atStation, 'id')).toContain('Di komputer TUK, paket sesi diimpor oleh proktor, bukan admin.');
    station.close();
    const assessor = await signInAs(lsp, 'assessor1');
    const byAssessor = await failure(lsp, 'bundles/preview', { uploadId: upload(lsp, bundle.filePath), passphrase, expectKind: 'results' }, assessor);
    expect(errorText(byAssessor, 'id')).toBe('Peran Anda tidak berhak melakukan tindakan ini. Ini hanya untuk Admin LSP atau Proktor.');
    expect(errorText(byAssessor, 'en')).toBe('Your role may not do this. This is for LSP admin or Proctor only.');
  });

  it('newer format version', async () => {
    const { lsp, tuk, proctor } = await fresh();
    const newer = await exportBundle(env(lsp), {
      kind: 'session',
      sessionId: demoSessionId(lsp),
      to: { generatePassphrase: true },
      operationId: crypto.randomUUID(),
      actor: null,
      formatVersionOverride: 2,
    });
    expect(await refusal(tuk, proctor, newer.filePath, { passphrase: newer.generatedPassphrase ?? '' })).toBe('BUNDLE_FORMAT_TOO_NEW');
  });

  it('meant for another TUK, and results for a session this LSP does not have', async () => {
    const { tuk, proctor, bundle, passphrase } = await fresh();
    // As a first bundle of another LSP would have left it: that LSP and the TUK the station serves.
    tuk.db.prepare("INSERT INTO lsp (id, code, name, license_no) VALUES ('lsp-lain', 'LSP-LAIN', 'LSP Lain', 'L-1')").run();
    tuk.db.prepare("INSERT INTO tuk (id, lsp_id, code, name, type) VALUES ('tuk-lain', 'lsp-lain', 'TUK-LAIN', 'TUK Lain', 'sewaktu')").run();
    tuk.db.prepare("INSERT INTO setting (key, value) VALUES ('bundles.tuk_id', 'tuk-lain')").run();
    expect(await refusal(tuk, proctor, bundle.filePath, { passphrase })).toBe('BUNDLE_OTHER_TUK');
    // The message names both: the TUK the bundle is for, and the one this station serves.
    const reply = await tuk.dispatch('bundles/preview', { uploadId: upload(tuk, bundle.filePath), passphrase, expectKind: 'session' }, proctor);
    expect(reply.ok ? null : reply.error.params).toEqual({ name: expect.any(String), serves: 'TUK Lain' });

    const { tuk: t2, proctor: p2 } = await sessionAtTuk();
    const results = await call(t2, 'bundles/exportResults', { sessionId: demoSessionId(t2), operationId: crypto.randomUUID() }, p2);
    // Another LSP (its own demo, its own keys) cannot even open it.
    const otherLsp = await lspCore();
    const admin = await signInAs(otherLsp, 'admin');
    const before = checksum(otherLsp.db);
    expect((await failure(otherLsp, 'bundles/preview', { uploadId: upload(otherLsp, results.filePath), expectKind: 'results' }, admin)).code).toBe('BUNDLE_WRONG_KEY');
    expect(checksum(otherLsp.db)).toBe(before);
  });

  it("results with no LSP key to seal them to: at the LSP's own installation they are already there; at a TUK, the session bundle is missing", async () => {
    // The demo is the LSP and its TUK on one computer: its proctor belongs to the LSP.
    const lsp = await lspCore();
    const own = await signInAs(lsp, 'proctor');
    const home = await failure(lsp, 'bundles/exportResults', { sessionId: demoSessionId(lsp), operationId: crypto.randomUUID() }, own);
    expect(home).toMatchObject({ code: 'BUNDLE_RESULTS_AT_HOME', params: { lsp: demo.people.lsp.name } });

    const { tuk, proctor } = await sessionAtTuk();
    const sessionId = demoSessionId(tuk);
    tuk.db.prepare("DELETE FROM signer_pin WHERE subject LIKE 'lsp:%'").run();
    const missing = await failure(tuk, 'bundles/exportResults', { sessionId, operationId: crypto.randomUUID() }, proctor);
    expect(missing).toMatchObject({ code: 'BUNDLE_NO_LSP_KEY', params: { lsp: demo.people.lsp.name } });
  });

  it('replayed: an older session bundle after a newer one', async () => {
    const { lsp, tuk, proctor } = await fresh();
    const older = await exportSessionBundle(lsp);
    const newer = await exportSessionBundle(lsp);
    const p = await call(tuk, 'bundles/preview', { uploadId: upload(tuk, newer.filePath), passphrase: newer.generatedPassphrase ?? '', expectKind: 'session' }, proctor);
    await call(tuk, 'bundles/apply', { importId: p.importId, confirmSigner: p.signer.fingerprint }, proctor);
    expect(await refusal(tuk, proctor, older.filePath, { passphrase: older.generatedPassphrase ?? '' })).toBe('BUNDLE_REPLAYED');
  });
});

describe('the replay refusal, as the CLI and the screens word it', () => {
  inTimeZone('Asia/Jayapura');

  it('names when the newer bundle was made as a person reads it, not as ISO', async () => {
    const { lsp, tuk, proctor } = await fresh();
    const older = await exportSessionBundle(lsp);
    const newer = await exportSessionBundle(lsp);
    const p = await call(tuk, 'bundles/preview', { uploadId: upload(tuk, newer.filePath), passphrase: newer.generatedPassphrase ?? '', expectKind: 'session' }, proctor);
    await call(tuk, 'bundles/apply', { importId: p.importId, confirmSigner: p.signer.fingerprint }, proctor);
    const error = await failure(tuk, 'bundles/preview', { uploadId: upload(tuk, older.filePath), passphrase: older.generatedPassphrase ?? '', expectKind: 'session' }, proctor);
    expect(error.code).toBe('BUNDLE_REPLAYED');
    const newest = String(error.params.newest);
    for (const language of ['id', 'en'] as const) {
      const text = errorText(error, language);
      expect(text).toContain(`(${formatDateTime(newest, language)})`);
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    }
  });
});

describe('export', () => {
  it('can be cancelled, leaving no file and no partial behind', async () => {
    const lsp = await lspCore();
    const controller = new AbortController();
    controller.abort();
    const out = path.join(tempDir(), 'cancelled.uji');
    const err = await exportBundle(env(lsp), { kind: 'session', sessionId: demoSessionId(lsp), to: { generatePassphrase: true }, operationId: crypto.randomUUID(), actor: null, outFile: out, signal: controller.signal }).catch((e: { code?: string }) => e.code);
    expect(err).toBe('BUNDLE_CANCELLED');
    expect(fs.readdirSync(path.dirname(out))).toEqual([]);
    expect(fs.readdirSync(path.join(lsp.dataDir, 'transfers', 'work'))).toEqual([]);
  });

  it('cancelled half-way through the stream, it leaves nothing behind either', async () => {
    const lsp = await lspCore();
    // 3 MiB of attachments, so the stream is well under way when the cancel arrives.
    const candidate = lsp.db.prepare('SELECT candidate_id FROM session_candidate LIMIT 1').pluck().get() as string;
    const bytes = crypto.randomBytes(3 * 1024 * 1024);
    const sha = crypto.createHash('sha256').update(bytes).digest('hex');
    fs.mkdirSync(path.dirname(blobPath(lsp.dataDir, sha)), { recursive: true });
    fs.writeFileSync(blobPath(lsp.dataDir, sha), bytes);
    lsp.db.prepare("INSERT INTO attachment (id, owner_table, owner_id, name, media_type, sha256, size) VALUES (?, 'candidate', ?, 'portofolio.pdf', 'application/pdf', ?, ?)").run(crypto.randomUUID(), candidate, sha, bytes.length);
    const controller = new AbortController();
    const out = path.join(tempDir(), 'half.uji');
    const phases: string[] = [];
    const err = await exportBundle(
      { ...env(lsp), progress: (p) => { phases.push(`${p.phase}:${p.bytes}`); if (p.phase === 'write' && p.bytes > 0) controller.abort(); } },
      { kind: 'session', sessionId: demoSessionId(lsp), to: { generatePassphrase: true }, operationId: crypto.randomUUID(), actor: null, outFile: out, signal: controller.signal },
    ).catch((e: { code?: string }) => e.code);
    expect(err).toBe('BUNDLE_CANCELLED');
    expect(phases.some((p) => p.startsWith('write:'))).toBe(true);
    expect(fs.readdirSync(path.dirname(out))).toEqual([]);
    expect(fs.readdirSync(path.join(lsp.dataDir, 'transfers', 'work'))).toEqual([]);
    expect(lsp.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'bundle.export'").pluck().get()).toBe(0);
  });

  it('reports progress and records the export in the audit log', async () => {
    const lsp = await lspCore();
    const seen: string[] = [];
    const operationId = crypto.randomUUID();
    const result = await exportBundle({ ...env(lsp), progress: (p) => seen.push(`${p.operationId}:${p.phase}`) }, { kind: 'session', sessionId: demoSessionId(lsp), to: { generatePassphrase: true }, operationId, actor: null });
    expect(new Set(seen)).toEqual(new Set([`${operationId}:collect`, `${operationId}:write`, `${operationId}:verify`]));
    const audit = lsp.db.prepare("SELECT details FROM audit_log WHERE action = 'bundle.export'").pluck().get() as string;
    expect(JSON.parse(audit)).toMatchObject({ kind: 'session', sha256: result.sha256, recipients: ['passphrase'] });
  });
});

describe('scratch folders', () => {
  it('at start-up, plaintext left by a crashed process is removed; a running process keeps its own', async () => {
    const lsp = await lspCore();
    const staging = path.join(lsp.dataDir, 'transfers', 'staging');
    fs.mkdirSync(path.join(staging, '999999999-crashed'), { recursive: true });
    fs.mkdirSync(path.join(staging, `${process.ppid}-running`), { recursive: true });
    clearScratch(lsp.dataDir);
    expect(fs.readdirSync(staging)).toEqual([`${process.ppid}-running`]);
  });
});
