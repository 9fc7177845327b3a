import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { blobPath } from '../../../electron/core/attachments/store';
import { describe, expect, it } from 'vitest';
import { call, candidateId, demo, demoSessionId, failure, releaseToken, signInAs, tempCore } from '../../support/core';
import { checksum, count, env, exportSessionBundle, lspCore, sessionAtTuk, tukStation, upload } from '../../support/bundles';
import { previewImport, applyImport } from '../../../electron/core/bundles/import';
import { exportBundle } from '../../../electron/core/bundles/export';
import { sessionRules } from '../../../electron/core/bundles/kinds/session';
import type { TableRule } from '../../../electron/core/bundles/rules';
import type { Core } from '../../../electron/core';
import { isTableName } from '../../../electron/shared/tables';

async function answerAtTuk(tuk: Core, index: number, choices: number) {
  const token = await releaseToken(tuk);
  const c = demo.people.candidates[index];
  const candidate = (await call(tuk, 'auth/candidateSignIn', { participantNo: c.participantNo, password: c.password, token, deviceId: `lab-pc-0${index}` })).token;
  const state = await call(tuk, 'cbt/agree', { accept: true }, candidate);
  const items = state.items.slice(0, choices);
  let seq = 0;
  for (const item of items) await call(tuk, 'cbt/save', { itemId: item.itemId, seq: ++seq, choice: 0, text: null, doubtful: false }, candidate);
  return { candidate, items };
}

describe('session bundle LSP → TUK', () => {
  it('carries the session, its scheme, people and credentials, and pins the LSP key on confirmation', async () => {
    const { lsp, tuk, preview, applied, exported } = await sessionAtTuk();
    expect(exported.generatedPassphrase).toMatch(/^([a-z2-9]{4}-){5}[a-z2-9]{4}$/);
    expect(exported.verified).toBe('full');
    expect(preview.signer.status).toBe('new');
    const lspKeys = await call(lsp, 'keys/status', {}, await signInAs(lsp, 'admin'));
    expect(preview.signer.fingerprint).toBe(lspKeys.fingerprint);
    const added = Object.fromEntries(preview.tables.map((t) => [t.table, t.added]));
    expect(added).toMatchObject({ lsp: 1, tuk: 1, scheme: 1, session: 1, candidate: 12, assessor: 2, session_candidate: 12, account: 14 });
    expect(applied.tables).toEqual(preview.tables);
    expect(applied.pinned).toBe(true);
    for (const table of ['unit', 'element', 'kuk', 'item', 'item_option', 'observation_item']) {
      expect(count(tuk.db, table), table).toBe(count(lsp.db, table));
    }
    // The TUK can run the exam day with what arrived: candidates sign in with their LSP passwords.
    const token = await releaseToken(tuk);
    const c = demo.people.candidates[3];
    const signedIn = await call(tuk, 'auth/candidateSignIn', { participantNo: c.participantNo, password: c.password, token, deviceId: 'lab-pc-03' });
    expect(signedIn.principal.role).toBe('candidate');
    const actions = tuk.db.prepare('SELECT action FROM audit_log ORDER BY seq').pluck().all();
    expect(actions).toEqual(expect.arrayContaining(['keys.pin', 'bundle.import']));
  });

  it('carries candidate attachments by content hash into the TUK attachment store', async () => {
    const lsp = await lspCore();
    const tuk = await tukStation();
    const candidate = lsp.db.prepare('SELECT candidate_id FROM session_candidate LIMIT 1').pluck().get() as string;
    const bytes = crypto.randomBytes(200_000);
    const sha = crypto.createHash('sha256').update(bytes).digest('hex');
    fs.mkdirSync(path.dirname(blobPath(lsp.dataDir, sha)), { recursive: true });
    fs.writeFileSync(blobPath(lsp.dataDir, sha), bytes);
    lsp.db.prepare("INSERT INTO attachment (id, owner_table, owner_id, name, media_type, sha256, size) VALUES (?, 'candidate', ?, 'foto.jpg', 'image/jpeg', ?, ?)").run(crypto.randomUUID(), candidate, sha, bytes.length);
    const exported = await exportSessionBundle(lsp);
    const pending = await previewImport(env(tuk), { file: exported.filePath, passphrase: exported.generatedPassphrase, expectKind: 'session' });
    expect(pending.preview.attachments).toEqual({ count: 1, bytes: bytes.length });
    applyImport(env(tuk), pending, null, { confirmSigner: pending.preview.signer.fingerprint });
    expect(fs.readFileSync(blobPath(tuk.dataDir, sha)).equals(bytes)).toBe(true);
    expect(tuk.db.prepare('SELECT name FROM attachment WHERE sha256 = ?').pluck().get(sha)).toBe('foto.jpg');
  });

  it('applying the same bundle twice changes nothing and says so', async () => {
    const { tuk, proctor, exported } = await sessionAtTuk();
    const before = checksum(tuk.db);
    const again = await call(tuk, 'bundles/preview', { uploadId: upload(tuk, exported.filePath), passphrase: exported.generatedPassphrase ?? '', expectKind: 'session' }, proctor);
    expect(again.alreadyImported).toBe(true);
    const result = await call(tuk, 'bundles/apply', { importId: again.importId }, proctor);
    expect(result.alreadyImported).toBe(true);
    expect(checksum(tuk.db)).toBe(before);
  });

  it('keeps one open preview per person: a newer preview discards the abandoned one and its staging', async () => {
    const lsp = await lspCore();
    const tuk = await tukStation();
    const proctor = await signInAs(tuk, 'proctor');
    const b = await exportSessionBundle(lsp);
    const args = () => ({ uploadId: upload(tuk, b.filePath), passphrase: b.generatedPassphrase ?? '', expectKind: 'session' as const });
    const first = await call(tuk, 'bundles/preview', args(), proctor);
    const second = await call(tuk, 'bundles/preview', args(), proctor);
    expect((await failure(tuk, 'bundles/apply', { importId: first.importId, confirmSigner: first.signer.fingerprint }, proctor)).code).toBe('NOT_FOUND');
    expect(fs.readdirSync(path.join(tuk.dataDir, 'transfers', 'staging'))).toHaveLength(1);
    await call(tuk, 'bundles/apply', { importId: second.importId, confirmSigner: second.signer.fingerprint }, proctor);
    expect(fs.readdirSync(path.join(tuk.dataDir, 'transfers', 'staging'))).toEqual([]);
  });

  it('a later bundle of the same session updates what the LSP changed and keeps the rest', async () => {
    const { lsp, tuk, proctor } = await sessionAtTuk();
    lsp.db.prepare("UPDATE candidate SET name = 'Nama Baru' WHERE participant_no = ?").run(demo.people.candidates[0].participantNo);
    const second = await exportSessionBundle(lsp);
    const preview = await call(tuk, 'bundles/preview', { uploadId: upload(tuk, second.filePath), passphrase: second.generatedPassphrase ?? '', expectKind: 'session' }, proctor);
    expect(preview.signer.status).toBe('pinned');
    const candidateTable = preview.tables.find((t) => t.table === 'candidate');
    expect(candidateTable).toMatchObject({ added: 0, updated: 1, unchanged: 11, conflicts: 0 });
    await call(tuk, 'bundles/apply', { importId: preview.importId }, proctor);
    expect(tuk.db.prepare('SELECT name FROM candidate WHERE participant_no = ?').pluck().get(demo.people.candidates[0].participantNo)).toBe('Nama Baru');
  });

  it("a newer LSP's bundle with an entry this app has no rule for imports: the entry is verified with the rest and left unread", async () => {
    const lsp = await lspCore();
    const tuk = await tukStation();
    // The newer writer: the same rules and one table this app does not know (taken out again before the import).
    const rules = sessionRules as TableRule[];
    rules.push({ name: 'later_table', table: 'later_table', key: ['code'], columns: ['code', 'name'], merge: { kind: 'replace' }, select: "SELECT '5' AS code, 'D4/S1' AS name" });
    let exported: Awaited<ReturnType<typeof exportSessionBundle>>;
    try {
      exported = await exportSessionBundle(lsp);
    } finally {
      rules.pop();
    }
    expect(rules.some((r) => r.name === 'later_table')).toBe(false);
    const pending = await previewImport(env(tuk), { file: exported.filePath, passphrase: exported.generatedPassphrase, expectKind: 'session' });
    // Signed into the manifest and checked against its sha256 like every entry; no rule reads it.
    expect(pending.manifest.entries.map((e) => e.path)).toContain('data/later_table.ndjson');
    expect(pending.manifest.counts.later_table).toBe(1);
    expect(pending.preview.tables.map((t) => t.table)).toEqual(sessionRules.map((r) => r.table));
    const applied = applyImport(env(tuk), pending, null, { confirmSigner: pending.preview.signer.fingerprint });
    expect(applied.alreadyImported).toBe(false);
    expect(tuk.db.prepare('SELECT code FROM session WHERE id = ?').pluck().get(demoSessionId(lsp))).toBe(demo.people.session.code);
  });

  it('refuses weak typed passphrases and a passphrase mixed with keys', async () => {
    const lsp = await lspCore();
    const admin = await signInAs(lsp, 'admin');
    const args = (to: object) => ({ sessionId: demoSessionId(lsp), operationId: crypto.randomUUID(), to });
    expect((await failure(lsp, 'bundles/exportSession', args({ passphrase: 'rahasia123' }), admin)).code).toBe('BUNDLE_PASSPHRASE_WEAK');
    expect((await failure(lsp, 'bundles/exportSession', args({ passphrase: 'aaaaaaaaaaaaaaaaaaaa' }), admin)).code).toBe('BUNDLE_PASSPHRASE_WEAK');
    const keys = await call(lsp, 'keys/status', {}, admin);
    expect((await failure(lsp, 'bundles/exportSession', args({ generatePassphrase: true, recipients: [keys.ageRecipient] }), admin)).code).toBe('BUNDLE_PASSPHRASE_AND_KEYS');
    expect((await failure(lsp, 'bundles/exportSession', args({}), admin)).code).toBe('BUNDLE_NO_RECIPIENT');
    const typed = await call(lsp, 'bundles/exportSession', args({ passphrase: 'Kopi tubruk di Pasar Gede 1987' }), admin);
    expect(typed.generatedPassphrase).toBeNull();
  });

  it('a TUK key as recipient opens without any passphrase', async () => {
    const lsp = await lspCore();
    const tuk = await tukStation();
    const proctor = await signInAs(tuk, 'proctor');
    const tukKeys = await call(tuk, 'keys/status', {}, proctor);
    const exported = await exportSessionBundle(lsp, { recipients: [tukKeys.ageRecipient] });
    expect(exported.verified).toBe('bytes');
    const preview = await call(tuk, 'bundles/preview', { uploadId: upload(tuk, exported.filePath), expectKind: 'session' }, proctor);
    expect(preview.session?.code).toBe(demo.people.session.code);
  });
});

describe('results bundle TUK → LSP', () => {
  it('is encrypted to the LSP key only and brings attempts, answers and the TUK audit log back', async () => {
    const { lsp, tuk, proctor } = await sessionAtTuk();
    const { items } = await answerAtTuk(tuk, 0, 3);
    const sessionId = demoSessionId(tuk);
    await call(tuk, 'exam/checkIn', { sessionId, candidateId: candidateId(tuk, 0) }, proctor);
    await call(tuk, 'exam/markAbsent', { sessionId, candidateId: candidateId(tuk, 5), reason: 'Tidak hadir sampai sesi ditutup' }, proctor);
    await call(tuk, 'exam/addIncident', { sessionId, text: 'Listrik padam 5 menit; semua jawaban tersimpan.' }, proctor);
    const exported = await call(tuk, 'bundles/exportResults', { sessionId, operationId: crypto.randomUUID() }, proctor);
    // Only the LSP holds the key: the TUK checks the bytes it wrote, not the content.
    expect(exported.verified).toBe('bytes');
    const lspKeys = await call(lsp, 'keys/status', {}, await signInAs(lsp, 'admin'));
    expect(exported.recipients).toEqual([lspKeys.ageRecipient]);
    const tukOwn = await previewImport(env(tuk), { file: exported.filePath, expectKind: 'results' }).catch((e: { code: string }) => e.code);
    expect(tukOwn).toBe('BUNDLE_WRONG_KEY');

    const admin = await signInAs(lsp, 'admin');
    const preview = await call(lsp, 'bundles/preview', { uploadId: upload(lsp, exported.filePath), expectKind: 'results' }, admin);
    expect(preview.signer.status).toBe('new');
    expect(preview.tables.find((t) => t.table === 'answer')).toMatchObject({ added: 3 });
    // Each count names the table it goes to, which the screen has words for: the TUK's audit log and its heads.
    expect(preview.tables.map((t) => t.table).filter((name) => !isTableName(name))).toEqual([]);
    expect(preview.tables.find((t) => t.table === 'remote_audit_log')?.added).toBeGreaterThan(0);
    expect(preview.tables.find((t) => t.table === 'remote_audit_head')?.added).toBeGreaterThan(0);
    expect((await failure(lsp, 'bundles/apply', { importId: preview.importId }, admin)).code).toBe('BUNDLE_SIGNER_UNKNOWN');
    // A refused apply ends the preview and removes its decrypted files: confirming means previewing again.
    expect((await failure(lsp, 'bundles/apply', { importId: preview.importId, confirmSigner: preview.signer.fingerprint }, admin)).code).toBe('NOT_FOUND');
    const again = await call(lsp, 'bundles/preview', { uploadId: upload(lsp, exported.filePath), expectKind: 'results' }, admin);
    await call(lsp, 'bundles/apply', { importId: again.importId, confirmSigner: again.signer.fingerprint }, admin);
    const attempt = lsp.db.prepare('SELECT * FROM attempt WHERE candidate_id = ?').get(candidateId(lsp, 0)) as { id: string };
    expect(attempt).toBeDefined();
    expect(lsp.db.prepare('SELECT count(*) FROM answer WHERE attempt_id = ?').pluck().get(attempt.id)).toBe(items.length);
    expect(count(lsp.db, 'remote_audit_log')).toBe(count(tuk.db, 'audit_log') - 1);
    // Attendance and the minutes' incidents (berita acara) arrive too; the TUK's own accounts do not.
    expect(lsp.db.prepare('SELECT status FROM attendance ORDER BY status').pluck().all()).toEqual(['absent', 'present']);
    expect(lsp.db.prepare('SELECT text, by_account_id FROM incident').all()).toEqual([{ text: 'Listrik padam 5 menit; semua jawaban tersimpan.', by_account_id: null }]);
    expect(lsp.db.prepare('SELECT started_at FROM session_run').pluck().get()).toBe(tuk.db.prepare('SELECT started_at FROM session_run').pluck().get());
  });

  it('merges partial results of lab PCs: newer sequence wins, older ones are listed as conflicts, replays refused', async () => {
    const { tuk: station, exported: sessionBundle } = await sessionAtTuk();
    // A standalone lab PC imports the same session bundle as the proctor station.
    const pc = await tukStation();
    const pending = await previewImport(env(pc), { file: sessionBundle.filePath, passphrase: sessionBundle.generatedPassphrase, expectKind: 'session' });
    applyImport(env(pc), pending, null, { confirmSigner: pending.preview.signer.fingerprint });
    const stationProctor = await signInAs(station, 'proctor');
    const stationKey = (await call(station, 'keys/status', {}, stationProctor)).ageRecipient;
    const pcProctor = await signInAs(pc, 'proctor');
    const { candidate, items } = await answerAtTuk(pc, 1, 2);
    const sessionId = demoSessionId(pc);
    const partial = () => call(pc, 'bundles/exportResults', { sessionId, operationId: crypto.randomUUID(), partialStation: 'PC-07', recipients: [stationKey] }, pcProctor);
    const first = await partial();
    const skipped = await partial();
    await call(pc, 'cbt/save', { itemId: items[0].itemId, seq: 3, choice: 2, text: null, doubtful: true }, candidate);
    const second = await partial();

    const take = async (file: string) => {
      const p = await call(station, 'bundles/preview', { uploadId: upload(station, file), expectKind: 'results' }, stationProctor);
      await call(station, 'bundles/apply', { importId: p.importId, confirmSigner: p.signer.fingerprint }, stationProctor);
      return p;
    };
    const p1 = await take(first.filePath);
    expect(p1.partial).toEqual({ station: 'PC-07' });
    expect(p1.tables.find((t) => t.table === 'answer')).toMatchObject({ added: 2 });

    // The station saw a newer state of the second answer itself (e.g. the candidate moved to the room server).
    station.db.prepare('UPDATE answer SET seq = 9, choice = 4 WHERE item_id = ?').run(items[1].itemId);
    const p2 = await take(second.filePath);
    expect(p2.tables.find((t) => t.table === 'answer')).toMatchObject({ updated: 1, unchanged: 0, conflicts: 1 });
    expect(p2.conflicts).toEqual(expect.arrayContaining([expect.objectContaining({ table: 'answer', reason: 'older_than_local' })]));
    const stored = (itemId: string) => station.db.prepare('SELECT choice, seq FROM answer WHERE item_id = ?').get(itemId);
    // The lab PC's newer save (seq 3) replaced the first import's (seq 1); choices are stored as original ordinals.
    const onPc = pc.db.prepare('SELECT choice, seq FROM answer WHERE item_id = ?').get(items[0].itemId);
    expect(onPc).toMatchObject({ seq: 3 });
    expect(stored(items[0].itemId)).toEqual(onPc);
    expect(stored(items[1].itemId)).toEqual({ choice: 4, seq: 9 });
    expect(count(station.db, 'bundle_conflict')).toBe(1);

    // The same bundle again is only information; an older one never imported is a replay: refused, nothing changes.
    const before = checksum(station.db);
    const again = await call(station, 'bundles/preview', { uploadId: upload(station, first.filePath), expectKind: 'results' }, stationProctor);
    expect(again.alreadyImported).toBe(true);
    const replay = await failure(station, 'bundles/preview', { uploadId: upload(station, skipped.filePath), expectKind: 'results' }, stationProctor);
    expect(replay.code).toBe('BUNDLE_REPLAYED');
    expect(checksum(station.db)).toBe(before);
  });
});

describe("the assessor's records in results", () => {
  it('arrive at the LSP; a signed decision replaced by a newer, re-signed one is listed, never silent', async () => {
    const { lsp, tuk, proctor } = await sessionAtTuk();
    const seat = tuk.db.prepare('SELECT session_id AS sessionId, candidate_id AS candidateId, assessor_id AS assessorId FROM session_candidate LIMIT 1').get() as {
      sessionId: string;
      candidateId: string;
      assessorId: string;
    };
    const account = tuk.db.prepare('SELECT id FROM account WHERE assessor_id = ?').pluck().get(seat.assessorId) as string;
    const unit = tuk.db.prepare('SELECT id FROM unit ORDER BY ordinal LIMIT 1').pluck().get() as string;
    const decide = (decision: string, seq: number) =>
      tuk.db
        .prepare(
          `INSERT INTO unit_decision (session_id, candidate_id, unit_id, decision, suggestion, seq, saved_at, saved_by) VALUES (?, ?, ?, ?, 'K', ?, ?, ?)
           ON CONFLICT DO UPDATE SET decision = excluded.decision, seq = excluded.seq`,
        )
        .run(seat.sessionId, seat.candidateId, unit, decision, seq, new Date().toISOString(), account);
    const sign = (at: string) =>
      tuk.db
        .prepare("INSERT INTO assessment_signature (form, session_id, assessor_id, candidate_id, signed_at, signed_by) VALUES ('AK.02', ?, ?, ?, ?, ?)")
        .run(seat.sessionId, seat.assessorId, seat.candidateId, at, account);
    decide('K', 1);
    tuk.db
      .prepare("INSERT INTO assessment_record (session_id, candidate_id, recommendation, seq, saved_at, saved_by) VALUES (?, ?, 'K', 1, 'now', ?)")
      .run(seat.sessionId, seat.candidateId, account);
    sign('2026-11-21T10:00:00.000Z');
    // The candidate acknowledged that signed FR.AK.02 on the assessor's screen: it travels too.
    tuk.db
      .prepare('INSERT INTO assessment_acknowledgement (session_id, candidate_id, assessor_id, signed_at, acknowledged_at) VALUES (?, ?, ?, ?, ?)')
      .run(seat.sessionId, seat.candidateId, seat.assessorId, '2026-11-21T10:00:00.000Z', '2026-11-21T10:03:00.000Z');
    const admin = await signInAs(lsp, 'admin');
    const bring = async (confirm: boolean) => {
      const file = (await call(tuk, 'bundles/exportResults', { sessionId: seat.sessionId, operationId: crypto.randomUUID() }, proctor)).filePath;
      const p = await call(lsp, 'bundles/preview', { uploadId: upload(lsp, file), expectKind: 'results' }, admin);
      await call(lsp, 'bundles/apply', { importId: p.importId, confirmSigner: confirm ? p.signer.fingerprint : undefined }, admin);
      return p;
    };
    const first = await bring(true);
    expect(first.tables.find((t) => t.table === 'unit_decision')).toMatchObject({ added: 1 });
    expect(first.tables.find((t) => t.table === 'assessment_signature')).toMatchObject({ added: 1 });
    expect(first.tables.find((t) => t.table === 'assessment_acknowledgement')).toMatchObject({ added: 1 });
    expect(lsp.db.prepare('SELECT acknowledged_at FROM assessment_acknowledgement').pluck().all()).toEqual(['2026-11-21T10:03:00.000Z']);

    // At the TUK the assessor unlocks (the signature is revoked with a reason), changes the unit to BK, signs again.
    tuk.db.prepare("UPDATE assessment_signature SET revoked_at = '2026-11-21T11:00:00.000Z', revoked_by = ?, revoke_reason = 'Salah pilih unit'").run(account);
    decide('BK', 2);
    sign('2026-11-21T11:05:00.000Z');
    const second = await bring(false);
    expect(second.tables.find((t) => t.table === 'unit_decision')).toMatchObject({ updated: 1, conflicts: 1 });
    expect(second.conflicts).toEqual([expect.objectContaining({ table: 'unit_decision', reason: 'signed_replaced' })]);
    expect(second.tables.find((t) => t.table === 'assessment_signature')).toMatchObject({ added: 1, updated: 1 });
    expect(lsp.db.prepare('SELECT decision FROM unit_decision').pluck().all()).toEqual(['BK']);
    expect(lsp.db.prepare('SELECT count(*) FROM assessment_signature WHERE revoked_at IS NULL').pluck().get()).toBe(1);
    expect(lsp.db.prepare("SELECT reason FROM bundle_conflict WHERE table_name = 'unit_decision'").pluck().all()).toEqual(['signed_replaced']);
  });
});

describe('backup bundle', () => {
  it('restores a whole installation into an empty one, without keys or sign-in sessions', async () => {
    const lsp = await lspCore();
    await signInAs(lsp, 'admin');
    const backup = await exportBundle(env(lsp), { kind: 'backup', to: { generatePassphrase: true }, operationId: crypto.randomUUID(), actor: null });
    expect(backup.verified).toBe('full');
    const empty = await tempCore({ demoIfEmpty: false });
    const pending = await previewImport(env(empty), { file: backup.filePath, passphrase: backup.generatedPassphrase, expectKind: 'backup' });
    expect(pending.preview.tables.find((t) => t.table === 'candidate')).toMatchObject({ added: 12 });
    applyImport(env(empty), pending, null, { confirmSigner: pending.preview.signer.fingerprint });
    for (const table of ['lsp', 'candidate', 'account', 'item', 'item_option', 'session_candidate']) {
      expect(count(empty.db, table), table).toBe(count(lsp.db, table));
    }
    expect(count(empty.db, 'auth_session')).toBe(0);
    // The restored installation keeps its own keys.
    expect(empty.db.prepare('SELECT installation_id FROM installation_key').pluck().get()).not.toBe(lsp.db.prepare('SELECT installation_id FROM installation_key').pluck().get());
    // A backup never lands on an installation that has data.
    const busy = await previewImport(env(lsp), { file: backup.filePath, passphrase: backup.generatedPassphrase, expectKind: 'backup' }).catch((e: { code: string }) => e.code);
    expect(busy).toBe('BUNDLE_BACKUP_NOT_EMPTY');
    expect(fs.existsSync(backup.filePath)).toBe(true);
  });
});
