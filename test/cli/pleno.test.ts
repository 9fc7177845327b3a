import { describe, expect, it } from 'vitest';
import { formatDate } from '../../electron/shared/i18n/format';
import { asEnv, runCli } from '../support/cli';
import { demo, staff } from '../support/core';
import { plenoDay, SK_NUMBER } from './pleno-day';

const asAdmin = ['--as', staff.admin.username];
const adminEnv = asEnv(staff.admin.password);

describe('ruang-uji pleno list', () => {
  it("lists the demo's signed pleno with the ID and SK number --pleno takes, in the installation's language (Indonesian), and as JSON", async () => {
    const day = await plenoDay();
    const plenos = runCli(['pleno', 'list', '--data', day.dataDir, ...asAdmin], adminEnv);
    expect(plenos.code, plenos.stderr).toBe(0);
    expect(plenos.stdout).toBe(
      `1 rapat pleno\n  ${day.plenoId}: ditandatangani, diadakan ${formatDate(day.date, 'id')}, SK ${SK_NUMBER}, sesi ${demo.people.session.code}; ${demo.people.candidates.length} K, 0 BK\n`,
    );
    const json = runCli(['pleno', 'list', '--json', '--data', day.dataDir, ...asAdmin], adminEnv);
    expect(JSON.parse(json.stdout)).toMatchObject([{ plenoId: day.plenoId, status: 'signed', heldOn: day.date, skNumber: SK_NUMBER, supersededBy: null }]);
  });

  it("refuses a proctor with the core's reason", async () => {
    const day = await plenoDay();
    const proctor = runCli(['pleno', 'list', '--data', day.dataDir, '--as', staff.proctor.username], asEnv(staff.proctor.password));
    expect(proctor.code).toBe(1);
    expect(proctor.stderr).toBe('ruang-uji pleno: FORBIDDEN: Peran Anda tidak berhak melakukan tindakan ini. Ini hanya untuk Admin LSP.\n');
  });
});
