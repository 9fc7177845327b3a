import { render } from '@testing-library/react';
import type { Transport } from '../../renderer/src/api/transport';
import { App } from '../../renderer/src/app/App';
import { preloadScreens } from '../../renderer/src/app/lazy-screen';
import { readStoredLanguage } from '../../renderer/src/i18n/languages';
import { createI18n } from '../../renderer/src/i18n/setup';

// Staff screens are fetched when first opened (lazy-screen.tsx); here they are all in memory before any
// test renders, so tests see each screen in the first render, as a staff member sees it once loaded.
// test/renderer/app/lazy-screen.test.tsx covers the loading and failure states themselves.
await preloadScreens();

/** Renders the whole app the way main.tsx does, with a fake transport and a fresh i18n instance. */
export function renderApp(transport: Transport) {
  const i18n = createI18n(readStoredLanguage());
  return { i18n, ...render(<App transport={transport} i18n={i18n} />) };
}
