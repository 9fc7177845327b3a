import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DB_FILE_NAME } from '../../electron/core';
import { BNSP_COLUMNS } from '../../electron/shared/certificates';
import { formatDate } from '../../electron/shared/i18n/format';
import { id } from '../../electron/shared/i18n/id';
import { addMonths } from '../../electron/core/registry/tuks';
import { sheetValues } from '../core/registry-import/support';
import { asEnv, auditActor, runCli, setInstallationLanguage } from '../support/cli';
import { call, demo, staff, tempDir } from '../support/core';
import { plenoDay, SK_NUMBER } from './pleno-day';

const asAdmin = ['--as', staff.admin.username];
const adminEnv = asEnv(staff.admin.password);
const candidates = demo.people.candidates.length;
const sessionCode = demo.people.session.code;

/** A signed pleno correcting the demo's, written straight into the closed folder: it decides one candidate BK and the rest K. */
function correctToBk(dataDir: string, plenoId: string, sessionId: string, participantNo: string): void {
  const db = new Database(path.join(dataDir, DB_FILE_NAME));
  try {
    const admin = db.prepare("SELECT id FROM account WHERE role = 'lsp_admin' ORDER BY username LIMIT 1").pluck().get() as string;
    const lsp = db.prepare('SELECT lsp_id FROM pleno WHERE id = ?').pluck().get(plenoId) as string;
    const id = 'pleno-koreksi';
    const at = '2026-11-13T03:00:00.000Z';
    db.prepare(
      `INSERT INTO pleno (id, lsp_id, held_on, status, sk_number, sk_date, corrects_id, correction_reason, created_at, created_by, decided_at, decided_by, signed_at, signed_by)
       VALUES (?, ?, '2026-11-13', 'signed', 'SK/KOREKSI/2026', '2026-11-13', ?, 'Keputusan asesi pertama dikoreksi', ?, ?, ?, ?, ?, ?)`,
    ).run(id, lsp, plenoId, at, admin, at, admin, at, admin);
    db.prepare('INSERT INTO pleno_session (pleno_id, session_id) VALUES (?, ?)').run(id, sessionId);
    const bk = db.prepare('SELECT id FROM candidate WHERE participant_no = ?').pluck().get(participantNo) as string;
    for (const c of db.prepare('SELECT candidate_id FROM pleno_decision WHERE pleno_id = ?').pluck().all(plenoId) as string[]) {
      db.prepare("INSERT INTO pleno_decision (pleno_id, session_id, candidate_id, recommendation, decision) VALUES (?, ?, ?, 'K', ?)").run(id, sessionId, c, c === bk ? 'BK' : 'K');
    }
  } finally {
    db.close();
  }
}

describe('ruang-uji certificates', () => {
  it("issues the demo pleno's certificates by its SK number in the installation's language (Indonesian), the appealed candidate skipped with why; again, all are skipped", async () => {
    const day = await plenoDay();
    const first = runCli(['certificates', 'issue', '--pleno', SK_NUMBER, '--issued-on', day.date, '--data', day.dataDir, ...asAdmin], adminEnv);
    expect(first.code, first.stderr).toBe(0);
    const lines = first.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(`${candidates - 1} sertifikat diterbitkan pada ${formatDate(day.date, 'id')}:`);
    expect(lines[1]).toMatch(new RegExp(`^ {2}${demo.scheme.kbliCode} 0000001 \\d{4} \\(reg\\. REG\\.LSP-DEMO\\.[^)]+\\.00001\\.\\d{4}\\): ${demo.people.candidates[0].name}$`));
    expect(lines.slice(-2)).toEqual(['1 asesi dilewati:', `  ${day.appealed.name}: Ditahan: banding asesi belum selesai.`]);
    expect(auditActor(day.dataDir, 'certificates.issue')).toEqual({ username: staff.admin.username, role: 'lsp_admin' });

    const again = runCli(['certificates', 'issue', '--pleno', day.plenoId, '--issued-on', day.date, '--json', '--data', day.dataDir, ...asAdmin], adminEnv);
    expect(again.code, again.stderr).toBe(0);
    const out = JSON.parse(again.stdout);
    expect(out).toMatchObject({ plenoId: day.plenoId, skNumber: SK_NUMBER, issuedOn: day.date, counts: { issued: 0, skipped: candidates }, issued: [] });
    expect(out.skipped.filter((s: { reason: string }) => s.reason === 'already_issued')).toHaveLength(candidates - 1);
    expect(out.skipped.find((s: { reason: string }) => s.reason === 'held_by_appeal')).toMatchObject({ name: day.appealed.name, number: null });
    // Said in a sentence for a person: none issued, not a count ending in a colon with nothing under it.
    const none = runCli(['certificates', 'issue', '--pleno', day.plenoId, '--issued-on', day.date, '--data', day.dataDir, ...asAdmin], adminEnv);
    expect(none.stdout.split('\n')[0]).toBe('Tidak ada sertifikat yang diterbitkan.');

    // The register holds what was issued; its file goes where --out says.
    const register = path.join(tempDir('ru-xlsx-'), 'register.xlsx');
    const written = runCli(['certificates', 'register', '--out', register, '--data', day.dataDir, ...asAdmin], adminEnv);
    expect(written.code, written.stderr).toBe(0);
    expect(written.stdout).toBe(`register sertifikat dengan ${candidates - 1} sertifikat ditulis ke ${register}\n`);
    expect(await sheetValues(register)).toHaveLength(candidates);
    // --language: the register and what the command says in it.
    const english = path.join(tempDir('ru-xlsx-'), 'register-en.xlsx');
    const inEnglish = runCli(['certificates', 'register', '--out', english, '--language', 'en', '--data', day.dataDir, ...asAdmin], adminEnv);
    expect(inEnglish.code, inEnglish.stderr).toBe(0);
    expect(inEnglish.stdout).toBe(`certificate register with ${candidates - 1} certificates written to ${english}\n`);
    const [header, row] = await sheetValues(english, 'Certificate Register');
    expect(header.slice(0, 2)).toEqual(['No', 'Certificate Number']);
    expect(row[10]).toBe('Active');
  });

  it('lists the register as a table with its filters, in --language, and as JSON; a bad filter is a usage error', async () => {
    const day = await plenoDay();
    expect(runCli(['certificates', 'issue', '--pleno', SK_NUMBER, '--issued-on', day.date, '--data', day.dataDir, ...asAdmin], adminEnv).code).toBe(0);
    const listed = runCli(['certificates', 'list', '--language', 'en', '--data', day.dataDir, ...asAdmin], adminEnv);
    expect(listed.code, listed.stderr).toBe(0);
    const lines = listed.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(`${candidates - 1} certificates`);
    expect(lines[1].trim().split(/ {2,}/)).toEqual(['NUMBER', 'HOLDER', 'NIK', 'SCHEME', 'ISSUED', 'VALID UNTIL', 'STATE', 'NEXT SURVEILLANCE']);
    expect(lines).toHaveLength(candidates + 1);
    const first = demo.people.candidates[0];
    const row = lines.find((l) => l.includes(first.name))!;
    expect(row).toContain(first.nik);
    expect(row).toContain(formatDate(day.date, 'en'));
    expect(row).toContain('in force');

    const json = runCli(['certificates', 'list', '--search', first.nik, '--json', '--data', day.dataDir, ...asAdmin], adminEnv);
    expect(json.code, json.stderr).toBe(0);
    const rows = JSON.parse(json.stdout) as { candidateName: string; revoked: boolean }[];
    expect(rows.map((r) => [r.candidateName, r.revoked])).toEqual([[first.name, false]]);
    // Lapsed: none yet, said in the installation's language.
    expect(runCli(['certificates', 'list', '--lapsed', '--data', day.dataDir, ...asAdmin], adminEnv).stdout).toBe('0 sertifikat\n');
    // None a correcting pleno decided BK either (the LSP home's task; certificates/list {correctedToBk}).
    expect(runCli(['certificates', 'list', '--corrected-to-bk', '--data', day.dataDir, ...asAdmin], adminEnv).stdout).toBe('0 sertifikat\n');
    const bad = runCli(['certificates', 'list', '--expiring', 'soon', '--data', day.dataDir, ...asAdmin], adminEnv);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--expiring');
    // The scheme typed in another case is the registered one; a scheme that does not exist is said, not listed as empty.
    const lower = runCli(['certificates', 'list', '--scheme', demo.scheme.code.toLowerCase(), '--json', '--data', day.dataDir, ...asAdmin], adminEnv);
    expect(JSON.parse(lower.stdout)).toHaveLength(candidates - 1);
    const unknown = runCli(['certificates', 'list', '--scheme', 'SKM-TIDAK-ADA', '--data', day.dataDir, ...asAdmin], adminEnv);
    expect([unknown.code, unknown.stderr]).toEqual([1, 'ruang-uji certificates: tidak ada skema SKM-TIDAK-ADA; lihat kodenya di daftar skema\n']);
  });

  it("says in a row's state that a correcting pleno decided its holder BK, in either language, not only under --corrected-to-bk", async () => {
    const day = await plenoDay();
    expect(runCli(['certificates', 'issue', '--pleno', SK_NUMBER, '--issued-on', day.date, '--data', day.dataDir, ...asAdmin], adminEnv).code).toBe(0);
    const first = demo.people.candidates[0];
    correctToBk(day.dataDir, day.plenoId, day.sessionId, first.participantNo);
    const stateOf = (language: 'id' | 'en', name: string) => {
      const out = runCli(['certificates', 'list', '--language', language, '--data', day.dataDir, ...asAdmin], adminEnv);
      expect(out.code, out.stderr).toBe(0);
      return out.stdout.split('\n').find((l) => l.includes(name))!;
    };
    expect(stateOf('id', first.name)).toContain('diputuskan BK oleh pleno koreksi (SK SK/KOREKSI/2026), belum dicabut');
    expect(stateOf('en', first.name)).toContain('decided BK by a correcting pleno (SK SK/KOREKSI/2026), not yet revoked');
    const other = demo.people.candidates[1].name;
    expect(stateOf('id', other)).toContain('berlaku');
    expect(stateOf('id', other)).not.toContain('diputuskan BK');
    const json = JSON.parse(runCli(['certificates', 'list', '--corrected-to-bk', '--json', '--data', day.dataDir, ...asAdmin], adminEnv).stdout);
    expect(json.map((r: { candidateName: string; correctedToBk: unknown }) => [r.candidateName, r.correctedToBk])).toEqual([[first.name, { skNumber: 'SK/KOREKSI/2026' }]]);
  });

  it('writes the BNSP sheet in English, leaving out and naming the candidate an appeal holds, never over an existing file', async () => {
    const day = await plenoDay();
    setInstallationLanguage(day.dataDir, 'en');
    const file = path.join(tempDir('ru-xlsx-'), 'bnsp.xlsx');
    const sheet = runCli(['certificates', 'bnsp-sheet', '--pleno', SK_NUMBER, '--out', file, '--data', day.dataDir, ...asAdmin], adminEnv);
    expect(sheet.code, sheet.stderr).toBe(0);
    expect(sheet.stdout).toBe(
      `BNSP sheet with ${candidates - 1} rows written to ${file}\n` +
        '1 candidate left out because an appeal holds their certificate:\n' +
        `  ${sessionCode} ${day.appealed.name}: appeal not closed\n`,
    );
    const [header, ...rows] = await sheetValues(file);
    expect(header).toEqual(BNSP_COLUMNS.map((c) => c.header));
    expect(rows.map((r) => r[1])).toEqual(demo.people.candidates.slice(0, -1).map((c) => c.name));
    // Never over an existing file: the second run refuses and leaves the first sheet as it was.
    const twice = runCli(['certificates', 'bnsp-sheet', '--pleno', SK_NUMBER, '--out', file, '--data', day.dataDir, ...asAdmin], adminEnv);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toBe(`ruang-uji certificates: ${file} exists already; choose another name\n`);
  });

  it('prints each incomplete row with the BNSP fields to fill and writes no sheet (exit 1)', async () => {
    const day = await plenoDay(async (core, admin, d) => {
      await call(core, 'certificates/setSessionCodes', { sessionId: d.sessionId, codes: { scheduleCode: null, fundingCode: 'APBN', ministryCode: null } }, admin);
    });
    const file = path.join(tempDir('ru-xlsx-'), 'bnsp.xlsx');
    const sheet = runCli(['certificates', 'bnsp-sheet', '--pleno', day.plenoId, '--out', file, '--data', day.dataDir, ...asAdmin], adminEnv);
    expect(sheet.code).toBe(1);
    expect(sheet.stdout.split('\n')[0]).toBe(`Lembar BNSP tidak ditulis: ${candidates - 1} baris belum lengkap. Lengkapi isian ini lalu jalankan lagi:`);
    expect(sheet.stdout).toContain(`  ${sessionCode} ${demo.people.candidates[0].name}: Kode Jadwal, Kode Kementrian\n`);
    expect(fs.existsSync(file)).toBe(false);
    const json = runCli(['certificates', 'bnsp-sheet', '--pleno', day.plenoId, '--out', file, '--json', '--data', day.dataDir, ...asAdmin], adminEnv);
    expect(json.code).toBe(1);
    const incomplete = JSON.parse(json.stdout);
    expect(incomplete.problems[0]).toMatchObject({ sessionCode, name: demo.people.candidates[0].name, fields: ['scheduleCode', 'ministryCode'] });
    // Its ok: false carries the error every --json failure does.
    expect(incomplete).toMatchObject({ ok: false, error: { code: 'CLI_CERTIFICATES_BNSP_PROBLEMS', messageKey: 'cli.certificates.bnspProblems', params: { count: incomplete.problems.length } } });
  });

  it('replaces a certificate revoked by mistake, named by its number, with a new number naming it; a second time the core refuses with its reason, and --json gives its code', async () => {
    let wrong = { id: '', number: '' };
    const day = await plenoDay(async (core, admin, d) => {
      const issued = await call(core, 'certificates/issue', { plenoId: d.plenoId, issuedOn: d.date }, admin);
      wrong = { id: issued.issued[0].certificateId, number: issued.issued[0].number };
      await call(core, 'certificates/revoke', { certificateId: wrong.id, reason: 'Dicabut keliru: salah asesi' }, admin);
    });
    const replaced = runCli(['certificates', 'replace', '--certificate', wrong.number, '--issued-on', day.date, '--data', day.dataDir, ...asAdmin], adminEnv);
    expect(replaced.code, replaced.stderr).toBe(0);
    expect(replaced.stdout).toMatch(
      new RegExp(`^sertifikat ${demo.scheme.kbliCode} 0000${String(candidates).padStart(3, '0')} \\d{4} \\(reg\\. [^)]+\\) atas nama ${demo.people.candidates[0].name} diterbitkan pada ${formatDate(day.date, 'id')}, menggantikan sertifikat ${wrong.number} yang dicabut\n$`),
    );
    expect(auditActor(day.dataDir, 'certificates.replaced')).toEqual({ username: staff.admin.username, role: 'lsp_admin' });
    const again = runCli(['certificates', 'replace', '--certificate', wrong.number, '--issued-on', day.date, '--json', '--data', day.dataDir, ...asAdmin], adminEnv);
    expect(again.code).toBe(1);
    expect(JSON.parse(again.stdout)).toMatchObject({ ok: false, error: { code: 'CERTIFICATE_ALREADY_REPLACED', params: { number: wrong.number } } });
    const unknown = runCli(['certificates', 'replace', '--certificate', 'NO-SUCH', '--issued-on', day.date, '--data', day.dataDir, ...asAdmin], adminEnv);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('tidak ada sertifikat NO-SUCH');
  });

  it('records a surveillance of a holder named by the certificate number, in the page\'s words with when the next is due; not competent waits for the LSP\'s decision, the certificate not revoked; an unknown method is a usage error', async () => {
    let held = { id: '', number: '' };
    const day = await plenoDay(async (core, admin, d) => {
      const issued = await call(core, 'certificates/issue', { plenoId: d.plenoId, issuedOn: d.date }, admin);
      held = { id: issued.issued[0].certificateId, number: issued.issued[0].number };
    });
    const args = ['certificates', 'surveil', '--certificate', held.number, '--held-on', day.date, '--data', day.dataDir, ...asAdmin];
    const run = runCli([...args, '--method', 'workplace_visit', '--result', 'not_competent', '--note', 'Tidak lagi bekerja di bidangnya'], adminEnv);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe(
      `surveilan sertifikat ${held.number} atas nama ${demo.people.candidates[0].name} pada ${formatDate(day.date, 'id')} dicatat: Kunjungan ke tempat kerja, Tidak didapati kompeten\n` +
        `${id.certificateScreens.surveillance.needsDecision}\n` +
        `${id.certificateScreens.surveillance.dueOn.replace('{{date}}', formatDate(addMonths(day.date, 12), 'id'))}\n`,
    );
    expect(auditActor(day.dataDir, 'certificates.surveillance')).toEqual({ username: staff.admin.username, role: 'lsp_admin' });
    const json = runCli([...args, '--method', 'interview', '--result', 'competent', '--json'], adminEnv);
    expect(json.code, json.stderr).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ certificateId: held.id, number: held.number, needsDecision: false, records: [{ method: 'interview' }, { method: 'workplace_visit' }] });
    const wrong = runCli([...args, '--method', 'telepathy', '--result', 'competent'], adminEnv);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--method');
  });

  it("refuses a proctor with the core's reason and an unknown pleno by name, in the installation's language", async () => {
    const day = await plenoDay();
    const proctor = runCli(['certificates', 'issue', '--pleno', SK_NUMBER, '--issued-on', day.date, '--data', day.dataDir, '--as', staff.proctor.username], asEnv(staff.proctor.password));
    expect(proctor.code).toBe(1);
    expect(proctor.stderr).toBe('ruang-uji certificates: FORBIDDEN: Peran Anda tidak berhak melakukan tindakan ini. Ini hanya untuk Admin LSP.\n');
    const unknown = runCli(['certificates', 'issue', '--pleno', 'SK/999', '--issued-on', day.date, '--data', day.dataDir, ...asAdmin], adminEnv);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe('ruang-uji certificates: tidak ada rapat pleno SK/999: sebutkan ID atau nomor SK-nya (ruang-uji pleno list)\n');
    // Nothing was numbered.
    const register = path.join(tempDir('ru-xlsx-'), 'register.xlsx');
    expect(runCli(['certificates', 'register', '--out', register, '--json', '--data', day.dataDir, ...asAdmin], adminEnv).stdout).toBe(`${JSON.stringify({ file: register, rows: 0 }, null, 2)}\n`);
  });
});
