import { describe, expect, it } from 'vitest';
import { formatDate } from '../../electron/shared/i18n/format';
import { asEnv, runCli, setInstallationLanguage } from '../support/cli';
import { call, demo, staff } from '../support/core';
import { plenoDay } from './pleno-day';

const asAdmin = ['--as', staff.admin.username];
const adminEnv = asEnv(staff.admin.password);

describe('ruang-uji appeals list', () => {
  it("lists the open appeal that holds a candidate's certificate in English, and filters by open or closed", async () => {
    const day = await plenoDay();
    setInstallationLanguage(day.dataDir, 'en');
    const appeals = runCli(['appeals', 'list', '--data', day.dataDir, ...asAdmin], adminEnv);
    expect(appeals.code, appeals.stderr).toBe(0);
    expect(appeals.stdout).toBe(
      `1 appeal\n  ${demo.people.session.code} ${day.appealed.participantNo} ${day.appealed.name}: open, lodged at the LSP on ${formatDate(day.date, 'en')}; holds the candidate's certificate\n`,
    );
    const open = runCli(['appeals', 'list', '--status', 'open', '--json', '--data', day.dataDir, ...asAdmin], adminEnv);
    expect(JSON.parse(open.stdout)).toMatchObject([{ participantNo: day.appealed.participantNo, status: 'open', lodgedAt: 'lsp', lodgedOn: day.date, held: true, holds: 'certificate' }]);
    const closed = runCli(['appeals', 'list', '--status', 'closed', '--data', day.dataDir, ...asAdmin], adminEnv);
    expect(closed.stdout).toBe('0 appeals\n');
    const wrong = runCli(['appeals', 'list', '--status', 'accepted', '--data', day.dataDir, ...asAdmin], adminEnv);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/^ruang-uji appeals: --status must be one of open, closed\n/);
  });

  it("says an accepted appeal's re-assessment session was cancelled, where it named it as if still to come", async () => {
    const day = await plenoDay(async (core, admin, { sessionId }) => {
      const [appeal] = await call(core, 'appeals/list', {}, admin);
      const s = core.db.prepare('SELECT lsp_id, scheme_id, tuk_id FROM session WHERE id = ?').get(sessionId) as { lsp_id: string; scheme_id: string; tuk_id: string };
      core.db
        .prepare("INSERT INTO session (id, lsp_id, scheme_id, tuk_id, code, title_id, date, start_time, duration_minutes) VALUES ('re-1', ?, ?, ?, 'UJK-ULANG-1', 'Uji ulang', '2026-04-20', '08:00', 120)")
        .run(s.lsp_id, s.scheme_id, s.tuk_id);
      const assessorId = core.db.prepare('SELECT assessor_id FROM session_candidate WHERE session_id = ? AND candidate_id = ?').pluck().get(sessionId, appeal.candidateId);
      core.db.prepare("INSERT INTO session_candidate (session_id, candidate_id, assessor_id) VALUES ('re-1', ?, ?)").run(appeal.candidateId, assessorId);
      await call(core, 'appeals/close', { caseId: appeal.caseId, outcome: 'accepted', reassessmentSessionId: 're-1' }, admin);
      // Called off as sessions/cancel does (its start is no matter here).
      const adminId = core.db.prepare("SELECT id FROM account WHERE username = 'admin'").pluck().get();
      core.db.prepare("UPDATE session SET cancelled_at = '2026-04-01T02:00:00.000Z', cancelled_by = ?, cancel_reason = 'TUK tidak tersedia' WHERE id = 're-1'").run(adminId);
    });
    const listed = runCli(['appeals', 'list', '--data', day.dataDir, ...asAdmin], adminEnv);
    expect(listed.code, listed.stderr).toBe(0);
    expect(listed.stdout).toContain(`${day.appealed.name}: diterima, diajukan di LSP pada ${formatDate(day.date, 'id')}; asesmen ulang UJK-ULANG-1 (20 Apr 2026) dibatalkan: jadwalkan asesi ini di sesi lain;`);
  });
});
