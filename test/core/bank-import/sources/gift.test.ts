import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture, named, noteCodes, png, read, readText, refusedNamed, tempDir } from './support';

const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('GIFT', async () => {
  const result = await read(fixture('gift.txt'));
  const UNIT_1 = 'Unit J.620100.004.02/Elemen 1';

  it('is told from Aiken by its content, and keeps each question with its line, title and $CATEGORY as a tag', () => {
    expect(result.sourceType).toBe('gift');
    expect(result.questions.map((q) => [q.position.line, q.name])).toEqual([
      [4, 'PG1'],
      [10, 'Bobot'],
      [12, 'BS'],
      [14, 'Singkat'],
      [16, 'Angka'],
      [18, 'Rentang'],
      [20, 'Esai'],
      [30, 'Lanjut'],
      [34, 'Teks'],
      [42, 'Html'],
      [44, 'Markup'],
    ]);
    expect(named(result, 'PG1')).toMatchObject({ kind: 'multiple_choice', originalType: 'mc', stem: { id: 'Tag HTML untuk tautan adalah:', en: null }, key: 0, tags: [UNIT_1], notes: [] });
    expect(named(result, 'PG1').options.map((o) => o.id)).toEqual(['<a>', '<link>', '<href>']);
    expect(named(result, 'Markup').tags).toEqual(['Unit 2']);
  });

  it('marks the key by = or 100% and ignores other weights with a note; feedback is dropped with a note', () => {
    const weighted = named(result, 'Bobot');
    expect(weighted.key).toBe(0);
    expect(weighted.notes).toEqual([
      { code: 'BANK_WEIGHTS_IGNORED', params: { options: 'B 50%, C -25%' } },
      { code: 'BANK_FEEDBACK_DROPPED', params: {} },
    ]);
  });

  it('turns true/false into Benar/Salah (True/False) with a note', () => {
    expect(named(result, 'BS')).toMatchObject({
      kind: 'multiple_choice',
      options: [
        { id: 'Benar', en: 'True' },
        { id: 'Salah', en: 'False' },
      ],
      key: 0,
    });
    expect(noteCodes(named(result, 'BS'))).toEqual(['BANK_TRUE_FALSE', 'BANK_FEEDBACK_DROPPED']);
  });

  it('turns short answer and numerical into essays whose expected answer lists what is accepted', () => {
    expect(named(result, 'Singkat')).toMatchObject({
      kind: 'essay',
      options: [],
      key: null,
      expected: { id: 'Jawaban yang diterima (salah satu):\n• Tim Berners-Lee\n• Berners-Lee\n• Tim BL (50%)', en: null },
    });
    expect(noteCodes(named(result, 'Singkat'))).toEqual(['BANK_SHORT_ANSWER_AS_ESSAY']);
    expect(named(result, 'Angka').expected?.id).toBe('Jawaban yang diterima (salah satu):\n• 80');
    expect(named(result, 'Rentang').expected?.id).toBe('Jawaban yang diterima (salah satu):\n• 4 – 6');
    expect(noteCodes(named(result, 'Rentang'))).toEqual(['BANK_NUMERICAL_AS_ESSAY']);
    expect(named(result, 'Esai')).toMatchObject({ kind: 'essay', expected: null, notes: [] });
  });

  it('refuses matching, embedded answers, multiple response, descriptions and more than five options, each with its code', () => {
    expect(result.refused.map((r) => [r.position.line, r.name, r.code])).toEqual([
      [22, 'Jodoh', 'BANK_MATCHING'],
      [24, 'Rumpang', 'BANK_CLOZE'],
      [26, 'Ganda', 'BANK_MULTIPLE_RESPONSE'],
      [28, 'Rusak', 'BANK_BRACE_NOT_CLOSED'],
      [32, 'Sintaks', 'BANK_GIFT_SYNTAX'],
      [36, null, 'BANK_DESCRIPTION'],
      [40, 'Enam', 'BANK_TOO_MANY_OPTIONS'],
    ]);
    expect(refusedNamed(result, 'Rumpang').excerpt).toBe('Bahasa _____ adalah bahasa markup.');
  });

  it('refuses a brace never closed and a syntax error with their line (and column), and keeps the question after them', () => {
    expect(refusedNamed(result, 'Rusak').params).toEqual({ line: 28 });
    expect(refusedNamed(result, 'Sintaks').params).toEqual({ line: 32, column: 44, found: '"#"' });
    expect(named(result, 'Lanjut').key).toBe(0);
  });

  it('reads = ~ # : outside the answer as text, as Moodle does', () => {
    expect(named(result, 'Teks').stem.id).toBe('Tanda = dan ~ serta #1: di luar jawaban adalah teks.');
  });

  it('reduces [html] to text: no script, no event handler, entities decoded, <p> and <br> as line breaks; plain text keeps its markup', () => {
    expect(named(result, 'Html').stem.id).toBe('Klik di sini & lanjut\nbaris\nbaru');
    expect(named(result, 'Html').notes).toEqual([{ code: 'BANK_CONTENT_DROPPED', params: { what: 'script' } }]);
    expect(named(result, 'Markup').stem.id).toBe('Tag <b>tebal</b> ditulis apa adanya.');
  });

  it('keeps a data: PNG of an [html] question, and notes an image on the internet or one the file does not hold', async () => {
    const data = `data:image/png;base64,${png().toString('base64')}`;
    const text = `::Gambar:: [html]<p>Lihat <img src="${data}"> <img src="https://contoh.invalid/x.png"> <img src="@@PLUGINFILE@@/y.png"></p>{=a ~b}\n`;
    const question = named(await readText(dir, 'images.gift', text), 'Gambar');
    expect(question.images.map((i) => [i.place, i.mime, Buffer.from(i.bytes).equals(png())])).toEqual([['stem', 'image/png', true]]);
    expect(question.notes).toEqual([
      { code: 'BANK_IMAGE_SKIPPED_REMOTE', params: { url: 'https://contoh.invalid/x.png' } },
      { code: 'BANK_IMAGE_SKIPPED_MISSING', params: { name: 'y.png' } },
    ]);
  });

  it("places a stem's picture where it stood among its words", async () => {
    const data = `data:image/png;base64,${png().toString('base64')}`;
    const text = `::Letak:: [html]<p>Perhatikan <img src="${data}"> lalu jawab.</p>{=a ~b}\n`;
    const question = named(await readText(dir, 'placed.gift', text), 'Letak');
    expect(question.stem.id).toBe('Perhatikan\n[gambar 1]\nlalu jawab.');
    expect(question.options.map((o) => o.id)).toEqual(['a', 'b']);
    expect(question.images.map((i) => i.place)).toEqual(['stem']);
  });

  it('keeps the line breaks of a stem written over several lines, as Moodle shows them, where they became spaces', async () => {
    const text = [
      '::Kode::',
      'Perhatikan kode berikut\\:',
      'if (a \\= 1) \\{ x++; \\}',
      'Apa yang terjadi?',
      '{',
      '=Sintaks salah',
      '~x bertambah',
      '}',
      '',
      '::Html:: [html]<p>Baris',
      'tetap satu</p>{=a ~b}',
      '',
      '::Esai:: Jelaskan',
      'dalam dua baris. {}',
    ].join('\n');
    const result = await readText(dir, 'baris.gift', text);
    expect(named(result, 'Kode').stem.id).toBe('Perhatikan kode berikut:\nif (a = 1) { x++; }\nApa yang terjadi?');
    expect(named(result, 'Kode').options.map((o) => o.id)).toEqual(['Sintaks salah', 'x bertambah']);
    expect(named(result, 'Html').stem.id).toBe('Baris tetap satu');
    expect(named(result, 'Esai').stem.id).toBe('Jelaskan\ndalam dua baris.');
  });

  it('splits on blank lines only, skips comment lines inside a question, and reads a multi-line answer block', async () => {
    const text = '// komentar\n::A:: Satu\n// komentar di tengah\n{\n=x\n~y\n}\n::B:: Dua {=p ~q}\n';
    const two = await readText(dir, 'lines.gift', text);
    // No blank line between them: one question with two answer blocks, refused where the second begins.
    expect(two.questions).toEqual([]);
    expect(two.refused.map((r) => [r.name, r.position.line, r.code, r.params.line])).toEqual([['A', 2, 'BANK_GIFT_SYNTAX', 8]]);
    const apart = await readText(dir, 'apart.gift', text.replace('}\n::B::', '}\n\n::B::'));
    expect(apart.questions.map((q) => [q.name, q.position.line, q.options.map((o) => o.id)])).toEqual([
      ['A', 2, ['x', 'y']],
      ['B', 9, ['p', 'q']],
    ]);
  });
});

describe('GIFT with many broken questions', () => {
  it('refuses each with its line and keeps every good one, past the point where they are parsed one by one', async () => {
    const parts: string[] = [];
    for (let i = 1; i <= 30; i++) parts.push(i % 3 === 0 ? `::Rusak ${i}:: Jawaban numerik berisi huruf {#x${i}}` : `::Baik ${i}:: Soal ${i} {=ya ~tidak}`);
    const result = await readText(dir, 'banyak.gift', parts.join('\n\n'));
    expect(result.questions.map((q) => q.name)).toEqual(parts.flatMap((_, i) => ((i + 1) % 3 === 0 ? [] : [`Baik ${i + 1}`])));
    expect(result.refused.map((r) => [r.name, r.position.line, r.code, r.params.line])).toEqual(
      parts.flatMap((_, i) => ((i + 1) % 3 === 0 ? [[`Rusak ${i + 1}`, 2 * i + 1, 'BANK_GIFT_SYNTAX', 2 * i + 1]] : [])),
    );
  });
});
