import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { Component, useState, type ComponentType, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { en } from '../../../electron/shared/i18n/en';
import { id } from '../../../electron/shared/i18n/id';
import { lazyScreen } from '../../../renderer/src/app/lazy-screen';
import { page } from '../../../renderer/src/app/page-reload';
import { createI18n } from '../../../renderer/src/i18n/setup';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** A chunk fetch the test settles by hand, as a slow LAN would. */
function deferredChunk() {
  let settle: { resolve: (screen: ComponentType) => void; reject: (error: unknown) => void } | null = null;
  const load = vi.fn(
    () =>
      new Promise<ComponentType>((resolve, reject) => {
        settle = { resolve, reject };
      }),
  );
  return {
    load,
    resolve: (screen: ComponentType) => settle?.resolve(screen),
    reject: (error: unknown) => settle?.reject(error),
  };
}

/**
 * Renders (or clicks) inside an awaited act: a component that suspends inside a synchronous act is
 * never retried by React 19 in a test. What settles later is then awaited with findBy*, as in the app.
 */
async function actAsync<T>(run: () => T): Promise<T> {
  const out: T[] = [];
  await act(async () => {
    out.push(run());
  });
  return out[0];
}

function Counter() {
  const [n, setN] = useState(0);
  return (
    <button type="button" data-testid="staff-screen" onClick={() => setN(n + 1)}>
      {n}
    </button>
  );
}

function inApp(node: ReactNode, language: 'id' | 'en' = 'id') {
  return <I18nextProvider i18n={createI18n(language)}>{node}</I18nextProvider>;
}

// Chromium's wording when a module script cannot be fetched.
const fetchFailed = () => new TypeError('Failed to fetch dynamically imported module: http://127.0.0.1:4321/assets/ProctorHome-x.js');

describe('lazy staff screens', () => {
  it('says it is loading until the chunk arrives, then shows the screen', async () => {
    const chunk = deferredChunk();
    const Screen = lazyScreen(chunk.load);
    await actAsync(() => render(inApp(<Screen />)));
    expect(screen.getByTestId('screen-loading').textContent).toBe(id.common.loading);
    expect(screen.getByRole('status')).toBeTruthy();
    expect(screen.queryByTestId('staff-screen')).toBeNull();
    chunk.resolve(Counter);
    expect((await screen.findByTestId('staff-screen')).textContent).toBe('0');
    expect(screen.queryByTestId('screen-loading')).toBeNull();
    expect(chunk.load).toHaveBeenCalledTimes(1);
  });

  it('says the room server cannot be reached when the chunk fails, and fetches again on retry', async () => {
    // The room server does not answer for the page either: the LAN is down, so a reload would leave the browser's error page.
    const probe = vi.fn(() => Promise.reject(new TypeError('Failed to fetch')));
    vi.stubGlobal('fetch', probe);
    const reload = vi.spyOn(page, 'reload').mockImplementation(() => {});
    const chunk = deferredChunk();
    const Screen = lazyScreen(chunk.load);
    await actAsync(() => render(inApp(<Screen />, 'en')));
    // React reports every error a boundary catches on the console; this one is expected.
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    chunk.reject(fetchFailed());
    const error = await screen.findByTestId('error-message');
    consoleError.mockRestore();
    expect(error.getAttribute('data-error-code')).toBe('NETWORK');
    expect(error.textContent).toContain(en.errors.NETWORK);
    await actAsync(() => fireEvent.click(screen.getByRole('button', { name: en.common.retry })));
    await waitFor(() => expect(chunk.load).toHaveBeenCalledTimes(2));
    expect(probe).toHaveBeenCalledTimes(1);
    expect(reload).not.toHaveBeenCalled();
    expect(screen.getByTestId('screen-loading')).toBeTruthy();
    chunk.resolve(Counter);
    expect(await screen.findByTestId('staff-screen')).toBeTruthy();
  });

  it('reloads the page on retry when the chunk is gone but the server answers: the app was rebuilt under the open page', async () => {
    const probe = vi.fn((_url: string, _init?: RequestInit) => Promise.resolve(new Response('<!doctype html>', { status: 200 })));
    vi.stubGlobal('fetch', probe);
    const reload = vi.spyOn(page, 'reload').mockImplementation(() => {});
    const chunk = deferredChunk();
    const Screen = lazyScreen(chunk.load);
    await actAsync(() => render(inApp(<Screen />)));
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    chunk.reject(new TypeError('Failed to fetch dynamically imported module: http://127.0.0.1:4321/assets/ResultsScreen-old.js'));
    await screen.findByTestId('error-message');
    consoleError.mockRestore();
    await actAsync(() => fireEvent.click(screen.getByRole('button', { name: id.common.retry })));
    // The old chunk's name would 404 for good: only the reloaded page knows the new names.
    await waitFor(() => expect(reload).toHaveBeenCalledTimes(1));
    expect(probe.mock.calls[0]?.[0]).toBe(window.location.pathname);
    expect(probe.mock.calls[0]?.[1]).toEqual({ cache: 'no-store' });
    expect(chunk.load).toHaveBeenCalledTimes(1);
  });

  it('lets any other failure through to the boundaries above: it is a bug, not the network', async () => {
    const chunk = deferredChunk();
    const Screen = lazyScreen(chunk.load);
    const caught: unknown[] = [];
    class Outer extends Component<{ children: ReactNode }, { failed: boolean }> {
      override state = { failed: false };
      static getDerivedStateFromError() {
        return { failed: true };
      }
      override componentDidCatch(error: unknown) {
        caught.push(error);
      }
      override render() {
        return this.state.failed ? <p data-testid="outer-caught" /> : this.props.children;
      }
    }
    // React reports the error it rethrows to the console; that is expected here.
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    await actAsync(() =>
      render(
        inApp(
          <Outer>
            <Screen />
          </Outer>,
        ),
      ),
    );
    chunk.reject(new Error('screen module threw while loading'));
    expect(await screen.findByTestId('outer-caught')).toBeTruthy();
    consoleError.mockRestore();
    expect(screen.queryByTestId('error-message')).toBeNull();
    expect(caught).toHaveLength(1);
  });

  it('renders a loaded screen at once wherever it is mounted next, and keeps its state when the parent renders again', async () => {
    const chunk = deferredChunk();
    const Screen = lazyScreen(chunk.load);
    function Parent({ label }: { label: string }) {
      return (
        <div data-label={label}>
          <Screen />
        </div>
      );
    }
    const { rerender, unmount } = await actAsync(() => render(inApp(<Parent label="a" />)));
    chunk.resolve(Counter);
    fireEvent.click(await screen.findByTestId('staff-screen'));
    rerender(inApp(<Parent label="b" />));
    expect(screen.getByTestId('staff-screen').textContent).toBe('1');
    unmount();
    // Opened again later (another hash route and back): no loading state, no second fetch.
    render(inApp(<Screen />));
    expect(screen.getByTestId('staff-screen').textContent).toBe('0');
    expect(screen.queryByTestId('screen-loading')).toBeNull();
    expect(chunk.load).toHaveBeenCalledTimes(1);
  });
});
