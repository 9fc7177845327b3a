import type { TranslationKey } from '../../i18n/keys';

/** The audit view's translate function, narrowed to what these words need. */
type Translate = (key: TranslationKey, params?: Record<string, string | number>) => string;

const SHA256 = /^[0-9a-f]{64}$/;
const OPTION = /^option:(\d)$/;
const isPictures = (v: unknown): v is Record<string, string[]> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((files) => Array.isArray(files) && files.every((f) => typeof f === 'string' && SHA256.test(f)));

/**
 * Pictures on the changes line in words: a question's by place and count ("Gambar pokok soal: 1 gambar"), a
 * candidate's photo by the start of its hash, which tells one photo from another, where the line showed the
 * stored hashes (a question's as JSON). Undefined for any other value.
 */
export function pictureValueText(entity: string | null, field: string, value: unknown, t: Translate): string | undefined {
  if (entity === 'candidate' && field === 'photoSha256' && typeof value === 'string' && SHA256.test(value)) return `${value.slice(0, 8)}…`;
  if (entity !== 'item' || field !== 'images' || !isPictures(value)) return undefined;
  const places = Object.entries(value)
    .filter(([, files]) => files.length > 0)
    .sort(([a], [b]) => (a === 'stem' ? -1 : b === 'stem' ? 1 : a.localeCompare(b)));
  if (places.length === 0) return '–';
  return places
    .map(([place, files]) => {
      const option = OPTION.exec(place);
      const where = option ? t('bankScreens.images.option', { letter: String.fromCharCode(65 + Number(option[1])) }) : t('bankScreens.images.stem');
      return `${where}: ${t('bankScreens.list.images', { count: files.length })}`;
    })
    .join('; ');
}
