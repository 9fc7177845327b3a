import type { ParseKeys } from 'i18next';

/**
 * A key of the Indonesian resources. Label maps are written `{ … } satisfies Record<Kind, TranslationKey>`
 * with literal keys, never built from a value, so `test/shared/i18n-usage.test.ts` can see every key
 * the UI uses and fail on one defined but never used.
 */
export type TranslationKey = ParseKeys;
