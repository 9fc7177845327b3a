import { useEffect } from 'react';

/** A piece of text as a CSS string literal. */
export const cssString = (text: string): string => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, ' ')}"`;

/** The custom properties print.css's @page rule reads around its page counters, set on the root: the page context inherits from it. */
export const PAGE_NUMBER_PROPERTIES = ['--print-page-before', '--print-page-between', '--print-page-after'] as const;

/**
 * The same for a sheet of a PDF of several forms (print.css's bundle-odd and bundle-even pages): around the page's
 * number within its form, the sheet's within the PDF and the PDF's count of sheets.
 */
export const PART_PAGE_NUMBER_PROPERTIES = ['--print-part-page-before', '--print-part-page-sheet', '--print-part-page-sheets', '--print-part-page-after'] as const;

/** A translation cut into the words around its placeholders, which it holds in the order given. */
export function templateParts(template: string, placeholders: readonly string[]): string[] {
  const parts: string[] = [];
  let rest = template;
  for (const placeholder of placeholders) {
    const [before = '', ...after] = rest.split(`{{${placeholder}}}`);
    parts.push(before);
    rest = after.join(`{{${placeholder}}}`);
  }
  return [...parts, rest];
}

/** A translation with {{page}} and then {{pages}} ("Halaman {{page}} dari {{pages}}") cut into the words around the two counters. */
export const pageNumberParts = (template: string): string[] => templateParts(template, ['page', 'pages']);

/** "Halaman {{page}} formulir ini — lembar {{sheet}} dari {{sheets}}" cut into the words around its three counters. */
export const partPageNumberParts = (template: string): string[] => templateParts(template, ['page', 'sheet', 'sheets']);

/**
 * While a print view is open, every printed sheet carries "Halaman x dari y" in its bottom margin (print.css), in the
 * given words: only the print engine knows how many sheets the form takes, so the numbers are CSS counters. `part`
 * gives the words for a sheet of a PDF of several forms.
 */
export function usePageNumbers(template: string, part: string): void {
  useEffect(() => {
    const root = document.documentElement.style;
    pageNumberParts(template).forEach((text, i) => root.setProperty(PAGE_NUMBER_PROPERTIES[i], cssString(text)));
    partPageNumberParts(part).forEach((text, i) => root.setProperty(PART_PAGE_NUMBER_PROPERTIES[i], cssString(text)));
    return () => {
      for (const property of [...PAGE_NUMBER_PROPERTIES, ...PART_PAGE_NUMBER_PROPERTIES]) root.removeProperty(property);
    };
  }, [template, part]);
}
