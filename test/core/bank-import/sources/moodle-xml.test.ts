import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture, named, noteCodes, png, read, readText, refusal, refusedNamed, tempDir } from './support';

const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('Moodle XML', async () => {
  const result = await read(fixture('moodle.xml'));

  it('numbers the questions in file order (categories not counted) with their line, and turns categories and <tags> into tags', () => {
    expect(result.sourceType).toBe('moodle_xml');
    expect(result.questions.map((q) => [q.position, q.name, q.kind])).toEqual([
      [{ number: 1, line: 7 }, 'PG gambar', 'multiple_choice'],
      [{ number: 2, line: 24 }, 'BS', 'multiple_choice'],
      [{ number: 3, line: 31 }, 'Singkat', 'essay'],
      [{ number: 4, line: 39 }, 'Angka', 'essay'],
      [{ number: 5, line: 47 }, 'Esai', 'essay'],
      [{ number: 7, line: 63 }, 'Satu dari banyak', 'multiple_choice'],
    ]);
    expect(named(result, 'PG gambar').tags).toEqual(['Junior Web Programmer/Unit 1', 'html5']);
    expect(named(result, 'Esai').tags).toEqual(['Junior Web Programmer/Unit 1']);
  });

  it('reduces HTML to text (no script, no onclick, entities decoded) and keeps the @@PLUGINFILE@@ PNG of the stem from its base64 <file>, where it stood', () => {
    const question = named(result, 'PG gambar');
    expect(question.stem.id).toBe('Perhatikan gambar:\n[gambar 1]\nElemen mana yang benar?');
    expect(question.options.map((o) => o.id)).toEqual(['<header>', 'div', 'span dan ikon', 'teks']);
    expect(question.key).toBe(0);
    expect(question.images.map((i) => [i.place, i.mime, i.name, Buffer.from(i.bytes).equals(png())])).toEqual([['stem', 'image/png', 'diagram 1.png', true]]);
  });

  it('notes every change: dropped script and feedback, ignored weights, an SVG and an internet image not kept', () => {
    expect(named(result, 'PG gambar').notes).toEqual([
      { code: 'BANK_CONTENT_DROPPED', params: { what: 'script' } },
      { code: 'BANK_FEEDBACK_DROPPED', params: {} },
      { code: 'BANK_WEIGHTS_IGNORED', params: { options: 'B 50%, C -33.33%' } },
      { code: 'BANK_IMAGE_SKIPPED_SVG', params: { name: 'bahaya.svg' } },
      { code: 'BANK_IMAGE_SKIPPED_REMOTE', params: { url: 'https://contoh.invalid/gambar.png' } },
    ]);
  });

  it('converts true/false, short answer, numerical (tolerance and unit) and essay (grader info as scoring guide)', () => {
    expect(named(result, 'BS')).toMatchObject({ options: [{ id: 'Benar', en: 'True' }, { id: 'Salah', en: 'False' }], key: 1 });
    expect(noteCodes(named(result, 'BS'))).toEqual(['BANK_FEEDBACK_DROPPED', 'BANK_TRUE_FALSE']);
    // plain_text keeps its markup as the characters it is.
    expect(named(result, 'Singkat').stem.id).toBe('Tag untuk baris baru? (tulis <br>)');
    expect(named(result, 'Singkat').expected).toEqual({ id: 'Jawaban yang diterima (salah satu):\n• <br>\n• br (50%)', en: null });
    expect(named(result, 'Angka').expected?.id).toBe('Jawaban yang diterima (salah satu):\n• 768 ± 10 px');
    expect(named(result, 'Esai')).toMatchObject({ stem: { id: 'Jelaskan responsive design.' }, scoringGuide: { id: 'Skor 3: menyebut media query dan grid.', en: null }, expected: null });
    expect(noteCodes(named(result, 'Esai'))).toEqual(['BANK_RESPONSE_TEMPLATE_DROPPED']);
  });

  it('reads a multiple-answer question with one correct answer as single answer, with a note', () => {
    expect(named(result, 'Satu dari banyak')).toMatchObject({ key: 0, options: [{ id: 'h1' }, { id: 'h6' }] });
    expect(noteCodes(named(result, 'Satu dari banyak'))).toEqual(['BANK_SINGLE_FROM_MULTI', 'BANK_WEIGHTS_IGNORED']);
  });

  it('refuses every type the bank does not take, each with its own code, and a question without a 100% answer', () => {
    expect(result.refused.map((r) => [r.position.number, r.name, r.code, r.params])).toEqual([
      [6, 'Ganda', 'BANK_MULTIPLE_RESPONSE', {}],
      [8, 'Jodoh', 'BANK_MATCHING', {}],
      [9, 'Cloze', 'BANK_CLOZE', {}],
      [10, 'Seret', 'BANK_DRAG_DROP', {}],
      [11, 'Celah', 'BANK_GAPSELECT', {}],
      [12, 'Urut', 'BANK_ORDERING', {}],
      [13, 'Info', 'BANK_DESCRIPTION', {}],
      [14, 'Hitung', 'BANK_UNKNOWN_TYPE', { type: 'calculated' }],
      [15, 'Tanpa kunci', 'BANK_NO_KEY', {}],
    ]);
    expect(refusedNamed(result, 'Ganda')).toMatchObject({ sourceType: 'moodle_xml', originalType: 'multichoice', excerpt: 'Pilih semua elemen blok.', position: { line: 54 } });
  });

  it('refuses the file whole when it declares a DOCTYPE: an external entity (XXE) and an entity bomb', async () => {
    expect((await refusal(fixture('xxe.xml'))).code).toBe('BANK_FILE_ENTITIES');
    expect((await refusal(fixture('billion-laughs.xml'))).code).toBe('BANK_FILE_ENTITIES');
  });

  it('refuses a file cut short as damaged, and one whose root is not <quiz> as not a bank', async () => {
    const text = fs.readFileSync(fixture('moodle.xml'), 'utf8');
    fs.writeFileSync(`${dir}/cut.xml`, text.slice(0, text.length / 2));
    expect((await refusal(`${dir}/cut.xml`)).code).toBe('BANK_FILE_DAMAGED');
    fs.writeFileSync(`${dir}/html.xml`, '<html><body><p>bukan soal</p></body></html>');
    expect((await refusal(`${dir}/html.xml`)).code).toBe('BANK_FILE_NOT_A_BANK');
  });

  it('skips an image above the size cap, and one the question names but does not hold, with notes', async () => {
    const big = Buffer.concat([png(), Buffer.alloc(3000)]).toString('base64');
    const xml = `<quiz><question type="multichoice"><name><text>Besar</text></name>
      <questiontext format="html"><text><![CDATA[<p>Soal <img src="@@PLUGINFILE@@/besar.png"><img src="@@PLUGINFILE@@/hilang.png"></p>]]></text>
      <file name="besar.png" path="/" encoding="base64">${big}</file></questiontext>
      <single>true</single><answer fraction="100"><text>a</text></answer><answer fraction="0"><text>b</text></answer></question></quiz>`;
    const question = named(await readText(dir, 'big.xml', xml, { maxImageBytes: 1000 }), 'Besar');
    expect(question.images).toEqual([]);
    expect(question.notes).toEqual([
      { code: 'BANK_IMAGE_SKIPPED_SIZE', params: { name: 'besar.png', megabytes: 0 } },
      { code: 'BANK_IMAGE_SKIPPED_MISSING', params: { name: 'hilang.png' } },
    ]);
  });

  it('refuses a question whose only content was an image that could not be kept', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>').toString('base64');
    const xml = `<quiz><question type="multichoice"><name><text>Hanya gambar</text></name>
      <questiontext format="html"><text>Pilih gambar yang benar</text></questiontext><single>true</single>
      <answer fraction="100"><text><![CDATA[<img src="@@PLUGINFILE@@/a.svg">]]></text><file name="a.svg" path="/" encoding="base64">${svg}</file></answer>
      <answer fraction="0"><text>b</text></answer></question></quiz>`;
    const result = await readText(dir, 'only-image.xml', xml);
    expect(result.refused.map((r) => [r.name, r.code, r.params])).toEqual([['Hanya gambar', 'BANK_IMAGE_WAS_CONTENT', { name: 'a.svg' }]]);
  });

  it("keeps the line breaks of Moodle's auto-format text (a question written through GIFT, a true/false), as Moodle shows them, where they became spaces", async () => {
    const xml = `<quiz><question type="truefalse"><name><text>BS</text></name>
      <questiontext format="moodle_auto_format"><text>Perhatikan kode berikut:
if (a == 1) { x++; }
Kode itu benar.</text></questiontext>
      <answer fraction="100" format="moodle_auto_format"><text>true</text></answer><answer fraction="0" format="moodle_auto_format"><text>false</text></answer></question>
      <question type="multichoice"><name><text>PG</text></name><questiontext format="moodle_auto_format"><text>Baris satu
&lt;b&gt;baris&lt;/b&gt; dua</text></questiontext><single>true</single>
      <answer fraction="100" format="moodle_auto_format"><text>ya</text></answer><answer fraction="0" format="moodle_auto_format"><text>tidak</text></answer></question></quiz>`;
    const result = await readText(dir, 'auto-format.xml', xml);
    expect(named(result, 'BS').stem.id).toBe('Perhatikan kode berikut:\nif (a == 1) { x++; }\nKode itu benar.');
    expect(named(result, 'PG').stem.id).toBe('Baris satu\nbaris dua');
  });
});
