import { en } from './en';
import { id } from './id';

export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'id';

export const resources = {
  id: { translation: id },
  en: { translation: en },
} as const;

export { en, id };
export type { Translation } from './types';
