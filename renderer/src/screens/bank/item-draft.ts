import { OPTION_LETTERS, type CbtItem } from '../../../../electron/shared/cbt';
import type { BankItem, BankItemInput, Scoring } from '../../../../electron/shared/bank';
import type { Bilingual, Dimension, ItemKind } from '../../../../electron/shared/types';

/** A bilingual text as two inputs hold it: English empty means none. */
export type TextPair = { id: string; en: string };
export type OptionDraft = TextPair & { correct: boolean };

/** A question as its form holds it, every text a string, until it is saved. */
export type ItemDraft = {
  kind: ItemKind;
  ref: string;
  kukIds: string[];
  dimensions: Dimension[];
  prompt: TextPair;
  expected: TextPair;
  guide: TextPair;
  scoring: Scoring;
  options: OptionDraft[];
  /** Every candidate sees the options in this order, not shuffled (BankItemInput's `optionsInOrder`). */
  optionsInOrder: boolean;
  tags: string;
};

const pair = (value: Bilingual | null | undefined): TextPair => ({ id: value?.id ?? '', en: value?.en ?? '' });
const emptyOptions = (): OptionDraft[] => OPTION_LETTERS.slice(0, 4).map(() => ({ id: '', en: '', correct: false }));

export function draftOf(item: BankItem | null, kind: ItemKind = 'multiple_choice'): ItemDraft {
  const k = item && item.kind !== 'observation' ? item.kind : kind;
  return {
    kind: k,
    ref: item?.ref ?? '',
    kukIds: item?.kuks.map((kuk) => kuk.kukId) ?? [],
    dimensions: item?.dimensions ?? [],
    prompt: pair(item?.prompt),
    expected: pair(item?.expected),
    guide: pair(item?.guide),
    scoring: item?.scoring ?? 'yes_no',
    // A multiple-choice draft saved before its options were written reopens with the same blank rows A–D as a new one.
    options: item && item.options.length > 0 ? item.options.map((o) => ({ ...pair(o.text), correct: o.correct })) : k === 'multiple_choice' ? emptyOptions() : [],
    optionsInOrder: item?.optionsInOrder ?? false,
    tags: item?.tags.join(', ') ?? '',
  };
}

/**
 * The same draft as another kind. Fields that kind has no use for stay in the draft, out of sight, so
 * that choosing the kind back brings back the options and key typed (they were dropped, and a writer
 * who tried "essay" for a moment lost them); inputOf leaves them out of what is saved.
 */
export function withKind(draft: ItemDraft, kind: ItemKind): ItemDraft {
  return { ...draft, kind, options: kind === 'multiple_choice' && draft.options.length === 0 ? emptyOptions() : draft.options };
}

const bilingual = (value: TextPair): Bilingual => ({ id: value.id, en: value.en.trim() === '' ? null : value.en });
const optionalBilingual = (value: TextPair): Bilingual | null => (value.id.trim() === '' && value.en.trim() === '' ? null : bilingual(value));

/** What bank/save takes. Empty trailing options are left out, so four blank rows do not count as four options. */
export function inputOf(draft: ItemDraft): BankItemInput {
  const mc = draft.kind === 'multiple_choice';
  return {
    kind: draft.kind,
    ref: draft.ref.trim() === '' ? null : draft.ref,
    kukIds: draft.kukIds,
    dimensions: draft.dimensions,
    prompt: bilingual(draft.prompt),
    expected: mc ? null : optionalBilingual(draft.expected),
    guide: draft.kind === 'essay' ? optionalBilingual(draft.guide) : null,
    scoring: draft.kind === 'essay' ? draft.scoring : 'yes_no',
    options: mc ? trimOptions(draft.options).map((o) => ({ text: bilingual(o), correct: o.correct })) : [],
    optionsInOrder: mc && draft.optionsInOrder,
    tags: draft.tags
      .split(',')
      .map((tag) => tag.trim())
      .filter((tag) => tag !== ''),
  };
}

function trimOptions(options: readonly OptionDraft[]): OptionDraft[] {
  let end = options.length;
  while (end > 0 && options[end - 1].id.trim() === '' && options[end - 1].en.trim() === '' && !options[end - 1].correct) end--;
  return options.slice(0, end);
}

/**
 * The question as the CBT would put it on a candidate's paper: number 1, options A–E in the bank's
 * order, the saved images in their places. Only written questions reach the CBT; null for the others.
 */
export function previewItemOf(draft: ItemDraft, saved: BankItem | null): CbtItem | null {
  if (draft.kind !== 'multiple_choice' && draft.kind !== 'essay') return null;
  const options = draft.kind === 'multiple_choice' ? trimOptions(draft.options).map(bilingual) : [];
  const stem = saved?.stemImages ?? [];
  const optionImages = options.map((_, i) => saved?.options[i]?.images ?? []);
  const hasImages = stem.length > 0 || optionImages.some((images) => images.length > 0);
  return {
    itemId: saved?.id ?? 'preview',
    number: 1,
    kind: draft.kind,
    prompt: bilingual(draft.prompt),
    options,
    ...(hasImages ? { images: { stem, options: optionImages } } : {}),
  };
}
