import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { docxTable, type DocxCell, type DocxTable } from '../../../../electron/core/bank-import/templates/docx-writer';
import { zipParts } from '../../../../electron/core/bank-import/templates/zip-writer';
import { jpeg, named, png, read, refusal, SVG, tempDir, writeZip, zipEntries } from './support';

const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const HEADER = ['NO', 'SOAL', 'JAWABAN A', 'JAWABAN B', 'JAWABAN C', 'JAWABAN D', 'JAWABAN E', 'JAWABAN BENAR', 'UNIT', 'KUK'];

function docx(name: string, rows: (DocxCell | string)[][], table: Partial<DocxTable> = {}): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, docxTable({ title: 'Soal', notes: [], header: HEADER, widths: HEADER.map(() => 1), rows, ...table }));
  return file;
}

describe('Word (.docx) tables', async () => {
  const file = docx('soal.docx', [
    ['1', { text: 'Perhatikan gambar berikut.', images: [{ bytes: png(4, 3), extension: 'png' }] }, 'Router', { text: 'Switch', images: [{ bytes: jpeg(), extension: 'jpeg' }] }, 'Hub', '', '', 'b.', 'J.620100.004.02', '1.1, 1.2'],
    ['2', 'Jelaskan fungsi DNS.', '', '', '', '', '', 'Menerjemahkan nama domain ke alamat IP.', 'J.620100.004.02', 'KUK 2.1'],
    ['3', 'Tanpa kunci', 'a', 'b', '', '', '', '', '', ''],
    ['4', 'Kunci di luar pilihan', 'a', 'b', 'c', '', '', 'E', '', ''],
    ['5', 'Pilihan bolong', 'a', 'b', '', 'd', '', 'A', '', ''],
    ['6', 'Gambar SVG saja di pilihan A', { text: '', images: [{ bytes: SVG, extension: 'svg' }] }, 'b', '', '', '', 'B', '', ''],
    ['7', { text: 'Soal dengan gambar SVG dan EMF', images: [{ bytes: SVG, extension: 'svg' }, { bytes: Buffer.from('0100000084000000', 'hex'), extension: 'emf' }] }, 'a', 'b', '', '', '', 'A', '', ''],
    ['', '', '', '', '', '', '', '', '', ''],
    ['9', 'Dua kunci', 'a', 'b', 'c', '', '', 'A, C', '', ''],
    ['10', 'Tag <b>tebal</b> & "kutip"\nbaris kedua', '<i>', '</i>', '', '', '', 'A', '', ''],
  ]);
  const result = await read(file);

  it('reads each row of the table, keeping images in the stem and the option whose cell holds them', () => {
    expect(result.sourceType).toBe('docx');
    const first = named(result, '1');
    expect(first).toMatchObject({
      position: { row: 1 },
      kind: 'multiple_choice',
      stem: { id: 'Perhatikan gambar berikut.', en: null },
      options: [{ id: 'Router' }, { id: 'Switch' }, { id: 'Hub' }],
      key: 1,
      unitCode: 'J.620100.004.02',
      kukRefs: ['1.1', '1.2'],
      notes: [],
    });
    expect(first.images.map((i) => [i.place, i.mime, Buffer.from(i.bytes).equals(i.mime === 'image/png' ? png(4, 3) : jpeg())])).toEqual([
      ['stem', 'image/png', true],
      ['option:1', 'image/jpeg', true],
    ]);
  });

  it('reads a row without options as an essay whose expected answer is the answer column', () => {
    expect(named(result, '2')).toMatchObject({ kind: 'essay', options: [], key: null, expected: { id: 'Menerjemahkan nama domain ke alamat IP.', en: null }, kukRefs: ['2.1'] });
  });

  it('refuses a broken row with its row number and keeps the rest; an empty row is skipped', () => {
    expect(result.refused.map((r) => [r.position.row, r.name, r.code, r.params])).toEqual([
      [3, '3', 'BANK_NO_KEY', {}],
      [4, '4', 'BANK_KEY_NOT_AN_OPTION', { key: 'E' }],
      [5, '5', 'BANK_OPTION_MISSING', { letter: 'C' }],
      [6, '6', 'BANK_IMAGE_WAS_CONTENT', { name: '#1' }],
      [9, '9', 'BANK_MULTIPLE_RESPONSE', {}],
    ]);
    expect(result.questions.map((q) => q.position.row)).toEqual([1, 2, 7, 10]);
  });

  it('skips an SVG and an image that is neither PNG nor JPEG with a note, the question keeping its text', () => {
    const question = named(result, '7');
    expect(question.images).toEqual([]);
    expect(question.notes).toEqual([
      { code: 'BANK_IMAGE_SKIPPED_SVG', params: { name: '#1' } },
      { code: 'BANK_IMAGE_SKIPPED_TYPE', params: { name: '#2' } },
    ]);
  });

  it('keeps markup typed into a cell as the characters it is, and the cell\'s paragraphs as lines', () => {
    expect(named(result, '10')).toMatchObject({ stem: { id: 'Tag <b>tebal</b> & "kutip"\nbaris kedua' }, options: [{ id: '<i>' }, { id: '</i>' }] });
  });

  it('tolerates header variants (PILIHAN A, KUNCI JAWABAN, lower case, extra spaces, any order) and a heading over A–E', async () => {
    const variants = await read(
      docx('varian.docx', [['1', 'Soal', 'x', 'y', 'b']], { header: ['No.', '  pertanyaan ', 'Pilihan  A', 'pilihan b', 'kunci   jawaban'], widths: [1, 1, 1, 1, 1] }),
    );
    expect(variants.questions.map((q) => [q.stem.id, q.options.map((o) => o.id), q.key])).toEqual([['Soal', ['x', 'y'], 1]]);
    const twoRows = await read(
      docx(
        'dua-baris.docx',
        [
          ['', '', 'A', 'B', 'C', ''],
          ['1', 'Ibu kota?', 'Jakarta', 'Bandung', 'Medan', 'A'],
        ],
        { header: ['NO', 'SOAL', 'PILIHAN JAWABAN', '', '', 'KUNCI'], widths: [1, 1, 1, 1, 1, 1] },
      ),
    );
    expect(twoRows.questions.map((q) => [q.position.row, q.options.map((o) => o.id), q.key])).toEqual([[1, ['Jakarta', 'Bandung', 'Medan'], 0]]);
  });

  it('keeps a question\'s options in order when its URUTAN PILIHAN TETAP cell says Ya, as the Excel template\'s column does; empty or Tidak shuffles, anything else refuses the row', async () => {
    const header = [...HEADER, 'URUTAN PILIHAN TETAP'];
    const file = docx(
      'urutan.docx',
      [
        ['1', 'Urutan lapisan', 'Fisik', 'Data link', 'Jaringan', '', '', 'A', '', '', 'Ya'],
        ['2', 'Diacak', 'a', 'b', '', '', '', 'B', '', '', ''],
        ['3', 'Tidak tetap', 'a', 'b', '', '', '', 'A', '', '', 'Tidak'],
        ['4', 'Salah isi', 'a', 'b', '', '', '', 'A', '', '', 'Mungkin'],
        ['5', 'Esai tetap', '', '', '', '', '', 'Jawaban', '', '', 'Ya'],
      ],
      { header, widths: header.map(() => 1) },
    );
    const result = await read(file);
    const of = (name: string) => ({ inOrder: named(result, name).optionsInOrder, noted: named(result, name).notes.some((n) => n.code === 'BANK_OPTIONS_IN_ORDER') });
    expect([of('1'), of('2'), of('3')]).toEqual([
      { inOrder: true, noted: true },
      { inOrder: false, noted: false },
      { inOrder: false, noted: false },
    ]);
    expect(result.refused.map((r) => [r.name, r.code, r.params])).toEqual([['4', 'BANK_BAD_IN_ORDER', { value: 'Mungkin' }]]);
    // An essay has no options to keep in order: the column says nothing of it.
    expect(named(result, '5')).toMatchObject({ kind: 'essay', optionsInOrder: false });
    // The English template's header, KEEP OPTION ORDER, reads the same.
    const english = [...HEADER.slice(0, 9), 'KUK', 'KEEP OPTION ORDER'];
    const en = await read(docx('order-en.docx', [['1', 'Layers', 'Physical', 'Data link', '', '', '', 'A', '', '', 'Yes']], { header: english, widths: english.map(() => 1) }));
    expect(named(en, '1').optionsInOrder).toBe(true);
  });

  it('refuses a row with a sixth option in a JAWABAN F column, instead of dropping that option', async () => {
    const six = await read(
      docx('enam.docx', [['1', 'Enam pilihan', 'a', 'b', 'c', 'd', 'e', 'f', 'A'], ['2', 'Dua pilihan', 'a', 'b', '', '', '', '', 'B']], {
        header: ['NO', 'SOAL', 'PILIHAN A', 'PILIHAN B', 'PILIHAN C', 'PILIHAN D', 'PILIHAN E', 'PILIHAN F', 'KUNCI'],
        widths: Array.from({ length: 9 }, () => 1),
      }),
    );
    expect(six.refused.map((r) => [r.position.row, r.code, r.params])).toEqual([[1, 'BANK_TOO_MANY_OPTIONS', { count: 6, max: 5 }]]);
    expect(six.questions.map((q) => [q.position.row, q.options.length])).toEqual([[2, 2]]);
  });

  it('refuses a stem or an option that is only a picture, saying which needs its text (the bank cannot store it without)', async () => {
    const pictures = await read(
      docx('gambar-saja.docx', [
        ['1', 'Pola papan catur?', { text: '', images: [{ bytes: png(2, 2), extension: 'png' }] }, 'Garis', '', '', '', 'A', '', ''],
        ['2', { text: '', images: [{ bytes: png(3, 2), extension: 'png' }] }, 'Biru', 'Kuning', '', '', '', 'A', '', ''],
        ['3', 'Pola?', { text: 'Gambar A', images: [{ bytes: png(2, 3), extension: 'png' }] }, 'Garis', '', '', '', 'A', '', ''],
      ]),
    );
    expect(pictures.refused.map((r) => [r.position.row, r.code, r.params])).toEqual([
      [1, 'BANK_OPTION_IMAGE_ONLY', { letter: 'A' }],
      [2, 'BANK_STEM_IMAGE_ONLY', {}],
    ]);
    expect(pictures.questions.map((q) => [q.position.row, q.images.map((i) => i.place)])).toEqual([[3, ['option:0']]]);
  });

  it('refuses a question the file already had (same texts, key and pictures) naming the first, spaces aside; the same text with another picture is kept', async () => {
    const stem = 'Warna apa di sisi kiri gambar?';
    const twice = await read(
      docx('dua-kali.docx', [
        ['1', 'Struktur data LIFO adalah …', 'Queue', 'Stack', '', '', '', 'B', '', ''],
        ['2', { text: stem, images: [{ bytes: png(2, 2), extension: 'png' }] }, 'Biru', 'Kuning', '', '', '', 'A', '', ''],
        ['3', { text: stem, images: [{ bytes: png(3, 3), extension: 'png' }] }, 'Biru', 'Kuning', '', '', '', 'A', '', ''],
        ['4', 'Struktur  data LIFO adalah … ', 'Queue', 'Stack', '', '', '', 'B', '', ''],
        ['5', 'Struktur data LIFO adalah …', 'Queue', 'Stack', '', '', '', 'A', '', ''],
      ]),
    );
    expect(twice.refused.map((r) => [r.position.row, r.code, r.params])).toEqual([[4, 'BANK_DUPLICATE', { row: 1 }]]);
    expect(twice.questions.map((q) => q.position.row)).toEqual([1, 2, 3, 5]);
  });

  it('keeps at most four images in one place, noting the others', async () => {
    const five = Array.from({ length: 5 }, (_, i) => ({ bytes: png(i + 1, 1), extension: 'png' as const }));
    const question = named(await read(docx('lima-gambar.docx', [['1', { text: 'Lima gambar', images: five }, 'a', 'b', '', '', '', 'A', '', '']])), '1');
    expect(question.images.map((i) => [i.place, Buffer.from(i.bytes).equals(png(question.images.indexOf(i) + 1, 1))])).toEqual(Array.from({ length: 4 }, () => ['stem', true]));
    expect(question.notes).toEqual([{ code: 'BANK_IMAGE_SKIPPED_TOO_MANY', params: { name: '#5', max: 4 } }]);
  });

  it('marks a Word equation (which mammoth drops) where it stood, with a note', async () => {
    const source = docx('rumus-asal.docx', [['1', 'Hitung EQUATION hasilnya', '1', '2', '', '', '', 'B', '', '']]);
    const parts = await zipEntries(source);
    const math = '<m:oMath xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"><m:r><m:t>x+1</m:t></m:r></m:oMath>';
    const changed = parts.map((p) => (p.name === 'word/document.xml' ? { ...p, data: Buffer.from(p.data.toString('utf8').replace('EQUATION', `</w:t></w:r>${math}<w:r><w:t xml:space="preserve">`)) } : p));
    fs.writeFileSync(path.join(dir, 'rumus.docx'), zipParts(changed));
    const question = named(await read(path.join(dir, 'rumus.docx')), '1');
    expect(question.stem.id).toBe('Hitung […] hasilnya');
    expect(question.notes).toEqual([{ code: 'BANK_EQUATION_DROPPED', params: {} }]);
  });

  it('refuses a document with no question table, naming what is missing', async () => {
    const error = await refusal(docx('tanpa-tabel.docx', [['x', 'y']], { header: ['Nama', 'Alamat'], widths: [1, 1] }));
    expect([error.code, error.params]).toEqual(['BANK_FILE_NO_HEADER', { missing: 'SOAL, JAWABAN A / JAWABAN BENAR' }]);
  });

  it('reads a document of numbered questions in paragraphs, with no table at all (docx-paragraphs.test.ts has the rest)', async () => {
    const paragraphs = ['1. Tag HTML untuk paragraf adalah …', 'a. <p>', 'b. <br>', 'Kunci: A'].map((t) => `<w:p><w:r><w:t>${t.replace(/</g, '&lt;').replace(/>/g, '&gt;')}</w:t></w:r></w:p>`);
    const file = await writeZip(path.join(dir, 'paragraf.docx'), [
      { name: '[Content_Types].xml', data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>' },
      { name: '_rels/.rels', data: '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>' },
      { name: 'word/document.xml', data: `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs.join('')}</w:body></w:document>` },
    ]);
    expect((await read(file)).questions).toMatchObject([{ name: '1', stem: { id: 'Tag HTML untuk paragraf adalah …' }, options: [{ id: '<p>' }, { id: '<br>' }], key: 0 }]);
  });

  it('refuses a .docx whose document part declares a DOCTYPE before mammoth sees it', async () => {
    const document = '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>';
    const file = path.join(dir, 'xxe.docx');
    fs.writeFileSync(file, zipParts([{ name: '[Content_Types].xml', data: Buffer.from('<Types/>') }, { name: 'word/document.xml', data: Buffer.from(document) }]));
    const error = await refusal(file);
    expect([error.code, error.params]).toEqual(['BANK_FILE_ENTITIES', { part: 'word/document.xml' }]);
  });

  it('refuses a .docx zip bomb with its part', async () => {
    const file = await writeZip(path.join(dir, 'bom.docx'), [
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'word/document.xml', data: Buffer.alloc(40 * 1024 * 1024, 0x20) },
    ]);
    const error = await refusal(file);
    expect([error.code, error.params]).toEqual(['BANK_FILE_ZIP_BOMB', { part: 'word/document.xml', ratio: 100 }]);
  });

  it('calls a small .docx whose part unpacks past the total cap a zip bomb, not a file too large', async () => {
    const file = await writeZip(path.join(dir, 'bom-besar.docx'), [
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'word/media/isi.bin', data: Buffer.alloc(12 * 1024 * 1024, 0) },
    ]);
    const error = await refusal(file, { maxBytes: 10 * 1024 * 1024 });
    expect([error.code, error.params]).toEqual(['BANK_FILE_ZIP_BOMB', { part: 'word/media/isi.bin', ratio: 100 }]);
  });

  it('refuses a damaged .docx (a zip mammoth cannot read as a document)', async () => {
    const file = await writeZip(path.join(dir, 'rusak.docx'), [{ name: 'word/document.xml', data: '<w:document' }]);
    expect((await refusal(file)).code).toBe('BANK_FILE_DAMAGED');
  });
});
