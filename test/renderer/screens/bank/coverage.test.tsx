import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { BankCoverage, BankKindCounts, CoverageKuk } from '../../../../electron/shared/bank';
import { en } from '../../../../electron/shared/i18n/en';
import { id } from '../../../../electron/shared/i18n/id';
import { ok } from '../../fake-transport';
import { openAt } from '../registry/support';
import { scheme } from './support';

afterEach(() => {
  window.location.hash = '';
});

const zero = (): BankKindCounts => ({
  multiple_choice: { draft: 0, approved: 0, retired: 0 },
  essay: { draft: 0, approved: 0, retired: 0 },
  oral: { draft: 0, approved: 0, retired: 0 },
  supporting: { draft: 0, approved: 0, retired: 0 },
  observation: { draft: 0, approved: 0, retired: 0 },
});

const kuk = (kukId: string, unit: 1 | 2, number: string, text: string, over: Partial<CoverageKuk>): CoverageKuk => ({
  kukId,
  unitId: `u-${unit}`,
  unitCode: unit === 1 ? 'J.620100.004.02' : 'J.620100.005.02',
  unitTitle: { id: unit === 1 ? 'Menggunakan struktur data' : 'Mengimplementasikan user interface', en: unit === 1 ? 'Use data structures' : null },
  elementNo: 1,
  elementTitle: { id: 'Elemen', en: null },
  number,
  text: { id: text, en: null },
  counts: zero(),
  entries: [],
  written: false,
  observed: false,
  flagged: true,
  ...over,
});

const coverage: BankCoverage = {
  schemeId: 's-1',
  kuks: [
    kuk('k-1', 1, '1.1', 'Konsep data diidentifikasi', {
      counts: { ...zero(), multiple_choice: { draft: 1, approved: 2, retired: 0 }, observation: { draft: 0, approved: 1, retired: 0 } },
      entries: [
        { id: 'i-1', kind: 'multiple_choice', ref: 'PG-01', status: 'approved' },
        { id: 'i-2', kind: 'multiple_choice', ref: 'PG-02', status: 'approved' },
        { id: 'i-3', kind: 'multiple_choice', ref: 'PG-03', status: 'draft' },
        { id: 'b-1', kind: 'observation', ref: 'J.620100.004.02 1.1', status: 'approved' },
      ],
      written: true,
      observed: true,
      flagged: false,
    }),
    kuk('k-2', 1, '1.2', 'Struktur data dijelaskan', { counts: { ...zero(), oral: { draft: 0, approved: 1, retired: 0 } }, entries: [{ id: 'o-1', kind: 'oral', ref: 'LS-01', status: 'approved' }] }),
    kuk('k-3', 2, '1.1', 'Rancangan dibuat', {}),
  ],
  totals: zero(),
  flagged: 2,
  unmapped: 3,
};

describe('KUK coverage', () => {
  it('lists every KUK by unit with its instruments and counts, and flags those without written or observed evidence', async () => {
    openAt('bank-coverage/s-1', { 'schemes/get': () => ok(scheme), 'bank/coverage': () => ok(coverage) });
    const summary = await screen.findByTestId('coverage-summary');
    expect(summary.textContent).toContain('2 dari 3 KUK belum memiliki bukti tertulis atau observasi yang disetujui.');
    expect(within(summary).getByTestId('coverage-unmapped').textContent).toBe('3 draf belum dipetakan ke KUK.');
    expect(screen.getAllByTestId('coverage-table')).toHaveLength(2);
    const rows = screen.getAllByTestId('coverage-kuk');
    expect(rows.map((r) => r.getAttribute('data-flagged'))).toEqual(['false', 'true', 'true']);
    expect(within(rows[0]).queryByTestId('coverage-flag')).toBeNull();
    expect(rows[0].textContent).toContain('2 disetujui, 1 draf');
    expect(within(rows[0]).getByRole('link', { name: 'PG-03' }).getAttribute('href')).toBe('#/bank-item/i-3');
    // Oral evidence alone does not count: the KUK is still flagged.
    expect(within(rows[1]).getByTestId('coverage-flag').textContent).toBe(id.bankScreens.coverage.flagged);
    expect(rows[2].textContent).toContain(id.bankScreens.coverage.none);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Cakupan KUK SKM-JWP v2');
  });

  it('reads in English', async () => {
    openAt('bank-coverage/s-1', { 'schemes/get': () => ok(scheme), 'bank/coverage': () => ok(coverage) }, 'en');
    expect((await screen.findByTestId('coverage-summary')).textContent).toContain('2 of 3 KUK have no approved written or observed evidence.');
    expect(screen.getAllByTestId('coverage-flag')[0].textContent).toBe(en.bankScreens.coverage.flagged);
    expect(screen.getByRole('heading', { name: /Use data structures/ })).toBeTruthy();
  });
});
