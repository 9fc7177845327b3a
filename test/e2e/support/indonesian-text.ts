import type { Page } from 'playwright-core';
import { en } from '../../../electron/shared/i18n/en';
import { id } from '../../../electron/shared/i18n/id';

/**
 * Finds Indonesian-only text on an English screen: the `id` catalogue's phrases that English says otherwise,
 * and a few everyday Indonesian words. Text marked `lang="id"` is left alone: the app marks so what it shows
 * in Indonesian on purpose (scheme and question content entered only in Indonesian, beside its marker).
 */

type Leaves = [key: string, text: string][];

function leaves(tree: object, prefix = ''): Leaves {
  return Object.entries(tree).flatMap(([k, v]): Leaves => (typeof v === 'string' ? [[`${prefix}${k}`, v]] : leaves(v as object, `${prefix}${k}.`)));
}

const EN_TEXTS = leaves(en).map(([, text]) => text);
const EN_BY_KEY = new Map(leaves(en));
const EN_LOWER = EN_TEXTS.join('\n').toLowerCase();

/** Placeholders and nesting split a value into the literal runs a screen shows whole. */
const PLACEHOLDER = /\{\{[^}]*\}\}|\$t\([^)]*\)|<\/?\d+>/g;

/**
 * Distinctive phrases: runs of at least two words and ten letters, from `id` values that differ from their
 * `en` value and appear nowhere in the English catalogue (a BNSP form's name, "Kompeten", kept as the form
 * spells it in both languages, is in English too).
 */
export const ID_PHRASES: readonly string[] = [
  ...new Set(
    leaves(id)
      .filter(([key, text]) => EN_BY_KEY.get(key) !== text)
      .flatMap(([, text]) => text.split(PLACEHOLDER))
      .flatMap((run) => run.split(/[\n:;()"“”]|\. /))
      .map((run) => run.trim().replace(/[.,!?…]+$/, ''))
      .filter((run) => run.split(/\s+/).length >= 2 && run.replace(/[^\p{L}]/gu, '').length >= 10)
      .filter((run) => !EN_LOWER.includes(run.toLowerCase())),
  ),
];

/** Everyday Indonesian words, matched whole; none of them is an English word. */
export const ID_WORDS = [
  'dan', 'yang', 'belum', 'sudah', 'sesi', 'peserta', 'simpan', 'batal', 'tidak', 'untuk', 'dengan', 'dari',
  'atau', 'oleh', 'ujian', 'tanggal', 'jadwal', 'kembali', 'baru', 'hari', 'lihat', 'tutup', 'unduh', 'cetak',
  'hapus', 'ubah', 'tambah', 'cari', 'semua', 'masuk', 'keluar', 'asesi', 'asesor', 'soal', 'ekspor', 'templat',
  'ditolak', 'kunci', 'sertifikat', 'berkas', 'lembar',
] as const;

const EN_WORDS = new Set(EN_LOWER.split(/[^\p{L}]+/u));

/**
 * One-word `id` values that English says otherwise and whose word the English catalogue never uses ("Peran",
 * "Tindakan", "Alasan", "Beranda"): a label left untranslated is often one word, which ID_PHRASES (two words
 * or more) and ID_WORDS (the everyday ones) miss.
 */
export const ID_LABEL_WORDS: readonly string[] = [
  ...new Set(
    leaves(id)
      .filter(([key, text]) => EN_BY_KEY.get(key) !== text)
      .map(([, text]) => text.replace(PLACEHOLDER, '').trim().replace(/[.:…!?]+$/, '').toLowerCase())
      .filter((word) => /^\p{L}{4,}$/u.test(word) && !EN_WORDS.has(word)),
  ),
];

/** Indonesian month and day names, and the short months English writes otherwise: a date formatted in Indonesian. */
export const ID_DATE_WORDS = [
  'januari', 'februari', 'maret', 'mei', 'juni', 'juli', 'agustus', 'oktober', 'desember', 'agu', 'agt', 'okt', 'des',
  'senin', 'selasa', 'rabu', 'kamis', 'jumat', 'sabtu', 'minggu',
] as const;

const WORD = new RegExp(`(?<![\\p{L}\\p{N}])(${[...ID_WORDS, ...ID_LABEL_WORDS, ...ID_DATE_WORDS].join('|')})(?![\\p{L}\\p{N}])`, 'iu');
/**
 * English catalogue values that hold such a word on purpose (IA.06's keys "Y (Ya) … T (Tidak)", BNSP's
 * column "Kode Jadwal"): taken out of a text before its words are matched.
 */
const EN_WITH_WORDS = EN_TEXTS.flatMap((text) => text.split(PLACEHOLDER)).filter((run) => WORD.test(run)).map((run) => run.trim()).filter(Boolean);

export type Visible = { text: string; where: string };
export type Hit = { phrase: string; text: string; where: string };

/**
 * What a person sees: visible text grouped by its nearest non-inline box, the labels an element carries
 * (placeholder, title, aria-label, alt), a visible select's options, and the document's title. Text inside
 * an element of the page marked `lang="id"` (or `lang="id-…"`) is skipped. `where` names the nearest data-testid.
 */
export function visibleTexts(page: Page): Promise<Visible[]> {
  return page.evaluate(() => {
    const testIdOf = (el: Element | null) => el?.closest('[data-testid]')?.getAttribute('data-testid') ?? '(page)';
    // Marked inside the page: <html lang> is the screen's language, which the check of the check sets to Indonesian.
    const marked = (el: Element) => {
      const holder = el.closest('[lang]');
      return holder !== document.documentElement && /^id\b/i.test(holder?.getAttribute('lang') ?? '');
    };
    const seen = (el: Element) => el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
    const boxes = new Map<Element, string[]>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim();
      if (!parent || !text || parent.closest('script, style, option') || marked(parent) || !seen(parent)) continue;
      let box: Element = parent;
      while (box.parentElement && getComputedStyle(box).display.startsWith('inline')) box = box.parentElement;
      boxes.set(box, [...(boxes.get(box) ?? []), text]);
    }
    const out = [...boxes].map(([box, parts]) => ({ text: parts.join(' '), where: testIdOf(box) }));
    for (const el of document.querySelectorAll('[placeholder], [title], [aria-label], [alt]')) {
      if (marked(el) || !seen(el)) continue;
      for (const name of ['placeholder', 'title', 'aria-label', 'alt']) {
        const value = el.getAttribute(name)?.trim();
        if (value) out.push({ text: value, where: `${testIdOf(el)}[${name}]` });
      }
    }
    for (const select of document.querySelectorAll('select')) {
      if (!seen(select) || marked(select)) continue;
      for (const option of select.options) if (!marked(option) && option.text.trim()) out.push({ text: option.text.trim(), where: `${testIdOf(select)}>option` });
    }
    out.push({ text: document.title, where: 'document.title' });
    return out;
  });
}

/**
 * The Indonesian phrases and words in texts, each text reported once, by its first find. `allowed` are
 * texts that may stay Indonesian (a person's name, a note they typed, a bilingual sheet): taken out first,
 * the rest still read.
 */
export function indonesianIn(texts: readonly Visible[], allowed: readonly (string | RegExp)[] = []): Hit[] {
  const hits: Hit[] = [];
  for (const { text: shown, where } of texts) {
    const text = allowed.reduce<string>((rest, a) => (typeof a === 'string' ? rest.replaceAll(a, ' ') : rest.replace(a, ' ')), shown);
    const phrase = ID_PHRASES.find((p) => text.includes(p));
    const plain = EN_WITH_WORDS.reduce((rest, run) => rest.replaceAll(run, ' '), text);
    const word = phrase ?? WORD.exec(plain)?.[1];
    if (word) hits.push({ phrase: word, text: shown.slice(0, 160), where });
  }
  return hits;
}
