// Latin and Latin Extended cover Indonesian and English names; other scripts would only add weight.
import './fonts.css';
import './styles/index.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { pickTransport } from './api/pick-transport';
import { App } from './app/App';
import { readStoredLanguage } from './i18n/languages';
import { createI18n } from './i18n/setup';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App transport={pickTransport()} i18n={createI18n(readStoredLanguage())} />
  </StrictMode>,
);
