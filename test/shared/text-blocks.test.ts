import { describe, expect, it } from 'vitest';
import { placedPictures, renumberPictureLines, textBlocks, withoutPictureLines } from '../../electron/shared/text-blocks';

describe('a question text as paragraphs and tables', () => {
  it('shows the rows the Word import writes as a table between the sentences around it', () => {
    const text = 'Perhatikan tabel penjualan berikut:\nBulan | Unit | Harga\nJanuari | 12 | 15.000\nFebruari |  | 16.000\nBerapa total penjualan Januari?';
    expect(textBlocks(text)).toEqual([
      { kind: 'text', text: 'Perhatikan tabel penjualan berikut:' },
      {
        kind: 'table',
        rows: [
          ['Bulan', 'Unit', 'Harga'],
          ['Januari', '12', '15.000'],
          ['Februari', '', '16.000'],
        ],
      },
      { kind: 'text', text: 'Berapa total penjualan Januari?' },
    ]);
  });

  it('reads a table an author typed with borders and a Markdown rule, and pads a row a merged cell shortened', () => {
    expect(textBlocks('| Kode | Nama |\n|---|:---:|\n| A1 | Apel |\n| B2 |')).toEqual([
      { kind: 'table', rows: [['Kode', 'Nama'], ['A1', 'Apel'], ['B2', '']] },
    ]);
  });

  it('leaves text alone: a single bar line, a bar without spaces, paragraphs and blank lines', () => {
    const text = 'Pilih a | b saja.\n\nPerintah ls|grep menyaring keluaran.\nBaris terakhir.';
    expect(textBlocks(text)).toEqual([{ kind: 'text', text }]);
    expect(textBlocks('')).toEqual([{ kind: 'text', text: '' }]);
  });

  it('keeps two tables apart when a sentence stands between them', () => {
    const blocks = textBlocks('a | b\nc | d\nlalu\ne | f\ng | h');
    expect(blocks.map((b) => b.kind)).toEqual(['table', 'text', 'table']);
  });

  it("places a stem's picture at its [gambar N] line, a line naming a picture the question lacks staying text", () => {
    const text = 'Perhatikan gambar berikut:\n[gambar 2]\nSebutkan fungsinya.\n [Image 1] \n[gambar 3]\nlihat [gambar 1] di atas';
    expect(textBlocks(text, 2)).toEqual([
      { kind: 'text', text: 'Perhatikan gambar berikut:' },
      { kind: 'picture', index: 1 },
      { kind: 'text', text: 'Sebutkan fungsinya.' },
      { kind: 'picture', index: 0 },
      { kind: 'text', text: '[gambar 3]\nlihat [gambar 1] di atas' },
    ]);
    // Without pictures (a caller that shows none) every line is text.
    expect(textBlocks('[gambar 1]')).toEqual([{ kind: 'text', text: '[gambar 1]' }]);
    expect(placedPictures(text)).toEqual([1, 0, 2]);
    expect(withoutPictureLines('A\n[gambar 1]\nB')).toBe('A\nB');
  });

  it("follows the stem's pictures when they are removed or reordered, dropping the line of a removed one", () => {
    const text = 'Perhatikan:\n[gambar 1]\nlalu\n [Image 2] \n[gambar 3]\n[gambar 4]\nlihat [gambar 2] di atas';
    // The first of three removed: 2 and 3 move up, 1's line goes, 4 named nothing and stays as typed.
    expect(renumberPictureLines(text, ['a', 'b', 'c'], ['b', 'c'])).toBe('Perhatikan:\nlalu\n [Image 1] \n[gambar 2]\n[gambar 4]\nlihat [gambar 2] di atas');
    // Swapped, and the same image twice matched in order.
    expect(renumberPictureLines('[gambar 1]\n[gambar 2]', ['a', 'b'], ['b', 'a'])).toBe('[gambar 2]\n[gambar 1]');
    expect(renumberPictureLines('[gambar 1]\n[gambar 2]', ['a', 'a'], ['x', 'a'])).toBe('[gambar 2]');
    // Added at the end: nothing moves.
    expect(renumberPictureLines(text, ['a', 'b', 'c'], ['a', 'b', 'c', 'd'])).toBe(text);
  });
});
