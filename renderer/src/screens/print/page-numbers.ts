import { useEffect } from 'react';

/** A piece of text as a CSS string literal. */
export const cssString = (text: string): string => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, ' ')}"`;

/** The custom properties print.css's @page rule reads around its page counters, set on the root: the page context inherits from it. */
export const PAGE_NUMBER_PROPERTIES = ['--print-page-before', '--print-page-between', '--print-page-after'] as const;

/** A translation with {{page}} and then {{pages}} ("Halaman {{page}} dari {{pages}}") cut into the words around the two counters. */
export function pageNumberParts(template: string): [string, string, string] {
  const [before = '', rest = ''] = template.split('{{page}}');
  const [between = '', after = ''] = rest.split('{{pages}}');
  return [before, between, after];
}

/**
 * While a print view is open, every printed sheet carries "Halaman x dari y" in its bottom margin (print.css), in the
 * given words: only the print engine knows how many sheets the form takes, so the numbers are CSS counters.
 */
export function usePageNumbers(template: string): void {
  useEffect(() => {
    const root = document.documentElement.style;
    pageNumberParts(template).forEach((part, i) => root.setProperty(PAGE_NUMBER_PROPERTIES[i], cssString(part)));
    return () => {
      for (const property of PAGE_NUMBER_PROPERTIES) root.removeProperty(property);
    };
  }, [template]);
}
