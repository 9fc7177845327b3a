import { cleanup, render } from '@testing-library/react';
import { afterEach } from 'vitest';
import type { Transport } from '../../renderer/src/api/transport';
import { App } from '../../renderer/src/app/App';
import { readStoredLanguage } from '../../renderer/src/i18n/languages';
import { createI18n } from '../../renderer/src/i18n/setup';

afterEach(() => {
  cleanup();
  sessionStorage.clear();
  localStorage.clear();
});

/** Renders the whole app the way main.tsx does, with a fake transport and a fresh i18n instance. */
export function renderApp(transport: Transport) {
  const i18n = createI18n(readStoredLanguage());
  return { i18n, ...render(<App transport={transport} i18n={i18n} />) };
}
