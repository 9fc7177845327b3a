import { cleanup, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { createI18n } from '../../../../renderer/src/i18n/setup';
import { Ia03Print, Ia05Print, Ia06Print, Ia07Print } from '../../../../renderer/src/screens/print/InstrumentForms';
import { inTimeZone } from '../../../support/time-zone';
import { ALL_RECORDED, LONG_STEM, question, ws } from './workspace-fixture';
import { formSignatures } from '../../../../electron/core/assessment/form-signatures';
import { id } from '../../../../electron/shared/i18n/id';

function renderIn(node: React.ReactNode) {
  render(<I18nextProvider i18n={createI18n('id')}>{node}</I18nextProvider>);
}

const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map((c) => c.textContent ?? '');

describe('printed instruments (issue 18 items 16 and 17)', () => {
  inTimeZone('Asia/Jakarta');
  afterEach(cleanup);

  const wrong = { ...ws.multipleChoice.items[1], kuks: ['1.1', '1.2', '2.1', '2.2'].map((kukNumber) => ({ unitCode: 'J.620100.009.01', kukNumber })), unitCode: 'J.620100.009.01' };
  const missed = ['1.1', '1.2', '2.1', '2.2'].map((kukNumber, n) => ({ kukNumber, elementNo: n < 2 ? 1 : 2, text: { id: `KUK ${kukNumber}`, en: null } }));
  const oneWrong = {
    ...ws.multipleChoice,
    items: [ws.multipleChoice.items[0], wrong],
    units: [{ unitCode: 'J.620100.009.01', unitTitle: { id: 'Melakukan Debugging', en: 'Perform Debugging' }, total: 1, achieved: 0, kukNotAchieved: missed }],
  };
  const concluded = (knowledgeConclusion: 'achieved' | 'not_yet' | null) => ({
    ...ws,
    multipleChoice: oneWrong,
    record: { knowledgeConclusion, knowledgeNote: null, recommendation: null, followUp: null, comment: null, seq: 1, savedAt: '2026-12-05T03:00:00.000Z' },
  });

  it('FR.IA.05 prints every KUK a question covers, beside it and in what the candidate has not achieved', () => {
    renderIn(<Ia05Print ws={concluded('not_yet')} />);
    expect(screen.getAllByTestId('ia05-print-kuk').map((c) => c.textContent)).toEqual(['J.620100.005.02 1.2', 'J.620100.009.01 1.1, 1.2, 2.1, 2.2']);
    // The unit by code and title (it was the code alone), each KUK missed with its criterion (it was the number alone).
    expect(screen.getByTestId('ia05-print-kuk-not-achieved').textContent).toMatch(/^J\.620100\.009\.01 Melakukan Debugging:/);
    expect(screen.getAllByTestId('ia05-print-kuk-missed').map((k) => k.textContent)).toEqual(['1.1 KUK 1.1', '1.2 KUK 1.2', '2.1 KUK 2.1', '2.2 KUK 2.2']);
  });

  it('FR.IA.05 lists the unit/element/KUK not achieved only under a ticked "belum tercapai"', () => {
    // "Tercapai" ticked by the assessor (a question missed): the list printed under the unticked box read as a second conclusion.
    renderIn(<Ia05Print ws={concluded('achieved')} />);
    expect(screen.getByTestId('print-ia05').textContent).toContain('☑ Aspek pengetahuan seluruh unit kompetensi yang diujikan tercapai');
    expect(screen.queryAllByTestId('ia05-print-kuk-not-achieved')).toHaveLength(0);
    cleanup();
    // No conclusion yet: neither box ticked, nothing stated under either.
    renderIn(<Ia05Print ws={concluded(null)} />);
    expect(screen.getByTestId('print-ia05').textContent).not.toContain('☑');
    expect(screen.queryAllByTestId('ia05-print-kuk-not-achieved')).toHaveLength(0);
    cleanup();
    renderIn(<Ia05Print ws={concluded('not_yet')} />);
    expect(screen.getByTestId('print-ia05').textContent).toContain('☑ Aspek pengetahuan belum tercapai pada unit/elemen/KUK berikut');
    expect(screen.getAllByTestId('ia05-print-kuk-missed')).toHaveLength(4);
  });

  it('FR.IA.05 says so in a line, not an empty block, when "belum tercapai" is ticked and no KUK was missed', () => {
    const allRight = { ...ws.multipleChoice, units: oneWrong.units.map((u) => ({ ...u, achieved: u.total, kukNotAchieved: [] })) };
    renderIn(<Ia05Print ws={{ ...concluded('not_yet'), multipleChoice: allRight }} />);
    expect(screen.queryAllByTestId('ia05-print-kuk-not-achieved')).toHaveLength(0);
    expect(screen.getByTestId('ia05-print-none-missed').textContent).toBe(id.assess.ia05.noneMissed);
    expect(screen.getByTestId('print-ia05').querySelectorAll('ul')).toHaveLength(0);
    cleanup();
    // Under a ticked "tercapai" the line is not there either: nothing is stated under the unticked box.
    renderIn(<Ia05Print ws={{ ...concluded('achieved'), multipleChoice: allRight }} />);
    expect(screen.queryByTestId('ia05-print-none-missed')).toBeNull();
    cleanup();
    // A candidate who never started the written test: the line says there are no answers, not that none was missed.
    renderIn(<Ia05Print ws={{ ...concluded('not_yet'), attempt: { ...ws.attempt, status: 'absent' as const, missed: true, submittedAt: null } }} />);
    expect(screen.queryByTestId('ia05-print-none-missed')).toBeNull();
    expect(screen.getByTestId('ia05-print-not-taken').textContent).toBe(id.assess.ia05.missedNotTaken);
  });

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

  it('FR.IA.05 states under the answer sheet which question was annulled or re-keyed, by whom, when and why; nothing when none was', () => {
    const corrected = {
      ...ws,
      multipleChoice: {
        ...ws.multipleChoice,
        items: [{ ...ws.multipleChoice.items[0], key: 'C/A' }],
        corrections: [
          { itemId: 'm1', ref: 'PG-07', number: 2, action: 'annul' as const, option: null, reason: 'Soal keluar dari SKKNI', by: 'Dra. Sri', at: '2026-11-21T03:00:00Z' },
          { itemId: 'm2', ref: 'PG-02', number: 1, action: 'accept' as const, option: 'A', reason: 'Opsi A juga benar', by: 'Dra. Sri', at: '2026-11-21T03:05:00Z' },
        ],
      },
    };
    renderIn(<Ia05Print ws={corrected} />);
    const notes = screen.getAllByTestId('ia05-correction').map((li) => li.textContent);
    expect(notes).toEqual([
      'Soal no. 2 (PG-07) dianulir oleh Dra. Sri pada 21 Nov 2026, 10.00, alasan: Soal keluar dari SKKNI. Soal ini tidak dihitung.',
      'Kunci soal no. 1 (PG-02) diralat oleh Dra. Sri pada 21 Nov 2026, 10.05: opsi A juga diterima benar. Alasan: Opsi A juga benar.',
    ]);
    expect(cells(screen.getByTestId('ia05-print-row'))[4]).toBe('C/A');
    cleanup();
    renderIn(<Ia05Print ws={ws} />);
    expect(screen.queryByTestId('ia05-corrections')).toBeNull();
  });

  it('FR.IA.05 and FR.IA.06 of a candidate who never started the written test say so: no answer sheet, no per-question "did not answer"', () => {
    const essay = { ...question('e1', 'J.620100.004.02', '1.1', 1), answer: null };
    const never = { ...ws, attempt: { ...ws.attempt, status: 'absent' as const, missed: true, submittedAt: null }, essays: [essay] };
    renderIn(
      <>
        <Ia05Print ws={never} />
        <Ia06Print ws={never} />
      </>,
    );
    expect(screen.queryAllByTestId('ia05-print-row')).toHaveLength(0);
    expect(screen.getByTestId('print-ia05').textContent).not.toContain('sesuai urutan yang dilihat asesi');
    expect(screen.getByTestId('print-ia06').textContent).not.toContain('Asesi tidak menjawab soal ini');
    expect(screen.getAllByTestId('written-not-taken').map((p) => p.textContent)).toEqual([
      expect.stringContaining('tidak mengerjakan tes tertulis'),
      expect.stringContaining('tidak mengerjakan tes tertulis'),
    ]);
  });

  it('FR.IA.05 and FR.IA.06 printed while the candidate is still at the test say so: no answer sheet of dashes ticked "Tidak", no "did not answer"', () => {
    // Before, an attempt under way printed the sheet so far: every question not reached yet read "–" with "Tidak" ticked.
    const essay = { ...question('e1', 'J.620100.004.02', '1.1', 1), answer: null };
    const under = { ...ws, attempt: { ...ws.attempt, status: 'in_progress' as const, missed: false, submittedAt: null }, essays: [essay] };
    renderIn(
      <>
        <Ia05Print ws={under} />
        <Ia06Print ws={under} />
      </>,
    );
    expect(screen.queryAllByTestId('ia05-print-row')).toHaveLength(0);
    expect(screen.getByTestId('print-ia05').textContent).not.toContain('sesuai urutan yang dilihat asesi');
    expect(screen.getByTestId('print-ia06').textContent).not.toContain('Asesi tidak menjawab soal ini');
    expect(screen.getAllByTestId('written-in-progress').map((p) => p.textContent)).toEqual([id.forms.written.inProgress, id.forms.written.inProgress]);
    expect(screen.queryAllByTestId('written-not-taken')).toHaveLength(0);
    cleanup();
    // Submitted, the sheet and the essays print, and the statement is gone.
    renderIn(
      <>
        <Ia05Print ws={{ ...under, attempt: ws.attempt }} />
        <Ia06Print ws={{ ...under, attempt: ws.attempt }} />
      </>,
    );
    expect(screen.getAllByTestId('ia05-print-row').length).toBeGreaterThan(0);
    expect(screen.getByTestId('print-ia06').textContent).toContain('Asesi tidak menjawab soal ini');
    expect(screen.queryAllByTestId('written-in-progress')).toHaveLength(0);
  });

  it('FR.IA.05 and FR.IA.06 printed before the test day state nothing of the written test: it has not been missed yet', () => {
    const essay = { ...question('e1', 'J.620100.004.02', '1.1', 1), answer: null };
    const notYet = { ...ws, attempt: { ...ws.attempt, status: 'absent' as const, missed: false, submittedAt: null }, essays: [essay] };
    renderIn(
      <>
        <Ia05Print ws={notYet} />
        <Ia06Print ws={notYet} />
      </>,
    );
    expect(screen.queryAllByTestId('written-not-taken')).toHaveLength(0);
    expect(screen.queryAllByTestId('ia05-print-row')).toHaveLength(0);
    expect(screen.getByTestId('print-ia05').textContent).not.toContain('tidak mengerjakan tes tertulis');
    expect(screen.getByTestId('print-ia06').textContent).not.toContain('Asesi tidak menjawab soal ini');
  });

  it('FR.IA.07 and FR.IA.03 the assessor recorded nothing on print as not used once FR.AK.02 is signed, with no signature', () => {
    const recorded = { ...ALL_RECORDED, ia07: false, ia03: false };
    const signedAt = '2026-11-21T09:00:00Z';
    const signed = {
      ...ws,
      signature: { signedAt, signedByName: 'Asesor' },
      formsRecorded: recorded,
      formSignatures: formSignatures({ agreedAt: null, signedAt, acknowledgedAt: null, feedbackByCandidateAt: null, recorded }),
    };
    renderIn(
      <>
        <Ia07Print ws={signed} />
        <Ia03Print ws={signed} />
        <Ia05Print ws={signed} />
      </>,
    );
    for (const form of ['print-ia07', 'print-ia03']) {
      const printed = screen.getByTestId(form);
      expect(within(printed).getByTestId('form-not-used').textContent).toContain('tidak digunakan');
      expect(printed.textContent).not.toContain('Ditandatangani secara elektronik');
      expect(within(printed).queryAllByTestId('print-question-row')).toHaveLength(0);
    }
    expect(screen.getByTestId('print-ia05').textContent).toContain('Ditandatangani secara elektronik');
  });

  it('prints every KUK a question covers beside it, a KUK of another unit with its unit code', () => {
    const several = { ...ws, oral: [question('o9', 'J.620100.004.02', '1.1', 9, [{ unitCode: 'J.620100.004.02', kukNumber: '1.2' }, { unitCode: 'J.620100.005.02', kukNumber: '2.1' }])] };
    renderIn(<Ia07Print ws={several} />);
    const row = within(screen.getByTestId('print-ia07')).getAllByTestId('print-question-row')[0];
    expect(row.textContent).toContain('J.620100.004.02 1.1, 1.2, J.620100.005.02 2.1');
  });

  it("FR.IA.05's short stem reads a table as its rows on a line, without the bars", () => {
    const item = { ...ws.multipleChoice.items[1], prompt: { id: 'Lihat tabel:\nBulan | Unit\nJanuari | 12', en: null } };
    renderIn(<Ia05Print ws={{ ...ws, multipleChoice: { ...ws.multipleChoice, items: [item] } }} />);
    expect(cells(screen.getAllByTestId('ia05-print-row')[0])[1]).toBe('Lihat tabel:\nBulan, Unit; Januari, 12');
  });

  it("prints a table in a question's text as a table", () => {
    const withTable = { ...question('o1', 'J.620100.004.02', '1.1', 1), prompt: { id: 'Lengkapi tabel berikut:\nPerintah | Fungsi\nls | daftar berkas\ncd | pindah folder', en: null } };
    renderIn(<Ia07Print ws={{ ...ws, oral: [withTable] }} />);
    const row = within(screen.getByTestId('print-ia07')).getAllByTestId('print-question-row')[0];
    const table = within(row).getByTestId('prompt-table');
    expect([...table.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['Perintah', 'Fungsi', 'ls', 'daftar berkas', 'cd', 'pindah folder']);
    expect(row.textContent).toContain('Lengkapi tabel berikut:');
  });

  it('before FR.AK.02 is signed, a form with nothing recorded prints as a blank worksheet: its questions, no electronic mark', () => {
    const recorded = { ...ALL_RECORDED, ia07: false };
    const unsigned = {
      ...ws,
      signature: null,
      formsRecorded: recorded,
      formSignatures: formSignatures({ agreedAt: null, signedAt: null, acknowledgedAt: null, feedbackByCandidateAt: null, recorded }),
    };
    renderIn(<Ia07Print ws={unsigned} />);
    const printed = screen.getByTestId('print-ia07');
    expect(within(printed).queryByTestId('form-not-used')).toBeNull();
    expect(within(printed).getAllByTestId('print-question-row')).toHaveLength(ws.oral.length);
    expect(printed.textContent).not.toContain('Ditandatangani secara elektronik');
  });

  it.each([
    ['FR.IA.07', Ia07Print],
    ['FR.IA.03', Ia03Print],
  ])('%s names each KUK with its unit code, so two units\' 1.2 stay apart', (_form, Form) => {
    renderIn(<Form ws={ws} />);
    expect(screen.getAllByTestId('print-question-kuk').map((c) => c.textContent)).toEqual(['J.620100.004.02 1.2', 'J.620100.005.02 1.2']);
  });
});
