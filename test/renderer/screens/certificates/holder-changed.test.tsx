import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HolderChanged } from '../../../../electron/shared/certificates';
import { en } from '../../../../electron/shared/i18n/en';
import { id } from '../../../../electron/shared/i18n/id';
import { ok } from '../../fake-transport';
import { openAt } from '../registry/support';
import { detail } from './support';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  window.location.hash = '';
});

const changed: HolderChanged = {
  since: '2026-03-02T03:00:00.000Z',
  printed: true,
  changes: [
    { field: 'name', before: 'Budi Santoso', after: 'Budi Santosa' },
    { field: 'birthDate', before: '1995-08-17', after: '1995-08-18' },
    { field: 'birthPlace', before: null, after: 'Bandung' },
  ],
  changedAt: '2026-04-10T02:30:00.000Z',
  changedBy: 'Rina Kartikasari',
};

describe('a certificate whose holder was corrected after it was printed', () => {
  it('says what changed, since which print, when and by whom, and asks for a reprint of it and its SK list, in both languages', async () => {
    openAt('certificates/cert-1', { 'certificates/get': () => ok(detail({ holderChanged: changed })) });
    const notice = await screen.findByTestId('certificate-holder-changed');
    const h = id.certificateScreens.holderChanged;
    expect(notice.textContent).toContain(h.sincePrint.split(' ({{date}})')[0]);
    expect(notice.textContent).toContain(h.reprint);
    expect(within(notice).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Nama: “Budi Santoso” → “Budi Santosa”',
      'Tanggal lahir: 17 Agu 1995 → 18 Agu 1995',
      'Tempat lahir: (kosong) → “Bandung”',
    ]);
    expect(notice.textContent).toContain('Rina Kartikasari');
    cleanup();

    openAt('certificates/cert-1', { 'certificates/get': () => ok(detail({ holderChanged: { ...changed, printed: false, changedAt: null, changedBy: null } })) }, 'en');
    const english = await screen.findByTestId('certificate-holder-changed');
    expect(english.textContent).toContain(en.certificateScreens.holderChanged.sinceIssue.split(' ({{date}})')[0]);
    expect(english.textContent).toContain(en.certificateScreens.holderChanged.reprint);
    expect(english.textContent).not.toContain('Last change');
    expect(within(english).getAllByRole('listitem')[0].textContent).toBe('Name: “Budi Santoso” → “Budi Santosa”');
  });

  it('says nothing when the details are as printed, nor on a revoked certificate (it is not printed)', async () => {
    openAt('certificates/cert-1', { 'certificates/get': () => ok(detail()) });
    await screen.findByTestId('certificate-facts');
    expect(screen.queryByTestId('certificate-holder-changed')).toBeNull();
    cleanup();
    openAt('certificates/cert-1', { 'certificates/get': () => ok(detail({ holderChanged: changed, revoked: true, revokedAt: '2026-04-01T02:00:00.000Z', revokeReason: 'Dokumen palsu' })) });
    await screen.findByTestId('certificate-facts');
    expect(screen.queryByTestId('certificate-holder-changed')).toBeNull();
  });
});
