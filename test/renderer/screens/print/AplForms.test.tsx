import { cleanup, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import type { AplPrintSheet } from '../../../../electron/shared/apl-print';
import { createI18n } from '../../../../renderer/src/i18n/setup';
import { Apl01Print, Apl02Print } from '../../../../renderer/src/screens/print/AplForms';
import { inTimeZone } from '../../../support/time-zone';
import { aplDetail } from '../scheduling/fixtures';

const personal: AplPrintSheet['personal'] = {
  name: 'Peserta Satu',
  nik: '3273011708950001',
  participantNo: 'P-0001',
  birthPlace: 'Bandung',
  birthDate: '1995-08-17',
  sex: 'P',
  address: 'Jl. Merdeka 1',
  provinceCode: '32',
  regencyCode: '3273',
  phone: '0812000001',
  email: 'satu@example.id',
  educationCode: 'SMK',
  occupationCode: 'PROG',
  institution: 'PT Contoh',
  codeNames: { education: null, occupation: null, province: null, regency: null },
};

const base = aplDetail();
const rows = base.apl02.rows.map((r, i) => ({ ...r, answer: i === 2 ? ('BK' as const) : ('K' as const), evidence: `Portofolio ${i + 1}` }));

/** Verified by staff, APL.02 entered by staff from paper and recommended by an assessor. */
const sheet = (over: Partial<AplPrintSheet['detail']> = {}): AplPrintSheet => ({
  lspName: 'LSP Contoh',
  lspLicenceNo: 'BNSP-LSP-0042',
  personal,
  detail: {
    ...base,
    apl01: {
      id: 'a-1',
      purpose: 'rpl',
      purposeNote: null,
      evidence: [
        { id: 'e-1', kind: 'basic', description: 'Ijazah SMK', status: 'memenuhi', attachment: { sha256: 'f'.repeat(64), name: 'ijazah.pdf', mediaType: 'application/pdf', size: 10 } },
        { id: 'e-2', kind: 'administrative', description: 'Pas foto', status: 'tidak_ada', attachment: null },
        { id: 'e-3', kind: 'administrative', description: 'Fotokopi KTP', status: 'tidak_memenuhi', attachment: null },
      ],
      savedAt: '2026-11-01T02:00:00.000Z',
      verification: { result: 'accepted', note: 'Lengkap', at: '2026-11-02T21:30:00.000Z', accountId: 'acc-1', by: 'Admin Satu' },
    },
    apl02: {
      rows,
      complete: true,
      savedAt: '2026-11-03T03:00:00.000Z',
      enteredBy: 'staff',
      submittedAt: null,
      review: { recommendation: 'proceed', note: null, at: '2026-11-04T01:00:00.000Z', assessorId: 'as-1', assessorName: 'Asesor Satu', metNumber: 'MET.000.001' },
    },
    ...over,
  },
});

const renderIn = (language: 'id' | 'en', node: React.ReactNode) => render(<I18nextProvider i18n={createI18n(language)}>{node}</I18nextProvider>);

describe('FR.APL.01 printed', () => {
  inTimeZone('Asia/Jayapura');
  afterEach(cleanup);

  it('carries the three parts, the purpose ticked, each evidence row in its column and the staff verification with its time', () => {
    renderIn('id', <Apl01Print sheet={sheet()} />);
    const form = screen.getByTestId('print-apl01');
    expect(form.textContent).toContain('FR.APL.01 PERMOHONAN SERTIFIKASI KOMPETENSI');
    expect(form.textContent).toContain('LSP Contoh');
    const personalTable = screen.getByTestId('apl01-personal').textContent ?? '';
    for (const text of ['Peserta Satu', '3273011708950001', 'Bandung, 17 Agu 1995', 'Perempuan', 'Jl. Merdeka 1', '32 / 3273', 'satu@example.id']) expect(personalTable).toContain(text);
    expect(screen.getByTestId('apl01-scheme').textContent).toContain('SKM-JWP');
    expect(personalTable).toContain('SMK');
    const ticked = within(screen.getByTestId('apl01-purpose'))
      .getAllByRole('listitem')
      .filter((li) => li.dataset.checked === 'true');
    expect(ticked.map((li) => li.dataset.purpose)).toEqual(['rpl']);
    expect(ticked[0].textContent).toContain('☑');
    const basic = screen.getByTestId('apl01-evidence-basic');
    expect(basic.textContent).toContain('Ijazah SMK (terlampir: ijazah.pdf)');
    // One tick per row, under its own column (memenuhi syarat | tidak memenuhi syarat | tidak ada).
    const marks = (row: Element) => [...row.querySelectorAll('td')].slice(2).map((td) => td.textContent);
    expect(marks(basic.querySelector(':scope > tbody > tr')!)).toEqual(['☑', '☐', '☐']);
    const admin = [...screen.getByTestId('apl01-evidence-administrative').querySelectorAll(':scope > tbody > tr')];
    expect(admin.map(marks)).toEqual([
      ['☐', '☐', '☑'],
      ['☐', '☑', '☐'],
    ]);
    expect(screen.getByTestId('apl01-recommendation').querySelector('[data-checked="true"]')?.textContent).toContain('Diterima sebagai peserta sertifikasi');
    // Staff entered the form from paper: the applicant signs by hand; the LSP's verification is electronic, at WIT.
    expect(screen.getByTestId('signature-applicant').dataset.how).toBe('wet');
    expect(screen.getByTestId('signature-applicant').textContent).toBe('');
    const lsp = screen.getByTestId('signature-lsp');
    expect(lsp.dataset.how).toBe('electronic');
    expect(lsp.textContent).toContain('Diverifikasi secara elektronik');
    expect(lsp.textContent).toContain('3 Nov 2026');
    expect(form.textContent).toContain('Admin Satu');
  });

  it('prints each code with the name the LSP gave it, the code alone where it gave none', () => {
    const codeNames = { education: 'SMK / sederajat', occupation: null, province: 'Jawa Barat', regency: 'Kota Bandung' };
    renderIn('id', <Apl01Print sheet={{ ...sheet(), personal: { ...personal, codeNames } }} />);
    const field = (key: string) => screen.getByTestId('apl01-personal').querySelector(`[data-field="${key}"] td`)?.textContent;
    expect(field('region')).toBe('Jawa Barat (32) / Kota Bandung (3273)');
    expect(field('education')).toBe('SMK / sederajat (SMK)');
    expect(screen.getByTestId('print-apl01').querySelector('[data-field="occupation"] td')?.textContent).toBe('PROG');
  });

  it('prints unverified as empty boxes and a line for the staff signature, in English', () => {
    renderIn('en', <Apl01Print sheet={sheet({ apl01: { ...sheet().detail.apl01!, verification: null } })} />);
    expect(screen.getByTestId('print-apl01').textContent).toContain('FR.APL.01 APPLICATION FOR COMPETENCY CERTIFICATION');
    expect(screen.getByTestId('apl01-recommendation').querySelector('[data-checked="true"]')).toBeNull();
    expect(screen.getByTestId('signature-lsp').dataset.how).toBe('wet');
    expect(screen.getByTestId('print-apl01').textContent).not.toContain('electronically');
  });
});

describe('FR.APL.02 printed', () => {
  inTimeZone('Asia/Jayapura');
  afterEach(cleanup);

  it('lists each unit and element with K/BK ticked and the evidence named; the assessor signed electronically, the candidate on paper', () => {
    renderIn('id', <Apl02Print sheet={sheet()} />);
    const form = screen.getByTestId('print-apl02');
    expect(form.textContent).toContain('FR.APL.02 ASESMEN MANDIRI');
    const units = screen.getAllByTestId('apl02-unit');
    expect(units).toHaveLength(2);
    const elements = [...form.querySelectorAll('tr[data-element]')];
    expect(elements.map((tr) => tr.getAttribute('data-answer'))).toEqual(['K', 'K', 'BK']);
    const cells = (tr: Element) => [...tr.querySelectorAll(':scope > td')].map((td) => td.textContent);
    expect(cells(elements[2]).slice(1)).toEqual(['☐', '☑', 'Portofolio 3']);
    expect(elements[0].textContent).toContain('Elemen 1: Elemen 1.1');
    expect(elements[0].textContent).toContain('1.1 KUK 1.1.1');
    expect(screen.getByTestId('apl02-recommendation').querySelector('[data-checked="true"]')?.textContent).toContain('Asesmen dapat dilanjutkan');
    expect(screen.getByTestId('apl02-entered-by-staff')).toBeTruthy();
    expect(screen.getByTestId('signature-candidate').dataset.how).toBe('wet');
    const assessor = screen.getByTestId('signature-assessor');
    expect(assessor.textContent).toContain('Ditandatangani secara elektronik');
    expect(form.textContent).toContain('MET.000.001');
  });

  it("prints the candidate's electronic mark when they entered it themselves and sent it, with when they sent it, and an unreviewed form with lines only", () => {
    const sent = { ...sheet().detail.apl02, enteredBy: 'candidate' as const, submittedAt: '2026-11-03T16:30:00.000Z', review: null };
    renderIn('en', <Apl02Print sheet={sheet({ apl02: sent })} />);
    const candidate = screen.getByTestId('signature-candidate');
    expect(candidate.dataset.how).toBe('electronic');
    // Sent at 01:30 on 4 November in Jayapura: the sending's time, not the last save's (3 November).
    expect(candidate.textContent).toBe('Sent electronically by the candidate 4 Nov 2026, 01:30');
    expect(screen.getByTestId('signature-assessor').dataset.how).toBe('wet');
    expect(screen.getByTestId('print-apl02').textContent).toContain('Not yet reviewed by an assessor.');
    expect(screen.queryByTestId('apl02-entered-by-staff')).toBeNull();
  });

  it('gives a draft the candidate saved on their PC but never sent a line to sign, not their electronic mark', () => {
    // The candidate's own answers, saved (savedAt) and not sent: before, the form printed "Dikirim asesi secara
    // elektronik" at the last save, as if they had sent it.
    renderIn('id', <Apl02Print sheet={sheet({ apl02: { ...sheet().detail.apl02, enteredBy: 'candidate', submittedAt: null, review: null } })} />);
    const candidate = screen.getByTestId('signature-candidate');
    expect(candidate.dataset.how).toBe('wet');
    expect(candidate.textContent).toBe('');
    expect(screen.getByTestId('print-apl02').textContent).not.toContain('Dikirim asesi');
  });
});

describe("FR.APL.01's Bagian 2", () => {
  afterEach(cleanup);

  it.each([
    ['id' as const, ['1 J.620100.001.02 Unit 1', '2 J.620100.002.02 Unit 2']],
    ['en' as const, ['1 J.620100.001.02 Unit 1 (en)', '2 J.620100.002.02 Unit 2 (en)']],
  ])('lists the units of competency of the scheme, which its text asks for and the print left out (%s)', (language, expected) => {
    renderIn(language, <Apl01Print sheet={sheet()} />);
    const rows = within(screen.getByTestId('apl01-units')).getAllByRole('row').slice(1);
    expect(rows.map((r) => [...r.children].map((c) => c.textContent).join(' '))).toEqual(expected);
  });
});

describe("FR.APL.01's and FR.APL.02's header", () => {
  afterEach(cleanup);

  it.each([
    ['id' as const, 'Nomor Lisensi BNSP-LSP-0042'],
    ['en' as const, 'Licence No. BNSP-LSP-0042'],
  ])("names the LSP with its BNSP licence number, as the other forms do (%s)", (language, text) => {
    renderIn(language, <Apl01Print sheet={sheet()} />);
    expect(screen.getByTestId('form-lsp').textContent).toBe('LSP Contoh');
    expect(screen.getByTestId('form-lsp-licence').textContent).toBe(text);
    cleanup();
    renderIn(language, <Apl02Print sheet={{ ...sheet(), lspLicenceNo: null }} />);
    expect(screen.getByTestId('form-lsp').textContent).toBe('LSP Contoh');
    expect(screen.queryByTestId('form-lsp-licence')).toBeNull();
  });
});

describe("FR.APL.01's and FR.APL.02's running header", () => {
  afterEach(cleanup);

  it.each([
    ['id' as const, 'FR.APL.01 · Permohonan Sertifikasi Kompetensi', 'FR.APL.02 · Asesmen Mandiri', 'Peserta Satu (No. peserta P-0001)'],
    ['en' as const, 'FR.APL.01 · Application for Competency Certification', 'FR.APL.02 · Self-Assessment', 'Peserta Satu (participant no. P-0001)'],
  ])('names the form and the applicant atop every sheet (%s)', (language, apl01, apl02, record) => {
    renderIn(language, <Apl01Print sheet={sheet()} />);
    expect(screen.getByTestId('form-running-header').textContent).toBe(`${apl01}${record}`);
    expect(screen.getByTestId('form-running-header').closest('thead')).not.toBeNull();
    cleanup();
    renderIn(language, <Apl02Print sheet={sheet()} />);
    expect(screen.getByTestId('form-running-header').textContent).toBe(`${apl02}${record}`);
  });
});
