import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../../electron/shared/i18n/en';
import { id } from '../../../electron/shared/i18n/id';
import { FileField } from '../../../renderer/src/components/FileField';
import type { Language } from '../../../renderer/src/i18n/languages';
import { createI18n } from '../../../renderer/src/i18n/setup';

afterEach(cleanup);

function Picker() {
  const [file, setFile] = useState<File | null>(null);
  return <FileField label="Berkas paket" accept=".uji" file={file} onFile={setFile} testId="pick" />;
}

const inLanguage = (language: Language) => render(<I18nextProvider i18n={createI18n(language)}><Picker /></I18nextProvider>);

describe('FileField', () => {
  it('says in the page’s language that no file is chosen, then the chosen file’s name; the input keeps its label', () => {
    inLanguage('id');
    const input = screen.getByTestId('pick') as HTMLInputElement;
    expect(input.type).toBe('file');
    expect(input.accept).toBe('.uji');
    expect(screen.getByText(id.common.fileField.choose).tagName).toBe('LABEL');
    expect(screen.getByTestId('pick-name').textContent).toBe(id.common.fileField.none);
    const labelledBy = (input.getAttribute('aria-labelledby') ?? '').split(' ').map((ref) => document.getElementById(ref)?.textContent);
    expect(labelledBy).toEqual(['Berkas paket', id.common.fileField.none]);

    fireEvent.change(input, { target: { files: [new File(['x'], 'sesi-JWP.uji')] } });
    expect(screen.getByTestId('pick-name').textContent).toBe('sesi-JWP.uji');
    expect(screen.getByText(id.common.fileField.change)).toBeTruthy();
  });

  it('speaks English in the English UI', () => {
    inLanguage('en');
    expect(screen.getByText(en.common.fileField.choose)).toBeTruthy();
    expect(screen.getByTestId('pick-name').textContent).toBe(en.common.fileField.none);
  });
});
