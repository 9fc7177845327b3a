import { LANGUAGES, type Language } from '../shared/i18n';
import { messageText } from '../shared/i18n/error-text';

export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A message by its key, escaped for the page. */
export const noticeText = (key: string, language: Language): string => escapeHtml(messageText(key, {}, language));

/**
 * A page the window shows when it cannot show the app's own (the room server down, a page that keeps
 * crashing): the same words in both languages, Indonesian first — the user's choice of language lives in
 * the page that failed — then `footer` (HTML, already escaped). No script: the main process acts.
 */
export function noticePage(keys: { title: string; paragraphs: string[] }, footer = ''): string {
  const section = (lang: Language) =>
    `<section lang="${lang}"><h1>${noticeText(keys.title, lang)}</h1>${keys.paragraphs.map((key) => `<p>${noticeText(key, lang)}</p>`).join('')}</section>`;
  const html = `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Ruang Uji</title><style>
body{font-family:system-ui,sans-serif;margin:0;min-height:100vh;display:flex;align-items:center;justify-content:center;background:#f5f6f8;color:#1d2433}
main{max-width:40rem;padding:2rem;background:#fff;border:1px solid #d6dae1;border-radius:8px}
h1{font-size:1.4rem;margin:0 0 .5rem}section+section,.footer{margin-top:1.5rem;padding-top:1.5rem;border-top:1px solid #e3e6eb}
p{line-height:1.5;margin:.4rem 0}code{font-size:1.05rem;background:#eef0f4;padding:.1rem .35rem;border-radius:4px}
</style></head><body><main>${LANGUAGES.map(section).join('')}${footer}</main></body></html>`;
  return `data:text/html;charset=utf-8,${encodeURIComponent(html)}`;
}
