import type { id } from './id';

type Widen<T> = { readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** Same keys as Indonesian, any text: a key missing from `en` is a type error. */
export type Translation = Widen<typeof id>;
