import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BlankoPreview } from '../../../../electron/shared/certificates';
import { en } from '../../../../electron/shared/i18n/en';
import { id } from '../../../../electron/shared/i18n/id';
import { ok } from '../../fake-transport';
import { argsOf, openAt } from '../registry/support';
import { stubFiles } from './support';

let requests: string[] = [];
beforeEach(() => {
  requests = stubFiles();
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  window.location.hash = '';
});

const preview: BlankoPreview = {
  importId: 'imp-b',
  counts: { set: 1, unchanged: 1, refused: 2 },
  rows: [
    { row: 2, nik: '3273011708950001', blankoNumber: 'B-1', outcome: 'set', certificateId: 'cert-1', certificateNumber: '85499 0000001 2026', reasons: [] },
    { row: 3, nik: '3273011708950002', blankoNumber: 'B-2', outcome: 'unchanged', certificateId: 'cert-2', certificateNumber: '85499 0000002 2026', reasons: [] },
    { row: 4, nik: '3273011708950009', blankoNumber: 'B-3', outcome: 'refused', certificateId: null, certificateNumber: null, reasons: ['nik_unknown'] },
    { row: 5, nik: '', blankoNumber: 'B-1', outcome: 'refused', certificateId: null, certificateNumber: null, reasons: ['SHEET_REQUIRED', 'blanko_twice_in_file'] },
  ],
  rowsTotal: 4,
  expiresAt: '2099-01-01T00:00:00.000Z',
};

function chooseFile() {
  const file = new File(['PK'], 'blanko.xlsx', { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  fireEvent.change(screen.getByTestId('import-file'), { target: { files: [file] } });
  fireEvent.click(screen.getByTestId('import-check'));
}

describe('blanko number import', () => {
  it('previews a file by NIK (refused rows with their reasons in words), then applies it', async () => {
    const { fake } = openAt('certificates/blanko', {
      'certificates/blankoPreview': () => ok(preview),
      'certificates/blankoApply': () => ok({ set: 1, unchanged: 1, refused: 2 }),
    });
    await screen.findByTestId('blanko-import-screen');
    chooseFile();
    expect((await screen.findByTestId('import-count-set')).textContent).toContain('1');
    expect(requests).toContain('/files/upload');
    expect(argsOf(fake.calls, 'certificates/blankoPreview')).toEqual([{ uploadId: 'up-1' }]);

    const refused = screen.getAllByTestId('import-refused-row');
    expect(refused.map((r) => r.getAttribute('data-row'))).toEqual(['4', '5', '5']);
    expect(within(refused[0]).getByTestId('import-reason').textContent).toBe(id.certificates.blanko.nik_unknown);
    expect(refused[0].textContent).toContain('NIK');
    expect(within(refused[1]).getByTestId('import-reason').textContent).toBe(id.errors.SHEET_REQUIRED);
    expect(within(refused[2]).getByTestId('import-reason').textContent).toBe(id.certificates.blanko.blanko_twice_in_file);
    const others = screen.getAllByTestId('import-other-row');
    expect(others.map((r) => r.getAttribute('data-outcome'))).toEqual(['update', 'unchanged']);
    expect(others[0].textContent).toContain('85499 0000001 2026');

    fireEvent.click(screen.getByTestId('import-apply'));
    expect((await screen.findByTestId('import-done')).textContent).toBe('1 nomor blanko diisi, 1 tidak berubah, 2 ditolak.');
    expect(argsOf(fake.calls, 'certificates/blankoApply')).toEqual([{ importId: 'imp-b' }]);
  });

  it('says so in English when no row would set a number, and offers the register to fill in', async () => {
    openAt('certificates/blanko', { 'certificates/blankoPreview': () => ok({ ...preview, counts: { set: 0, unchanged: 0, refused: 1 }, rows: [preview.rows[2]], rowsTotal: 1 }), 'certificates/registerSheet': () => ok({ fileName: 'register.xlsx', rows: 3 }) }, 'en');
    await screen.findByTestId('blanko-import-screen');
    fireEvent.click(screen.getByTestId('register-download'));
    await waitFor(() => expect(requests).toContain('/files/exports/register.xlsx'));
    chooseFile();
    expect((await screen.findByTestId('import-reason')).textContent).toBe(en.certificates.blanko.nik_unknown);
    expect(screen.getByText(en.certificateScreens.blanko.nothing)).toBeTruthy();
    expect((screen.getByTestId('import-apply') as HTMLButtonElement).disabled).toBe(true);
  });
});
