import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { previewImport } from '../../../electron/core/registry-import/service';
import { AppError } from '../../../electron/shared/errors';
import type { Principal } from '../../../electron/shared/roles';
import { call, failure, signInAs, tempCore, tempDir } from '../../support/core';
import { checksum } from '../../support/checksum';
import { writeZip, zipParts } from '../spreadsheets/files';
import { nik, preview, previewFailure, rowsFile, upload, workbook } from './support';

const HEADER = ['Nama', 'NIK'];

/** A real candidate list with its parts changed and others added, packed again. */
async function altered(dir: string, name: string, change: (part: string, data: Buffer) => Buffer, extra: { name: string; data: Buffer }[] = []) {
  const source = await rowsFile(dir, `source-${name}`, [HEADER, ['Siti', nik(1)]]);
  const parts = (await zipParts(source)).map((p) => ({ name: p.name, data: change(p.name, p.data) }));
  return writeZip(path.join(dir, name), [...parts, ...extra]);
}

describe('registry import of bad and hostile files', () => {
  it('refuses each with its code, changes nothing, and deletes the upload', async () => {
    const core = await tempCore();
    const admin = await signInAs(core, 'admin');
    const dir = tempDir();
    const random = path.join(dir, 'daftar.xlsx');
    fs.writeFileSync(random, crypto.randomBytes(4096));
    const xls = path.join(dir, 'lama.xls');
    fs.writeFileSync(xls, Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), crypto.randomBytes(2000), Buffer.from('Workbook', 'utf16le'), crypto.randomBytes(300)]));
    const doctype = '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>\n';
    const cases: [string, string][] = [
      [random, 'SHEET_NOT_SPREADSHEET'],
      [xls, 'SHEET_LEGACY_XLS'],
      [await altered(dir, 'bomb.xlsx', (_, d) => d, [{ name: 'xl/media/zeros.bin', data: Buffer.alloc(8 * 1024 * 1024) }]), 'SHEET_ZIP_BOMB'],
      [await altered(dir, 'entities.xlsx', (part, d) => (part === 'xl/worksheets/sheet1.xml' ? Buffer.from(d.toString('utf8').replace(/^<\?xml[^>]*\?>\s*/, doctype)) : d)), 'SHEET_ENTITIES'],
      [await rowsFile(dir, 'other.xlsx', [['Kode Skema', 'Judul'], ['SKM-1', 'Apa saja']]), 'SHEET_NO_HEADER'],
      [await rowsFile(dir, 'empty.xlsx', [HEADER]), 'SHEET_EMPTY'],
    ];
    const before = checksum(core.db);
    for (const [file, code] of cases) {
      expect((await previewFailure(core, admin, 'candidates', file)).code, path.basename(file)).toBe(code);
      expect(checksum(core.db)).toBe(before);
    }
    expect(fs.readdirSync(path.join(core.dataDir, 'transfers', 'uploads'))).toEqual([]);
  });

  it('refuses a sheet above the row cap and says the cap', async () => {
    const core = await tempCore();
    const dir = tempDir();
    const file = await rowsFile(dir, 'long.xlsx', [HEADER, ...Array.from({ length: 6 }, (_, i) => [`Peserta ${i}`, nik(i + 1)])]);
    const lspId = core.db.prepare('SELECT id FROM lsp').pluck().get() as string;
    const admin: Principal = { accountId: 'a', role: 'lsp_admin', username: 'x', displayName: 'x', lspId, assessorId: null, candidateId: null };
    const before = checksum(core.db);
    const error = await previewImport({ db: core.db, dataDir: core.dataDir, now: () => new Date(), limits: { maxRows: 5 } }, admin, 'candidates', file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'SHEET_TOO_MANY_ROWS', params: { cap: 5 } });
    expect(checksum(core.db)).toBe(before);
  });

  it("takes a formula's saved result and refuses a formula saved without one, row by row", async () => {
    const core = await tempCore();
    const admin = await signInAs(core, 'admin');
    const dir = tempDir();
    const file = await workbook(dir, 'formulas.xlsx', (wb) => {
      const ws = wb.addWorksheet('Peserta');
      ws.addRow(HEADER);
      ws.addRow([{ formula: 'PROPER("siti rahma")', result: 'Siti Rahma' }, nik(1)]);
      ws.addRow([{ formula: 'PROPER(C3)' }, nik(2)]);
    });
    const before = checksum(core.db);
    const previewed = await preview(core, admin, 'candidates', file);
    expect(checksum(core.db)).toBe(before);
    expect(previewed.counts).toEqual({ add: 1, update: 0, unchanged: 0, refused: 1 });
    expect(previewed.rows[0]).toMatchObject({ row: 3, problems: [{ column: 'Nama', key: 'name', code: 'SHEET_FORMULA_NO_VALUE' }] });
    expect(previewed.rows[1].values.name).toBe('Siti Rahma');
  });
});

describe('registry import: who may', () => {
  it('refuses the proctor and the assessor every method; a discarded preview is gone', async () => {
    const core = await tempCore();
    const admin = await signInAs(core, 'admin');
    const dir = tempDir();
    const file = await rowsFile(dir, 'a.xlsx', [HEADER, ['Siti', nik(1)]]);
    const { importId } = await preview(core, admin, 'candidates', file);
    for (const who of ['proctor', 'assessor1'] as const) {
      const token = await signInAs(core, who);
      const uploadId = await upload(core, file);
      for (const [method, args] of [
        ['registryImport/preview', { kind: 'candidates', uploadId }],
        ['registryImport/apply', { importId }],
        ['registryImport/refusedRows', { importId }],
        ['registryImport/discard', { importId }],
        ['registryImport/template', { kind: 'assessors' }],
        ['registryExport/sheet', { kind: 'candidates' }],
      ] as const) {
        expect((await failure(core, method, args, token)).code, `${who} ${method}`).toBe('FORBIDDEN');
      }
    }
    // Still there for its owner; unknown to a signed-out caller.
    expect((await failure(core, 'registryImport/apply', { importId }, null)).code).toBe('UNAUTHENTICATED');
    expect(await call(core, 'registryImport/discard', { importId }, admin)).toEqual({ discarded: true });
    expect((await failure(core, 'registryImport/apply', { importId }, admin)).code).toBe('NOT_FOUND');
  });
});
