import { cleanup, render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { createI18n } from '../../../../renderer/src/i18n/setup';
import type { AssessmentReport } from '../../../../electron/shared/assessment';
import { id } from '../../../../electron/shared/i18n/id';
import { Ak05Print, AttendancePrint, CardPrint } from '../../../../renderer/src/screens/print/SessionForms';
import { HEADER } from '../assessor/workspace/fixtures';
import { sessionSheet, sheetRow } from './session-sheet-fixture';

const sheet = sessionSheet([sheetRow(1, { assessorName: 'Budi Santoso' }), sheetRow(2, { assessorName: 'Rina Marlina' })], {
  sessionCode: 'JDW-20261215-001',
  date: '2026-12-15',
  startTime: '13:30',
  assessorNames: ['Budi Santoso', 'Rina Marlina'],
  assessors: [
    { name: 'Budi Santoso', metNumber: 'MET.000.001' },
    { name: 'Rina Marlina', metNumber: 'MET.000.002' },
  ],
});

const inLanguage = (language: 'id' | 'en', node: React.ReactNode) => render(<I18nextProvider i18n={createI18n(language)}>{node}</I18nextProvider>);

afterEach(cleanup);

describe('daftar hadir', () => {
  it("gives each assessor a column of their own, name, No. Reg. MET and a line to sign: both shared one line", () => {
    const { container } = inLanguage('id', <AttendancePrint sheet={sheet} />);
    const block = container.querySelector('.print-signatures') as HTMLElement;
    const cells = [...block.querySelectorAll('tbody tr:last-child td')].map((td) => td.textContent);
    expect(cells).toEqual(['Nama: Budi SantosoNo. Reg. MET: MET.000.001Tanda tangan dan tanggal: ', 'Nama: Rina MarlinaNo. Reg. MET: MET.000.002Tanda tangan dan tanggal: ']);
    expect([...block.querySelectorAll('[data-testid="signature-assessor"]')].map((s) => (s as HTMLElement).dataset.how)).toEqual(['wet', 'wet']);
    expect([...block.querySelectorAll('th')].map((th) => th.textContent)).toEqual(['Asesor', 'Asesor']);
  });
});

describe("daftar hadir's rows", () => {
  it('keeps each participant number on one line: "JWP-2026-001" broke at its hyphen in the narrow column', () => {
    const { container } = inLanguage('id', <AttendancePrint sheet={sheet} />);
    const cells = [...container.querySelectorAll('tbody tr[data-participant]')].map((tr) => tr.children[1] as HTMLElement);
    expect(cells.map((c) => c.textContent)).toEqual(sheet.rows.map((r) => r.participantNo));
    for (const cell of cells) expect(cell.classList.contains('print-nowrap')).toBe(true);
  });
});

describe("daftar hadir's header", () => {
  it.each([
    ['id' as const, 'JDW-20261215-001, mulai pukul 13.30'],
    ['en' as const, 'JDW-20261215-001, starting at 13:30'],
  ])('names the session by its schedule code and start time, so two sessions of one day are told apart (%s)', (language, text) => {
    const { getByTestId } = inLanguage(language, <AttendancePrint sheet={sheet} />);
    expect(getByTestId('form-session').textContent).toBe(text);
  });
});

describe('candidate cards', () => {
  it.each([
    ['id' as const, '15 Des 2026 13.30'],
    ['en' as const, '15 Dec 2026 13:30'],
  ])("each carry the session's day and start time, on a 24-hour clock (%s)", (language, text) => {
    const { getAllByTestId } = inLanguage(language, <CardPrint sheet={sheet} />);
    expect(getAllByTestId('card-starts-at').map((d) => d.textContent)).toEqual([text, text]);
  });
});

describe('FR.AK.05', () => {
  const report: AssessmentReport = {
    header: HEADER,
    rows: [
      {
        candidate: { candidateId: 'c1', participantNo: 'JWP-001', name: 'Rizky', seat: null },
        recommendation: 'BK',
        signed: true,
        attempt: 'submitted',
        missed: false,
        bkUnits: [
          { unitCode: 'J.620100.004.02', title: { id: 'Menggunakan Struktur Data', en: 'Use Data Structures' } },
          { unitCode: 'J.620100.025.02', title: { id: 'Melakukan Debugging', en: null } },
        ],
      },
      { candidate: { candidateId: 'c2', participantNo: 'JWP-002', name: 'Siti', seat: null }, recommendation: 'K', signed: true, attempt: 'submitted', missed: false, bkUnits: [] },
    ],
    report: null,
    signature: null,
  };

  it.each([
    ['id' as const, 'Unit BK: J.620100.004.02 Menggunakan Struktur Data; J.620100.025.02 Melakukan Debugging'],
    ['en' as const, 'BK units: J.620100.004.02 Use Data Structures; J.620100.025.02 Melakukan Debugging'],
  ])('names each BK unit by code and title in Keterangan (the code alone said nothing) (%s)', (language, remark) => {
    const { container } = inLanguage(language, <Ak05Print report={report} />);
    const rows = [...container.querySelectorAll('tr[data-participant]')];
    expect(rows[0]!.lastElementChild!.textContent).toBe(remark);
    expect(rows[1]!.lastElementChild!.textContent).toBe('');
  });

  it('says a candidate was not assessed only once they missed it: printed before the day, an unsigned row says it is not signed yet', () => {
    const seat = (candidateId: string, participantNo: string, missed: boolean) => ({
      candidate: { candidateId, participantNo, name: candidateId, seat: null },
      recommendation: null,
      signed: false,
      attempt: 'absent' as const,
      missed,
      bkUnits: [],
    });
    const { container } = inLanguage('id', <Ak05Print report={{ ...report, rows: [seat('c3', 'JWP-003', true), seat('c4', 'JWP-004', false)] }} />);
    const remarks = [...container.querySelectorAll('tr[data-participant]')].map((r) => r.lastElementChild!.textContent);
    expect(remarks).toEqual([id.assess.ak05.notAssessed, id.assess.ak05.notSigned]);
  });

  it('keeps the participant number whole beside the name: "(JWP- / 2026-003)" broke at its hyphen in the narrow column', () => {
    const { container } = inLanguage('id', <Ak05Print report={report} />);
    const cell = container.querySelector('tr[data-participant="JWP-001"]')!.children[1] as HTMLElement;
    expect(cell.textContent).toBe('Rizky (JWP-001)');
    const number = [...cell.querySelectorAll('.print-nowrap')].map((e) => e.textContent);
    expect(number).toEqual(['(JWP-001)']);
  });
});
