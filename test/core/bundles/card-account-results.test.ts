import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core';
import { NO_PASSWORD, verifyCandidatePassword, verifyPassword } from '../../../electron/core/auth/password';
import { passwordHashFor } from '../../../electron/core/db/queries/accounts';
import { candidateAccountId } from '../../../electron/core/ids';
import { passwordsIssued, passwordsPending } from '../../../electron/core/scheduling/passwords-pending';
import { unsealKeyMaterial, installationPublicKeys } from '../../../electron/core/keys/installation';
import type { ApiError } from '../../../electron/shared/errors';
import { call, candidateId, demo, demoSessionId, releaseToken, signInAs } from '../../support/core';
import { exportSessionBundle, importResults, lspCore, previewResults, tukStation, upload } from '../../support/bundles';
import { attacker, forge, type Row } from '../../support/forge';
import { candidateInput } from '../registry/support';
import { ASSESSOR_PASSWORD, answerAndSubmit, decideAsSuggested, scoreAllAchieved } from '../assessment/support';

const FEEDBACK = Array.from({ length: 10 }, (_, i) => ({ agree: i !== 2, comment: i === 2 ? 'Ruang ujian panas' : '' }));

const accountsOf = (core: Core, candidate: string) =>
  core.db.prepare('SELECT id, role, username, password_hash AS hash FROM account WHERE candidate_id = ?').all(candidate) as { id: string; role: string; username: string; hash: string }[];

/**
 * The demo session sent to a TUK station before the LSP issued candidate 0 a password (the LSP has no
 * account for them: deleted before the export), so the proctor gives them a card there (exam/issueCard).
 * They sign in with it, take the test, their assessor signs FR.AK.02, and they give FR.AK.03 feedback.
 */
async function feedbackWithTukCard() {
  const lsp = await lspCore();
  const tuk = await tukStation();
  const c = demo.people.candidates[0];
  const candidate = candidateId(lsp, 0);
  lsp.db.prepare('DELETE FROM account WHERE candidate_id = ?').run(candidate);
  const exported = await exportSessionBundle(lsp);
  const proctor = await signInAs(tuk, 'proctor');
  const preview = await call(tuk, 'bundles/preview', { uploadId: upload(tuk, exported.filePath), passphrase: exported.generatedPassphrase ?? undefined, expectKind: 'session' }, proctor);
  await call(tuk, 'bundles/apply', { importId: preview.importId, confirmSigner: preview.signer.fingerprint }, proctor);
  expect(accountsOf(tuk, candidate)).toEqual([]);

  const token = await releaseToken(tuk);
  const seat = { sessionId: demoSessionId(tuk), candidateId: candidate };
  const card = await call(tuk, 'exam/issueCard', { ...seat, reason: 'LSP belum menerbitkan kata sandi' }, proctor);
  expect(accountsOf(tuk, candidate)).toEqual([{ id: candidateAccountId(candidate), role: 'candidate', username: c.participantNo, hash: NO_PASSWORD }]);
  const signedIn = (await call(tuk, 'auth/candidateSignIn', { participantNo: c.participantNo, password: card.password, token, deviceId: 'lab-pc-00' })).token;
  await answerAndSubmit(tuk, signedIn);
  const assessor = await signInAs(tuk, 'assessor1');
  await scoreAllAchieved(tuk, assessor, seat);
  await decideAsSuggested(tuk, assessor, seat);
  await call(tuk, 'assessment/sign', { ...seat, password: ASSESSOR_PASSWORD.assessor1 }, assessor);
  expect((await call(tuk, 'feedback/submit', { seq: 1, answers: FEEDBACK, comment: 'Terima kasih', password: card.password }, signedIn)).stored).toBe(true);
  const results = (await call(tuk, 'bundles/exportResults', { sessionId: seat.sessionId, operationId: crypto.randomUUID() }, proctor)).filePath;
  return { lsp, tuk, seat, card, results };
}

const feedbackAt = (core: Core, seat: { sessionId: string; candidateId: string }) =>
  core.db.prepare('SELECT comment, entered_by_role AS enteredBy, saved_by AS savedBy FROM assessment_feedback WHERE session_id = ? AND candidate_id = ?').get(seat.sessionId, seat.candidateId);

/** Another session of the LSP holding the same candidate, whose id sorts before the demo session's; its id. */
function seatInAnotherSession(lsp: Core, seat: { sessionId: string; candidateId: string }): string {
  const session = lsp.db.prepare('SELECT * FROM session WHERE id = ?').get(seat.sessionId) as Record<string, unknown>;
  const earlier = { ...session, id: '00000000-0000-4000-8000-000000000000', code: `${String(session.code)}-0` };
  // Stored columns only (table_info leaves out the generated ones).
  const columns = (lsp.db.prepare("SELECT name FROM pragma_table_info('session')").pluck().all() as string[]).filter((c) => c in earlier);
  lsp.db.prepare(`INSERT INTO session (${columns.join(', ')}) VALUES (${columns.map((c) => '@' + c).join(', ')})`).run(earlier);
  lsp.db
    .prepare('INSERT INTO session_candidate (session_id, candidate_id, assessor_id, seat) SELECT ?, candidate_id, assessor_id, seat FROM session_candidate WHERE session_id = ? AND candidate_id = ?')
    .run(earlier.id, seat.sessionId, seat.candidateId);
  return earlier.id;
}

const tableOf = (p: { tables: { table: string }[] }, table: string) => p.tables.find((t) => t.table === table);

describe('results of a candidate whose account the TUK made for a card (exam/issueCard), at an LSP that has none', () => {
  it("stores the candidate's FR.AK.03 feedback at the LSP, preview as apply, making the candidate's account there with no password", async () => {
    const { lsp, seat, card, results } = await feedbackWithTukCard();
    const id = candidateAccountId(seat.candidateId);
    const c = demo.people.candidates[0];
    const { admin, preview } = await previewResults(lsp, results);
    // The preview is a dry run: nothing stays, and it tells what apply will do.
    expect(accountsOf(lsp, seat.candidateId)).toEqual([]);
    expect(feedbackAt(lsp, seat)).toBeUndefined();
    expect(preview.conflicts).toEqual([]);
    expect(tableOf(preview, 'assessment_feedback')).toMatchObject({ added: 1, conflicts: 0 });
    expect(tableOf(preview, 'account')).toEqual({ table: 'account', added: 1, updated: 0, unchanged: 0, conflicts: 0 });
    expect(preview.accountsMade).toEqual([{ participantNo: c.participantNo, name: c.name }]);
    const applied = await call(lsp, 'bundles/apply', { importId: preview.importId, confirmSigner: preview.signer.fingerprint }, admin);
    expect(applied.conflictCount).toBe(0);
    expect(applied.tables).toEqual(preview.tables);
    expect(feedbackAt(lsp, seat)).toEqual({ comment: 'Terima kasih', enteredBy: 'candidate', savedBy: id });
    // What the LSP's people read of it: the candidate's own FR.AK.03.
    const ws = await call(lsp, 'assessment/workspace', seat, await signInAs(lsp, 'assessor1'));
    expect(ws.feedback).toMatchObject({ enteredBy: 'candidate', comment: 'Terima kasih' });
    expect(ws.feedback?.answers[2]).toEqual({ agree: false, comment: 'Ruang ujian panas' });

    // Made from the LSP's own candidate record; no password travelled, so the card opens nothing here.
    expect(accountsOf(lsp, seat.candidateId)).toEqual([{ id, role: 'candidate', username: c.participantNo, hash: NO_PASSWORD }]);
    expect(lsp.db.prepare('SELECT lsp_id, display_name, disabled FROM account WHERE id = ?').get(id)).toEqual({
      lsp_id: lsp.db.prepare('SELECT lsp_id FROM candidate WHERE id = ?').pluck().get(seat.candidateId),
      display_name: c.name,
      disabled: 0,
    });
    expect(await verifyCandidatePassword(card.password, passwordHashFor(lsp.db, id)!)).toBe(false);
    expect(lsp.db.prepare('SELECT count(*) FROM local_password').pluck().get()).toBe(0);
    const audit = lsp.db.prepare("SELECT details FROM audit_log WHERE action = 'bundle.import' ORDER BY seq DESC LIMIT 1").pluck().get() as string;
    expect(JSON.parse(audit)).toMatchObject({ kind: 'results', conflicts: 0, accountsMade: [seat.candidateId] });
  });

  it("says on the LSP's results review that the candidate sat with a new card given at the TUK: when, why and by whom", async () => {
    const { lsp, seat, card, results } = await feedbackWithTukCard();
    const { admin, preview } = await previewResults(lsp, results);
    await call(lsp, 'bundles/apply', { importId: preview.importId, confirmSigner: preview.signer.fingerprint }, admin);
    const review = await call(lsp, 'results/review', { sessionId: seat.sessionId }, admin);
    const mine = review.candidates.find((c) => c.candidateId === seat.candidateId);
    expect(mine?.writtenTest?.actions).toEqual([{ action: 'passwordIssued', at: card.issuedAt, reason: 'LSP belum menerbitkan kata sandi', minutes: null, by: 'proktor' }]);
    // The others sat with the LSP's own passwords.
    for (const other of review.candidates.filter((c) => c.candidateId !== seat.candidateId)) expect(other.writtenTest?.actions ?? []).toEqual([]);
  });

  it("lands on the account the LSP already has, changing nothing of it, and makes none for rows that do not need it", async () => {
    const { lsp, seat, results } = await feedbackWithTukCard();
    const id = candidateAccountId(seat.candidateId);
    // The LSP issued the passwords after sending the session: its account has that id and a real password.
    const admin = await signInAs(lsp, 'admin');
    const issued = await call(lsp, 'sessions/issuePasswords', { sessionId: seat.sessionId, candidateIds: [seat.candidateId] }, admin);
    const account = lsp.db.prepare('SELECT * FROM account WHERE id = ?').get(id);
    const { preview } = await previewResults(lsp, results);
    expect(preview.conflicts).toEqual([]);
    expect(tableOf(preview, 'account')).toBeUndefined();
    expect(preview.accountsMade).toEqual([]);
    await importResults(lsp, results);
    expect(feedbackAt(lsp, seat)).toMatchObject({ savedBy: id });
    expect(lsp.db.prepare('SELECT * FROM account WHERE id = ?').get(id)).toEqual(account);
    expect(await verifyCandidatePassword(issued.passwords[0].password, passwordHashFor(lsp.db, id)!)).toBe(true);
  });

  it.each(['candidate', 'username'] as const)('leaves the feedback refused, and makes no account, when another account of the LSP holds the %s', async (holder) => {
    const { lsp, seat, results } = await feedbackWithTukCard();
    const participantNo = lsp.db.prepare('SELECT participant_no FROM candidate WHERE id = ?').pluck().get(seat.candidateId) as string;
    const other = crypto.randomUUID();
    if (holder === 'candidate') {
      lsp.db.prepare("INSERT INTO account (id, role, username, display_name, password_hash, candidate_id, created_at) VALUES (?, 'candidate', 'akun-lama', 'Akun lama', 'x', ?, '2026-01-01T00:00:00.000Z')").run(other, seat.candidateId);
    } else {
      lsp.db.prepare("INSERT INTO account (id, role, username, display_name, password_hash, created_at) VALUES (?, 'proctor', ?, 'Proktor Dua', 'x', '2026-01-01T00:00:00.000Z')").run(other, participantNo);
    }
    const accounts = lsp.db.prepare('SELECT * FROM account ORDER BY id').all();
    const { preview } = await previewResults(lsp, results);
    expect(preview.conflicts, holder).toEqual([{ table: 'assessment_feedback', key: `${seat.sessionId}/${seat.candidateId}`, reason: 'constraint' }]);
    expect(tableOf(preview, 'account'), holder).toBeUndefined();
    await importResults(lsp, results);
    expect(feedbackAt(lsp, seat), holder).toBeUndefined();
    expect(lsp.db.prepare('SELECT * FROM account ORDER BY id').all(), holder).toEqual(accounts);
  });

  it('makes the account of a candidate seated in other sessions too (whatever session the LSP lists first for them)', async () => {
    const { lsp, seat, results } = await feedbackWithTukCard();
    seatInAnotherSession(lsp, seat);
    await importResults(lsp, results);
    expect(feedbackAt(lsp, seat)).toMatchObject({ savedBy: candidateAccountId(seat.candidateId) });
    expect(accountsOf(lsp, seat.candidateId).map((a) => a.id)).toEqual([candidateAccountId(seat.candidateId)]);
  });

  it("stays out of the LSP's session bundles: another TUK station still shows the candidate without a password", async () => {
    const { lsp, seat, results } = await feedbackWithTukCard();
    await importResults(lsp, results);
    const exported = await exportSessionBundle(lsp);
    const station = await tukStation();
    const proctor = await signInAs(station, 'proctor');
    const preview = await call(station, 'bundles/preview', { uploadId: upload(station, exported.filePath), passphrase: exported.generatedPassphrase ?? undefined, expectKind: 'session' }, proctor);
    await call(station, 'bundles/apply', { importId: preview.importId, confirmSigner: preview.signer.fingerprint }, proctor);
    expect(accountsOf(station, seat.candidateId)).toEqual([]);
    const seated = station.db.prepare('SELECT count(*) FROM session_candidate WHERE session_id = ?').pluck().get(seat.sessionId) as number;
    expect(station.db.prepare("SELECT count(*) FROM account WHERE role = 'candidate'").pluck().get()).toBe(seated - 1);
  });

  it("is no sign-in account for a proctor at the LSP's own installation: the board and the day's list say the candidate has no password yet", async () => {
    const { lsp, tuk, seat, results } = await feedbackWithTukCard();
    await importResults(lsp, results);
    const proctor = await signInAs(lsp, 'proctor');
    const board = await call(lsp, 'exam/board', { sessionId: seat.sessionId }, proctor);
    expect(board.rows.find((r) => r.candidateId === seat.candidateId)?.accountId).toBeNull();
    const today = await call(lsp, 'proctor/today', {}, proctor);
    const listed = today.sessions.find((s) => s.session.id === seat.sessionId)?.candidates.find((c) => c.candidateId === seat.candidateId);
    expect(listed?.accountId).toBeNull();
    // At the TUK that gave the card, the same account signs in with it: listed as an account.
    const atTuk = await call(tuk, 'exam/board', { sessionId: seat.sessionId }, await signInAs(tuk, 'proctor'));
    expect(atTuk.rows.find((r) => r.candidateId === seat.candidateId)?.accountId).toBe(candidateAccountId(seat.candidateId));
  });

  it("is what the LSP's password issue later lands on: the same account, the participant number its username, its password the one that signs in", async () => {
    const { lsp, seat, results } = await feedbackWithTukCard();
    const id = candidateAccountId(seat.candidateId);
    const c = demo.people.candidates[0];
    const issuedBefore = passwordsIssued(lsp.db, seat.sessionId).count;
    expect(passwordsPending(lsp.db, seat.sessionId)?.params).toEqual({ count: 1, names: `${c.name} (${c.participantNo})` });
    await importResults(lsp, results);
    // An account without a password is no password issued: the LSP still sees the candidate lacks one.
    expect(passwordsIssued(lsp.db, seat.sessionId).count).toBe(issuedBefore);
    expect(passwordsPending(lsp.db, seat.sessionId)?.params).toEqual({ count: 1, names: `${c.name} (${c.participantNo})` });
    const admin = await signInAs(lsp, 'admin');
    const issued = await call(lsp, 'sessions/issuePasswords', { sessionId: seat.sessionId, candidateIds: [seat.candidateId] }, admin);
    expect(passwordsIssued(lsp.db, seat.sessionId).count).toBe(issuedBefore + 1);
    expect(passwordsPending(lsp.db, seat.sessionId)).toBeNull();
    expect(issued.passwords).toEqual([expect.objectContaining({ candidateId: seat.candidateId, participantNo: demo.people.candidates[0].participantNo })]);
    expect(accountsOf(lsp, seat.candidateId)).toEqual([{ id, role: 'candidate', username: demo.people.candidates[0].participantNo, hash: expect.stringMatching(/^scrypt\$/) }]);
    expect(await verifyPassword(issued.passwords[0].password, passwordHashFor(lsp.db, id)!)).toBe(true);
    expect(feedbackAt(lsp, seat)).toMatchObject({ savedBy: id });
  });
});

/**
 * A results bundle edited by whoever holds it, signed with their own key and confirmed by the LSP's admin
 * as a first contact (so only the merge's ownership rules stand between it and the LSP's data).
 */
async function forgedResults(edit: (tables: Map<string, Row[]>, ids: { seated: string[]; outsider: string; otherSession: string }) => void) {
  const { lsp, seat, results } = await feedbackWithTukCard();
  const seated = lsp.db.prepare('SELECT candidate_id FROM session_candidate WHERE session_id = ? AND candidate_id <> ? ORDER BY candidate_id').pluck().all(seat.sessionId, seat.candidateId) as string[];
  const admin = await signInAs(lsp, 'admin');
  // A candidate of the LSP seated in no session, and another seated one the LSP has no account for either.
  const outsider = (await call(lsp, 'candidates/create', { candidate: candidateInput(7999) }, admin)).id;
  lsp.db.prepare('DELETE FROM account WHERE candidate_id = ?').run(seated[0]);
  const otherSession = seatInAnotherSession(lsp, seat);
  const file = forge({
    file: results,
    open: { identity: unsealKeyMaterial(lsp.db, lsp.context.vault).ageIdentity },
    by: attacker(),
    to: installationPublicKeys(lsp.db).ageRecipient,
    edit: (_m, tables) => edit(tables, { seated, outsider, otherSession }),
  });
  return { lsp, seat, admin, file, seated, outsider, otherSession };
}

/** Preview and apply as the admin would, confirming the signer shown: the error, or null when applied. */
async function tryImport(lsp: Core, admin: string, file: string): Promise<ApiError | null> {
  const reply = await lsp.dispatch('bundles/preview', { uploadId: upload(lsp, file), expectKind: 'results' }, admin);
  if (!reply.ok) return reply.error;
  const preview = reply.result as { importId: string; signer: { fingerprint: string } };
  const applied = await lsp.dispatch('bundles/apply', { importId: preview.importId, confirmSigner: preview.signer.fingerprint }, admin);
  return applied.ok ? null : applied.error;
}

const feedbackRow = (tables: Map<string, Row[]>) => (tables.get('assessment_feedback') ?? [])[0];

describe('a results bundle naming candidate accounts it may not make', () => {
  it("makes none for another candidate's id: the row naming it stays refused", async () => {
    const { lsp, seat, admin, file, seated } = await forgedResults((tables, { seated }) => {
      feedbackRow(tables).saved_by = candidateAccountId(seated[0]);
    });
    expect(await tryImport(lsp, admin, file)).toBeNull();
    expect(accountsOf(lsp, seated[0])).toEqual([]);
    expect(accountsOf(lsp, seat.candidateId)).toEqual([]);
    expect(feedbackAt(lsp, seat)).toBeUndefined();
    expect(lsp.db.prepare('SELECT reason FROM bundle_conflict WHERE table_name = ?').pluck().all('assessment_feedback')).toEqual(['constraint']);
  });

  it('makes none for a made-up id: the row naming it stays refused, as before', async () => {
    const made = crypto.randomUUID();
    const { lsp, seat, admin, file } = await forgedResults((tables) => {
      feedbackRow(tables).saved_by = made;
    });
    expect(await tryImport(lsp, admin, file)).toBeNull();
    expect(lsp.db.prepare('SELECT count(*) FROM account WHERE id = ?').pluck().get(made)).toBe(0);
    expect(feedbackAt(lsp, seat)).toBeUndefined();
  });

  it('makes none for a row that says the assessor entered it: the assessor, whom the LSP sent, is its author', async () => {
    const { lsp, seat, admin, file } = await forgedResults((tables) => {
      feedbackRow(tables).entered_by_role = 'assessor';
    });
    expect(await tryImport(lsp, admin, file)).toBeNull();
    expect(accountsOf(lsp, seat.candidateId)).toEqual([]);
    expect(feedbackAt(lsp, seat)).toBeUndefined();
    expect(lsp.db.prepare('SELECT reason FROM bundle_conflict WHERE table_name = ?').pluck().all('assessment_feedback')).toEqual(['constraint']);
  });

  it('takes the account back when the row naming it is refused after all (here: a value its table does not allow)', async () => {
    const { lsp, seat, admin, file } = await forgedResults((tables) => {
      feedbackRow(tables).answers = 'not json';
    });
    expect(await tryImport(lsp, admin, file)).toBeNull();
    expect(accountsOf(lsp, seat.candidateId)).toEqual([]);
    expect(feedbackAt(lsp, seat)).toBeUndefined();
    expect(lsp.db.prepare('SELECT reason FROM bundle_conflict WHERE table_name = ?').pluck().all('assessment_feedback')).toEqual(['constraint']);
  });

  it.each(['outsider', 'other session'] as const)('makes none for a row naming a candidate not seated in the session, nor one moved to another session the candidate sits in: %s', async (move) => {
    const { lsp, seat, admin, file, outsider, otherSession } = await forgedResults((tables, ids) => {
      const row = feedbackRow(tables);
      if (move === 'outsider') {
        row.candidate_id = ids.outsider;
        row.saved_by = candidateAccountId(ids.outsider);
      } else row.session_id = ids.otherSession;
    });
    expect(await tryImport(lsp, admin, file), move).toBeNull();
    expect(accountsOf(lsp, outsider), move).toEqual([]);
    expect(accountsOf(lsp, seat.candidateId), move).toEqual([]);
    expect(lsp.db.prepare('SELECT count(*) FROM assessment_feedback WHERE session_id IN (?, ?)').pluck().get(seat.sessionId, otherSession), move).toBe(0);
    expect(lsp.db.prepare('SELECT reason FROM bundle_conflict WHERE table_name = ?').pluck().all('assessment_feedback'), move).toEqual(['constraint']);
  });
});
