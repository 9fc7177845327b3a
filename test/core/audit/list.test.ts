import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listAudit } from '../../../electron/core/audit/list';
import { appendAudit } from '../../../electron/core/audit/log';
import { auditSources } from '../../../electron/core/db/queries/audit-list';
import { openDatabase, type Db } from '../../../electron/core/db/open';
import { AUDIT_DETAILS_SHOWN } from '../../../electron/shared/audit-log';
import type { Principal } from '../../../electron/shared/roles';
import { call, demo, failure, signInAs, signInCandidate, tempCore, tempDir } from '../../support/core';
import { restoreZoneAfterEach } from '../../support/time-zone';
import { examDay } from '../cbt/support';
import { importFile, nik, rowsFile } from '../registry-import/support';

restoreZoneAfterEach();

const admin: Principal = { accountId: 'acc-admin', role: 'lsp_admin', username: 'admin', displayName: 'Admin', lspId: null, assessorId: null, candidateId: null };
const proctor: Principal = { ...admin, accountId: 'acc-proctor', role: 'proctor', username: 'proktor' };

/** Rows a minute apart from 2027-03-01 16:58 UTC: in WIB (UTC+7) the first two are on the 1st, the rest on the 2nd. */
function logOf(entries: { actor: Principal | null; action: string; details?: Record<string, unknown> }[]): Db {
  const db = openDatabase(path.join(tempDir(), 'audit.sqlite'));
  entries.forEach((e, i) => appendAudit(db, e.actor, { action: e.action, entity: 'thing', entityId: String(i + 1), details: e.details }, new Date(Date.UTC(2027, 2, 1, 16, 58 + i))));
  return db;
}

const actions = (db: Db, args: Parameters<typeof listAudit>[1]) => listAudit(db, args).rows.map((r) => r.action);

describe('the audit log as the admin reads it (audit/list)', () => {
  const entries = [
    { actor: admin, action: 'auth.signIn' },
    { actor: admin, action: 'candidate.create' },
    { actor: proctor, action: 'exam.started' },
    { actor: null, action: 'cbt.answer' },
    { actor: proctor, action: 'exam.paused' },
    { actor: null, action: 'cbt.lateAnswer' },
    { actor: admin, action: 'keys.backup' },
  ];

  it('lists newest first and leaves the answer saves out unless they are asked for', () => {
    const db = logOf(entries);
    expect(actions(db, {})).toEqual(['keys.backup', 'exam.paused', 'exam.started', 'candidate.create', 'auth.signIn']);
    expect(actions(db, { area: 'answers' })).toEqual(['cbt.lateAnswer', 'cbt.answer']);
    expect(actions(db, { area: 'exam' })).toEqual(['exam.paused', 'exam.started']);
    expect(actions(db, { area: 'registry' })).toEqual(['candidate.create']);
    expect(actions(db, { area: 'system' })).toEqual(['keys.backup']);
    expect(actions(db, { actorAccountId: 'acc-proctor' })).toEqual(['exam.paused', 'exam.started']);
    // One record's history: the rows that name it (here entity 'thing', the row's number as its id).
    expect(actions(db, { record: { entity: 'thing', id: '5' } })).toEqual(['exam.paused']);
    expect(actions(db, { record: { entity: 'other', id: '5' } })).toEqual([]);
    db.close();
  });

  it("reads days on this computer's calendar, both ends included", () => {
    process.env.TZ = 'Asia/Jakarta';
    const db = logOf(entries);
    expect(actions(db, { to: '2027-03-01' })).toEqual(['candidate.create', 'auth.signIn']);
    expect(actions(db, { from: '2027-03-02' })).toEqual(['keys.backup', 'exam.paused', 'exam.started']);
    expect(actions(db, { from: '2027-03-02', to: '2027-03-02', area: 'exam' })).toEqual(['exam.paused', 'exam.started']);
    expect(actions(db, { from: '2027-03-03' })).toEqual([]);
    process.env.TZ = 'UTC';
    expect(actions(db, { from: '2027-03-02' })).toEqual([]);
    expect(() => listAudit(db, { from: '2027-02-30' })).toThrow(/BAD_ARGS|date/);
    db.close();
  });

  it('pages back by sequence with the cursor, to the first row', () => {
    const db = logOf(Array.from({ length: 7 }, (_, i) => ({ actor: admin, action: i % 2 ? 'session.create' : 'session.update' })));
    const first = listAudit(db, { limit: 3 });
    expect(first.rows.map((r) => r.seq)).toEqual([7, 6, 5]);
    const second = listAudit(db, { limit: 3, cursor: first.nextCursor });
    expect(second.rows.map((r) => r.seq)).toEqual([4, 3, 2]);
    const last = listAudit(db, { limit: 3, cursor: second.nextCursor });
    expect(last.rows.map((r) => r.seq)).toEqual([1]);
    expect(last.nextCursor).toBeNull();
    expect(first.total).toBeNull();
    db.close();
  });

  it('names the actor, and cuts long details, saying how long they were', () => {
    const db = logOf([{ actor: admin, action: 'candidate.upsertMany', details: { rows: 'x'.repeat(10_000) } }, { actor: null, action: 'exam.serverRestarted' }]);
    const [system, bulk] = listAudit(db, {}).rows;
    expect(system.actor).toBeNull();
    expect(bulk.actor).toEqual({ accountId: 'acc-admin', name: null, username: null, role: 'lsp_admin' });
    expect(bulk.details).toHaveLength(AUDIT_DETAILS_SHOWN);
    expect(bulk.detailsLength).toBe(JSON.stringify({ rows: 'x'.repeat(10_000) }).length);
    db.close();
  });
});

describe("a TUK's log received here (audit/sources, audit/list {source})", () => {
  it('lists each received log with its rows and its pinned label, and pages it as the own log is paged', () => {
    const db = logOf([{ actor: admin, action: 'bundle.import' }]);
    const insert = db.prepare(`INSERT INTO remote_audit_log (source_installation_id, seq, at, actor_account_id, actor_role, action, entity, entity_id, details, prev_hash, hash)
      VALUES (?, ?, ?, 'acc-tuk-proctor', 'proctor', ?, 'attempt', ?, '{}', '0', '0')`);
    ['exam.started', 'cbt.answer', 'exam.paused', 'cbt.answer'].forEach((action, i) => insert.run('tuk-1', i + 1, `2027-03-02T0${i}:00:00.000Z`, action, `att-${i}`));
    insert.run('tuk-2', 1, '2027-03-01T00:00:00.000Z', 'exam.started', 'att-9');
    db.prepare(`INSERT INTO signer_pin (subject, installation_id, signing_public, age_recipient, fingerprint, label, pinned_at) VALUES ('tuk:1', 'tuk-1', 'k', 'a', 'f', 'TUK SMK Negeri 1', '2027-03-01T00:00:00.000Z')`).run();
    expect(auditSources(db)).toEqual([
      { installationId: 'tuk-1', label: 'TUK SMK Negeri 1', rows: 4, lastAt: '2027-03-02T03:00:00.000Z' },
      { installationId: 'tuk-2', label: null, rows: 1, lastAt: '2027-03-01T00:00:00.000Z' },
    ]);
    expect(actions(db, { source: 'tuk-1' })).toEqual(['exam.paused', 'exam.started']);
    expect(actions(db, { source: 'tuk-1', area: 'answers' })).toEqual(['cbt.answer', 'cbt.answer']);
    expect(actions(db, { source: 'tuk-1', record: { entity: 'attempt', id: 'att-2' } })).toEqual(['exam.paused']);
    expect(listAudit(db, { source: 'tuk-1', limit: 1 }).nextCursor).not.toBeNull();
    expect(actions(db, { source: 'tuk-2' })).toEqual(['exam.started']);
    expect(actions(db, {})).toEqual(['bundle.import']);
    db.close();
  });
});

describe('audit/list through the contract', () => {
  it("gives the admin the installation's log with each person's name, and refuses the proctor", async () => {
    const core = await tempCore();
    const token = await signInAs(core, 'admin');
    const page = await call(core, 'audit/list', { area: 'access' }, token);
    const signIn = page.rows.find((r) => r.action === 'auth.signIn');
    expect(signIn?.actor).toMatchObject({ username: 'admin', role: 'lsp_admin' });
    expect(signIn?.actor?.name).toBeTruthy();
    expect(page.rows.every((r) => /^(auth|account|setup)\./.test(r.action))).toBe(true);
    expect((await failure(core, 'audit/list', {}, await signInAs(core, 'proctor'))).code).toBe('FORBIDDEN');
    // The exam day's entries name a candidate's test (an attempt): read as the candidate's name.
    await call(core, 'cbt/agree', { accept: true }, await signInCandidate(core, 0));
    const agreed = (await call(core, 'audit/list', { area: 'exam' }, token)).rows.find((r) => r.action === 'cbt.agreed');
    expect(agreed?.entityName).toBe(`${demo.people.candidates[0].name} · ${demo.people.session.code}`);
  });
});

describe("a submitted test's entry", () => {
  it("names the candidate whose test it is and keeps who submitted it: the proctor's forced submission is told from the candidate's own by its reason", async () => {
    const day = await examDay(0);
    const { core, proctor, seat } = day;
    await call(core, 'cbt/agree', { accept: true }, day.candidate);
    await call(core, 'exam/forceSubmit', { ...seat, reason: 'PC asesi rusak' }, proctor);
    const name = core.db.prepare('SELECT name FROM candidate WHERE id = ?').pluck().get(seat.candidateId) as string;
    const rows = listAudit(core.db, { area: 'exam' }).rows;
    const submitted = rows.find((r) => r.action === 'cbt.submitted');
    expect(submitted).toMatchObject({ entity: 'attempt', candidateName: name, actor: { role: 'proctor' } });
    expect(JSON.parse(submitted?.details ?? '{}')).toMatchObject({ reason: 'proctor' });
    // An entry of another kind of record names no candidate of its own.
    expect(rows.find((r) => r.action === 'exam.started')?.candidateName).toBeNull();
  });
});

describe("a candidate's history (audit/list {record: candidate})", () => {
  it('holds the entries about their FR.APL applications, test and assessment seat too, and none of another candidate\'s', async () => {
    const day = await examDay(0);
    const { core, proctor, seat } = day;
    await call(core, 'cbt/agree', { accept: true }, day.candidate);
    await call(core, 'exam/pause', { ...seat, reason: 'PC mati' }, proctor);
    const other = core.db.prepare('SELECT id FROM candidate WHERE id <> ? LIMIT 1').pluck().get(seat.candidateId) as string;
    appendAudit(core.db, admin, { action: 'assessment.unitDecided', entity: 'seat', entityId: `${seat.sessionId}/${seat.candidateId}` }, new Date());
    appendAudit(core.db, admin, { action: 'assessment.unitDecided', entity: 'seat', entityId: `${seat.sessionId}/${other}` }, new Date());
    appendAudit(core.db, admin, { action: 'candidate.update', entity: 'candidate', entityId: seat.candidateId }, new Date());
    appendAudit(core.db, admin, { action: 'candidate.update', entity: 'candidate', entityId: other }, new Date());
    const history = listAudit(core.db, { record: { entity: 'candidate', id: seat.candidateId }, limit: 200 }).rows;
    const kinds = (rows: typeof history) => [...new Set(rows.map((r) => `${r.entity} ${r.action}`))].sort();
    // It held the candidate's own entries alone ("candidate candidate.update").
    expect(kinds(history)).toEqual([
      'apl_application apl01.create',
      'apl_application apl01.verify',
      'apl_application apl02.review',
      'apl_application apl02.save',
      'attempt cbt.agreed',
      'attempt exam.paused',
      'candidate candidate.update',
      'seat assessment.unitDecided',
    ]);
    // Each of them this candidate's: the application, the test and the seat name them, not the other.
    expect(history.every((r) => r.entity === 'candidate' ? r.entityId === seat.candidateId : r.candidateName === history.find((h) => h.entity === 'attempt')?.candidateName)).toBe(true);
    expect(history.some((r) => r.entityId === other || r.entityId === `${seat.sessionId}/${other}`)).toBe(false);
    // An area narrows it as it narrows the whole log.
    expect(kinds(listAudit(core.db, { record: { entity: 'candidate', id: seat.candidateId }, area: 'exam' }).rows)).toEqual(['attempt cbt.agreed', 'attempt exam.paused']);
    // Another kind of record's history is still its own entries alone.
    expect(kinds(listAudit(core.db, { record: { entity: 'session', id: seat.sessionId } }).rows)).toEqual(expect.not.arrayContaining(['attempt cbt.agreed']));
  });

  it('holds the import entries that added and corrected them, and not an import that touched only others', async () => {
    // Helper Q's walk: a name misspelt in a sheet and corrected by importing the fixed sheet was in the log,
    // on the import's one entry, but the candidate's "History in the audit log" said no entry matched.
    const core = await tempCore();
    const token = await signInAs(core, 'admin');
    const dir = tempDir();
    const sheet = (name: string, serial: number) => rowsFile(dir, `${name}-${serial}.xlsx`, [['Nama Lengkap', 'NIK', 'L/P'], [name, nik(serial), 'L']]);
    await importFile(core, token, 'candidates', await sheet('Bagus Prasetyoo', 1));
    await importFile(core, token, 'candidates', await sheet('Bagus Prasetyo', 1));
    await importFile(core, token, 'candidates', await sheet('Someone Else', 2));
    const id = core.db.prepare('SELECT id FROM candidate WHERE nik = ?').pluck().get(nik(1)) as string;
    const history = listAudit(core.db, { record: { entity: 'candidate', id } }).rows;
    expect(history.map((r) => r.action)).toEqual(['candidate.upsertMany', 'candidate.upsertMany']);
    expect(history[0].details).toContain('Bagus Prasetyoo');
  });

  it("holds an appeal and a certificate of theirs, found by their tables' candidate", async () => {
    const core = await tempCore();
    const [mine, other] = core.db.prepare('SELECT id FROM candidate LIMIT 2').pluck().all() as string[];
    const session = core.db.prepare('SELECT id FROM session LIMIT 1').pluck().get() as string;
    // Only the candidate columns matter here: the rows stand without their pleno and accounts.
    core.db.pragma('foreign_keys = OFF');
    for (const [id, candidate] of [['ap-1', mine], ['ap-2', other]]) {
      core.db.prepare("INSERT INTO appeal_case (id, session_id, candidate_id, lodged_at, lodged_on, reasons, created_at, created_by) VALUES (?, ?, ?, 'lsp', '2027-03-01', 'x', '2027-03-01', 'acc')").run(id, session, candidate);
    }
    for (const [n, id, candidate] of [[1, 'ct-1', mine], [2, 'ct-2', other]] as const) {
      core.db.prepare(`INSERT INTO certificate (id, lsp_id, pleno_id, session_id, candidate_id, scheme_id, number, registration_number, counter_scope, counter_value, issued_on, valid_until, issued_at, issued_by)
        VALUES (?, 'lsp', 'pl', ?, ?, 'sc', ?, ?, 'all', ?, '2027-03-01', '2030-03-01', '2027-03-01', 'acc')`).run(id, `s-${n}`, candidate, `N-${n}`, `R-${n}`, n);
    }
    core.db.pragma('foreign_keys = ON');
    for (const id of ['ap-1', 'ap-2']) appendAudit(core.db, admin, { action: 'appeal.recorded', entity: 'appeal_case', entityId: id }, new Date());
    for (const id of ['ct-1', 'ct-2']) appendAudit(core.db, admin, { action: 'certificates.revoked', entity: 'certificate', entityId: id }, new Date());
    const history = listAudit(core.db, { record: { entity: 'candidate', id: mine }, area: 'pleno' }).rows;
    expect(history.map((r) => r.entityId)).toEqual(['ct-1', 'ap-1']);
  });
});

describe('the records an entry names, by name', () => {
  it("names an FR.APL application, a candidate's test, an assessment seat, a question, a pinned signer and a bundle by what the admin knows them as, not their ids", async () => {
    const day = await examDay(0);
    const { core, proctor, seat } = day;
    await call(core, 'cbt/agree', { accept: true }, day.candidate);
    await call(core, 'exam/pause', { ...seat, reason: 'PC mati' }, proctor);
    const name = core.db.prepare('SELECT name FROM candidate WHERE id = ?').pluck().get(seat.candidateId) as string;
    const code = core.db.prepare('SELECT code FROM session WHERE id = ?').pluck().get(seat.sessionId) as string;
    const schemeCode = core.db.prepare('SELECT s.code FROM session x JOIN scheme s ON s.id = x.scheme_id WHERE x.id = ?').pluck().get(seat.sessionId) as string;
    const item = core.db.prepare("SELECT id, ref FROM item WHERE ref = 'PG-01'").get() as { id: string; ref: string };
    appendAudit(core.db, admin, { action: 'assessment.unitDecided', entity: 'seat', entityId: `${seat.sessionId}/${seat.candidateId}` }, new Date());
    appendAudit(core.db, admin, { action: 'bank.item.update', entity: 'item', entityId: item.id }, new Date());
    core.db.prepare(
      "INSERT INTO signer_pin (subject, installation_id, signing_public, age_recipient, fingerprint, label, pinned_at) VALUES ('lsp:x', 'inst-x', 'pk', 'age1x', '1 2 3', 'LSP Demo Teknologi Informasi', '2027-01-01T00:00:00.000Z')",
    ).run();
    appendAudit(core.db, admin, { action: 'keys.pin', entity: 'signer', entityId: 'lsp:x', details: { fingerprint: '1 2 3' } }, new Date());
    appendAudit(core.db, admin, { action: 'bundle.import', entity: 'bundle', entityId: 'b-1', details: { kind: 'session', session: 'JWP-DEMO-01' } }, new Date());
    appendAudit(core.db, admin, { action: 'bundle.export', entity: 'bundle', entityId: 'b-2', details: { kind: 'backup', session: null, file: 'backup-1.uji' } }, new Date());
    const rows = listAudit(core.db, { area: undefined }).rows;
    const named = (action: string) => rows.find((r) => r.action === action)?.entityName;
    expect(named('keys.pin')).toBe('LSP Demo Teknologi Informasi');
    expect(named('bundle.import')).toBe('JWP-DEMO-01');
    expect(named('bundle.export')).toBe('backup-1.uji');
    expect(named('exam.paused')).toBe(`${name} · ${code}`);
    expect(named('assessment.unitDecided')).toBe(`${name} · ${code}`);
    expect(named('bank.item.update')).toBe('PG-01');
    // One record's history names that record even when no entry does.
    expect(listAudit(core.db, { record: { entity: 'session', id: seat.sessionId }, area: 'registry' })).toMatchObject({ rows: [], recordName: code });
    expect(listAudit(core.db, {}).recordName).toBeNull();
    const apl = listAudit(core.db, { area: 'scheduling' }).rows.find((r) => r.action === 'apl01.verify');
    const application = core.db.prepare('SELECT candidate_id || \'~\' || scheme_id FROM apl_application WHERE id = ?').pluck().get(apl?.entityId) as string;
    // The round the entry is about: after a re-certification the entry still opens the application it changed.
    expect(apl?.entityRef).toBe(`${application}~1`);
    expect(listAudit(core.db, { area: 'exam' }).rows.every((r) => r.entityRef === null)).toBe(true);
    expect(apl?.entityName).toMatch(new RegExp(`^.+ · ${schemeCode.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`));
  });
});
