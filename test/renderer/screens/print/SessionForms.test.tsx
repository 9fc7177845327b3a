import { cleanup, render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { createI18n } from '../../../../renderer/src/i18n/setup';
import { AttendancePrint, CardPrint } from '../../../../renderer/src/screens/print/SessionForms';
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
  it("prints each assessor's No. Reg. MET beside their name, as FR.AK.01 does", () => {
    const { container } = inLanguage('id', <AttendancePrint sheet={sheet} />);
    const block = container.querySelector('.print-signatures') as HTMLElement;
    expect(block.textContent).toContain('No. Reg. MET: MET.000.001, MET.000.002');
    expect(block.textContent).toContain('Budi Santoso, Rina Marlina');
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
