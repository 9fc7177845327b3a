import { readFileSync } from 'node:fs';
import { act, cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { createI18n } from '../../../../../renderer/src/i18n/setup';
import { SaveIndicator } from '../../../../../renderer/src/screens/assessor/workspace/SaveIndicator';
import { useSaver, type Saver } from '../../../../../renderer/src/screens/assessor/workspace/use-saver';

let saver: Saver | null = null;

function Harness() {
  const s = useSaver(0);
  saver = s;
  return <SaveIndicator status={s.status} />;
}

describe('SaveIndicator (a save must not move the buttons below it)', () => {
  afterEach(cleanup);

  it('renders the same one-line status element before, during and after a save', async () => {
    render(
      <I18nextProvider i18n={createI18n('id')}>
        <Harness />
      </I18nextProvider>,
    );
    const before = screen.getByTestId('save-status-line');
    // Idle still takes its line: a no-break space, never an empty element that collapses.
    expect(before.textContent).toBe('\u00a0');
    let finish: () => void = () => {};
    let done: Promise<boolean> = Promise.resolve(false);
    act(() => {
      done = saver!.save(() => new Promise<void>((resolve) => (finish = resolve)));
    });
    expect(screen.getByTestId('save-status').dataset.state).toBe('saving');
    expect(screen.getByTestId('save-status-line')).toBe(before);
    await act(async () => {
      finish();
      await done;
    });
    expect(screen.getByTestId('save-status').dataset.state).toBe('saved');
    const after = screen.getByTestId('save-status-line');
    expect(after).toBe(before);
    expect(after.textContent).toBe('Tersimpan');
  });

  it('the status line has a fixed height in the stylesheet', () => {
    const css = readFileSync('renderer/src/styles/assessment.css', 'utf8');
    const rule = /\.save-indicator__line\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
    expect(rule).toMatch(/(^|\s)height:\s*[\d.]+em;/);
    expect(rule).toMatch(/display:\s*block;/);
  });
});
