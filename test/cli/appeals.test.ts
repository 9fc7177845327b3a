import { describe, expect, it } from 'vitest';
import { formatDate } from '../../electron/shared/i18n/format';
import { asEnv, runCli, setInstallationLanguage } from '../support/cli';
import { demo, staff } from '../support/core';
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
});
