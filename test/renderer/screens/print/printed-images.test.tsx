import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PrintedImages } from '../../../../renderer/src/components/QuestionImages';
import { createI18n } from '../../../../renderer/src/i18n/setup';

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
});
