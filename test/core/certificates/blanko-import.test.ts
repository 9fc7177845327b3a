import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { call, failure, signInAs, tempDir } from '../../support/core';
import { seedSignedPleno, seededNik, setSchemePolicy } from '../../support/pleno-rows';
import { exported, rowsFile, upload } from '../registry-import/support';
import { certificateCore } from './support';

async function issued(candidates: number) {
  const core = await certificateCore();
  const admin = await signInAs(core, 'admin');
  setSchemePolicy(core.db, '85499');
  const seeded = seedSignedPleno(core.db, { candidates, tag: 'B' });
  const result = await call(core, 'certificates/issue', { plenoId: seeded.plenoId, issuedOn: '2026-11-20' }, admin);
  return { core, admin, result };
}

const blankos = (core: Awaited<ReturnType<typeof issued>>['core']) =>
  core.db.prepare('SELECT blanko_number FROM certificate ORDER BY counter_value').all().map((r) => (r as { blanko_number: string | null }).blanko_number);

describe('blanko numbers imported by NIK', () => {
  it('previews matched and refused rows with reasons, applies in one go, and re-applying changes nothing', async () => {
    const { core, admin, result } = await issued(4);
    await call(core, 'certificates/setBlanko', { certificateId: result.issued[3].certificateId, blankoNumber: 'BL-0009' }, admin);
    const dir = tempDir();
    const file = await rowsFile(dir, 'blanko.xlsx', [
      ['Daftar nomor blanko dari BNSP'],
      ['No', 'NIK', 'Nomor Blanko'],
      [1, seededNik('B', 0), 'BL-0001'],
      [2, seededNik('B', 1), 'BL-0002'],
      [3, '3201999999999999', 'BL-0003'],
      [4, seededNik('B', 2), 'BL-0009'],
      [5, seededNik('B', 3), 'BL-0010'],
      [6, Number(seededNik('B', 2)), 'BL-0011'],
      [7, seededNik('B', 2), 'BL-0002'],
    ]);
    const preview = await call(core, 'certificates/blankoPreview', { uploadId: await upload(core, file) }, admin);
    expect(preview.counts).toEqual({ set: 2, unchanged: 0, refused: 5 });
    const byRow = Object.fromEntries(preview.rows.map((r) => [r.row, [r.outcome, r.reasons]]));
    expect(byRow).toEqual({
      3: ['set', []],
      4: ['set', []],
      5: ['refused', ['nik_unknown']],
      6: ['refused', ['blanko_taken']],
      7: ['refused', ['blanko_already_set']],
      8: ['refused', ['SHEET_NUMBER_NOT_TEXT']],
      9: ['refused', ['blanko_twice_in_file']],
    });
    expect(blankos(core)).toEqual([null, null, null, 'BL-0009']);

    expect(await call(core, 'certificates/blankoApply', { importId: preview.importId }, admin)).toEqual({ set: 2, unchanged: 0, refused: 5 });
    expect(blankos(core)).toEqual(['BL-0001', 'BL-0002', null, 'BL-0009']);
    expect((await failure(core, 'certificates/blankoApply', { importId: preview.importId }, admin)).code).toBe('NOT_FOUND');

    const again = await call(core, 'certificates/blankoPreview', { uploadId: await upload(core, file) }, admin);
    expect(again.counts).toEqual({ set: 0, unchanged: 2, refused: 5 });
    const audits = () => (core.db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'certificates.blankoImport'").get() as { n: number }).n;
    expect(audits()).toBe(1);
    expect(await call(core, 'certificates/blankoApply', { importId: again.importId }, admin)).toEqual({ set: 0, unchanged: 2, refused: 5 });
    expect(blankos(core)).toEqual(['BL-0001', 'BL-0002', null, 'BL-0009']);
    expect(audits()).toBe(1);
  });

  // The register downloaded from an English screen has English headers: the import knows them too.
  it.each(['id', 'en'] as const)('takes back the register sheet filled in with blanko numbers (%s)', async (language) => {
    const { core, admin } = await issued(2);
    const sheet = await call(core, 'certificates/registerSheet', { language }, admin);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(exported(core, sheet.fileName));
    const ws = wb.worksheets[0];
    ws.getRow(2).getCell(10).value = '0000101';
    ws.getRow(3).getCell(10).value = '0000102';
    const filled = path.join(tempDir(), 'register-filled.xlsx');
    await wb.xlsx.writeFile(filled);
    const preview = await call(core, 'certificates/blankoPreview', { uploadId: await upload(core, filled) }, admin);
    expect(preview.counts).toEqual({ set: 2, unchanged: 0, refused: 0 });
    await call(core, 'certificates/blankoApply', { importId: preview.importId }, admin);
    expect(blankos(core)).toEqual(['0000101', '0000102']);
  });

  it('refuses a file that is not a spreadsheet with the spreadsheet guard’s own error', async () => {
    const { core, admin } = await issued(1);
    const file = path.join(tempDir(), 'not.xlsx');
    fs.writeFileSync(file, 'PK\u0003\u0004 this is no workbook');
    const refused = await failure(core, 'certificates/blankoPreview', { uploadId: await upload(core, file) }, admin);
    expect(refused.code).toMatch(/^SHEET_/);
    expect(blankos(core)).toEqual([null]);
  });
});
