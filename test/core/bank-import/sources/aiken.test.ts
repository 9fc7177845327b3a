import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture, read, readText, tempDir } from './support';

const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('Aiken', () => {
  it('reads each question with its line, and refuses each broken one with its line and reason, keeping the rest', async () => {
    const result = await read(fixture('aiken.txt'));
    expect(result.sourceType).toBe('aiken');
    expect(result.questions.map((q) => [q.position.line, q.stem.id, q.options.map((o) => o.id), q.key])).toEqual([
      [1, 'Apa kepanjangan HTML?', ['Hyper Text Markup Language', 'High Tech Modern Language', 'Hyperlink and Text Markup Language'], 0],
      // Markup a plain-text source wrote is kept as the characters it is.
      [7, 'Tag untuk paragraf adalah <p>?', ['Benar, <p>', 'Salah, <para>'], 0],
      [42, 'Soal berikutnya\ndua baris', ['huruf kecil', 'juga boleh'], 1],
    ]);
    expect(result.refused.map((r) => [r.position.line, r.code, r.params])).toEqual([
      [12, 'BANK_NO_KEY', {}],
      [17, 'BANK_KEY_NOT_AN_OPTION', { key: 'D' }],
      [22, 'BANK_NO_OPTIONS', {}],
      [24, 'BANK_MULTIPLE_RESPONSE', {}],
      [30, 'BANK_TOO_MANY_OPTIONS', { count: 6, max: 5 }],
      [39, 'BANK_NO_KEY', {}],
    ]);
    expect(result.refused[0].excerpt).toBe('Pertanyaan dengan ANSWER kosong');
    const first = result.questions[0];
    expect(first).toMatchObject({ sourceType: 'aiken', originalType: 'aiken', kind: 'multiple_choice', stem: { en: null }, tags: [], images: [], notes: [], kukRefs: [], unitCode: null });
  });

  it('refuses a question whose options skip a letter, and an ANSWER with no question before it', async () => {
    const result = await readText(dir, 'gap.txt', 'Soal satu\nA. a\nC. c\nANSWER: A\n\nANSWER: B\n\nSoal dua\nA. x\nB. y\nANSWER: B\n');
    expect(result.refused.map((r) => [r.position.line, r.code, r.params])).toEqual([
      [1, 'BANK_OPTION_MISSING', { letter: 'B' }],
      [6, 'BANK_NO_STEM', {}],
    ]);
    expect(result.questions.map((q) => [q.position.line, q.key])).toEqual([[8, 1]]);
  });

  it('refuses a question with a single option, and one that ends the file without ANSWER', async () => {
    const result = await readText(dir, 'few.txt', 'Satu pilihan\nA. hanya\nANSWER: A\n\nTerakhir\nA. a\nB. b');
    expect(result.refused.map((r) => [r.position.line, r.code])).toEqual([
      [1, 'BANK_TOO_FEW_OPTIONS'],
      [5, 'BANK_NO_KEY'],
    ]);
  });

  it('reads Windows line ends and a UTF-8 byte-order mark, and ANSI (Windows-1252) text', async () => {
    const crlf = await readText(dir, 'crlf.txt', '\uFEFFSoal é\r\nA. satu\r\nB. dua\r\nANSWER: B\r\n');
    expect(crlf.questions.map((q) => [q.stem.id, q.key])).toEqual([['Soal é', 1]]);
    const file = `${dir}/ansi.txt`;
    fs.writeFileSync(file, Buffer.from('Caf\xe9?\nA. ya\nB. tidak\nANSWER: A\n', 'latin1'));
    expect((await read(file)).questions[0].stem.id).toBe('Café?');
  });
});
