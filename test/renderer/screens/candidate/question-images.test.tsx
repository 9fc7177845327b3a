import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CbtItem, CbtState } from '../../../../electron/shared/cbt';
import { ITEMS, testState } from '../../cbt-fixtures';
import { TOKEN, principal } from '../../fixtures';
import { fakeTransport, ok } from '../../fake-transport';
import { renderApp } from '../../render-app';

const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));
const STEM = 'a'.repeat(64);
const OPTION_C = 'c'.repeat(64);
const BROKEN = 'f'.repeat(64);

const withImages = (images: CbtItem['images']): CbtState => testState({ items: [{ ...ITEMS[0], images }, ...ITEMS.slice(1)] });

/** The room server's GET /files/attachments/<sha256>: a PNG for known hashes, 404 for the broken one. */
function fakeFiles() {
  const requests: { url: string; auth: string | null }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      requests.push({ url, auth: new Headers(init?.headers).get('authorization') });
      if (url.endsWith(BROKEN)) return new Response('{}', { status: 404 });
      return new Response(PNG, { status: 200, headers: { 'content-type': 'image/png' } });
    }),
  );
  return requests;
}

function candidate(state: CbtState) {
  sessionStorage.setItem('ruang-uji.token', TOKEN);
  const saves: unknown[] = [];
  const fake = fakeTransport({
    'auth/whoami': () => ok(principal('candidate', state.agreement.candidateName)),
    'cbt/state': () => ok(state),
    'cbt/clock': () => ok(state.clock),
    'cbt/heartbeat': () => ok(state.clock),
    'cbt/visit': (args) => ok(args),
    'cbt/save': (args) => {
      saves.push(args);
      const { itemId, seq } = args as { itemId: string; seq: number };
      return ok({ itemId, seq, stored: true, savedAt: '2026-11-21T02:00:00.000Z', clock: state.clock });
    },
  });
  renderApp(fake.transport);
  return { ...fake, saves };
}

async function wired(core: ReturnType<typeof candidate>) {
  await screen.findByTestId('cbt-test');
  await waitFor(() => expect(core.subscriberCount()).toBe(1));
}

afterEach(() => vi.unstubAllGlobals());

describe('question images on the candidate’s screen', () => {
  it('shows the stem’s and an option’s images, fetched with the sign-in token and shown from their bytes', async () => {
    const requests = fakeFiles();
    const core = candidate(withImages({ stem: [STEM], options: [[], [], [OPTION_C], []] }));
    await wired(core);
    const stem = within(screen.getByTestId('cbt-stem-images'));
    const img = await stem.findByRole('img', { name: 'Gambar soal 1' });
    expect(img.getAttribute('src')).toMatch(/^data:image\/png;base64,iVBOR/);
    const optionImages = screen.getByTestId('cbt-option-images');
    // Beside option C's button, not inside it: pressing the picture chooses nothing.
    expect(optionImages.closest('.option-group')?.querySelector('[data-testid="cbt-option"]')?.getAttribute('data-letter')).toBe('C');
    expect(optionImages.closest('[data-testid="cbt-option"]')).toBeNull();
    expect(await within(optionImages).findByRole('img', { name: 'Gambar pilihan C' })).toBeTruthy();
    expect(requests).toEqual(
      expect.arrayContaining([
        { url: `/files/attachments/${STEM}`, auth: `Bearer ${TOKEN}` },
        { url: `/files/attachments/${OPTION_C}`, auth: `Bearer ${TOKEN}` },
      ]),
    );
    // A question without images shows none (and the demo's questions have none).
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    await waitFor(() => expect(screen.getByTestId('cbt-question').dataset.number).toBe('2'));
    expect(screen.queryByTestId('cbt-stem-images')).toBeNull();
    expect(screen.queryByTestId('question-image')).toBeNull();
  });

  it('enlarges an image on a click (a button: Enter and Space too), keeps the test’s keys off while open, and closes on Escape, focus back on the image', async () => {
    fakeFiles();
    const core = candidate(withImages({ stem: [STEM], options: [[], [], [], []] }));
    await wired(core);
    const thumb = await waitFor(() => {
      const button = within(screen.getByTestId('cbt-stem-images')).getByRole('button', { name: 'Perbesar gambar: Gambar soal 1' });
      expect(button).not.toHaveProperty('disabled', true);
      return button;
    });
    thumb.focus();
    fireEvent.click(thumb);
    const dialog = screen.getByRole('dialog', { name: 'Gambar diperbesar: Gambar soal 1' });
    expect(within(dialog).getByRole('img', { name: 'Gambar soal 1' })).toBeTruthy();
    const close = within(dialog).getByRole('button', { name: 'Tutup (Esc)' });
    expect(document.activeElement).toBe(close);
    // A letter pressed while looking at the picture answers nothing.
    fireEvent.keyDown(close, { key: 'a' });
    fireEvent.keyDown(window, { key: 'b' });
    expect(screen.getAllByTestId('cbt-option').map((o) => o.getAttribute('aria-pressed'))).toEqual(['false', 'false', 'false', 'false']);
    // Tab stays inside the dialog.
    fireEvent.keyDown(close, { key: 'Tab' });
    expect(document.activeElement).toBe(close);
    fireEvent.keyDown(close, { key: 'Escape' });
    expect(screen.queryByTestId('image-zoom')).toBeNull();
    expect(document.activeElement).toBe(thumb);
    // Closed: the keys answer again.
    fireEvent.keyDown(window, { key: 'a' });
    await waitFor(() => expect(screen.getAllByTestId('cbt-option')[0].getAttribute('aria-pressed')).toBe('true'));
    await waitFor(() => expect(core.saves).toHaveLength(1));

    // A click beside the picture closes it too.
    fireEvent.click(thumb);
    fireEvent.click(screen.getByTestId('image-zoom'));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('says so when an image cannot be loaded, in the screen’s language', async () => {
    fakeFiles();
    const core = candidate(withImages({ stem: [BROKEN], options: [[], [], [], []] }));
    await wired(core);
    expect(await screen.findByTestId('question-image-missing')).toHaveProperty('textContent', 'Gambar tidak dapat dimuat.');
  });

  it('shows a stem picture where its [gambar N] line stands, the others after the text', async () => {
    fakeFiles();
    const SECOND = 'b'.repeat(64);
    const prompt = { id: 'Perhatikan rangkaian berikut:\n[gambar 2]\nKomponen yang ditunjuk adalah …\n[gambar 7]', en: null };
    const core = candidate(testState({ items: [{ ...ITEMS[0], prompt, images: { stem: [STEM, SECOND], options: [[], [], [], []] } }, ...ITEMS.slice(1)] }));
    await wired(core);
    const text = screen.getByTestId('cbt-prompt').querySelector('.prompt-text')!;
    // The second picture between the two sentences, numbered among the question's two.
    const placed = await within(text as HTMLElement).findByRole('img', { name: 'Gambar soal 1 (2)' });
    const order = [...text.querySelectorAll('span, img')].map((e) => (e.tagName === 'IMG' ? e.getAttribute('alt') : e.textContent));
    expect(order).toEqual(['Perhatikan rangkaian berikut:', 'Gambar soal 1 (2)', 'Komponen yang ditunjuk adalah …\n[gambar 7]']);
    expect(placed.closest('.prompt-text__picture')).not.toBeNull();
    // The first, which no line places, after the text; a line naming a picture the question lacks stays text.
    const after = screen.getAllByTestId('cbt-stem-images').find((e) => !text.contains(e))!;
    expect(await within(after).findByRole('img', { name: 'Gambar soal 1 (1)' })).toBeTruthy();
    expect(text.compareDocumentPosition(after) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});
