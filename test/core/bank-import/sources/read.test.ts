import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { errorText } from '../../../../electron/shared/i18n/error-text';
import { sourceNoteText, sourceReasonText } from '../../../../electron/shared/i18n/bank-source-text';
import { png, read, readText, refusal, tempDir, writeZip } from './support';

const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const at = (name: string) => path.join(dir, name);

function oleFile(name: string, streams: string[]): string {
  fs.writeFileSync(at(name), Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), crypto.randomBytes(2000), ...streams.map((s) => Buffer.from(s, 'utf16le'))]));
  return at(name);
}

const AIKEN = 'Soal?\nA. ya\nB. tidak\nANSWER: A\n';

describe('readBankSource: what a file is, by its bytes', () => {
  it('tells Aiken from GIFT by content whatever the name says', async () => {
    expect((await readText(dir, 'soal.gift', AIKEN)).sourceType).toBe('aiken');
    expect((await readText(dir, 'soal.txt', '::T:: Soal {=ya ~tidak}\n')).sourceType).toBe('gift');
    expect((await readText(dir, 'soal.xml.txt', '<?xml version="1.0"?>\n<quiz><question type="essay"><questiontext><text>Esai</text></questiontext></question></quiz>')).sourceType).toBe('moodle_xml');
  });

  it('reads UTF-16 text with its byte-order mark', async () => {
    fs.writeFileSync(at('utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(AIKEN.replace('Soal', 'Soal ü'), 'utf16le')]));
    expect((await read(at('utf16.txt'))).questions[0].stem.id).toBe('Soal ü?');
  });

  it('refuses an empty file, a file over the size cap, and a file that holds too many questions', async () => {
    fs.writeFileSync(at('kosong.txt'), '');
    expect((await refusal(at('kosong.txt'))).code).toBe('BANK_FILE_EMPTY');
    fs.writeFileSync(at('besar.txt'), AIKEN.repeat(100));
    const large = await refusal(at('besar.txt'), { maxBytes: 1024 * 1024 * 0.001 });
    expect([large.code, large.params]).toEqual(['BANK_FILE_TOO_LARGE', { megabytes: 0 }]);
    const many = await refusal(at('besar.txt'), { maxQuestions: 50 });
    expect([many.code, many.params]).toEqual(['BANK_FILE_TOO_MANY_QUESTIONS', { cap: 50 }]);
  });

  it('refuses what is not a question bank: a picture, plain prose, HTML, a zip of other things, an empty zip', async () => {
    fs.writeFileSync(at('gambar.txt'), png());
    expect((await refusal(at('gambar.txt'))).code).toBe('BANK_FILE_NOT_A_BANK');
    fs.writeFileSync(at('surat.txt'), 'Yth. Bapak/Ibu,\nBerikut kami sampaikan jadwal uji.\n');
    expect((await refusal(at('surat.txt'))).code).toBe('BANK_FILE_NOT_A_BANK');
    fs.writeFileSync(at('halaman.html'), '<!DOCTYPE html><html><body>Soal</body></html>');
    expect((await refusal(at('halaman.html'))).code).toBe('BANK_FILE_NOT_A_BANK');
    await writeZip(at('dokumen.odt'), [{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.text' }, { name: 'content.xml', data: '<office:document-content/>' }]);
    expect((await refusal(at('dokumen.odt'))).code).toBe('BANK_FILE_NOT_A_BANK');
    fs.writeFileSync(at('kosong.zip'), Buffer.from('504b0506000000000000000000000000000000000000', 'hex'));
    expect((await refusal(at('kosong.zip'))).code).toBe('BANK_FILE_NOT_A_BANK');
  });

  it('names a PDF as a PDF whatever its name, where it was "not a question bank"', async () => {
    fs.writeFileSync(at('soal.docx'), '%PDF-1.7\n%\xe2\xe3\n1 0 obj <</Type /Catalog>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n');
    const pdf = await refusal(at('soal.docx'));
    expect([pdf.code, pdf.params]).toEqual(['BANK_FILE_PDF', { file: 'soal.docx' }]);
    fs.writeFileSync(at('soal.txt'), 'Apa kepanjangan %PDF-?\nA. Portable Document Format\nB. Printed Data File\nANSWER: A\n');
    expect((await read(at('soal.txt'))).sourceType).toBe('aiken');
  });

  it('tells an old Word or Excel file from a password-protected document', async () => {
    expect((await refusal(oleFile('lama.doc', ['Root Entry', 'WordDocument']))).code).toBe('BANK_FILE_LEGACY_OFFICE');
    expect((await refusal(oleFile('lama.xls', ['Root Entry', 'Workbook']))).code).toBe('BANK_FILE_LEGACY_OFFICE');
    expect((await refusal(oleFile('rahasia.docx', ['Root Entry', 'EncryptionInfo', 'EncryptedPackage']))).code).toBe('BANK_FILE_ENCRYPTED');
  });

  it('refuses a zip with more parts than the cap', async () => {
    await writeZip(at('banyak.zip'), [{ name: 'imsmanifest.xml', data: '<manifest/>' }, ...Array.from({ length: 12 }, (_, i) => ({ name: `f${i}.txt`, data: 'x' }))]);
    const error = await refusal(at('banyak.zip'), { maxParts: 10 });
    expect([error.code, error.params]).toEqual(['BANK_FILE_TOO_MANY_PARTS', { cap: 10 }]);
  });

  it('has a message in both languages for every refusal, reason and note it gives', () => {
    const error = { code: 'BANK_FILE_ZIP_BOMB', messageKey: 'errors.BANK_FILE_ZIP_BOMB', params: { part: 'word/document.xml', ratio: 100 } } as const;
    expect(errorText(error, 'id')).toContain('word/document.xml');
    expect(errorText(error, 'en')).toContain('100 times');
    expect(sourceReasonText('BANK_TOO_MANY_OPTIONS', { count: 6, max: 5 }, 'id')).toBe('Memiliki 6 pilihan jawaban; paling banyak 5 (A–E).');
    expect(sourceReasonText('BANK_KEY_NOT_AN_OPTION', { key: 'D' }, 'en')).toBe('The answer key "D" names no option that exists.');
    expect(sourceNoteText('BANK_WEIGHTS_IGNORED', { options: 'B 50%' }, 'en')).toBe('Grade weights on wrong options were ignored (B 50%): only the key scores.');
  });
});
