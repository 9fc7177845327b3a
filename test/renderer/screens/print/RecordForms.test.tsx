import { readFileSync } from 'node:fs';
import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { createI18n } from '../../../../renderer/src/i18n/setup';
import { Ak01Print, Ak02Print, Ak04Print } from '../../../../renderer/src/screens/print/RecordForms';
import { Ak05Print } from '../../../../renderer/src/screens/print/SessionForms';
import { inTimeZone } from '../../../support/time-zone';
import { ws } from './workspace-fixture';

describe('printed FR.AK.01', () => {
  inTimeZone('Asia/Jakarta');
  afterEach(cleanup);

  it('ticks exactly the evidence the candidate accepted on screen, and leaves the rest unticked', () => {
    render(
      <I18nextProvider i18n={createI18n('id')}>
        <Ak01Print ws={{ ...ws, attempt: { ...ws.attempt, agreementEvidence: ['written', 'oral'] } }} />
      </I18nextProvider>,
    );
    const items = [...screen.getByTestId('ak01-evidence').querySelectorAll('li')];
    const ticked = items.filter((li) => li.textContent?.startsWith('☑')).map((li) => li.textContent);
    expect(ticked).toHaveLength(2);
    expect(items.find((li) => li.textContent?.includes('Verifikasi portofolio'))?.textContent?.startsWith('☐')).toBe(true);
    expect(items.map((li) => li.dataset.collected)).toEqual(['false', 'false', 'true', 'true', 'false']);
  });
});

describe('a form field left blank for the pen', () => {
  afterEach(cleanup);
  const blank = { ...ws, record: null, appeal: null };
  const fieldTables = (container: HTMLElement) => [...container.querySelectorAll('table')].filter((t) => t.querySelector('tbody th') && !t.querySelector('thead') && !t.classList.contains('print-header') && !t.classList.contains('print-signatures'));

  it.each([
    ['FR.AK.02', () => render(<I18nextProvider i18n={createI18n('id')}><Ak02Print ws={blank} /></I18nextProvider>)],
    ['FR.AK.04', () => render(<I18nextProvider i18n={createI18n('id')}><Ak04Print ws={blank} /></I18nextProvider>)],
    ['FR.AK.05', () => render(<I18nextProvider i18n={createI18n('id')}><Ak05Print report={{ header: ws.header, rows: [], report: null, signature: null }} /></I18nextProvider>)],
  ])('keeps room to write in (%s): an empty answer column shrank to a sliver beside its label', (_form, draw) => {
    const { container } = draw();
    const tables = fieldTables(container);
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) expect(table.classList.contains('print-fields')).toBe(true);
  });

  it('print.css gives the label a fixed share of the width', () => {
    const css = readFileSync('renderer/src/styles/print.css', 'utf8');
    expect(/\.print-fields th\s*\{([^}]*)\}/.exec(css)?.[1] ?? '').toMatch(/width:\s*\d+%/);
  });
});

describe('printed FR.AK.04 with no appeal recorded', () => {
  afterEach(cleanup);

  it.each([
    ['id' as const, '☐ Ya  ☐ Tidak'],
    ['en' as const, '☐ Yes  ☐ No'],
  ])('offers each question its empty Ya / Tidak boxes to tick by hand, where it printed nothing (%s)', (language, boxes) => {
    const { container } = render(
      <I18nextProvider i18n={createI18n(language)}>
        <Ak04Print ws={{ ...ws, appeal: null }} />
      </I18nextProvider>,
    );
    const answers = [...container.querySelectorAll('.print-fields tbody tr')].slice(0, 3).map((tr) => tr.querySelector('td')?.textContent);
    expect(answers).toEqual([boxes, boxes, boxes]);
  });
});
