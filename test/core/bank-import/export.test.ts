import path from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { storeUpload } from '../../../electron/core/bundles/transfers';
import { applyBankImport, previewBankImport } from '../../../electron/core/bank-import/service';
import { call } from '../../support/core';
import { TINY_PNG } from '../registry/photo-bytes';
import { auditCount, demoSchemeId, essayInput, kukId, lastAuditDetails, mcInput } from '../bank/support';
import { importCore, UNIT } from './support';

const exported = (dataDir: string, fileName: string) => path.join(dataDir, 'transfers', 'exports', fileName);

async function sheetLines(file: string): Promise<{ rows: unknown[][]; notes: string[] }> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const rows: unknown[][] = [];
  book.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  const notes: string[] = [];
  book.worksheets[1].eachRow((row) => notes.push(String(row.getCell(1).value)));
  return { rows, notes };
}

describe('bank/export', () => {
  it('writes the version\'s questions in the template layout, and importing the file back finds every one unchanged', async () => {
    const { core, admin, scheme, principal, env } = await importCore();
    // A draft with a second KUK, an essay, a picture on a question, and an option's text with a line break.
    const draft = await call(core, 'bank/save', { schemeId: scheme.id, itemId: null, item: mcInput(core, scheme.id, { prompt: { id: 'Dua KUK?', en: null }, kukIds: [kukId(core, scheme.id, UNIT, '1.1'), kukId(core, scheme.id, UNIT, '1.2')] }) }, admin);
    await call(core, 'bank/save', { schemeId: scheme.id, itemId: null, item: essayInput(core, scheme.id, { prompt: { id: 'Uraikan\n  langkahnya.', en: 'Describe the steps.' } }) }, admin);
    const pictured = await call(core, 'bank/save', { schemeId: scheme.id, itemId: null, item: mcInput(core, scheme.id, { prompt: { id: 'Gambar ini?', en: null } }) }, admin);
    const uploadId = (await storeUpload(core.dataDir, Readable.from([Buffer.from(TINY_PNG)]))).uploadId;
    await call(core, 'bank/setImages', { itemId: pictured.item.id, images: [{ place: 'stem', files: [{ uploadId }] }] }, admin);
    const live = core.db.prepare("SELECT count(*) FROM item WHERE scheme_id = ? AND status <> 'retired' AND kind IN ('multiple_choice', 'essay')").pluck().get(scheme.id) as number;
    const other = core.db.prepare("SELECT count(*) FROM item WHERE scheme_id = ? AND status <> 'retired' AND kind IN ('oral', 'supporting')").pluck().get(scheme.id) as number;
    const audits = auditCount(core, 'bank.export');

    const result = await call(core, 'bank/export', { schemeId: scheme.id, language: 'id' }, admin);
    expect(result).toMatchObject({ questions: live, withoutImages: 1, otherKinds: other, otherUnitKuk: 0 });
    expect(result.drafts).toBeGreaterThanOrEqual(3);
    expect(result.fileName).toMatch(/^bank-soal-ekspor-[0-9a-f]{8}\.xlsx$/);
    expect(auditCount(core, 'bank.export')).toBe(audits + 1);
    expect(lastAuditDetails(core, 'bank.export')).toMatchObject({ questions: live, withoutImages: 1 });

    const file = exported(core.dataDir, result.fileName);
    const { rows, notes } = await sheetLines(file);
    expect(rows[0].slice(0, 11)).toEqual(['No', 'Pertanyaan', 'Pilihan A', 'Pilihan B', 'Pilihan C', 'Pilihan D', 'Pilihan E', 'Jawaban Benar', 'Jenis (PG / Esai)', 'Unit', 'KUK']);
    expect(rows).toHaveLength(live + 1);
    // Multiple choice first, then essays, as the bank's list orders them.
    const kinds = rows.slice(1).map((r) => r[8]);
    expect(kinds.indexOf('Esai')).toBe(kinds.lastIndexOf('PG') + 1);
    const twoKuk = rows.find((r) => r[0] === draft.item.ref)!;
    expect(twoKuk.slice(1, 11)).toEqual(['Dua KUK?', '<p>', '<br>', '<div>', undefined, undefined, 'A', 'PG', UNIT, '1.1, 1.2']);
    // Never silently: the sheet says the pictures were left out, of which question, and which are drafts.
    expect(notes.join('\n')).toContain(`Templat Excel tidak dapat memuat gambar: 1 soal ditulis tanpa gambarnya (${pictured.item.ref})`);
    expect(notes.join('\n')).toContain(draft.item.ref);

    // The round trip: the same version reads every question as unchanged, and applying adds nothing.
    const preview = await previewBankImport(env, principal, scheme.id, file, 'bank-soal.xlsx');
    expect(preview.refused).toEqual([]);
    expect(preview.counts).toMatchObject({ total: live, add: 0, unchanged: live, refused: 0 });
    expect(preview.questions.find((q) => q.name === pictured.item.ref)).toMatchObject({ outcome: 'unchanged', itemId: pictured.item.id });
    const before = core.db.prepare('SELECT count(*) FROM item').pluck().get();
    expect(applyBankImport(env, principal, preview.importId, true)).toMatchObject({ added: 0, unchanged: live, refused: 0 });
    expect(core.db.prepare('SELECT count(*) FROM item').pluck().get()).toBe(before);
  });

  it('adds a question the bank no longer has alive, and says what an English export left out in English', async () => {
    const { core, admin, scheme, principal, env } = await importCore();
    const saved = await call(core, 'bank/save', { schemeId: scheme.id, itemId: null, item: mcInput(core, scheme.id, { prompt: { id: 'Akan dipensiunkan?', en: null } }) }, admin);
    const result = await call(core, 'bank/export', { schemeId: scheme.id, language: 'en' }, admin);
    // Its name in English too (an Indonesian export is bank-soal-ekspor-…, above).
    expect(result.fileName).toMatch(/^bank-export-[0-9a-f]{8}\.xlsx$/);
    const { rows, notes } = await sheetLines(exported(core.dataDir, result.fileName));
    expect(rows[0][1]).toBe('Question (Indonesian)');
    expect(rows.find((r) => r[0] === saved.item.ref)?.[8]).toBe('MC');
    expect(notes[0]).toMatch(/^Exported from the question bank of scheme .+ version 2: \d+ question\(s\)/);
    await call(core, 'bank/retire', { itemId: saved.item.id }, admin);
    const preview = await previewBankImport(env, principal, scheme.id, exported(core.dataDir, result.fileName), 'bank.xlsx');
    // A retired question is not "unchanged": the file brings it back as a new draft.
    expect(preview.counts).toMatchObject({ add: 1, unchanged: result.questions - 1 });
    expect(preview.questions.find((q) => q.outcome === 'add')?.name).toBe(saved.item.ref);
  });

  it('writes "Ya" in Urutan Pilihan Tetap for a question kept in order, and a file read back keeps it; a value neither yes nor no refuses the row', async () => {
    const { core, admin, scheme, principal, env } = await importCore();
    const options = ['Router', 'Switch', 'A dan B benar'].map((id, i) => ({ text: { id, en: null }, correct: i === 2 }));
    const kept = await call(core, 'bank/save', { schemeId: scheme.id, itemId: null, item: mcInput(core, scheme.id, { prompt: { id: 'Perangkat lapisan 2 dan 3?', en: null }, options, optionsInOrder: true }) }, admin);
    const result = await call(core, 'bank/export', { schemeId: scheme.id, language: 'id' }, admin);
    const file = exported(core.dataDir, result.fileName);
    const { rows } = await sheetLines(file);
    const column = rows[0].indexOf('Urutan Pilihan Tetap');
    expect(column).toBeGreaterThan(0);
    expect(rows.find((r) => r[0] === kept.item.ref)?.[column]).toBe('Ya');
    expect(rows.filter((r) => r[column] === 'Ya')).toHaveLength(1);

    // Retired, the file brings it back as a new draft: kept in order, as the column says.
    await call(core, 'bank/retire', { itemId: kept.item.id }, admin);
    const preview = await previewBankImport(env, principal, scheme.id, file, 'bank.xlsx');
    expect(preview.counts).toMatchObject({ add: 1, refused: 0 });
    applyBankImport(env, principal, preview.importId, false);
    expect(core.db.prepare("SELECT options_in_order FROM item WHERE scheme_id = ? AND prompt_id = 'Perangkat lapisan 2 dan 3?' AND status = 'draft'").pluck().get(scheme.id)).toBe(1);

    // The same sheet with "mungkin" in that column: the row is refused, saying what the column takes.
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const sheet = book.worksheets[0];
    sheet.eachRow((row, n) => {
      if (n > 1 && row.getCell(1).value === kept.item.ref) row.getCell(column + 1).value = 'mungkin';
    });
    const edited = path.join(core.dataDir, 'edited.xlsx');
    await book.xlsx.writeFile(edited);
    const again = await previewBankImport(env, principal, scheme.id, edited, 'edited.xlsx');
    expect(again.refused).toMatchObject([{ code: 'BANK_BAD_IN_ORDER', params: { value: 'mungkin' } }]);
  });

  it('writes a question once when the template would show it twice (a replacement changing only a picture), so the file still reads back unchanged', async () => {
    const { core, admin, principal, env } = await importCore();
    // The demo's first version: a session uses it, so a picture added to a question is a new draft replacing it.
    const schemeId = demoSchemeId(core);
    const pg = core.db.prepare("SELECT id, ref FROM item WHERE scheme_id = ? AND kind = 'multiple_choice' ORDER BY ordinal LIMIT 1").get(schemeId) as { id: string; ref: string };
    const uploadId = (await storeUpload(core.dataDir, Readable.from([Buffer.from(TINY_PNG)]))).uploadId;
    const pictured = await call(core, 'bank/setImages', { itemId: pg.id, images: [{ place: 'stem', files: [{ uploadId }] }] }, admin);
    expect(pictured.copied).toBe(true);
    const live = core.db.prepare("SELECT count(*) FROM item WHERE scheme_id = ? AND status <> 'retired' AND kind IN ('multiple_choice', 'essay')").pluck().get(schemeId) as number;

    const result = await call(core, 'bank/export', { schemeId, language: 'id' }, admin);
    expect(result).toMatchObject({ questions: live - 1, repeated: 1, drafts: 0, withoutImages: 0 });
    const { rows, notes } = await sheetLines(exported(core.dataDir, result.fileName));
    expect(rows.filter((r) => r[0] === pg.ref)).toHaveLength(1);
    // The approved question, which sessions use, is the one written; not its draft with the picture.
    expect(result).toMatchObject({ drafts: 0, withoutImages: 0 });
    expect(notes.join('\n')).toContain(`Ditulis sekali saja: 1 soal terbaca di templat ini persis sama dengan soal lain (impor akan menolak salinannya): ${pg.ref} (draf) = ${pg.ref}.`);

    const preview = await previewBankImport(env, principal, schemeId, exported(core.dataDir, result.fileName), 'bank.xlsx');
    expect(preview.counts).toMatchObject({ total: live - 1, add: 0, unchanged: live - 1, refused: 0 });
  });
});
