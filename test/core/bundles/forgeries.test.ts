import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core';
import { blobPath } from '../../../electron/core/attachments/store';
import { applyImport, previewImport } from '../../../electron/core/bundles/import';
import { installationPublicKeys, unsealKeyMaterial } from '../../../electron/core/keys/installation';
import type { ApiError } from '../../../electron/shared/errors';
import { call, candidateId, demo, demoSessionId, releaseToken, signInAs } from '../../support/core';
import { checksum, count, env, exportSessionBundle, lspCore, sessionAtTuk, tukStation, upload } from '../../support/bundles';
import { attacker, forge, type ForgedManifest, type Row } from '../../support/forge';

const stagingOf = (core: Core) => {
  const dir = path.join(core.dataDir, 'transfers', 'staging');
  return fs.existsSync(dir) ? fs.readdirSync(dir) : [];
};

/**
 * Imports a forged file as a person would who trusts the screen: preview, then apply confirming the
 * fingerprint shown. Returns the refusal and proves that nothing changed, on disk or in the database.
 */
async function refused(core: Core, token: string, file: string, expectKind: 'session' | 'results'): Promise<ApiError> {
  const before = checksum(core.db);
  const reply = await core.dispatch('bundles/preview', { uploadId: upload(core, file), expectKind }, token);
  let error: ApiError | null = reply.ok ? null : reply.error;
  if (reply.ok) {
    const preview = reply.result as { importId: string; signer: { fingerprint: string } };
    const applied = await core.dispatch('bundles/apply', { importId: preview.importId, confirmSigner: preview.signer.fingerprint }, token);
    error = applied.ok ? null : applied.error;
  }
  expect(error, 'the forgery was applied').not.toBeNull();
  expect(checksum(core.db), `database changed by a refused bundle (${error?.code})`).toBe(before);
  expect(stagingOf(core), 'decrypted files left in staging').toEqual([]);
  return error ?? { code: 'INTERNAL', messageKey: 'errors.INTERNAL', params: {} };
}

/** The answer key of one multiple-choice item moved to another option, as the attacker wants it. */
function moveAnswerKey(tables: Map<string, Row[]>): void {
  const options = tables.get('item_option') ?? [];
  const itemId = options.find((o) => o.is_correct === 1)?.item_id;
  for (const o of options) if (o.item_id === itemId) o.is_correct = o.is_correct === 1 ? 0 : o.ordinal === 0 || o.ordinal === 1 ? 1 : 0;
}

/** One candidate's password replaced by one the attacker knows. */
function replacePassword(tables: Map<string, Row[]>): void {
  const account = (tables.get('account') ?? []).find((a) => a.role === 'candidate');
  if (account) account.password_hash = (tables.get('account') ?? []).find((a) => a.role === 'assessor')?.password_hash ?? 'x';
}

describe('forged bundles, built with the age tool as an attacker would (issue 12)', () => {
  it('fresh TUK, first contact: a copied fingerprint is refused; an honest one is shown as the attacker\'s own, as new', async () => {
    const lsp = await lspCore();
    const tuk = await tukStation();
    const proctor = await signInAs(tuk, 'proctor');
    const real = await exportSessionBundle(lsp);
    const realLsp = installationPublicKeys(lsp.db);
    const evil = attacker();
    const forgery = (claimFingerprint?: string) =>
      forge({
        file: real.filePath,
        open: { passphrase: real.generatedPassphrase ?? '' },
        edit: (_m, tables) => {
          moveAnswerKey(tables);
          replacePassword(tables);
        },
        by: evil,
        claimFingerprint,
        to: installationPublicKeys(tuk.db).ageRecipient,
      });

    const spoofed = await refused(tuk, proctor, forgery(realLsp.fingerprint), 'session');
    expect(spoofed).toMatchObject({ code: 'BUNDLE_FINGERPRINT_MISMATCH', params: { claimed: realLsp.fingerprint, computed: evil.fingerprint } });
    expect(count(tuk.db, 'signer_pin')).toBe(0);

    // With its own fingerprint the forgery is readable, but the person confirming sees a number that
    // is not the LSP's: the one they would compare over the phone.
    const preview = await call(tuk, 'bundles/preview', { uploadId: upload(tuk, forgery()), expectKind: 'session' }, proctor);
    expect(preview.signer).toMatchObject({ status: 'new', fingerprint: evil.fingerprint, pinnedFingerprint: null });
    expect(preview.signer.fingerprint).not.toBe(realLsp.fingerprint);
    await call(tuk, 'bundles/discard', { importId: preview.importId }, proctor);
    expect(stagingOf(tuk)).toEqual([]);
  });

  it('TUK pinned to the real LSP: a forgery under a new LSP id and code touching the real session\'s rows is refused, naming the record', async () => {
    const { tuk, proctor, exported } = await sessionAtTuk();
    expect(count(tuk.db, 'signer_pin')).toBe(1);
    const evil = attacker();
    const fake = { id: crypto.randomUUID(), code: 'LSP-BAYANGAN', name: 'LSP Bayangan' };
    const realLspId = tuk.db.prepare('SELECT id FROM lsp').pluck().get() as string;
    const newLsp = (m: ForgedManifest, tables: Map<string, Row[]>) => {
      m.lsp = fake;
      tables.set('lsp', [{ ...(tables.get('lsp') ?? [])[0], ...fake }]);
    };
    const to = installationPublicKeys(tuk.db).ageRecipient;
    const open = { passphrase: exported.generatedPassphrase ?? '' };

    // Thorough: every row moved under the new LSP. The TUK's own record is the first one it claims.
    const everything = forge({
      file: exported.filePath,
      open,
      by: evil,
      to,
      edit: (m, tables) => {
        newLsp(m, tables);
        for (const rows of tables.values()) for (const r of rows) if (r.lsp_id === realLspId) r.lsp_id = fake.id;
        moveAnswerKey(tables);
      },
    });
    const tukId = tuk.db.prepare('SELECT id FROM tuk').pluck().get() as string;
    expect(await refused(tuk, proctor, everything, 'session')).toMatchObject({ code: 'BUNDLE_NOT_OWNER', params: { table: 'tuk', id: tukId } });

    // Minimal: only the answer keys, nothing else. Refused at the first answer-key row.
    let firstOption = '';
    const keysOnly = forge({
      file: exported.filePath,
      open,
      by: evil,
      to,
      edit: (m, tables) => {
        newLsp(m, tables);
        for (const name of tables.keys()) if (name !== 'lsp' && name !== 'item_option') tables.set(name, []);
        moveAnswerKey(tables);
        const first = (tables.get('item_option') ?? [])[0];
        firstOption = `${first.item_id}/${first.ordinal}`;
      },
    });
    expect(await refused(tuk, proctor, keysOnly, 'session')).toMatchObject({ code: 'BUNDLE_NOT_OWNER', params: { table: 'item_option', id: firstOption } });
    // No second pin: the attacker's key is trusted for nothing.
    expect(tuk.db.prepare('SELECT subject FROM signer_pin').pluck().all()).toEqual([`lsp:${realLspId}`]);
  });

  it('results at the LSP from a new installation with the attacker\'s keys are refused, whatever fingerprint they carry', async () => {
    const { lsp, tuk, proctor } = await sessionAtTuk();
    const sessionId = demoSessionId(tuk);
    const token = await releaseToken(tuk);
    const c = demo.people.candidates[0];
    const candidate = (await call(tuk, 'auth/candidateSignIn', { participantNo: c.participantNo, password: c.password, token, deviceId: 'lab-pc-01' })).token;
    const state = await call(tuk, 'cbt/agree', { accept: true }, candidate);
    const multipleChoice = state.items.filter((i) => i.kind === 'multiple_choice');
    let seq = 0;
    for (const item of multipleChoice) await call(tuk, 'cbt/save', { itemId: item.itemId, seq: ++seq, choice: 0, text: null, doubtful: false }, candidate);
    const results = await call(tuk, 'bundles/exportResults', { sessionId, operationId: crypto.randomUUID() }, proctor);
    const admin = await signInAs(lsp, 'admin');
    const real = await call(lsp, 'bundles/preview', { uploadId: upload(lsp, results.filePath), expectKind: 'results' }, admin);
    await call(lsp, 'bundles/apply', { importId: real.importId, confirmSigner: real.signer.fingerprint }, admin);

    const correct = new Map(
      (lsp.db.prepare('SELECT item_id, ordinal FROM item_option WHERE is_correct = 1').all() as { item_id: string; ordinal: number }[]).map((o) => [o.item_id, o.ordinal]),
    );
    const attemptOf = lsp.db.prepare('SELECT id FROM attempt WHERE candidate_id = ?').pluck().get(candidateId(lsp, 0)) as string;
    const evil = attacker();
    const tukKeys = installationPublicKeys(tuk.db);
    const forgery = (claimFingerprint?: string) =>
      forge({
        file: results.filePath,
        open: { identity: unsealKeyMaterial(lsp.db, lsp.context.vault).ageIdentity },
        by: evil,
        claimFingerprint,
        to: installationPublicKeys(lsp.db).ageRecipient,
        edit: (m, tables) => {
          m.source.installationId = crypto.randomUUID();
          // Every answer of one candidate made correct, with a higher sequence number so it would win.
          for (const a of tables.get('answer') ?? []) {
            if (a.attempt_id !== attemptOf || !correct.has(String(a.item_id))) continue;
            a.choice = correct.get(String(a.item_id)) ?? 0;
            a.seq = Number(a.seq) + 100;
          }
          for (const t of tables.get('attempt') ?? []) if (t.id === attemptOf) t.answer_seq = Number(t.answer_seq) + 100;
        },
      });
    const answersBefore = lsp.db.prepare('SELECT item_id, choice, seq FROM answer WHERE attempt_id = ? ORDER BY item_id').all(attemptOf);
    expect(answersBefore.length).toBe(multipleChoice.length);

    const spoofed = await refused(lsp, admin, forgery(tukKeys.fingerprint), 'results');
    expect(spoofed).toMatchObject({ code: 'BUNDLE_FINGERPRINT_MISMATCH', params: { claimed: tukKeys.fingerprint, computed: evil.fingerprint } });
    // Honest about its keys, and confirmed by a person: the session's results still belong to the TUK.
    expect(await refused(lsp, admin, forgery(), 'results')).toMatchObject({ code: 'BUNDLE_NOT_OWNER', params: { table: 'session', id: sessionId } });
    expect(lsp.db.prepare('SELECT item_id, choice, seq FROM answer WHERE attempt_id = ? ORDER BY item_id').all(attemptOf)).toEqual(answersBefore);
    expect(lsp.db.prepare("SELECT count(*) FROM signer_pin WHERE subject LIKE 'installation:%'").pluck().get()).toBe(1);
  });
});

describe('staging after a refusal', () => {
  it('a refused apply (here: the signer not confirmed, as `bundle import` without --accept-signer) leaves no decrypted file', async () => {
    const lsp = await lspCore();
    const tuk = await tukStation();
    const bundle = await exportSessionBundle(lsp);
    const pending = await previewImport(env(tuk), { file: bundle.filePath, passphrase: bundle.generatedPassphrase, expectKind: 'session' });
    expect(fs.existsSync(path.join(pending.stagingDir, 'data', 'item_option.ndjson'))).toBe(true);
    const before = checksum(tuk.db);
    expect(() => applyImport(env(tuk), pending, null, {})).toThrow(/BUNDLE_SIGNER_UNKNOWN/);
    expect(stagingOf(tuk)).toEqual([]);
    expect(checksum(tuk.db)).toBe(before);
  });
});

describe('attachments of a refused apply', () => {
  it('files new to the attachment store leave again when the apply is refused inside its transaction', async () => {
    const lsp = await lspCore();
    const tuk = await tukStation();
    const proctor = await signInAs(tuk, 'proctor');
    const candidate = lsp.db.prepare('SELECT candidate_id FROM session_candidate LIMIT 1').pluck().get() as string;
    const bytes = crypto.randomBytes(4096);
    const sha = crypto.createHash('sha256').update(bytes).digest('hex');
    fs.mkdirSync(path.dirname(blobPath(lsp.dataDir, sha)), { recursive: true });
    fs.writeFileSync(blobPath(lsp.dataDir, sha), bytes);
    lsp.db.prepare("INSERT INTO attachment (id, owner_table, owner_id, name, media_type, sha256, size) VALUES (?, 'candidate', ?, 'ktp.jpg', 'image/jpeg', ?, ?)").run(crypto.randomUUID(), candidate, sha, bytes.length);
    // A local account already holds a candidate's participant number: the merge lists a conflict, and
    // a session bundle must arrive whole, so apply refuses it inside the transaction.
    const participantNo = lsp.db.prepare('SELECT participant_no FROM candidate WHERE id = ?').pluck().get(candidate) as string;
    tuk.db.prepare("INSERT INTO account (id, role, username, display_name, password_hash, disabled, created_at) VALUES (?, 'proctor', ?, 'Proktor Dua', 'x', 0, '2026-01-01T00:00:00.000Z')").run(crypto.randomUUID(), participantNo);
    const bundle = await exportSessionBundle(lsp);
    const preview = await call(tuk, 'bundles/preview', { uploadId: upload(tuk, bundle.filePath), passphrase: bundle.generatedPassphrase ?? '', expectKind: 'session' }, proctor);
    expect(preview.conflictCount).toBeGreaterThan(0);
    const before = checksum(tuk.db);
    const applied = await tuk.dispatch('bundles/apply', { importId: preview.importId, confirmSigner: preview.signer.fingerprint }, proctor);
    expect(applied.ok ? 'APPLIED' : applied.error.code).toBe('BUNDLE_CONFLICTS');
    expect(checksum(tuk.db)).toBe(before);
    expect(fs.existsSync(blobPath(tuk.dataDir, sha))).toBe(false);
    expect(stagingOf(tuk)).toEqual([]);
  });
});
