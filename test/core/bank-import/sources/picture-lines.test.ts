import { describe, expect, it } from 'vitest';
import { PICTURE_MARK as M } from '../../../../electron/core/bank-import/sources/images';
import { placePictureMarks, withoutPictureMarks } from '../../../../electron/core/bank-import/sources/picture-lines';

describe("a Word picture's place among the stem's words", () => {
  it('becomes a [gambar N] line where words follow it, N among the pictures the question keeps', () => {
    expect(placePictureMarks(`Perhatikan gambar berikut!\n${M}\nKomponen yang ditunjuk adalah …`, [0])).toBe(
      'Perhatikan gambar berikut!\n[gambar 1]\nKomponen yang ditunjuk adalah …',
    );
    // A picture inside a sentence's paragraph cuts it into lines around its own.
    expect(placePictureMarks(`Bandingkan ${M} dengan ${M} lalu jawab.`, [0, 1])).toBe('Bandingkan\n[gambar 1]\ndengan\n[gambar 2]\nlalu jawab.');
  });

  it('is dropped with nothing after it (the picture shows after the text), when not kept, or in a table row', () => {
    expect(placePictureMarks(`Perhatikan gambar berikut!\n${M}`, [0])).toBe('Perhatikan gambar berikut!');
    // The first picture was skipped (an SVG): the second is the question's first kept one.
    expect(placePictureMarks(`A\n${M}\nB\n${M}\nC`, [null, 0])).toBe('A\nB\n[gambar 1]\nC');
    expect(placePictureMarks(`Alat | Gambar\nTang | ${M}\nBerapa alat?`, [0])).toBe('Alat | Gambar\nTang | \nBerapa alat?');
  });

  it('drops every mark when they are not one a picture: a wrong line would be worse than none', () => {
    expect(placePictureMarks(`A\n${M}\nB`, [0, 1])).toBe('A\nB');
    expect(placePictureMarks('Tanpa gambar', [0])).toBe('Tanpa gambar');
  });

  it('leaves every other text without marks', () => {
    expect(withoutPictureMarks(`${M} Router`)).toBe('Router');
    expect(withoutPictureMarks(`Router\n${M}\nSwitch`)).toBe('Router\nSwitch');
    expect(withoutPictureMarks('Router')).toBe('Router');
  });
});
