import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { BankImportRefusal } from '../../../../electron/shared/bank-import';
import { en } from '../../../../electron/shared/i18n/en';
import { id } from '../../../../electron/shared/i18n/id';
import { positionLabel, refusalText } from '../../../../renderer/src/screens/bank-import/problem-text';

async function translator(language: 'id' | 'en') {
  const i18n = i18next.createInstance();
  await i18n.init({ lng: language, resources: { id: { translation: id }, en: { translation: en } }, interpolation: { escapeValue: false } });
  return i18n.t;
}

const duplicate: BankImportRefusal = {
  by: 'reader',
  index: null,
  position: { row: 6 },
  positionText: 'row 6',
  originalType: 'multiple_choice',
  name: '6',
  excerpt: 'Struktur data LIFO adalah …',
  code: 'BANK_DUPLICATE',
  params: { row: 1 },
};

describe('a duplicate question refused by the bank import', () => {
  it('names the first of it as the Letak column does, in Indonesian and English: a Word table\'s row as a table row', async () => {
    expect(refusalText(await translator('id'), duplicate, 'docx')).toBe('Sama persis dengan soal di baris tabel 1 berkas ini, yang sudah ikut diimpor; soal yang sama tidak dimasukkan dua kali.');
    expect(refusalText(await translator('en'), duplicate, 'docx')).toBe('The same question as the one at table row 1 of this file, which is imported; the same question is not added twice.');
  });

  it('says an Excel sheet\'s row as a row, as the registry import does', async () => {
    expect(refusalText(await translator('id'), duplicate, 'xlsx')).toBe('Sama persis dengan soal di baris 1 berkas ini, yang sudah ikut diimpor; soal yang sama tidak dimasukkan dua kali.');
    expect(refusalText(await translator('en'), duplicate, 'xlsx')).toBe('The same question as the one at row 1 of this file, which is imported; the same question is not added twice.');
  });
});

describe('where a question stood (the Letak column)', () => {
  it('reads an Excel row as a row and a Word table row as a table row, in both languages', async () => {
    const [inId, inEn] = [await translator('id'), await translator('en')];
    expect(positionLabel(inId, { row: 6 }, 'xlsx')).toBe('baris 6');
    expect(positionLabel(inEn, { row: 6 }, 'xlsx')).toBe('row 6');
    expect(positionLabel(inId, { row: 6 }, 'docx')).toBe('baris tabel 6');
    expect(positionLabel(inEn, { row: 6 }, 'docx')).toBe('table row 6');
    // A stored position read back on a question's page: the file's type is not kept, and a row is true of both.
    expect(positionLabel(inId, { row: 6 }, null)).toBe('baris 6');
    expect(positionLabel(inId, { line: 4 }, 'gift')).toBe('baris 4');
    expect(positionLabel(inEn, { file: 'items/q3.xml', number: 1 }, 'qti')).toBe('items/q3.xml, question 1');
  });
});
