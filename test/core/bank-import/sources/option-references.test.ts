import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { named, readText, tempDir } from './support';

const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/**
 * Options are shuffled for each candidate, so an option that names others by their letter ("A dan B
 * benar") or their place ("Semua jawaban di atas benar") points, on the candidate's screen, at other
 * options than the author's. The import says so on the question, in any format.
 */
describe('an option naming other options by letter or place', () => {
  it('is noted on its question with its letter; an option that only mentions a letter or "above" in its words is not', async () => {
    const gift = [
      '::Huruf:: Perangkat jaringan adalah … {~Router ~Switch =A dan B benar ~Printer}',
      '',
      '::Koma:: Pernyataan yang benar … {~1 ~2 ~3 =Jawaban a, b, dan c benar}',
      '',
      '::Atas:: Bahasa pemrograman web … {~PHP ~JavaScript =Semua jawaban di atas benar}',
      '',
      '::Inggris:: Web languages … {~PHP ~JavaScript =All of the above}',
      '',
      '::Biasa:: Nilai a dan b pada persamaan … {=a dan b sama besar ~a lebih besar ~gambar di atas}',
      '',
      '::Tanpa:: Semua jawaban benar? {=Semua jawaban benar ~Tidak ada}',
    ].join('\n');
    const result = await readText(dir, 'acak.gift', gift);
    const notes = (name: string) => named(result, name).notes.filter((n) => n.code === 'BANK_OPTION_NAMES_OTHERS');
    expect(notes('Huruf')).toEqual([{ code: 'BANK_OPTION_NAMES_OTHERS', params: { letter: 'C' } }]);
    expect(notes('Koma')).toEqual([{ code: 'BANK_OPTION_NAMES_OTHERS', params: { letter: 'D' } }]);
    expect(notes('Atas')).toEqual([{ code: 'BANK_OPTION_NAMES_OTHERS', params: { letter: 'C' } }]);
    expect(notes('Inggris')).toEqual([{ code: 'BANK_OPTION_NAMES_OTHERS', params: { letter: 'C' } }]);
    expect(notes('Biasa')).toEqual([]);
    expect(notes('Tanpa')).toEqual([]);
  });
});
