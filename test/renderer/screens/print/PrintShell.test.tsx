import { readFileSync } from 'node:fs';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { createI18n } from '../../../../renderer/src/i18n/setup';
import { PrintShell } from '../../../../renderer/src/screens/print/PrintShell';
import { cssString, pageNumberParts } from '../../../../renderer/src/screens/print/page-numbers';

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

  it('quote the words as CSS strings, so a quote in a translation cannot end them', () => {
    expect(pageNumberParts('S. {{page}} "von" {{pages}}')).toEqual(['S. ', ' "von" ', '']);
    expect(cssString(' "von" ')).toBe('" \\"von\\" "');
  });
});
