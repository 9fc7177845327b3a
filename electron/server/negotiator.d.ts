// negotiator ships no types, and @types/negotiator (0.6) predates the `preferred` option of 1.x that
// static-files.ts needs; only what is used here is declared.
declare module 'negotiator' {
  type Headers = { readonly [key: string]: string | readonly string[] | undefined };
  export default class Negotiator {
    constructor(request: { headers: Headers });
    /** Acceptable ones among `available`, best first; between equal q-values, `preferred` order. */
    encodings(available: readonly string[], options?: { preferred?: readonly string[] }): string[];
  }
}
