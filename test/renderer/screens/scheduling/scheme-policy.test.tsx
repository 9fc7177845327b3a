import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import type { McScoreSheet } from '../../../../electron/shared/cbt';
import { id } from '../../../../electron/shared/i18n/id';
import type { SchemeDetail } from '../../../../electron/shared/registry';
import type { SchemePolicy } from '../../../../electron/shared/scheme-policy';
import { createI18n } from '../../../../renderer/src/i18n/setup';
import { PassHint } from '../../../../renderer/src/screens/assessor/workspace/PassHint';
import { ok } from '../../fake-transport';
import { argsOf, invalid, openAt } from '../registry/support';
import { SCHEME, TUK, page } from './fixtures';

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

const POLICY: SchemePolicy = { schemeCode: SCHEME.code, testDurationMinutes: 90, passHintPercent: 70, certificateValidityYears: null, kbliCode: null };
const RULES = { maxCandidatesPerAssessorPerDay: 10, assessorOverlap: true, assessorCredentials: true, assessorScheme: true, loanLetter: true, tukVerification: true, tukCapacity: true, candidateOverlap: true, candidateSameScheme: true, aplGate: true };
const DETAIL: SchemeDetail = { ...SCHEME, units: [], versions: [{ id: SCHEME.id, version: SCHEME.version, active: true }], revision: 'rev-1' };

describe('per-scheme settings', () => {
  it("a new session starts with the scheme's test duration once the scheme is chosen", async () => {
    const { fake } = openAt('sessions/new', {
      'schemes/list': () => ok(page([SCHEME])),
      'tuks/list': () => ok(page([TUK])),
      'assessors/list': () => ok(page([])),
      'apl/list': () => ok(page([])),
      'sessions/settings': () => ok(RULES),
      'schemes/policy': () => ok(POLICY),
    });
    const duration = await screen.findByTestId<HTMLInputElement>('field-durationMinutes');
    expect(duration.value).toBe('240');
    fireEvent.change(screen.getByTestId('field-schemeId'), { target: { value: SCHEME.id } });
    await waitFor(() => expect(duration.value).toBe('90'));
    expect(argsOf(fake.calls, 'schemes/policy')).toEqual([{ schemeCode: SCHEME.code }]);
  });

  it('the scheme page opened to fill in the KBLI code (#/schemes/<id>/kbli) puts the focus on that field, below the whole tree', async () => {
    openAt(`schemes/${SCHEME.id}/kbli`, { 'schemes/get': () => ok(DETAIL), 'schemes/policy': () => ok(POLICY) });
    const kbli = await screen.findByTestId('field-kbliCode');
    await waitFor(() => expect(document.activeElement).toBe(kbli));
  });

  it('the scheme page edits them, empty as the LSP default, and shows a refused field beside it', async () => {
    let stored = POLICY;
    const { fake } = openAt(`schemes/${SCHEME.id}`, {
      'schemes/get': () => ok(DETAIL),
      'schemes/policy': () => ok(stored),
      'schemes/setPolicy': (args) => {
        const next = args as SchemePolicy;
        if (next.kbliCode === '123') return invalid([{ field: 'kbliCode', reason: 'format' }]);
        stored = next;
        return ok(next);
      },
    });
    const form = await screen.findByTestId('scheme-policy');
    expect(screen.getByTestId<HTMLInputElement>('field-passHintPercent').value).toBe('70');
    expect(screen.getByTestId<HTMLInputElement>('field-certificateValidityYears').value).toBe('');
    fireEvent.change(screen.getByTestId('field-kbliCode'), { target: { value: '123' } });
    fireEvent.click(form.querySelector('[data-testid="record-save"]')!);
    expect((await screen.findByTestId('problem-kbliCode')).textContent).toBe(id.registry.reasons.format);
    fireEvent.change(screen.getByTestId('field-kbliCode'), { target: { value: '85499' } });
    fireEvent.change(screen.getByTestId('field-testDurationMinutes'), { target: { value: '' } });
    fireEvent.click(form.querySelector('[data-testid="record-save"]')!);
    await waitFor(() => expect(argsOf(fake.calls, 'schemes/setPolicy')).toHaveLength(2));
    expect(argsOf(fake.calls, 'schemes/setPolicy')[1]).toEqual({ schemeCode: SCHEME.code, testDurationMinutes: null, passHintPercent: 70, certificateValidityYears: null, kbliCode: '85499' });
    expect((await screen.findByTestId('record-saved')).textContent).toBe(id.schemePolicy.saved);
    // The form is made again from the settings reloaded after the save: the notice stays.
    await waitFor(() => expect(fake.calls.filter((c) => c.method === 'schemes/policy')).toHaveLength(2));
    await waitFor(() => expect(screen.getByTestId<HTMLInputElement>('field-kbliCode').value).toBe('85499'));
    expect(screen.getByTestId('record-saved').textContent).toBe(id.schemePolicy.saved);
  });
});

const sheet = (achieved: number, total: number): McScoreSheet => ({
  sessionId: 's1',
  candidateId: 'c1',
  submitted: true,
  items: Array.from({ length: total }, (_, i) => ({
    itemId: `i-${i}`,
    ref: `R${i}`,
    number: i + 1,
    prompt: { id: `Soal ${i + 1}`, en: null },
    unitCode: 'J.620100.004.02',
    kuks: [{ unitCode: 'J.620100.004.02', kukNumber: '1.1' }],
    answer: 'A',
    key: i < achieved ? 'A' : 'B',
    achieved: i < achieved,
  })),
  units: [],
  corrections: [],
  allAchieved: achieved === total,
});

describe("the assessor's pass hint", () => {
  const show = (passHintPercent: number | null, achieved: number, total: number) =>
    render(
      <I18nextProvider i18n={createI18n('id')}>
        <PassHint ws={{ passHintPercent, multipleChoice: sheet(achieved, total) }} />
      </I18nextProvider>,
    );

  it('says the score beside the LSP hint, at the hint counting as met', () => {
    show(70, 7, 10);
    const hint = screen.getByTestId('ia05-pass-hint');
    expect(hint.dataset.met).toBe('true');
    expect(hint.textContent).toContain('Benar 7 dari 10 soal (70%). Petunjuk LSP: lulus pada 70% atau lebih.');
    cleanup();
    show(70, 6, 10);
    expect(screen.getByTestId('ia05-pass-hint').dataset.met).toBe('false');
    expect(screen.getByTestId('ia05-pass-hint').textContent).toContain(id.schemePolicy.hintNotMet);
  });

  it('shows nothing when the LSP set no hint or the paper had no multiple-choice question', () => {
    show(null, 7, 10);
    expect(screen.queryByTestId('ia05-pass-hint')).toBeNull();
    show(70, 0, 0);
    expect(screen.queryByTestId('ia05-pass-hint')).toBeNull();
  });
});
