import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { named, png, read, refusal, tempDir } from './support';
import { wordParagraphs, type Para } from './word-paragraphs';

const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function word(name: string, paragraphs: Para[], image?: Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, wordParagraphs(paragraphs, image));
  return file;
}

const picture = png(6, 4);

/** Questions as an LSP types them: Word's numbering, typed numbers, keys in bold or on a line, a picture, a table, stray empty paragraphs. */
const TYPED: Para[] = [
  { text: [{ bold: 'SOAL PILIHAN GANDA' }] },
  { text: 'Unit J.611000.001.01 Memasang Kabel Jaringan' },
  { text: '' },
  { text: 'Kabel untuk menghubungkan komputer ke switch adalah …', list: 0 },
  { text: 'Kabel koaksial', list: 1 },
  { text: [{ bold: 'Kabel UTP' }], list: 1 },
  { text: 'Kabel telepon', list: 1 },
  { text: '' },
  { text: 'Istilah “straight-through” berarti …', list: 0 },
  { text: 'Kedua ujung sama', list: 1 },
  { text: 'Kedua ujung ‘dibalik’', list: 1 },
  { text: 'Kunci: A' },
  { text: '3. Perhatikan gambar topologi berikut!' },
  { image: true },
  { text: 'Topologi pada gambar adalah …' },
  { text: 'a. Bus' },
  { text: 'b. Star' },
  { text: 'c. Ring' },
  { text: 'Kunci: B' },
  { text: '' },
  { text: '4. Fungsi utama router adalah …' },
  { text: 'a. Memperkuat sinyal' },
  { text: 'b. Menghubungkan dua jaringan yang berbeda' },
  { text: '    dan meneruskan paket di antaranya' },
  { text: 'Jawaban: b' },
  { text: '5. Perhatikan tabel berikut:' },
  { table: [['Perangkat', 'Lapisan'], ['Router', '?']] },
  { text: 'A. Network' },
  { text: 'B. Transport' },
  { text: 'Kunci: A' },
  { text: '6. Jelaskan cara memasang konektor RJ45!' },
  { text: 'Kunci jawaban: Kupas kabel, urutkan warna T568B,' },
  { text: 'lalu crimping dan uji.' },
  { text: '7. Soal tanpa kunci' },
  { text: 'a. Satu' },
  { text: 'b. Dua' },
];

describe('Word (.docx) questions typed as numbered paragraphs', async () => {
  const result = await read(word('diketik.docx', TYPED, picture));

  it('reads Word\'s numbered list, the options one level below, and the one option in bold as the key, saying so', () => {
    expect(result.sourceType).toBe('docx');
    expect(named(result, '1')).toMatchObject({
      position: { number: 1 },
      kind: 'multiple_choice',
      stem: { id: 'Kabel untuk menghubungkan komputer ke switch adalah …' },
      options: [{ id: 'Kabel koaksial' }, { id: 'Kabel UTP' }, { id: 'Kabel telepon' }],
      key: 1,
      notes: [{ code: 'BANK_KEY_FROM_BOLD', params: { letter: 'B' } }],
    });
    expect(named(result, '2')).toMatchObject({ stem: { id: 'Istilah “straight-through” berarti …' }, options: [{ id: 'Kedua ujung sama' }, { id: 'Kedua ujung ‘dibalik’' }], key: 0, notes: [] });
  });

  it('reads typed numbers and letters, "Kunci:" and "Jawaban:" lines, the picture under the stem where it stood, an option over two paragraphs', () => {
    const third = named(result, '3');
    // The picture stood between the stem's two sentences: a `[gambar 1]` line keeps it there.
    expect(third).toMatchObject({
      position: { number: 3 },
      stem: { id: 'Perhatikan gambar topologi berikut!\n[gambar 1]\nTopologi pada gambar adalah …' },
      options: [{ id: 'Bus' }, { id: 'Star' }, { id: 'Ring' }],
      key: 1,
    });
    expect(third.images.map((i) => [i.place, Buffer.from(i.bytes).equals(picture)])).toEqual([['stem', true]]);
    expect(named(result, '4')).toMatchObject({ options: [{ id: 'Memperkuat sinyal' }, { id: 'Menghubungkan dua jaringan yang berbeda dan meneruskan paket di antaranya' }], key: 1 });
  });

  it('keeps a table in a question as text lines with a note, and reads a question without options as an essay whose key lines are the expected answer', () => {
    expect(named(result, '5')).toMatchObject({ stem: { id: 'Perhatikan tabel berikut:\nPerangkat | Lapisan\nRouter | ?' }, options: [{ id: 'Network' }, { id: 'Transport' }], key: 0, notes: [{ code: 'BANK_TABLE_AS_TEXT', params: {} }] });
    expect(named(result, '6')).toMatchObject({ kind: 'essay', options: [], expected: { id: 'Kupas kabel, urutkan warna T568B,\nlalu crimping dan uji.' } });
  });

  it('refuses a question without a key with its number, keeping the rest; the title above the first question is no question', () => {
    expect(result.refused.map((r) => [r.position, r.name, r.code])).toEqual([[{ number: 7 }, '7', 'BANK_NO_KEY']]);
    expect(result.questions.map((q) => q.name)).toEqual(['1', '2', '3', '4', '5', '6']);
  });

  it('still refuses a document with neither a question table nor numbered questions', async () => {
    expect((await refusal(word('surat.docx', [{ text: 'Dengan hormat,' }, { text: 'Terlampir jadwal uji.' }]))).code).toBe('BANK_FILE_NO_TABLE');
    expect((await refusal(word('tabel.docx', [{ text: 'Jadwal' }, { table: [['Hari', 'Jam'], ['Senin', '08.00']] }]))).code).toBe('BANK_FILE_NO_HEADER');
  });
});

describe('Word (.docx) numbered questions: the key line in the words authors write', () => {
  it('reads "Answer key:", "Correct answer:", "Kunci jawaban yang tepat:" and "Jawab:" as the key, not as more words of the last option', async () => {
    const result = await read(
      word('kunci.docx', [
        { text: '1. Which HTTP method is idempotent?' },
        { text: 'a. POST' },
        { text: 'b. PUT' },
        { text: 'Answer key: B' },
        { text: '2. What does CSS stand for?' },
        { text: 'a. Cascading Style Sheets' },
        { text: 'b. Computer Style Sheets' },
        { text: 'Correct answer: A' },
        { text: '3. Port bawaan HTTPS adalah …' },
        { text: 'a. 80' },
        { text: 'b. 443' },
        { text: 'Kunci jawaban yang tepat: B' },
        { text: '4. Port bawaan HTTP adalah …' },
        { text: 'a. 80' },
        { text: 'b. 443' },
        { text: 'Jawab: A' },
      ]),
    );
    expect(result.refused).toEqual([]);
    expect(result.questions.map((q) => [q.name, q.options.map((o) => o.id), q.key])).toEqual([
      ['1', ['POST', 'PUT'], 1],
      ['2', ['Cascading Style Sheets', 'Computer Style Sheets'], 0],
      ['3', ['80', '443'], 1],
      ['4', ['80', '443'], 0],
    ]);
  });
});

describe('Word (.docx) numbered questions: a key naming its option by its words', () => {
  it('takes "Kunci: B. Kabel UTP" and "Jawaban: Kabel UTP" as option B, and still refuses a key whose words name no option, or another option than its letter', async () => {
    const options: Para[] = [{ text: 'a. Kabel koaksial' }, { text: 'b. Kabel UTP' }];
    const result = await read(
      word('kunci-kata.docx', [
        { text: '1. Kabel ke switch adalah …' },
        ...options,
        { text: 'Kunci: B. Kabel UTP' },
        { text: '2. Kabel dari komputer ke switch adalah …' },
        ...options,
        { text: 'Jawaban: kabel UTP' },
        { text: '3. Kabel dari server ke switch adalah …' },
        ...options,
        { text: 'Kunci: A. Kabel UTP' },
        { text: '4. Kabel dari router ke switch adalah …' },
        ...options,
        { text: 'Kunci: Kabel serat optik' },
      ]),
    );
    expect(result.questions.map((q) => [q.name, q.key])).toEqual([
      ['1', 1],
      ['2', 1],
    ]);
    expect(result.refused.map((r) => [r.name, r.code, r.params])).toEqual([
      ['3', 'BANK_KEY_NOT_AN_OPTION', { key: 'A. Kabel UTP' }],
      ['4', 'BANK_KEY_NOT_AN_OPTION', { key: 'Kabel serat optik' }],
    ]);
  });
});

describe('Word (.docx) numbered questions: bulleted statements under a stem', () => {
  it('keeps Word\'s bullets under a question as lines of its stem (or of the option above), where each bullet became a question of its own', async () => {
    const result = await read(
      word('butir.docx', [
        { text: 'Perhatikan pernyataan berikut:', list: 0 },
        { text: 'CSS mengatur tampilan', bullet: 0 },
        { text: 'HTML mengatur struktur', bullet: 0 },
        { text: 'Pernyataan di atas …' },
        { text: 'Benar semua', list: 1 },
        { text: 'Salah semua', list: 1 },
        { text: 'Kunci: A' },
        { text: '2. Manakah yang termasuk bahasa pemrograman?' },
        { text: 'a. HTML saja' },
        { text: 'b. Salah satu dari:' },
        { text: 'PHP', bullet: 0 },
        { text: 'Python', bullet: 0 },
        { text: 'Kunci: B' },
      ]),
    );
    expect(result.refused).toEqual([]);
    expect(result.questions.map((q) => [q.name, q.stem.id, q.options.map((o) => o.id), q.key])).toEqual([
      ['1', 'Perhatikan pernyataan berikut:\n• CSS mengatur tampilan\n• HTML mengatur struktur\nPernyataan di atas …', ['Benar semua', 'Salah semua'], 0],
      ['2', 'Manakah yang termasuk bahasa pemrograman?', ['HTML saja', 'Salah satu dari:\n• PHP\n• Python'], 1],
    ]);
  });
});

describe('Word (.docx) numbered questions: a numbered list typed inside a question', () => {
  it('keeps statements typed "1)"… under a stem, and an essay answer\'s typed points, in their question, where each became a question; the next question\'s number still starts it', async () => {
    const result = await read(
      word('pernyataan.docx', [
        { text: '1. Perhatikan pernyataan berikut!' },
        { text: '1) PHP berjalan di server' },
        { text: '2) JavaScript hanya berjalan di server' },
        { text: '3) SQL adalah bahasa kueri' },
        { text: 'Pernyataan yang benar ditunjukkan oleh nomor …' },
        { text: 'a. 1 dan 2' },
        { text: 'b. 1 dan 3' },
        { text: 'Kunci: B' },
        { text: '2. Sebutkan langkah memasang konektor RJ45!' },
        { text: 'Kunci jawaban:' },
        { text: '1. Kupas kabel' },
        { text: '2. Urutkan warna T568B, lalu crimping' },
        { text: '3. Jelaskan fungsi DNS!' },
        { text: 'Kunci jawaban: menerjemahkan nama ke alamat IP.' },
        { text: 'Perhatikan urutan berikut:', list: 0 },
        { text: '1. Kupas' },
        { text: '2. Crimping' },
        { text: 'Urutan itu …' },
        { text: 'Benar', list: 1 },
        { text: 'Salah', list: 1 },
        { text: 'Kunci: A' },
      ]),
    );
    expect(result.refused).toEqual([]);
    expect(result.questions.map((q) => [q.name, q.stem.id, q.options.map((o) => o.id), q.expected?.id ?? null])).toEqual([
      ['1', 'Perhatikan pernyataan berikut!\n1) PHP berjalan di server\n2) JavaScript hanya berjalan di server\n3) SQL adalah bahasa kueri\nPernyataan yang benar ditunjukkan oleh nomor …', ['1 dan 2', '1 dan 3'], null],
      ['2', 'Sebutkan langkah memasang konektor RJ45!', [], '1. Kupas kabel\n2. Urutkan warna T568B, lalu crimping'],
      ['3', 'Jelaskan fungsi DNS!', [], 'menerjemahkan nama ke alamat IP.'],
      ['4', 'Perhatikan urutan berikut:\n1. Kupas\n2. Crimping\nUrutan itu …', ['Benar', 'Salah'], null],
    ]);
  });
});

describe('Word (.docx) numbered questions: an answer key typed after the questions', () => {
  const questions: Para[] = [
    { text: '1. Port bawaan HTTPS adalah …' },
    { text: 'a. 80' },
    { text: 'b. 443' },
    { text: '2. Port bawaan HTTP adalah …' },
    { text: 'a. 80' },
    { text: 'b. 443' },
    { text: '3. Port bawaan SSH adalah …' },
    { text: 'a. 22' },
    { text: 'b. 23' },
    { text: 'Kunci: B' },
    { text: '4. Jelaskan fungsi DNS!' },
  ];

  it('gives each question its key from a "KUNCI JAWABAN" list by its number, where every question was refused for want of one; a key line under a question wins', async () => {
    const result = await read(word('kunci-akhir.docx', [...questions, { text: '' }, { text: 'KUNCI JAWABAN' }, { text: '1. B' }, { text: '2. A    3. A' }]));
    expect(result.refused).toEqual([]);
    expect(result.questions.map((q) => [q.name, q.kind, q.key])).toEqual([
      ['1', 'multiple_choice', 1],
      ['2', 'multiple_choice', 0],
      ['3', 'multiple_choice', 1],
      ['4', 'essay', null],
    ]);
    expect(result.questions[3].stem.id).toBe('Jelaskan fungsi DNS!');
  });

  it('reads the key from a table under the heading too', async () => {
    const result = await read(word('kunci-tabel.docx', [...questions, { text: 'Kunci Jawaban:' }, { table: [['No', 'Kunci'], ['1', 'B'], ['2', 'a']] }]));
    expect(result.refused).toEqual([]);
    expect(result.questions.map((q) => [q.name, q.key])).toEqual([
      ['1', 1],
      ['2', 0],
      ['3', 1],
      ['4', null],
    ]);
  });
});

describe('Word (.docx) numbered questions: options typed side by side', () => {
  it('reads "a. 80   b. 443   c. 8080" on one line as its options, where it was one option and the question was refused; "b." inside an option\'s words followed by the option b. is no split', async () => {
    const result = await read(
      word('berjajar.docx', [
        { text: '1. Port bawaan HTTPS adalah …' },
        { text: 'a. 80\tb. 443\tc. 8080\td. 21' },
        { text: 'Kunci: B' },
        { text: '2. Jaringan yang menghubungkan komputer dalam satu gedung disebut …' },
        { text: 'A) LAN   B) WAN' },
        { text: 'Kunci: A' },
        { text: '3. Kepanjangan WLAN adalah …' },
        { text: 'a. Wireless LAN (kelas b. jaringan)' },
        { text: 'b. Wide LAN' },
        { text: 'Kunci: a' },
      ]),
    );
    expect(result.refused).toEqual([]);
    expect(result.questions.map((q) => [q.name, q.options.map((o) => o.id), q.key])).toEqual([
      ['1', ['80', '443', '8080', '21'], 1],
      ['2', ['LAN', 'WAN'], 0],
      ['3', ['Wireless LAN (kelas b. jaringan)', 'Wide LAN'], 0],
    ]);
  });
});

describe('Word (.docx) numbered questions: a lettered section heading between them', () => {
  it('ends the question above at "B. ESAI", where the heading was read as more words of its last option; "A. Yani" continuing an option stays in it', async () => {
    const result = await read(
      word('bagian.docx', [
        { text: 'A. PILIHAN GANDA' },
        { text: '1. Port bawaan SSH adalah …' },
        { text: 'a. 22' },
        { text: 'b. 23' },
        { text: 'B. ESAI' },
        { text: '2. Alamat kantor pusat ada di …' },
        { text: 'a. Jalan' },
        { text: 'A. Yani nomor 5' },
        { text: 'b. Jalan Sudirman' },
        { text: 'Kunci: A' },
        { text: '1. Jelaskan fungsi DNS!' },
        { text: 'KUNCI JAWABAN' },
        { text: '1. A' },
      ]),
    );
    expect(result.refused).toEqual([]);
    expect(result.questions.map((q) => [q.name, q.stem.id, q.options.map((o) => o.id), q.key])).toEqual([
      ['1', 'Port bawaan SSH adalah …', ['22', '23'], 0],
      ['2', 'Alamat kantor pusat ada di …', ['Jalan A. Yani nomor 5', 'Jalan Sudirman'], 0],
      ['1', 'Jelaskan fungsi DNS!', [], null],
    ]);
  });
});

describe('Word (.docx) numbered questions: a sixth option', () => {
  it('refuses a question with options a. to f. as having six, where "f." was run into option E and the question imported with five', async () => {
    const result = await read(
      word('enam.docx', [
        { text: '1. Enam pilihan' },
        ...['1', '2', '3', '4', '5', '6'].map((n, i) => ({ text: `${'abcdef'[i]}. ${n}` })),
        { text: 'Kunci: A' },
      ]),
    );
    expect(result.questions).toEqual([]);
    expect(result.refused.map((r) => [r.name, r.code, r.params])).toEqual([['1', 'BANK_TOO_MANY_OPTIONS', { count: 6, max: 5 }]]);
  });
});

describe('Word (.docx) numbered questions: a line keeping the options in order', () => {
  const order = (q: ReturnType<typeof named>) => ({ inOrder: q.optionsInOrder, noted: q.notes.some((n) => n.code === 'BANK_OPTIONS_IN_ORDER') });

  it('keeps a question\'s options in order under "Urutan pilihan tetap" or "Keep option order", as the template column\'s Ya, whatever its case and spacing, under the options or the key; ": Tidak" or no line shuffles', async () => {
    const result = await read(
      word('urutan-tetap.docx', [
        { text: '1. Urutan lapisan OSI dari bawah adalah …' },
        { text: 'a. Fisik' },
        { text: 'b. Data link' },
        { text: 'c. Jaringan' },
        { text: 'Urutan pilihan tetap' },
        { text: 'Kunci: A' },
        { text: '2. Lapisan tempat router bekerja adalah …' },
        { text: 'a. Fisik' },
        { text: 'b. Jaringan' },
        { text: 'Kunci: B' },
        { text: '  URUTAN   pilihan  TETAP. ' },
        { text: '3. Which layer does a switch work at?' },
        { text: 'a. Physical' },
        { text: 'b. Data link' },
        { text: 'Keep option order' },
        { text: 'Answer: B' },
        { text: '4. Kabel untuk jaringan lokal adalah …' },
        { text: 'a. UTP' },
        { text: 'b. Telepon' },
        { text: 'Urutan pilihan tetap: Tidak' },
        { text: 'Kunci: A' },
        { text: '5. Port bawaan HTTP adalah …' },
        { text: 'a. 80' },
        { text: 'b. 443' },
        { text: 'Urutan Pilihan Tetap : Ya' },
        { text: 'Kunci: A' },
        { text: '6. Port bawaan SSH adalah …' },
        { text: 'a. 21' },
        { text: 'b. 22' },
        { text: 'Kunci: B' },
      ]),
    );
    expect(result.refused).toEqual([]);
    // The line is no words of the last option: it was read as "Jaringan Urutan pilihan tetap" and the question shuffled.
    expect(named(result, '1').options.map((o) => o.id)).toEqual(['Fisik', 'Data link', 'Jaringan']);
    expect(named(result, '3').options.map((o) => o.id)).toEqual(['Physical', 'Data link']);
    expect(['1', '2', '3', '4', '5', '6'].map((name) => order(named(result, name)))).toEqual([
      { inOrder: true, noted: true },
      { inOrder: true, noted: true },
      { inOrder: true, noted: true },
      { inOrder: false, noted: false },
      { inOrder: true, noted: true },
      { inOrder: false, noted: false },
    ]);
  });

  it('reads the line under options in Word\'s own lists too, and a question of that list whose words start as the line is still a question', async () => {
    const result = await read(
      word('urutan-daftar.docx', [
        { text: 'Lapisan paling bawah model OSI adalah …', list: 0 },
        { text: 'Fisik', list: 1 },
        { text: 'Aplikasi', list: 1 },
        { text: 'Urutan pilihan tetap' },
        { text: 'Kunci: A' },
        { text: 'Urutan pilihan menu untuk menyimpan berkas adalah …', list: 0 },
        { text: 'File, Save', list: 1 },
        { text: 'Edit, Copy', list: 1 },
        { text: 'Kunci: A' },
      ]),
    );
    expect(result.refused).toEqual([]);
    expect(result.questions.map((q) => [q.stem.id, q.options.map((o) => o.id), q.optionsInOrder])).toEqual([
      ['Lapisan paling bawah model OSI adalah …', ['Fisik', 'Aplikasi'], true],
      ['Urutan pilihan menu untuk menyimpan berkas adalah …', ['File, Save', 'Edit, Copy'], false],
    ]);
  });

  it('names the questions after such a line typed as an item of Word\'s numbered list by the numbers Word shows, so a key list after them keys each', async () => {
    // Word gives the line a number of the list ("2."), and the next question shows "3.": named "2", it took
    // the key of "2. A" in the list below and the next one was left without a key.
    const result = await read(
      word('urutan-bernomor.docx', [
        { text: 'Lapisan paling bawah model OSI adalah …', list: 0 },
        { text: 'Fisik', list: 1 },
        { text: 'Aplikasi', list: 1 },
        { text: 'Urutan pilihan tetap', list: 0 },
        { text: 'Protokol untuk alamat IP otomatis adalah …', list: 0 },
        { text: 'DNS', list: 1 },
        { text: 'DHCP', list: 1 },
        { text: 'Perangkat lapisan 3 adalah …', list: 0 },
        { text: 'Router', list: 1 },
        { text: 'Hub', list: 1 },
        { text: 'KUNCI JAWABAN' },
        { text: '1. A' },
        { text: '3. B' },
        { text: '4. A' },
      ]),
    );
    expect(result.refused).toEqual([]);
    expect(result.questions.map((q) => [q.name, q.key, q.optionsInOrder])).toEqual([
      ['1', 0, true],
      ['3', 1, false],
      ['4', 0, false],
    ]);
  });

  it('refuses a question whose line looks like it but is not, naming the line, where it became words of the last option', async () => {
    const result = await read(
      word('urutan-salah.docx', [
        { text: '1. Satu' },
        { text: 'a. 1' },
        { text: 'b. 2' },
        { text: 'Urutan pilihan tetep' },
        { text: 'Kunci: A' },
        { text: '2. Dua' },
        { text: 'a. 1' },
        { text: 'b. 2' },
        { text: 'Urutan pilihan tetap: mungkin' },
        { text: 'Kunci: A' },
        { text: '3. Three' },
        { text: 'a. 1' },
        { text: 'b. 2' },
        { text: 'Kunci: A' },
        { text: 'Keep the options order please' },
        { text: '4. Empat' },
        { text: 'a. 1' },
        { text: 'b. 2' },
        { text: 'Kunci: B' },
      ]),
    );
    expect(result.refused.map((r) => [r.name, r.code, r.params])).toEqual([
      ['1', 'BANK_BAD_IN_ORDER_LINE', { value: 'Urutan pilihan tetep' }],
      ['2', 'BANK_BAD_IN_ORDER_LINE', { value: 'Urutan pilihan tetap: mungkin' }],
      ['3', 'BANK_BAD_IN_ORDER_LINE', { value: 'Keep the options order please' }],
    ]);
    expect(result.questions.map((q) => [q.name, q.options.map((o) => o.id), q.optionsInOrder])).toEqual([['4', ['1', '2'], false]]);
  });
});
