import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyBankImport, discardBankImport, mapBankImport, previewBankImport } from '../../../electron/core/bank-import/service';
import { docxTable } from '../../../electron/core/bank-import/templates/docx-writer';
import { zipParts } from '../../../electron/core/bank-import/templates/zip-writer';
import { AppError } from '../../../electron/shared/errors';
import { checksum } from '../../support/checksum';
import { call } from '../../support/core';
import { fixture, png } from './sources/support';
import { importCore, kukId, templateSheet, textFile, UNIT } from './support';

const GIFT = [
  '::A:: Protokol aman? {=HTTPS ~HTTP ~FTP}',
  '',
  `$CATEGORY: ${'K'.repeat(80)}`,
  '',
  '::Tag:: Tag kategori terlalu panjang untuk bank. {=ya ~tidak}',
  '',
  '$CATEGORY: Jaringan',
  '',
  '::Esai:: Jelaskan DNS. {}',
  '',
  '::Rusak:: Kurung tidak pernah ditutup {=a ~b',
  '',
  '::Jodoh:: Pasangkan. {=HTML -> struktur =CSS -> tampilan}',
  '',
].join('\n');

async function refusalOf(run: Promise<unknown>): Promise<AppError> {
  try {
    await run;
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('not refused');
}

describe('bank import service', () => {
  it('previews every outcome (add, refused by the reader and by the bank, with positions and codes), writing nothing', async () => {
    const { core, principal, env, scheme, dir } = await importCore();
    const before = checksum(core.db);
    const preview = await previewBankImport(env, principal, scheme.id, textFile(dir, 'soal.txt', GIFT), 'soal.txt');
    expect(checksum(core.db)).toBe(before);
    expect(preview).toMatchObject({ sourceType: 'gift', fileName: 'soal.txt', unitId: null });
    expect(preview.counts).toEqual({ total: 5, add: 2, unchanged: 0, refused: 3, mapped: 0, unmapped: 2, approvable: 0 });
    expect(preview.bySourceType).toEqual({ gift: { add: 2, unchanged: 0, refused: 3 } });
    expect(preview.questions.map((q) => [q.index, q.positionText, q.kind, q.optionCount, q.key, q.outcome, q.mappedBy])).toEqual([
      [0, 'line 1', 'multiple_choice', 3, 'A', 'add', null],
      [1, 'line 5', 'multiple_choice', 2, 'A', 'refused', null],
      [2, 'line 9', 'essay', 0, null, 'add', null],
    ]);
    expect(preview.questions[2]).toMatchObject({ stem: 'Jelaskan DNS.', tags: ['Jaringan'], approvable: false, problem: { code: 'BANK_APPROVE_NO_KUK' } });
    expect(preview.refused.map((r) => [r.by, r.positionText, r.code, r.index])).toEqual([
      ['bank', 'line 5', 'BANK_INVALID', 1],
      ['reader', 'line 11', 'BANK_BRACE_NOT_CLOSED', null],
      ['reader', 'line 13', 'BANK_MATCHING', null],
    ]);
    expect(preview.refused[0].fields).toEqual([{ field: 'tags.0', reason: 'too_long' }]);
    expect(discardBankImport(env, principal, preview.importId)).toEqual({ discarded: true });
    expect(() => applyBankImport(env, principal, preview.importId, false)).toThrow(/NOT_FOUND/);
  });

  it('maps the whole file to a unit (all its KUK) or one question to its KUK, and approves only the mapped ones', async () => {
    const { core, principal, env, scheme, dir } = await importCore();
    const aiken = 'Satu?\nA. a\nB. b\nANSWER: A\n\nDua?\nA. a\nB. b\nANSWER: B\n\nTiga?\nA. a\nB. b\nANSWER: A\n';
    const preview = await previewBankImport(env, principal, scheme.id, textFile(dir, 'soal.txt', aiken), 'soal.txt');
    expect(preview.counts).toMatchObject({ add: 3, unmapped: 3, approvable: 0 });
    expect(preview.questions[0].problem?.code).toBe('BANK_APPROVE_NO_KUK');
    const unit = scheme.units.find((u) => u.code === UNIT)!;
    const unitKuks = unit.elements.flatMap((e) => e.kuk.map((k) => k.id));
    const k21 = kukId(core, scheme.id, UNIT, '2.1');

    const byUnit = mapBankImport(env, principal, preview.importId, { unitId: unit.id });
    expect(byUnit.unitId).toBe(unit.id);
    expect(byUnit.questions.map((q) => [q.mappedBy, q.kukIds])).toEqual([
      ['unit', unitKuks],
      ['unit', unitKuks],
      ['unit', unitKuks],
    ]);
    const mapped = mapBankImport(env, principal, preview.importId, { unitId: null, questions: [{ index: 1, kukIds: [k21, k21] }] });
    expect(mapped.questions.map((q) => [q.mappedBy, q.kukIds, q.approvable])).toEqual([
      [null, [], false],
      ['question', [k21], true],
      [null, [], false],
    ]);
    expect(mapped.counts).toMatchObject({ add: 3, mapped: 1, unmapped: 2, approvable: 1 });
    // An empty list leaves a question unmapped whatever the unit; null hands it back to the unit.
    const back = mapBankImport(env, principal, preview.importId, { unitId: unit.id, questions: [{ index: 0, kukIds: [] }, { index: 1, kukIds: null }] });
    expect(back.questions.map((q) => q.mappedBy)).toEqual([null, 'unit', 'unit']);
    mapBankImport(env, principal, preview.importId, { unitId: null, questions: [{ index: 0, kukIds: null }, { index: 1, kukIds: [k21] }] });

    // The mapping is checked whole before any of it is kept.
    const before = checksum(core.db);
    expect(() => mapBankImport(env, principal, preview.importId, { questions: [{ index: 0, kukIds: ['nope'] }] })).toThrow(/BANK_IMPORT_KUK_UNKNOWN/);
    expect(() => mapBankImport(env, principal, preview.importId, { questions: [{ index: 9, kukIds: [k21] }] })).toThrow(/BANK_IMPORT_QUESTION_UNKNOWN/);
    expect(() => mapBankImport(env, principal, preview.importId, { unitId: 'nope' })).toThrow(/BANK_IMPORT_UNIT_UNKNOWN/);
    expect(checksum(core.db)).toBe(before);

    const result = applyBankImport(env, principal, preview.importId, true);
    expect(result).toEqual({ added: 3, approved: 1, unchanged: 0, refused: 0, notApproved: { unmapped: 2, other: 0 } });
    const rows = core.db.prepare("SELECT prompt_id, status FROM item WHERE scheme_id = ? AND source_sha256 IS NOT NULL ORDER BY ordinal").all(scheme.id);
    expect(rows).toEqual([
      { prompt_id: 'Satu?', status: 'draft' },
      { prompt_id: 'Dua?', status: 'approved' },
      { prompt_id: 'Tiga?', status: 'draft' },
    ]);
  });

  it('re-importing the same file changes nothing: every question unchanged, and apply writes nothing', async () => {
    const { core, principal, env, scheme, dir } = await importCore();
    const file = textFile(dir, 'soal.txt', GIFT);
    const first = await previewBankImport(env, principal, scheme.id, file, 'soal.txt');
    expect(applyBankImport(env, principal, first.importId, false)).toMatchObject({ added: 2, refused: 3 });
    const again = await previewBankImport(env, principal, scheme.id, file, 'lagi.txt');
    expect(again.counts).toMatchObject({ add: 0, unchanged: 2, refused: 3 });
    expect(again.questions.filter((q) => q.outcome === 'unchanged').every((q) => q.itemId !== null && q.status === 'draft')).toBe(true);
    const before = checksum(core.db);
    expect(applyBankImport(env, principal, again.importId, true)).toEqual({ added: 0, approved: 0, unchanged: 2, refused: 3, notApproved: { unmapped: 0, other: 0 } });
    expect(checksum(core.db)).toBe(before);
  });

  it('maps our Excel template\'s Unit and KUK columns when they match the scheme version, and says why when not', async () => {
    const { core, principal, env, scheme, dir } = await importCore();
    const file = await templateSheet(dir, 'soal.xlsx', [
      { no: 1, stemId: 'Protokol aman?', optionA: 'HTTP', optionB: 'HTTPS', key: 'B', kind: 'PG', unit: UNIT, kuk: '1.1, 2.1' },
      { no: 2, stemId: 'Unit asing?', optionA: 'a', optionB: 'b', key: 'A', unit: 'X.000.01', kuk: '1.1' },
      { no: 3, stemId: 'KUK asing?', optionA: 'a', optionB: 'b', key: 'A', unit: UNIT, kuk: '9.9' },
      { no: 4, stemId: 'KUK tanpa unit?', optionA: 'a', optionB: 'b', key: 'A', kuk: '1.2' },
    ]);
    const preview = await previewBankImport(env, principal, scheme.id, file, 'soal.xlsx');
    expect(preview.sourceType).toBe('xlsx');
    expect(preview.questions.map((q) => [q.positionText, q.mappedBy, q.kukIds, q.mapNotes.map((n) => n.code)])).toEqual([
      ['row 2', 'file', [kukId(core, scheme.id, UNIT, '1.1'), kukId(core, scheme.id, UNIT, '2.1')], []],
      ['row 3', null, [], ['BANK_MAP_UNIT_UNKNOWN']],
      ['row 4', null, [], ['BANK_MAP_KUK_UNKNOWN']],
      ['row 5', null, [], ['BANK_MAP_NO_UNIT']],
    ]);
    // The whole file's unit reads KUK numbers written without a unit code.
    const unit = scheme.units.find((u) => u.code === UNIT)!;
    const mapped = mapBankImport(env, principal, preview.importId, { unitId: unit.id });
    expect(mapped.questions[3]).toMatchObject({ mappedBy: 'file', kukIds: [kukId(core, scheme.id, UNIT, '1.2')], mapNotes: [] });
    expect(mapped.questions[1]).toMatchObject({ mappedBy: 'unit', mapNotes: [{ code: 'BANK_MAP_UNIT_UNKNOWN', params: { unit: 'X.000.01' } }] });
    // The unit's KUK stand in where the file's own columns did not match.
    expect(mapped.counts).toMatchObject({ mapped: 4, approvable: 4 });
  });

  it('imports a Word table with its images, kept by hash with the question', async () => {
    const { core, admin, principal, env, scheme, dir } = await importCore();
    const header = ['NO', 'SOAL', 'JAWABAN A', 'JAWABAN B', 'JAWABAN C', 'JAWABAN D', 'JAWABAN E', 'JAWABAN BENAR', 'UNIT', 'KUK'];
    const file = path.join(dir, 'soal.docx');
    fs.writeFileSync(
      file,
      docxTable({
        title: 'Soal',
        notes: [],
        header,
        widths: header.map(() => 1),
        rows: [['1', { text: 'Perhatikan gambar.', images: [{ bytes: png(4, 3), extension: 'png' }] }, 'Router', { text: 'Switch', images: [{ bytes: png(2, 2), extension: 'png' }] }, '', '', '', 'A', UNIT, '1.1']],
      }),
    );
    const preview = await previewBankImport(env, principal, scheme.id, file, 'soal.docx');
    expect(preview.questions[0]).toMatchObject({ positionText: 'row 1', imageCount: 2, mappedBy: 'file', approvable: true, options: ['Router', 'Switch'], key: 'A', expected: null });
    const result = applyBankImport(env, principal, preview.importId, true);
    expect(result).toMatchObject({ added: 1, approved: 1 });
    const itemId = core.db.prepare('SELECT id FROM item WHERE scheme_id = ? AND source_sha256 = ?').pluck().get(scheme.id, preview.sha256) as string;
    const item = await call(core, 'bank/get', { itemId }, admin);
    expect(item.stemImages).toHaveLength(1);
    expect(item.options[1].images).toHaveLength(1);
    expect(item.status).toBe('approved');
  });

  it('reads every other format through the service: Aiken, GIFT, Moodle XML, a QTI item and a QTI package', async () => {
    const { principal, env, scheme, dir } = await importCore();
    const item = fs.readFileSync(fixture('qti-choice.xml'));
    const manifest = `<?xml version="1.0"?><manifest xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"><resources><resource identifier="r1" type="imsqti_item_xmlv2p1" href="q1.xml"><file href="q1.xml"/></resource></resources></manifest>`;
    const pkg = path.join(dir, 'paket.zip');
    fs.writeFileSync(pkg, zipParts([{ name: 'imsmanifest.xml', data: Buffer.from(manifest) }, { name: 'q1.xml', data: item }]));
    const files: [string, string][] = [
      [fixture('aiken.txt'), 'aiken'],
      [fixture('gift.txt'), 'gift'],
      [fixture('moodle.xml'), 'moodle_xml'],
      [fixture('qti-choice.xml'), 'qti'],
      [pkg, 'qti'],
    ];
    for (const [file, type] of files) {
      const preview = await previewBankImport(env, principal, scheme.id, file, path.basename(file));
      expect(preview.sourceType).toBe(type);
      expect(preview.counts.add).toBeGreaterThan(0);
      expect(preview.counts.total).toBe(preview.questions.length + preview.refused.filter((r) => r.by === 'reader').length);
      expect(preview.questions.every((q) => q.positionText !== 'file')).toBe(true);
    }
  });

  it('refuses a hostile file with its code and leaves the database as it was', async () => {
    const { core, principal, env, scheme, dir } = await importCore();
    const bomb = path.join(dir, 'bom.docx');
    fs.writeFileSync(
      bomb,
      zipParts([
        { name: '[Content_Types].xml', data: Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>') },
        { name: 'word/document.xml', data: Buffer.alloc(30 * 1024 * 1024, 0x20) },
      ]),
    );
    const before = checksum(core.db);
    const cases: [string, string][] = [
      [fixture('xxe.xml'), 'BANK_FILE_ENTITIES'],
      [fixture('billion-laughs.xml'), 'BANK_FILE_ENTITIES'],
      [bomb, 'BANK_FILE_ZIP_BOMB'],
    ];
    for (const [file, code] of cases) {
      const err = await refusalOf(previewBankImport(env, principal, scheme.id, file, path.basename(file)));
      expect(err.code, file).toBe(code);
    }
    expect(checksum(core.db)).toBe(before);
  });
});
