import { cleanup, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import type { QuestionRow, Workspace } from '../../../../electron/shared/assessment';
import { formSignatures } from '../../../../electron/core/assessment/form-signatures';
import { createI18n } from '../../../../renderer/src/i18n/setup';
import { Ia03Print, Ia05Print, Ia07Print } from '../../../../renderer/src/screens/print/InstrumentForms';
import { inTimeZone } from '../../../support/time-zone';

const LONG_STEM = 'Seorang pengembang perlu menyimpan data pengguna secara aman; langkah pertama yang paling tepat adalah';

const question = (itemId: string, unitCode: string, kukNumber: string, number: number): QuestionRow => ({
  itemId,
  ref: itemId,
  number,
  unitCode,
  elementNo: 1,
  kukNumber,
  prompt: { id: `Pertanyaan ${itemId}`, en: null },
  expected: { id: 'Jawaban yang diharapkan', en: null },
  scoring: 'yes_no',
  score: null,
});

/** Two units that both have a KUK 1.2, as real schemes do. */
const twoUnits = [question('q1', 'J.620100.004.02', '1.2', 1), question('q2', 'J.620100.005.02', '1.2', 2)];

const ws: Workspace = {
  header: {
    lspName: 'LSP Uji',
    schemeCode: 'SKM-01',
    schemeTitle: { id: 'Skema', en: 'Scheme' },
    sessionId: 's1',
    sessionCode: 'JWP-DEMO-01',
    sessionTitle: { id: 'Sesi', en: null },
    tukName: 'TUK Uji',
    tukType: 'sewaktu',
    date: '2026-11-21',
    startTime: '08:00',
    assessorName: 'Asesor',
    assessorMet: 'MET.1',
  },
  candidate: { candidateId: 'c1', participantNo: 'P-1', name: 'Peserta Satu', seat: 'PC-01' },
  attempt: { status: 'submitted', submittedAt: '2026-11-21T02:00:00Z', agreedAt: '2026-11-21T01:00:00Z' },
  multipleChoice: {
    sessionId: 's1',
    candidateId: 'c1',
    submitted: true,
    // As the core sends it: the candidate's order and letters.
    items: [
      { itemId: 'm2', ref: 'm2', number: 1, prompt: { id: LONG_STEM, en: null }, unitCode: 'J.620100.005.02', kukNumber: '1.2', answer: 'C', key: 'C', achieved: true },
      { itemId: 'm1', ref: 'm1', number: 2, prompt: { id: 'Tag HTML untuk paragraf', en: null }, unitCode: 'J.620100.004.02', kukNumber: '1.2', answer: 'A', key: 'D', achieved: false },
    ],
    units: [],
    allAchieved: false,
  },
  passHintPercent: null,
  essays: [],
  oral: twoUnits,
  supporting: twoUnits,
  observation: [],
  units: [],
  record: null,
  allowedRecommendation: null,
  signature: null,
  acknowledgement: null,
  formSignatures: formSignatures({ agreedAt: null, signedAt: null, acknowledgedAt: null, feedbackByCandidateAt: null }),
  feedback: null,
  appeal: null,
  lastSeq: 0,
};

function renderIn(node: React.ReactNode) {
  render(<I18nextProvider i18n={createI18n('id')}>{node}</I18nextProvider>);
}

const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map((c) => c.textContent ?? '');

describe('printed instruments (issue 18 items 16 and 17)', () => {
  inTimeZone('Asia/Jakarta');
  afterEach(cleanup);

  it('FR.IA.05 prints each question short, in the candidate\'s order, with their letter and the key in their letters', () => {
    renderIn(<Ia05Print ws={ws} />);
    const rows = screen.getAllByTestId('ia05-print-row').map(cells);
    expect(rows.map((r) => r[0])).toEqual(['1', '2']);
    expect(rows[0][1].endsWith('…')).toBe(true);
    expect(rows[0][1].length).toBeLessThan(LONG_STEM.length);
    expect(LONG_STEM.startsWith(rows[0][1].slice(0, -1))).toBe(true);
    expect(rows[1].slice(1, 5)).toEqual(['Tag HTML untuk paragraf', 'J.620100.004.02 1.2', 'A', 'D']);
    expect(rows[0].slice(2, 5)).toEqual(['J.620100.005.02 1.2', 'C', 'C']);
    expect(screen.getByTestId('print-ia05').textContent).toContain('sesuai urutan yang dilihat asesi');
  });

  it.each([
    ['FR.IA.07', Ia07Print],
    ['FR.IA.03', Ia03Print],
  ])('%s names each KUK with its unit code, so two units\' 1.2 stay apart', (_form, Form) => {
    renderIn(<Form ws={ws} />);
    expect(screen.getAllByTestId('print-question-kuk').map((c) => c.textContent)).toEqual(['J.620100.004.02 1.2', 'J.620100.005.02 1.2']);
  });
});
