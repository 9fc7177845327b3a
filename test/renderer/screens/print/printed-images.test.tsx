import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PrintedImages } from '../../../../renderer/src/components/QuestionImages';
import { createI18n } from '../../../../renderer/src/i18n/setup';
import { Ia05Print, Ia07Print } from '../../../../renderer/src/screens/print/InstrumentForms';
import { question, ws } from './workspace-fixture';

const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));

// A print view is only open while signed in; the token is all the images need of the session.
vi.mock('../../../../renderer/src/session/use-token', () => ({ useToken: () => 'tok' }));

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('question images on a printed form', () => {
  it('are plain images in a box the print styles size (at most 6 cm, 3 cm on an answer sheet row), fetched with the token', async () => {
    const fetched: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init?: RequestInit) => {
        fetched.push(`${url} ${new Headers(init?.headers).get('authorization')}`);
        return new Response(PNG, { headers: { 'content-type': 'image/png' } });
      }),
    );
    render(
      <I18nextProvider i18n={createI18n('id')}>
        <PrintedImages images={['a'.repeat(64), 'b'.repeat(64)]} label="Gambar soal 4" />
        <PrintedImages images={['c'.repeat(64)]} label="Gambar soal 5" small />
      </I18nextProvider>,
    );
    await waitFor(() => expect(screen.getAllByRole('img')).toHaveLength(3));
    expect(screen.getAllByRole('img').map((i) => i.getAttribute('alt'))).toEqual(['Gambar soal 4 (1)', 'Gambar soal 4 (2)', 'Gambar soal 5']);
    expect(screen.getAllByTestId('print-images').map((b) => b.className)).toEqual(['print-images', 'print-images print-images--small']);
    // Nothing to press on paper.
    expect(screen.queryByRole('button')).toBeNull();
    expect(fetched).toEqual(['a', 'b', 'c'].map((c) => `/files/attachments/${c.repeat(64)} Bearer tok`));
  });

  it('render nothing, and need no sign-in, for a question without images', () => {
    const { container } = render(<PrintedImages images={undefined} label="x" />);
    expect(container.innerHTML).toBe('');
  });

  it("print a stem's picture where its [gambar N] line stands, the others after the text, and FR.IA.05's short stem leaves the line out", async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(PNG, { headers: { 'content-type': 'image/png' } })),
    );
    const inId = (node: React.ReactNode) => render(<I18nextProvider i18n={createI18n('id')}>{node}</I18nextProvider>);
    const prompt = { id: 'Perhatikan gambar berikut:\n[gambar 2]\nSebutkan nama alat tersebut.', en: null };
    const stemImages = ['a'.repeat(64), 'b'.repeat(64)];
    inId(<Ia07Print ws={{ ...ws, oral: [{ ...question('o1', 'J.620100.004.02', '1.1', 1), prompt, stemImages }] }} />);
    const row = within(screen.getByTestId('print-ia07')).getAllByTestId('print-question-row')[0];
    const placed = await within(row).findByRole('img', { name: 'Gambar soal 1 (2)' });
    expect(placed.closest('.prompt-text__picture')).not.toBeNull();
    const after = await within(row).findByRole('img', { name: 'Gambar soal 1 (1)' });
    expect(after.closest('.prompt-text')).toBeNull();
    expect(row.textContent).not.toContain('[gambar');
    cleanup();

    const item = { ...ws.multipleChoice.items[1], prompt, stemImages };
    inId(<Ia05Print ws={{ ...ws, multipleChoice: { ...ws.multipleChoice, items: [item] } }} />);
    const sheetRow = screen.getAllByTestId('ia05-print-row')[0];
    expect(sheetRow.querySelectorAll('td')[1].querySelector('span')?.textContent).toBe('Perhatikan gambar berikut:\nSebutkan nama alat tersebut.');
    expect(await within(sheetRow).findAllByRole('img')).toHaveLength(2);
  });
});
