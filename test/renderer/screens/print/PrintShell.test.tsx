import { readFileSync } from 'node:fs';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { createI18n } from '../../../../renderer/src/i18n/setup';
import { PrintShell } from '../../../../renderer/src/screens/print/PrintShell';
import { cssString, pageNumberParts, partPageNumberParts } from '../../../../renderer/src/screens/print/page-numbers';

afterEach(cleanup);

const shell = (bilingual = false) =>
  render(
    <I18nextProvider i18n={createI18n('en')}>
      <PrintShell form="ia01" pdfName="ia01-s1" onClose={() => undefined} backLabel="Back" bilingual={bilingual}>
        <p>form</p>
      </PrintShell>
    </I18nextProvider>,
  );

const words = () => ['--print-page-before', '--print-page-between', '--print-page-after'].map((p) => document.documentElement.style.getPropertyValue(p));
const partWords = () =>
  ['--print-part-page-before', '--print-part-page-sheet', '--print-part-page-sheets', '--print-part-page-after'].map((p) => document.documentElement.style.getPropertyValue(p));

describe('page numbers on a printed form', () => {
  it('number every sheet "x of y" in the form\'s language: a form of many pages had none', () => {
    const view = shell();
    expect(words()).toEqual(['"Halaman "', '" dari "', '""']);
    fireEvent.change(screen.getByTestId('print-language'), { target: { value: 'en' } });
    expect(words()).toEqual(['"Page "', '" of "', '""']);
    // Closed, the screen's own prints (Ctrl+P) get no numbers.
    view.unmount();
    expect(words()).toEqual(['', '', '']);
  });

  it('are left off a certificate, whose front and back are one document each', () => {
    shell(true);
    expect(words()).toEqual(['', '', '']);
  });

  it("are printed by print.css's @page rule from those words around the page counters", () => {
    const css = readFileSync('renderer/src/styles/print.css', 'utf8');
    expect(css).toMatch(/@bottom-right \{\s*content: var\(--print-page-before\) counter\(page\) var\(--print-page-between\) counter\(pages\) var\(--print-page-after\);/);
  });

  it('number a sheet of a PDF of several forms within its form, then within the PDF, in the form\'s language', () => {
    const view = shell();
    expect(partWords()).toEqual(['"Halaman "', '" formulir ini — lembar "', '" dari "', '""']);
    fireEvent.change(screen.getByTestId('print-language'), { target: { value: 'en' } });
    expect(partWords()).toEqual(['"Page "', '" of this form — sheet "', '" of "', '""']);
    view.unmount();
    expect(partWords()).toEqual(['', '', '', '']);
  });

  it("restart at 1 with each form of a PDF of several: print.css alternates the forms between two named pages, each counting its own sheets", () => {
    const css = readFileSync('renderer/src/styles/print.css', 'utf8');
    expect(css).toMatch(/\.print-bundle > \.print-bundle__part:nth-child\(odd of \.print-bundle__part\) \{\s*page: bundle-odd;/);
    expect(css).toMatch(/\.print-bundle > \.print-bundle__part:nth-child\(even of \.print-bundle__part\) \{\s*page: bundle-even;/);
    for (const [page, own, other] of [
      ['bundle-odd', 'form-page-odd', 'form-page-even'],
      ['bundle-even', 'form-page-even', 'form-page-odd'],
    ]) {
      const rule = new RegExp(`@page ${page} \\{\\s*counter-increment: ${own};\\s*counter-set: ${other} 0;[^@]*@bottom-right \\{\\s*content: var\\(--print-part-page-before\\) counter\\(${own}\\) var\\(--print-part-page-sheet\\) counter\\(page\\) var\\(--print-part-page-sheets\\) counter\\(pages\\)\\s+var\\(--print-part-page-after\\);`);
      expect(css).toMatch(rule);
    }
  });

  it('quote the words as CSS strings, so a quote in a translation cannot end them', () => {
    expect(pageNumberParts('S. {{page}} "von" {{pages}}')).toEqual(['S. ', ' "von" ', '']);
    expect(partPageNumberParts('S. {{page}}, Blatt {{sheet}} von {{sheets}}.')).toEqual(['S. ', ', Blatt ', ' von ', '.']);
    expect(cssString(' "von" ')).toBe('" \\"von\\" "');
  });
});
