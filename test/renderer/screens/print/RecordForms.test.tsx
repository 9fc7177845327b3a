import { readFileSync } from 'node:fs';
import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { createI18n } from '../../../../renderer/src/i18n/setup';
import { Ak01Print, Ak02Print, Ak03Print, Ak04Print } from '../../../../renderer/src/screens/print/RecordForms';
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

describe('printed FR.AK.02: the decisions in words', () => {
  afterEach(cleanup);
  const record = { knowledgeConclusion: null, knowledgeNote: null, followUp: null, comment: null, seq: 1, savedAt: '2026-11-21T05:00:00Z' };

  it.each([
    ['id' as const, 'K' as const, 'Kompeten', ['Kompeten', 'Belum Kompeten']],
    ['id' as const, 'BK' as const, 'Belum Kompeten', ['Kompeten', 'Belum Kompeten']],
    ['en' as const, 'K' as const, 'Competent', ['Competent', 'Not Yet Competent']],
    ['en' as const, 'BK' as const, 'Not Yet Competent', ['Competent', 'Not Yet Competent']],
  ])('states the recommendation and heads the unit columns in words (%s, %s), where the form printed the codes K and BK', (language, recommendation, words, headers) => {
    const { container } = render(
      <I18nextProvider i18n={createI18n(language)}>
        <Ak02Print ws={{ ...ws, record: { ...record, recommendation } }} />
      </I18nextProvider>,
    );
    expect(screen.getByTestId('ak02-recommendation').textContent).toBe(words);
    expect([...container.querySelectorAll('.print-ak02 thead th')].slice(-2).map((th) => th.textContent)).toEqual(headers);
  });

  it('leaves the recommendation empty while none is given', () => {
    render(
      <I18nextProvider i18n={createI18n('id')}>
        <Ak02Print ws={{ ...ws, record: { ...record, recommendation: null } }} />
      </I18nextProvider>,
    );
    expect(screen.getByTestId('ak02-recommendation').textContent).toBe('');
  });
});

describe('printed FR.AK.03 given on an FR.AK.02 decision since unlocked', () => {
  inTimeZone('Asia/Jakarta');
  afterEach(cleanup);
  const answers = Array.from({ length: 10 }, () => ({ agree: true, comment: '' }));
  const given = { answers, comment: null, enteredBy: 'candidate' as const, seq: 1, savedAt: '2026-11-21T03:00:00.000Z' };
  const draw = (language: 'id' | 'en', onEarlierDecision: boolean, signature: (typeof ws)['signature']) =>
    render(
      <I18nextProvider i18n={createI18n(language)}>
        <Ak03Print ws={{ ...ws, signature, feedback: { ...given, onEarlierDecision } }} />
      </I18nextProvider>,
    );
  const resigned = { signedAt: '2026-11-21T05:30:00.000Z', signedByName: 'Asesor' };

  it.each([
    ['id' as const, 'Umpan balik ini diberikan pada 21 Nov 2026, 10.00 atas keputusan FR.AK.02 sebelumnya; keputusan itu kemudian dibuka kembali dan ditandatangani ulang pada 21 Nov 2026, 12.30. Belum ada umpan balik atas keputusan yang berlaku.'],
    ['en' as const, 'This feedback was given on 21 Nov 2026, 10:00 on an earlier FR.AK.02 decision; that decision was then unlocked and signed again on 21 Nov 2026, 12:30. No feedback has been given on the decision in force.'],
  ])('says the candidate gave it on the earlier decision, and when the decision was signed again (%s)', (language, text) => {
    draw(language, true, resigned);
    expect(screen.getByTestId('ak03-earlier-decision').textContent).toBe(text);
  });

  it('says the decision it answered is unlocked and not yet signed again; says nothing of feedback on the decision in force', () => {
    draw('id', true, null);
    expect(screen.getByTestId('ak03-earlier-decision').textContent).toBe('Umpan balik ini diberikan pada 21 Nov 2026, 10.00 atas keputusan FR.AK.02 yang kemudian dibuka kembali dan belum ditandatangani ulang.');
    cleanup();
    draw('id', false, resigned);
    expect(screen.queryByTestId('ak03-earlier-decision')).toBeNull();
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

describe('printed FR.AK.04: the candidate signs, the assessor does not', () => {
  afterEach(cleanup);
  const draw = (language: 'id' | 'en', appeal: (typeof ws)['appeal']) =>
    render(
      <I18nextProvider i18n={createI18n(language)}>
        <Ak04Print ws={{ ...ws, appeal }} />
      </I18nextProvider>,
    );
  const filed = { processExplained: true, discussedWithAssessor: false, involveOther: false, reasons: 'Waktu ujian terpotong pemadaman listrik.', seq: 3, savedAt: '2026-11-21T05:00:00Z' };

  it.each([
    ['id' as const, 'Anda mempunyai hak mengajukan banding', 'No. Reg. MET', 'Tidak ada banding yang dicatat'],
    ['en' as const, 'You have the right to appeal', 'MET reg. no.', 'No appeal recorded'],
  ])(
    'with no appeal is the blank form for the candidate to fill in by hand: no assessor block, no "no appeal" in the reasons (%s)',
    (language, right, met, none) => {
      const { container } = draw(language, null);
      // The signature block holds the candidate's column alone, an empty line to sign.
      expect(screen.queryByTestId('signature-assessor')).toBeNull();
      expect(screen.getByTestId('signature-candidate').dataset.how).toBe('wet');
      expect(container.querySelectorAll('.print-signatures th')).toHaveLength(1);
      const signatures = container.querySelector('.print-signatures')?.textContent ?? '';
      expect(signatures).toContain(ws.candidate.name);
      expect(signatures).not.toContain(met);
      expect(signatures).not.toContain(ws.header.assessorName);
      // Room to write the reasons, and nothing printed in it.
      const reasons = screen.getByTestId('ak04-reasons');
      expect(reasons.textContent).toBe('');
      expect(reasons.classList.contains('print-write-in')).toBe(true);
      expect(container.textContent).toContain(right);
      // The screen says why the form is blank; print.css keeps that off the paper.
      expect(screen.getByTestId('ak04-blank-note').classList.contains('print-screen-note')).toBe(true);
      const paper = container.cloneNode(true) as HTMLElement;
      paper.querySelectorAll('.print-screen-note').forEach((note) => note.remove());
      expect(paper.textContent).not.toContain(none);
    },
  );

  it('with an appeal recorded prints it, still signed by the candidate alone', () => {
    draw('id', filed);
    expect(screen.getByTestId('ak04-reasons').textContent).toBe(filed.reasons);
    expect(screen.queryByTestId('ak04-blank-note')).toBeNull();
    expect(screen.queryByTestId('signature-assessor')).toBeNull();
    expect(screen.getByTestId('signature-candidate')).toBeTruthy();
  });

  it('print.css gives a field left for the hand its room and keeps the screen note off the paper', () => {
    const css = readFileSync('renderer/src/styles/print.css', 'utf8');
    expect(/\.print-write-in\s*\{([^}]*)\}/.exec(css)?.[1] ?? '').toMatch(/height:\s*\d+mm/);
    expect(css).toMatch(/@media print \{\s*\.print-screen-note \{\s*display: none;/);
  });
});
