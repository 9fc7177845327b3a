import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { afterAll, describe, expect, it } from 'vitest';
import { writeBankTemplate } from '../../../../electron/core/bank-import/templates/bank-template';
import { read, refusal, tempDir } from '../sources/support';

const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const at = (name: string) => path.join(dir, name);

describe('the question-bank templates', () => {
  it('writes the Excel template with its headers in each language, and it reads back as our layout once a row is filled', async () => {
    for (const language of ['id', 'en'] as const) {
      const file = at(`templat-${language}.xlsx`);
      await writeBankTemplate(file, 'xlsx', language);
      // An empty template is recognised (no BANK_FILE_NO_HEADER): it only has no questions yet.
      expect((await refusal(file)).code).toBe('BANK_FILE_NO_QUESTIONS');
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(file);
      const sheet = book.worksheets[0];
      const headers = (sheet.getRow(1).values as unknown[]).slice(1);
      expect(headers.slice(0, 11)).toEqual(
        language === 'id'
          ? ['No', 'Pertanyaan', 'Pilihan A', 'Pilihan B', 'Pilihan C', 'Pilihan D', 'Pilihan E', 'Jawaban Benar', 'Jenis (PG / Esai)', 'Unit', 'KUK']
          : ['No', 'Question (Indonesian)', 'Option A (Indonesian)', 'Option B (Indonesian)', 'Option C (Indonesian)', 'Option D (Indonesian)', 'Option E (Indonesian)', 'Correct Answer', 'Type (MC / Essay)', 'Unit', 'KUK'],
      );
      expect(headers.slice(11)).toEqual(
        language === 'id'
          ? ['Question', 'Option A', 'Option B', 'Option C', 'Option D', 'Option E', 'Jawaban yang Diharapkan', 'Expected Answer', 'Urutan Pilihan Tetap']
          : ['Question (English)', 'Option A (English)', 'Option B (English)', 'Option C (English)', 'Option D (English)', 'Option E (English)', 'Expected Answer (Indonesian)', 'Expected Answer (English)', 'Keep Option Order'],
      );
      expect(book.worksheets[1].name).toBe(language === 'id' ? 'Petunjuk' : 'Instructions');
      sheet.getRow(2).values = [1, 'Soal', 'a', 'b', null, null, null, 'B', language === 'id' ? 'PG' : 'MC', 'J.620100.001.01', '1.10', 'Question', 'a', 'b'];
      await book.xlsx.writeFile(file);
      const result = await read(file);
      expect(result.questions.map((q) => [q.stem, q.key, q.kukRefs])).toEqual([[{ id: 'Soal', en: 'Question' }, 1, ['1.10']]]);
    }
  });

  it('writes the Word template as a table Word, LibreOffice and mammoth read, with its headers in each language', async () => {
    for (const language of ['id', 'en'] as const) {
      const file = at(`templat-${language}.docx`);
      await writeBankTemplate(file, 'docx', language);
      const html = (await mammoth.convertToHtml({ path: file })).value;
      const header = language === 'id'
        ? ['NO', 'SOAL', 'JAWABAN A', 'JAWABAN B', 'JAWABAN C', 'JAWABAN D', 'JAWABAN E', 'JAWABAN BENAR', 'UNIT', 'KUK', 'URUTAN PILIHAN TETAP']
        : ['NO', 'QUESTION', 'OPTION A', 'OPTION B', 'OPTION C', 'OPTION D', 'OPTION E', 'CORRECT ANSWER', 'UNIT', 'KUK', 'KEEP OPTION ORDER'];
      expect(html).toContain(header.map((h) => `<th><p><strong>${h}</strong></p></th>`).join(''));
      expect(html.match(/<tr>/g)).toHaveLength(6);
      expect((await refusal(file)).code).toBe('BANK_FILE_NO_QUESTIONS');
      // Its instructions say what the column does, as the Excel template's do.
      expect(html).toContain(language === 'id' ? 'URUTAN PILIHAN TETAP: isi Ya' : 'KEEP OPTION ORDER: write Yes');
    }
  });

  it('writes the same bytes every time (no clock in the file)', async () => {
    await writeBankTemplate(at('a.docx'), 'docx', 'id');
    await writeBankTemplate(at('b.docx'), 'docx', 'id');
    expect(fs.readFileSync(at('a.docx')).equals(fs.readFileSync(at('b.docx')))).toBe(true);
  });
});
