import { describe, expect, it } from 'vitest';
import { splitPlaceDate } from '../../../electron/core/spreadsheets/place-date';

const text = (t: string) => ({ t: 'text' as const, text: t });

describe('splitPlaceDate', () => {
  it('splits a "Tempat, Tanggal Lahir" cell however the list writes it', () => {
    expect(splitPlaceDate(text('Bogor, 17-08-1995'))).toEqual({ place: text('Bogor'), date: text('17-08-1995') });
    expect(splitPlaceDate(text('Kab. Bandung, 17 Agustus 1995'))).toEqual({ place: text('Kab. Bandung'), date: text('17 Agustus 1995') });
    expect(splitPlaceDate(text('Jakarta / 17/08/1995'))).toEqual({ place: text('Jakarta'), date: text('17/08/1995') });
    expect(splitPlaceDate(text('Bandar Lampung 17.08.1995'))).toEqual({ place: text('Bandar Lampung'), date: text('17.08.1995') });
    expect(splitPlaceDate(text('Medan,1995-08-17'))).toEqual({ place: text('Medan'), date: text('1995-08-17') });
  });

  it('keeps a date it cannot recognise as the date, to be refused there, never dropped', () => {
    expect(splitPlaceDate(text('Bogor, 31 Febuari'))).toEqual({ place: text('Bogor'), date: text('31 Febuari') });
    expect(splitPlaceDate(text('17081995'))).toEqual({ place: { t: 'empty' }, date: text('17081995') });
    expect(splitPlaceDate(text('Surabaya'))).toEqual({ place: text('Surabaya'), date: { t: 'empty' } });
  });

  it('reads a date cell as the date and an empty cell as neither', () => {
    expect(splitPlaceDate({ t: 'date', iso: '1995-08-17' })).toEqual({ place: { t: 'empty' }, date: { t: 'date', iso: '1995-08-17' } });
    expect(splitPlaceDate({ t: 'empty' })).toEqual({ place: { t: 'empty' }, date: { t: 'empty' } });
  });
});
