import type { bankErrorsId, bankId } from './bank.id';
import type { Widen } from './types';

/** English texts of the question bank (spread into `en.ts`, `bankErrorsEn` into its `errors`). */
export const bankErrorsEn = {
  BANK_INVALID_one: 'Question not saved: {{count}} field needs fixing ({{field}}).',
  BANK_INVALID_other: 'Question not saved: {{count}} fields need fixing (the first: {{field}}).',
  BANK_APPROVE_NO_KUK: 'The question cannot be approved yet: map it to at least one KUK first.',
  BANK_APPROVE_NO_KEY: 'The multiple-choice question cannot be approved yet: mark one option as the key.',
  BANK_APPROVE_FEW_OPTIONS: 'The multiple-choice question cannot be approved yet: it needs at least {{min}} options.',
  BANK_ITEM_RETIRED: 'This question is retired and can no longer be changed.',
  BANK_REPLACEMENT_PENDING: 'This question has been used and an earlier change of it is still a draft ({{ref}}). Edit that draft instead.',
  BANK_BENCHMARK_EXISTS: 'This KUK already has an observation benchmark. Edit that benchmark instead.',
  BANK_IMAGE_SVG: 'Image refused: an SVG file can carry script, so it is not accepted. Save the picture as PNG or JPEG.',
  BANK_IMAGE_NOT_PNG_OR_JPEG: 'Image refused: only PNG or JPEG files are accepted.',
  BANK_IMAGE_TOO_LARGE: 'Image refused: it may be at most {{megabytes}} MB. Make the picture smaller and choose it again.',
  BANK_IMAGE_TOO_MANY: 'At most {{max}} images for one question or one option.',
  BANK_IMAGE_UNKNOWN: 'An image or image place this question does not have. Reload the question and try again.',
} as const satisfies Widen<typeof bankErrorsId>;

export const bankEn = {
  bank: {
    reasons: {
      required: 'Required.',
      too_long: 'Too long.',
      format: 'Not in the expected form.',
      taken: 'Already used by another question of this scheme.',
      duplicate: 'Appears more than once.',
      unknown_kuk: 'This KUK is not in this version of the scheme.',
      not_for_kind: 'Does not apply to this kind of question.',
      over_limit: 'Too many.',
      key_count: 'A multiple-choice question has exactly one key.',
    },
    tables: {
      itemKuk: 'Question KUK',
      itemImage: 'Question images',
    },
    image: {
      stem: 'Image of question {{number}}',
      option: 'Image of option {{letter}}',
      zoom: 'Enlarge image',
      zoomed: 'Enlarged image',
      close: 'Close (Esc)',
      notShown: 'The image could not be loaded.',
    },
  },
} as const satisfies Widen<typeof bankId>;
