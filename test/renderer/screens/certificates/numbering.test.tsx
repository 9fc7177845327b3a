import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CERTIFICATE_SETTINGS_DEFAULT, type CertificateSettings } from '../../../../electron/shared/certificates';
import { apiError } from '../../../../electron/shared/errors';
import { en } from '../../../../electron/shared/i18n/en';
import { id } from '../../../../electron/shared/i18n/id';
import { ok } from '../../fake-transport';
import { argsOf, openAt } from '../registry/support';

afterEach(() => {
  window.location.hash = '';
});

/** The hint below an input: the pattern's example (or why there is none yet). */
const hintOf = (testId: string) => document.getElementById(screen.getByTestId(testId).getAttribute('aria-describedby')?.split(' ')[0] ?? '')?.textContent;

describe('certificate numbering settings', () => {
  it('shows each pattern with a live example and saves the settings', async () => {
    const { fake } = openAt('certificates/settings', {
      'certificates/settings': () => ok(CERTIFICATE_SETTINGS_DEFAULT),
      'certificates/setSettings': (args) => ok((args as { settings: CertificateSettings }).settings),
    });
    await screen.findByTestId('numbering-form');
    expect(hintOf('field-numberPattern')).toBe('Contoh: 85499 0000123 2026');
    expect(hintOf('field-registrationPattern')).toBe('Contoh: REG.LSP01.SKM-01.00123.2026');

    fireEvent.change(screen.getByTestId('field-numberPattern'), { target: { value: 'SERT/{scheme}/{counter:4}/{year}' } });
    expect(hintOf('field-numberPattern')).toBe('Contoh: SERT/SKM-01/0123/2026');
    // A counter that restarts each year needs the year: the example says so before anything is saved.
    fireEvent.change(screen.getByTestId('field-numberPattern'), { target: { value: 'SERT/{counter:4}' } });
    expect(hintOf('field-numberPattern')).toBe(`Contoh belum dapat dibuat: ${id.certificates.reasons.year_required}`);
    fireEvent.change(screen.getByTestId('field-counterScope'), { target: { value: 'lsp' } });
    expect(hintOf('field-numberPattern')).toBe('Contoh: SERT/0123');

    // Out of 1–10 the field says so and nothing is sent.
    fireEvent.change(screen.getByTestId('field-validityYears'), { target: { value: '11' } });
    fireEvent.click(screen.getByTestId('record-save'));
    expect((await screen.findByTestId('problem-validityYears')).textContent).toBe(id.registry.reasons.number_range);
    expect(argsOf(fake.calls, 'certificates/setSettings')).toEqual([]);
    fireEvent.change(screen.getByTestId('field-validityYears'), { target: { value: '5' } });
    // The surveillance period, 12 months by default, out of 1–120 the same.
    expect((screen.getByTestId('field-surveillanceMonths') as HTMLInputElement).value).toBe('12');
    fireEvent.change(screen.getByTestId('field-surveillanceMonths'), { target: { value: '0' } });
    fireEvent.click(screen.getByTestId('record-save'));
    expect((await screen.findByTestId('problem-surveillanceMonths')).textContent).toBe(id.registry.reasons.number_range);
    expect(argsOf(fake.calls, 'certificates/setSettings')).toEqual([]);
    fireEvent.change(screen.getByTestId('field-surveillanceMonths'), { target: { value: '6' } });
    fireEvent.click(screen.getByTestId('record-save'));
    expect((await screen.findByTestId('record-saved')).textContent).toBe(id.certificateScreens.settings.saved);
    expect(argsOf(fake.calls, 'certificates/setSettings')).toEqual([
      {
        settings: {
          numberPattern: 'SERT/{counter:4}',
          registrationPattern: CERTIFICATE_SETTINGS_DEFAULT.registrationPattern,
          counterScope: 'lsp',
          validityYears: 5,
          signatoryTitle: '',
          signatoryName: '',
          surveillanceMonths: 6,
        },
      },
    ]);
  });

  it("makes its example from this LSP's code and one of its schemes (with that scheme's KBLI), not a made-up LSP01 and SKM-01", async () => {
    const { fake } = openAt('certificates/settings', {
      'certificates/settings': () => ok(CERTIFICATE_SETTINGS_DEFAULT),
      'lsp/overview': () => ok({ lsp: { id: 'lsp-1', code: 'LSP-TD', name: 'LSP Teknologi Digital' }, schemes: [], sessions: [], tuks: [], assessorCount: 0, candidateCount: 0 }),
      'schemes/list': () => ok({ rows: [{ id: 's-1', code: 'SKM-TD-001-2026', version: 1, kind: 'okupasi', level: 3, titleId: 'Pemrogram Web Muda' }], nextCursor: null, total: 1, totalAtLeast: null }),
      'schemes/policy': () => ok({ schemeCode: 'SKM-TD-001-2026', testDurationMinutes: null, passHintPercent: null, certificateValidityYears: null, kbliCode: '62019' }),
    });
    await screen.findByTestId('numbering-form');
    await waitFor(() => expect(hintOf('field-registrationPattern')).toBe('Contoh: REG.LSP-TD.SKM-TD-001-2026.00123.2026'));
    expect(hintOf('field-numberPattern')).toBe('Contoh: 62019 0000123 2026');
    fireEvent.change(screen.getByTestId('field-numberPattern'), { target: { value: '{lsp}/{scheme}-{level}/{counter:4}/{year}' } });
    expect(hintOf('field-numberPattern')).toBe('Contoh: LSP-TD/SKM-TD-001-2026-3/0123/2026');
    expect(argsOf(fake.calls, 'schemes/policy')).toEqual([{ schemeCode: 'SKM-TD-001-2026' }]);
  });

  it('sets the signatory printed on the certificates, and shows a name refused as too long at its field', async () => {
    const { fake } = openAt('certificates/settings', {
      'certificates/settings': () => ok({ ...CERTIFICATE_SETTINGS_DEFAULT, signatoryTitle: 'Ketua LSP' }),
      'certificates/setSettings': (args) => {
        const { settings } = args as { settings: CertificateSettings };
        if (settings.signatoryName.length > 120) {
          return { ok: false, error: { ...apiError('CERTIFICATE_SETTINGS_INVALID', { fields: 'signatoryName', tokens: '' }), fields: [{ field: 'signatoryName', reason: 'too_long' }] } };
        }
        return ok(settings);
      },
    });
    await screen.findByTestId('numbering-form');
    expect((screen.getByTestId('field-signatoryTitle') as HTMLInputElement).value).toBe('Ketua LSP');
    fireEvent.change(screen.getByTestId('field-signatoryName'), { target: { value: 'x'.repeat(121) } });
    fireEvent.click(screen.getByTestId('record-save'));
    expect((await screen.findByTestId('problem-signatoryName')).textContent).toBe(id.certificates.reasons.too_long);
    // The refused field takes the focus, as a registry form's does; the button stays focusable while saving.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('field-signatoryName')));
    expect((screen.getByTestId('record-save') as HTMLButtonElement).disabled).toBe(false);
    fireEvent.change(screen.getByTestId('field-signatoryName'), { target: { value: 'Dr. Ratna Sari, M.Kom.' } });
    fireEvent.click(screen.getByTestId('record-save'));
    await screen.findByTestId('record-saved');
    expect(argsOf(fake.calls, 'certificates/setSettings').at(-1)).toMatchObject({ settings: { signatoryTitle: 'Ketua LSP', signatoryName: 'Dr. Ratna Sari, M.Kom.' } });
  });

  it('marks each refused field with its reason, in English too', async () => {
    openAt(
      'certificates/settings',
      {
        'certificates/settings': () => ok(CERTIFICATE_SETTINGS_DEFAULT),
        'certificates/setSettings': () => ({
          ok: false,
          error: {
            ...apiError('CERTIFICATE_SETTINGS_INVALID', { fields: 'numberPattern, registrationPattern', tokens: '{nomor}' }),
            fields: [
              { field: 'numberPattern', reason: 'unknown_token' },
              { field: 'registrationPattern', reason: 'no_counter' },
            ],
          },
        }),
      },
      'en',
    );
    await screen.findByTestId('numbering-form');
    fireEvent.click(screen.getByTestId('record-save'));
    expect((await screen.findByTestId('save-invalid')).textContent).toBe('2 fields need fixing; the reasons are written below them.');
    expect(screen.getByTestId('problem-numberPattern').textContent).toBe(en.certificates.reasons.unknown_token);
    expect(screen.getByTestId('problem-registrationPattern').textContent).toBe(en.certificates.reasons.no_counter);
    await waitFor(() => expect(screen.getByTestId('field-numberPattern').getAttribute('aria-invalid')).toBe('true'));
  });

  it('gives the reason there is no example once: below the field when the save was refused for it, else in the hint', async () => {
    openAt(
      'certificates/settings',
      {
        'certificates/settings': () => ok({ ...CERTIFICATE_SETTINGS_DEFAULT, numberPattern: '{kbli} {counter:7}' }),
        'certificates/setSettings': () => ({
          ok: false,
          error: { ...apiError('CERTIFICATE_SETTINGS_INVALID', { fields: 'numberPattern', tokens: '' }), fields: [{ field: 'numberPattern', reason: 'year_required' }] },
        }),
      },
      'en',
    );
    await screen.findByTestId('numbering-form');
    // Before any save, the hint is the only place that says why.
    expect(hintOf('field-numberPattern')).toBe(`No example yet: ${en.certificates.reasons.year_required}`);
    fireEvent.click(screen.getByTestId('record-save'));
    expect((await screen.findByTestId('problem-numberPattern')).textContent).toBe(en.certificates.reasons.year_required);
    expect(hintOf('field-numberPattern')).toBe(en.certificateScreens.settings.exampleMissing);
    expect(document.body.textContent?.split(en.certificates.reasons.year_required).length).toBe(2);
  });
});
