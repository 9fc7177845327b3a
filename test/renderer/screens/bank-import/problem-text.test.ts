import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { BankImportRefusal } from '../../../../electron/shared/bank-import';
import { en } from '../../../../electron/shared/i18n/en';
import { id } from '../../../../electron/shared/i18n/id';
import { refusalText } from '../../../../renderer/src/screens/bank-import/problem-text';

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
  it('names the first of it as the Letak column does, in Indonesian and English', async () => {
    expect(refusalText(await translator('id'), duplicate)).toBe('Sama persis dengan soal di baris tabel 1 berkas ini, yang sudah ikut diimpor; soal yang sama tidak dimasukkan dua kali.');
    expect(refusalText(await translator('en'), duplicate)).toBe('The same question as the one at table row 1 of this file, which is imported; the same question is not added twice.');
  });
});
