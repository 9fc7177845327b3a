import type { id } from './id';

/**
 * Indonesian has no plural forms, so i18next reads only `x_other` there; English reads `x_one` for a
 * count of 1, which every `x_other` therefore needs beside it.
 */
type EnglishOne<T> = { readonly [K in keyof T as K extends `${infer Base}_other` ? `${Base}_one` : never]: string };

/** The shape of a translation of `T`: the same keys (and English `_one` forms), any text. */
export type Widen<T> = { readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> } & EnglishOne<T>;

/** Same keys as Indonesian, any text: a key missing from `en` is a type error. */
export type Translation = Widen<typeof id>;
