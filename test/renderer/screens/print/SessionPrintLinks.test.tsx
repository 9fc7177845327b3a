import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SessionPrintLinks } from '../../../../renderer/src/screens/print/SessionPrintLinks';
import { createI18n } from '../../../../renderer/src/i18n/setup';

// The print view itself loads the forms from the core; here only what the links open matters.
vi.mock('../../../../renderer/src/screens/print/PrintView', () => ({
  PrintView: (p: { sessionId: string; form: string; candidateId: string | null }) => (
    <div data-testid="print-view">{`${p.sessionId} ${p.form} ${p.candidateId ?? '-'}`}</div>
  ),
}));

afterEach(cleanup);

const wrap = (node: React.ReactNode) => render(<I18nextProvider i18n={createI18n('id')}>{node}</I18nextProvider>);

describe('SessionPrintLinks', () => {
  it("offers the proctor's printouts by default", () => {
    wrap(<SessionPrintLinks sessionId="s1" backLabel="Kembali ke konsol proktor" />);
    expect(screen.getAllByRole('button').map((b) => b.dataset.testid)).toEqual(['print-card-open', 'print-attendance-open', 'print-minutes-open']);
  });

  it('opens every form of one candidate as one print for the LSP, over the screen', () => {
    wrap(<SessionPrintLinks sessionId="s1" candidateId="c7" forms={['candidateAll']} backLabel="Kembali ke hasil sesi" />);
    expect(screen.getAllByRole('button')).toHaveLength(1);
    fireEvent.click(screen.getByTestId('print-candidateAll-open'));
    expect(screen.getByTestId('print-view').textContent).toBe('s1 candidateAll c7');
    expect(screen.getByTestId('print-view').closest('main')?.className).toBe('print-overlay');
  });

  it("opens the whole session's forms without a candidate", () => {
    wrap(<SessionPrintLinks sessionId="s2" forms={['sessionAll']} backLabel="Kembali ke hasil sesi" />);
    fireEvent.click(screen.getByTestId('print-sessionAll-open'));
    expect(screen.getByTestId('print-view').textContent).toBe('s2 sessionAll -');
  });
});
