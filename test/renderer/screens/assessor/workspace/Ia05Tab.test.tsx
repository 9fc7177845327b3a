import { cleanup, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import type { Workspace } from '../../../../../electron/shared/assessment';
import { createI18n } from '../../../../../renderer/src/i18n/setup';
import { Ia05Tab } from '../../../../../renderer/src/screens/assessor/workspace/Ia05Tab';
import type { useRecord } from '../../../../../renderer/src/screens/assessor/workspace/use-record';
import { ws } from '../../print/workspace-fixture';

const record: ReturnType<typeof useRecord> = {
  fields: { knowledgeConclusion: null, knowledgeNote: null, recommendation: null, followUp: null, comment: null },
  update: () => Promise.resolve(true),
};

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
        <Ia05Tab ws={{ ...ws, multipleChoice: sheet }} record={record} />
      </I18nextProvider>,
    );
    // A KUK of another unit carries its unit code.
    expect(screen.getByTestId('ia05-item-kuk').textContent).toBe('1.1, 1.2, 2.1, 2.2, J.620100.010.01 3.1');
    // Each missed KUK with its criterion, not its number alone.
    expect(screen.getByTestId('ia05-kuk-not-achieved').textContent).toMatch(/^KUK belum tercapai:/);
    expect(screen.getAllByTestId('ia05-kuk-missed').map((k) => k.textContent)).toEqual(['1.1 Kriteria 1.1', '1.2 Kriteria 1.2', '2.1 Kriteria 2.1', '2.2 Kriteria 2.2']);
  });
});
