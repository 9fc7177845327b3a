import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { QueueSnapshot } from '../../../../renderer/src/cbt/save-queue';
import type { Language } from '../../../../renderer/src/i18n/languages';
import { createI18n } from '../../../../renderer/src/i18n/setup';
import { SaveProblem } from '../../../../renderer/src/screens/candidate/SaveState';

const held = (pending: number): QueueSnapshot => ({ state: 'paused', pending, lastError: null, items: new Map() });

function problemText(language: Language, pending: number): string {
  const { unmount } = render(
    <I18nextProvider i18n={createI18n(language)}>
      <SaveProblem snapshot={held(pending)} />
    </I18nextProvider>,
  );
  const text = screen.getByTestId('cbt-save-problem').textContent ?? '';
  unmount();
  return text;
}

describe('answers held back while the test is paused', () => {
  it('are counted in the English singular for one and the plural otherwise', () => {
    expect(problemText('en', 1)).toBe('1 answer not saved yet; it will be sent when the test resumes.');
    expect(problemText('en', 3)).toBe('3 answers not saved yet; they will be sent when the test resumes.');
  });

  it('read the same in Indonesian whatever the count, from the _other form i18next uses for id', () => {
    expect(problemText('id', 1)).toBe('1 jawaban belum tersimpan dan akan dikirim setelah ujian dilanjutkan.');
    expect(problemText('id', 3)).toBe('3 jawaban belum tersimpan dan akan dikirim setelah ujian dilanjutkan.');
  });
});
