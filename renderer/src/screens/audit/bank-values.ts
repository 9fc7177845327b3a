import type { TranslationKey } from '../../i18n/keys';

/** The audit view's translate function, narrowed to what these words need. */
type Translate = (key: TranslationKey, params?: Record<string, string>) => string;

type Bilingual = { id: string; en: string | null };

const isBilingual = (v: unknown): v is Bilingual =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as Bilingual).id === 'string' && ((v as Bilingual).en === null || typeof (v as Bilingual).en === 'string');

const isOption = (v: unknown): v is { text: Bilingual; correct: boolean } =>
  typeof v === 'object' && v !== null && isBilingual((v as { text?: unknown }).text) && typeof (v as { correct?: unknown }).correct === 'boolean';

/** The records whose edits store question text: a question (bank/saveItem) and an observation benchmark. */
const BANK_ENTITIES = new Set(['item', 'observation_item']);

/** Indonesian text, with its English beside it when it was written: an edit of the English alone is seen too. */
function bilingualText(v: Bilingual, t: Translate): string {
  return v.en === null || v.en.trim() === '' ? v.id : t('audit.bank.bilingual', { id: v.id, en: v.en });
}

/**
 * A question or benchmark created (bank.item.create, bank.benchmark.create: its content as `after`, no `before`) as
 * an edit from nothing, so its changes line shows what was written as an edit's does; the details as they are
 * for anything else.
 */
export function bankCreationAsEdit(entity: string | null, details: unknown): unknown {
  if (entity === null || !BANK_ENTITIES.has(entity)) return details;
  if (typeof details !== 'object' || details === null || Array.isArray(details)) return details;
  const { before, after } = details as { before?: unknown; after?: unknown };
  if (before !== undefined || typeof after !== 'object' || after === null || Array.isArray(after)) return details;
  // A field left empty (no guide, no tags) was not written: the same on both sides, it is no change.
  const empty = Object.entries(after).filter(([, v]) => v === null || v === '' || (Array.isArray(v) && v.length === 0));
  return { ...details, before: Object.fromEntries(empty) };
}

/**
 * A question's stored text as the admin reads it in the audit log's changes: its stem, answer and guide as text
 * (Indonesian, then English), its options as lettered lines with the key marked, where the changes line showed
 * the JSON the audit log keeps (which stays as it is, in the entry's details). Undefined for anything else.
 */
export function bankValueText(entity: string | null, value: unknown, t: Translate): string | undefined {
  if (entity === null || !BANK_ENTITIES.has(entity)) return undefined;
  if (isBilingual(value)) return bilingualText(value, t);
  if (Array.isArray(value) && value.length > 0 && value.every(isOption)) {
    return value
      .map((o, i) => {
        const line = `${String.fromCharCode(65 + i)}. ${bilingualText(o.text, t)}`;
        return o.correct ? t('audit.bank.keyOption', { option: line }) : line;
      })
      .join('; ');
  }
  return undefined;
}
