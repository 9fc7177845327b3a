// The same person typed under a second NIK (a typo in it): same full name, in any case and spacing, and
// same date of birth as a registered candidate or another row, another NIK. Flagged, never refused: two
// people may share both.
import { describe, expect, it } from 'vitest';
import { noteText } from '../../../electron/shared/i18n/import-problem-text';
import { PREVIEW_ROWS_CAP } from '../../../electron/shared/registry-import';
import { call, signInAs, tempCore, tempDir } from '../../support/core';
import { nik, preview, rowsFile } from './support';

const HEADER = ['Nama Lengkap', 'NIK', 'Tanggal Lahir'];

async function registered(core: Awaited<ReturnType<typeof tempCore>>, admin: string, name: string, nikText: string, birthDate: string) {
  return call(
    core,
    'candidates/create',
    {
      candidate: {
        name,
        nik: nikText,
        birthPlace: null,
        birthDate,
        sex: null,
        address: null,
        regencyCode: null,
        provinceCode: null,
        phone: null,
        email: null,
        educationCode: null,
        occupationCode: null,
        institution: null,
        photoSha256: null,
      },
    },
    admin,
  );
}

describe('an import flags a likely second record of someone under another NIK', () => {
  it('names the registered candidate or the other row with the same name and birth date, writes every row all the same', async () => {
    const core = await tempCore();
    const admin = await signInAs(core, 'admin');
    const siti = await registered(core, admin, 'Siti Aminah', nik(1), '1995-08-17');
    const file = await rowsFile(tempDir(), 'peserta.xlsx', [
      HEADER,
      // Row 2: Siti again, her name in other case and spacing, one digit of her NIK mistyped.
      ['siti  AMINAH', nik(2), '17/08/1995'],
      // Rows 3 and 4: one person twice in the file under two NIKs.
      ['Budi Santoso', nik(3), '17/08/1995'],
      [' BUDI SANTOSO', nik(4), '17/08/1995'],
      // Another birthday, or none: not the same person by these.
      ['Budi Santoso', nik(5, 18), '18/08/1995'],
      ['Siti Aminah', nik(6), null],
      ['Rina Wati', nik(7), '17/08/1995'],
    ]);
    const previewed = await preview(core, admin, 'candidates', file);
    expect(previewed.counts).toEqual({ add: 6, update: 0, unchanged: 0, refused: 0 });
    expect(previewed.rowsNoted).toBe(3);
    // The rows with a note first (after the refused ones, here none), then the others, each in sheet order.
    expect(previewed.rows.map((r) => r.row)).toEqual([2, 3, 4, 5, 6, 7]);
    const notes = new Map(previewed.rows.map((r) => [r.row, r.notes]));
    expect(notes.get(2)).toEqual([{ column: 'NIK', key: 'nik', code: 'likely_duplicate_record', params: { name: 'Siti Aminah', nik: nik(1), participantNo: siti.participantNo } }]);
    expect(notes.get(3)).toEqual([{ column: 'NIK', key: 'nik', code: 'likely_duplicate_row', params: { row: '4', nik: nik(4) } }]);
    expect(notes.get(4)).toEqual([{ column: 'NIK', key: 'nik', code: 'likely_duplicate_row', params: { row: '3', nik: nik(3) } }]);
    for (const row of [5, 6, 7]) expect(notes.get(row), `row ${row}`).toBeUndefined();
    // In words, both languages, as the screen and the command line say them.
    expect(noteText(notes.get(2)![0], 'id')).toBe(
      `Mungkin orang yang sama dengan Siti Aminah (NIK ${nik(1)}, no. peserta ${siti.participantNo}) yang sudah terdaftar: nama dan tanggal lahir sama, NIK berbeda. Periksa NIK-nya; bila memang orang lain, biarkan (barisnya tidak ditolak karena ini).`,
    );
    expect(noteText(notes.get(3)![0], 'en')).toBe(
      `Possibly the same person as row 4 (NIK ${nik(4)}): same name and date of birth, another NIK. Check the NIK; if it really is someone else, leave it (the row is not refused for it).`,
    );

    // A warning only: every row is written.
    expect(await call(core, 'registryImport/apply', { importId: previewed.importId }, admin)).toEqual({ added: 6, updated: 0, unchanged: 0, refused: 0 });
  });

  it("names the other row, not the record, when the record's own NIK is in the file too; a refused row is nobody's twin", async () => {
    const core = await tempCore();
    const admin = await signInAs(core, 'admin');
    await registered(core, admin, 'Siti Aminah', nik(1), '1995-08-17');
    const file = await rowsFile(tempDir(), 'peserta.xlsx', [
      HEADER,
      ['Siti Aminah', nik(1), '17/08/1995'],
      ['Siti Aminah', nik(2), '17/08/1995'],
      // Row 5 is refused (its NIK is no NIK): not offered as row 4's twin.
      ['Ani Wijaya', nik(3), '17/08/1995'],
      ['Ani Wijaya', '123', '17/08/1995'],
    ]);
    const previewed = await preview(core, admin, 'candidates', file);
    expect(previewed.counts).toEqual({ add: 2, update: 0, unchanged: 1, refused: 1 });
    const notes = new Map(previewed.rows.map((r) => [r.row, r.notes?.map((n) => [n.code, n.params])]));
    expect(notes.get(2)).toEqual([['likely_duplicate_row', { row: '3', nik: nik(2) }]]);
    expect(notes.get(3)).toEqual([['likely_duplicate_row', { row: '2', nik: nik(1) }]]);
    expect(notes.get(4)).toBeUndefined();
    expect(notes.get(5)).toBeUndefined();
  });

  it('shows a noted row of a long file within the rows the preview returns, past the cap of rows shown', async () => {
    const core = await tempCore();
    const admin = await signInAs(core, 'admin');
    await registered(core, admin, 'Siti Aminah', nik(1), '1995-08-17');
    const rows: unknown[][] = [HEADER];
    for (let i = 0; i < PREVIEW_ROWS_CAP + 100; i++) rows.push([`Peserta ${i}`, nik(1000 + i), '17/08/1995']);
    rows.push(['SITI AMINAH', nik(2), '17/08/1995']);
    const previewed = await preview(core, admin, 'candidates', await rowsFile(tempDir(), 'panjang.xlsx', rows));
    expect(previewed.rowsTotal).toBe(PREVIEW_ROWS_CAP + 101);
    expect(previewed.rowsShown).toBe(PREVIEW_ROWS_CAP);
    expect(previewed.rowsNoted).toBe(1);
    expect(previewed.rows[0]).toMatchObject({ row: PREVIEW_ROWS_CAP + 102, notes: [{ code: 'likely_duplicate_record' }] });
  });
});
