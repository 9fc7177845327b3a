import { readFileSync } from 'node:fs';
import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { createI18n } from '../../../../renderer/src/i18n/setup';
import { FormFrame, SignatureBlock } from '../../../../renderer/src/screens/print/FormFrame';
import { inTimeZone } from '../../../support/time-zone';

// Signed at 06:30 WIT (Jayapura) on 3 December, which is still 2 December in UTC.
const SIGNED_AT = '2026-12-02T21:30:00.000Z';

describe('the signature block', () => {
  inTimeZone('Asia/Jayapura');
  afterEach(cleanup);

  it('prints the day and time the person signed where the venue is, not the UTC day', () => {
    render(
      <I18nextProvider i18n={createI18n('id')}>
        <SignatureBlock
          candidate={{ name: 'Asesi', mark: { at: SIGNED_AT, how: 'acknowledged' } }}
          assessor={{ name: 'Asesor', met: 'MET.000.1', mark: { at: '2026-12-03T01:00:00.000Z', how: 'signed' } }}
        />
      </I18nextProvider>,
    );
    const block = screen.getByRole('table').textContent ?? '';
    expect(block).toContain('3 Des 2026');
    expect(block).toContain('06.30');
    expect(block).not.toContain('2 Des 2026');
    expect(screen.getByTestId('signature-candidate').textContent).toContain('Diterima dengan kata sandi asesi');
    expect(screen.getByTestId('signature-assessor').textContent).toContain('Ditandatangani secara elektronik');
  });

  it('prints an empty line, never an electronic signature, for a person who gave none', () => {
    render(
      <I18nextProvider i18n={createI18n('en')}>
        <SignatureBlock candidate={{ name: 'Asesi', mark: null }} assessor={{ name: 'Asesor', met: 'MET.000.1', mark: { at: SIGNED_AT, how: 'signed' } }} />
      </I18nextProvider>,
    );
    const candidate = screen.getByTestId('signature-candidate');
    expect(candidate.dataset.how).toBe('wet');
    expect(candidate.textContent).toBe('');
    const block = screen.getByRole('table').textContent ?? '';
    expect(block.match(/electronically/g)).toHaveLength(1);
  });
});

describe("the form's header", () => {
  afterEach(cleanup);
  const header = {
    lspName: 'LSP Uji',
    lspLicenceNo: 'BNSP-LSP-UJI-0001',
    schemeCode: 'SKM-01',
    schemeTitle: { id: 'Skema', en: 'Scheme' },
    sessionCode: 'JWP-UJI-01',
    tukName: 'TUK Uji',
    tukType: 'mandiri' as const,
    date: '2026-12-01',
  };

  it.each([
    ['id' as const, 'Nomor Lisensi BNSP-LSP-UJI-0001'],
    ['en' as const, 'Licence No. BNSP-LSP-UJI-0001'],
  ])("names the LSP with its BNSP licence number, which the forms left out (%s)", (language, text) => {
    render(
      <I18nextProvider i18n={createI18n(language)}>
        <FormFrame form="ak01" header={header}>
          <p />
        </FormFrame>
      </I18nextProvider>,
    );
    expect(screen.getByTestId('form-lsp').textContent).toBe('LSP Uji');
    expect(screen.getByTestId('form-lsp-licence').textContent).toBe(text);
  });

  it('prints the name alone, with no placeholder number, where the LSP recorded no licence', () => {
    render(
      <I18nextProvider i18n={createI18n('id')}>
        <FormFrame form="ak01" header={{ ...header, lspLicenceNo: null }}>
          <p />
        </FormFrame>
      </I18nextProvider>,
    );
    expect(screen.getByTestId('form-lsp').textContent).toBe('LSP Uji');
    expect(screen.queryByTestId('form-lsp-licence')).toBeNull();
  });
});

describe("the form's running header", () => {
  afterEach(cleanup);
  const header = {
    lspName: 'LSP Uji',
    lspLicenceNo: null,
    schemeCode: 'SKM-01',
    schemeTitle: { id: 'Skema', en: 'Scheme' },
    sessionCode: 'JWP-UJI-01',
    tukName: 'TUK Uji',
    tukType: 'mandiri' as const,
    date: '2026-12-01',
  };
  const frame = (language: 'id' | 'en', candidate?: { name: string; participantNo: string }, form: 'ia05' | 'ak05' | 'attendance' = 'ia05') =>
    render(
      <I18nextProvider i18n={createI18n(language)}>
        <FormFrame form={form} header={header} candidate={candidate}>
          <p data-testid="form-body">isi</p>
        </FormFrame>
      </I18nextProvider>,
    );

  it.each([
    ['id' as const, 'FR.IA.05 · Pertanyaan Tertulis Pilihan Ganda', 'Peserta Satu (No. peserta P-0001)'],
    ['en' as const, 'FR.IA.05 · Written Questions: Multiple Choice', 'Peserta Satu (participant no. P-0001)'],
  ])('names the form and the candidate in the head of a table whose body holds the whole form, which Chromium repeats atop every sheet (%s)', (language, form, record) => {
    frame(language, { name: 'Peserta Satu', participantNo: 'P-0001' });
    const head = screen.getByTestId('form-running-header');
    expect(head.textContent).toBe(`${form}${record}`);
    expect(screen.getByTestId('form-running-record').textContent).toBe(record);
    // A head that repeats: a thead, of the same table whose body holds the form's own head and its body.
    const table = head.closest('table')!;
    expect(head.closest('thead')?.parentElement).toBe(table);
    expect(table.querySelector(':scope > tbody')?.contains(screen.getByTestId('form-body'))).toBe(true);
    expect(table.querySelector(':scope > tbody')?.contains(screen.getByTestId('form-lsp'))).toBe(true);
    // A layout table: no table for a screen reader, whose user reads the form's own head once.
    expect(table.getAttribute('role')).toBe('presentation');
  });

  it.each([
    ['id' as const, 'ak05' as const, 'FR.AK.05 · Laporan Asesmen', 'Jadwal uji JWP-UJI-01'],
    ['en' as const, 'ak05' as const, 'FR.AK.05 · Assessment Report', 'Session JWP-UJI-01'],
    ['id' as const, 'attendance' as const, 'Daftar Hadir Peserta Uji Kompetensi', 'Jadwal uji JWP-UJI-01'],
  ])('names the session where the form is about no one candidate (%s %s)', (language, form, title, record) => {
    frame(language, undefined, form);
    expect(screen.getByTestId('form-running-header').textContent).toBe(`${title}${record}`);
  });

  it('print.css lays the head out as a repeating table header', () => {
    const css = readFileSync('renderer/src/styles/print.css', 'utf8');
    expect(/\.print-running\s*\{([^}]*)\}/.exec(css)?.[1] ?? '').toMatch(/display:\s*table-header-group/);
  });
});
