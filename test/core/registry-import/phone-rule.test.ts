import { describe, expect, it } from 'vitest';
import { candidateByNik } from '../../../electron/core/db/queries/registry-candidates';
import { failure, signInAs, tempDir } from '../../support/core';
import { candidateInput, nikFor, registryCore } from '../registry/support';
import { importFile, rowsFile } from './support';

/**
 * One phone number, typed on the candidate form or read from a sheet's cell: the same stored value, or
 * refused on both. Before, the form refused a '/' the import took, and took 16 to 30 digits the import
 * refused, so a record saved on the form could not be imported back from its own export.
 */
const PHONES: [typed: string, stored: string | null][] = [
  ['0812 3456 7890', '081234567890'],
  ['(021) 555-1234', '0215551234'],
  ['+62 812.1111.2222', '+6281211112222'],
  ['021/5551234', '0215551234'],
  ['123456', '123456'],
  ['123 456 789 012 345', '123456789012345'],
  ['12345', null],
  ['1234567890123456', null],
  ['0812 3456 7890 ext', null],
  ['62+812345678', null],
  [`0812${' -'.repeat(14)}3456`, null],
];

describe('a phone number on the candidate form and in the candidates import', () => {
  it('is stored as the same digits, or refused, by both', async () => {
    const core = await registryCore();
    const token = await signInAs(core, 'admin');
    const lspId = core.db.prepare('SELECT id FROM lsp').pluck().get() as string;

    const byForm: (string | null)[] = [];
    for (const [i, [typed]] of PHONES.entries()) {
      const candidate = candidateInput(i + 1, { phone: typed });
      const reply = await core.dispatch('candidates/create', { candidate }, token);
      if (reply.ok) byForm.push(candidateByNik(core.db, lspId, candidate.nik)?.phone ?? 'missing');
      else {
        const error = await failure(core, 'candidates/create', { candidate }, token);
        expect(error.fields).toEqual([{ field: 'phone', reason: 'phone_format' }]);
        byForm.push(null);
      }
    }

    const n = (i: number) => 500 + i;
    const file = await rowsFile(tempDir(), 'telepon.xlsx', [
      ['Nama Lengkap', 'NIK', 'Tanggal Lahir', 'L/P', 'Telepon'],
      ...PHONES.map(([typed], i) => [`Asesi ${n(i)}`, nikFor(n(i)), '2005-03-14', 'L', typed]),
    ]);
    const { previewed } = await importFile(core, token, 'candidates', file);
    // The preview lists refused rows first; row 2 is the first phone's.
    const byImport = [...previewed.rows].sort((a, b) => a.row - b.row).map((row, i) => {
      if (row.outcome === 'refused') {
        expect(row.problems.map((p) => p.key)).toEqual(['phone']);
        return null;
      }
      return candidateByNik(core.db, lspId, nikFor(n(i)))?.phone ?? 'missing';
    });

    const expected = PHONES.map(([, stored]) => stored);
    expect(byForm).toEqual(expected);
    expect(byImport).toEqual(expected);
  });
});
