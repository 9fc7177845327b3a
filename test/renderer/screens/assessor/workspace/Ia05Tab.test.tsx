import { cleanup, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import type { KnowledgeConclusion, Workspace } from '../../../../../electron/shared/assessment';
import { id } from '../../../../../electron/shared/i18n/id';
import { createI18n } from '../../../../../renderer/src/i18n/setup';
import { Ia05Tab } from '../../../../../renderer/src/screens/assessor/workspace/Ia05Tab';
import type { useRecord } from '../../../../../renderer/src/screens/assessor/workspace/use-record';
import { ws } from '../../print/workspace-fixture';

const concluded = (knowledgeConclusion: KnowledgeConclusion | null): ReturnType<typeof useRecord> => ({
  fields: { knowledgeConclusion, knowledgeNote: null, recommendation: null, followUp: null, comment: null },
  update: () => Promise.resolve(true),
});
const record = concluded(null);

describe('FR.IA.05 tab: questions matchable with the suggestion\'s reasons', () => {
  afterEach(cleanup);

  it('shows each question\'s bank code (as the reasons name it) beside the candidate\'s number', () => {
    const mc = ws.multipleChoice;
    const unitOf = (unitCode: string) => ({ unitCode, unitTitle: { id: unitCode, en: null }, total: 1, achieved: 0, kukNotAchieved: [] });
    const sheet: Workspace['multipleChoice'] = {
      ...mc,
      items: mc.items.map((i, n) => ({ ...i, ref: `PG-0${n + 7}` })),
      units: [unitOf('J.620100.005.02'), unitOf('J.620100.004.02')],
    };
    render(
      <I18nextProvider i18n={createI18n('id')}>
        <Ia05Tab ws={{ ...ws, multipleChoice: sheet }} record={record} />
      </I18nextProvider>,
    );
    const rows = screen.getAllByTestId('ia05-item');
    expect(rows.map((r) => within(r).getAllByRole('cell')[0].textContent)).toEqual(['1 (PG-07)', '2 (PG-08)']);
    expect(rows.map((r) => within(r).getByTestId('question-ref').textContent)).toEqual(['(PG-07)', '(PG-08)']);
  });

  it('says on the tab, as on paper, which question of this candidate was annulled, by whom, when and why; nothing when none was', () => {
    const sheet: Workspace['multipleChoice'] = {
      ...ws.multipleChoice,
      corrections: [{ itemId: 'm9', ref: 'PG-09', number: 3, action: 'annul', option: null, reason: 'Soal keluar dari SKKNI', by: 'Dra. Sri', at: '2026-11-21T03:00:00Z' }],
    };
    render(
      <I18nextProvider i18n={createI18n('id')}>
        <Ia05Tab ws={{ ...ws, multipleChoice: sheet }} record={record} />
      </I18nextProvider>,
    );
    const note = screen.getByTestId('ia05-correction').textContent ?? '';
    expect(note).toContain('Soal no. 3 (PG-09) dianulir oleh Dra. Sri');
    expect(note).toContain('Soal keluar dari SKKNI');
    cleanup();
    render(
      <I18nextProvider i18n={createI18n('id')}>
        <Ia05Tab ws={ws} record={record} />
      </I18nextProvider>,
    );
    expect(screen.queryByTestId('ia05-corrections')).toBeNull();
    expect(screen.queryByText(id.ia05Corrections.title)).toBeNull();
  });

  it('names every KUK a question covers, in its KUK column and in the unit\'s KUK not achieved', () => {
    const mc = ws.multipleChoice;
    const unitCode = 'J.620100.009.01';
    const numbers = ['1.1', '1.2', '2.1', '2.2'];
    const sheet: Workspace['multipleChoice'] = {
      ...mc,
      items: [{ ...mc.items[1], unitCode, kuks: [...numbers.map((kukNumber) => ({ unitCode, kukNumber })), { unitCode: 'J.620100.010.01', kukNumber: '3.1' }] }],
      units: [
        {
          unitCode,
          unitTitle: { id: 'Unit', en: null },
          total: 1,
          achieved: 0,
          kukNotAchieved: numbers.map((kukNumber, n) => ({ kukNumber, elementNo: n < 2 ? 1 : 2, text: { id: `Kriteria ${kukNumber}`, en: null } })),
        },
      ],
    };
    render(
      <I18nextProvider i18n={createI18n('id')}>
        <Ia05Tab ws={{ ...ws, multipleChoice: sheet }} record={concluded('not_yet')} />
      </I18nextProvider>,
    );
    // A KUK of another unit carries its unit code.
    expect(screen.getByTestId('ia05-item-kuk').textContent).toBe('1.1, 1.2, 2.1, 2.2, J.620100.010.01 3.1');
    // Each missed KUK with its criterion, not its number alone.
    expect(screen.getByTestId('ia05-kuk-not-achieved').textContent).toMatch(/^J\.620100\.009\.01 Unit:/);
    expect(screen.getAllByTestId('ia05-kuk-missed').map((k) => k.textContent)).toEqual(['1.1 Kriteria 1.1', '1.2 Kriteria 1.2', '2.1 Kriteria 2.1', '2.2 Kriteria 2.2']);
  });

  it('lists the KUK not achieved only under the chosen "belum tercapai", as the printed form does, and says so when none was missed', () => {
    const mc = ws.multipleChoice;
    const unitCode = 'J.620100.009.01';
    const missed = { kukNumber: '1.1', elementNo: 1, text: { id: 'Kriteria 1.1', en: null } };
    const withMissed = (kukNotAchieved: (typeof missed)[]): Workspace['multipleChoice'] => ({
      ...mc,
      units: [{ unitCode, unitTitle: { id: 'Unit', en: null }, total: 2, achieved: 2 - kukNotAchieved.length, kukNotAchieved }],
    });
    const show = (sheet: Workspace['multipleChoice'], conclusion: KnowledgeConclusion | null) => {
      cleanup();
      render(
        <I18nextProvider i18n={createI18n('id')}>
          <Ia05Tab ws={{ ...ws, multipleChoice: sheet }} record={concluded(conclusion)} />
        </I18nextProvider>,
      );
      return { lists: screen.queryAllByTestId('ia05-kuk-not-achieved').length, none: screen.queryByTestId('ia05-none-missed')?.textContent ?? null };
    };
    // "Tercapai" chosen with a question missed: no list under it (it read as a second, contrary conclusion); nor with none chosen.
    expect(show(withMissed([missed]), 'achieved')).toEqual({ lists: 0, none: null });
    expect(show(withMissed([missed]), null)).toEqual({ lists: 0, none: null });
    expect(show(withMissed([missed]), 'not_yet')).toEqual({ lists: 1, none: null });
    // "Belum tercapai" with every answer right: a line, not an empty block.
    expect(show(withMissed([]), 'not_yet')).toEqual({ lists: 0, none: id.assess.ia05.noneMissed });
  });
});
