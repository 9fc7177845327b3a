import {
  BANK_TEXT_MAX_CHARS,
  KUKS_PER_ITEM_MAX,
  OPTION_MAX_CHARS,
  OPTIONS_MAX,
  OPTIONS_MIN_TO_APPROVE,
  REF_MAX_CHARS,
  TAG_MAX_CHARS,
  TAGS_MAX,
  type BankFieldIssue,
  type BankFieldReason,
  type BankItemInput,
  type BenchmarkInput,
} from '../../shared/bank';
import { AppError } from '../../shared/errors';
import type { Bilingual, Dimension } from '../../shared/types';
import { DIMENSIONS } from '../../shared/types';

/** A refusal of the fields named, BANK_INVALID with the list (as REGISTRY_INVALID does for the registry). */
export function bankInvalid(issues: readonly BankFieldIssue[]): AppError {
  return new AppError('BANK_INVALID', { count: issues.length, field: issues[0]?.field ?? '' }, issues);
}

class Issues {
  readonly list: BankFieldIssue[] = [];
  refuse(field: string, reason: BankFieldReason): void {
    this.list.push({ field, reason });
  }
}

/** Outer space trimmed, line breaks kept (a stem may hold code or a list); empty is null. */
function cleanText(issues: Issues, field: string, value: string | null, max: number, required: boolean): string | null {
  const clean = value?.replace(/\r\n?/g, '\n').trim() ?? '';
  if (clean === '') {
    if (required) issues.refuse(field, 'required');
    return null;
  }
  if ([...clean].length > max) issues.refuse(field, 'too_long');
  return clean;
}

/** Indonesian is required when the text is; English may be missing (null). */
function bilingual(issues: Issues, field: string, value: Bilingual, max: number): Bilingual {
  return { id: cleanText(issues, `${field}.id`, value.id, max, true) ?? '', en: cleanText(issues, `${field}.en`, value.en, max, false) };
}

/** An optional text in two languages: null when both are empty; English alone is refused (Indonesian first). */
function optionalBilingual(issues: Issues, field: string, value: Bilingual | null, max: number): Bilingual | null {
  if (!value || (value.id.trim() === '' && (value.en ?? '').trim() === '')) return null;
  return bilingual(issues, field, value, max);
}

const REF_FORMAT = /^[\p{L}\p{N}][\p{L}\p{N} ._/-]*$/u;

/** A question as stored: every field cleaned, in one key order (so two can be compared as JSON). */
export type CleanItem = Omit<BankItemInput, 'ref'> & { ref: string | null };

/**
 * Checks a question as a draft may be saved: Indonesian text present, sizes, fields its kind has, KUK of
 * this scheme version, at most one key. What approval needs on top (a KUK, options, the key) is
 * `approvalProblem`. Returns the cleaned question and every refused field.
 */
export function checkItem(input: BankItemInput, schemeKuks: ReadonlySet<string>): { value: CleanItem; issues: BankFieldIssue[] } {
  const issues = new Issues();
  const kind = input.kind;
  let ref: string | null = null;
  if (input.ref !== null && input.ref.trim() !== '') {
    ref = input.ref.trim().replace(/\s+/g, ' ');
    if ([...ref].length > REF_MAX_CHARS) issues.refuse('ref', 'too_long');
    else if (!REF_FORMAT.test(ref)) issues.refuse('ref', 'format');
  }
  const kukIds: string[] = [];
  input.kukIds.forEach((k, i) => {
    if (!schemeKuks.has(k)) issues.refuse(`kukIds.${i}`, 'unknown_kuk');
    else if (kukIds.includes(k)) issues.refuse(`kukIds.${i}`, 'duplicate');
    else kukIds.push(k);
  });
  if (kukIds.length > KUKS_PER_ITEM_MAX) issues.refuse('kukIds', 'over_limit');
  const dimensions = DIMENSIONS.filter((d): d is Dimension => input.dimensions.includes(d));
  const prompt = bilingual(issues, 'prompt', input.prompt, BANK_TEXT_MAX_CHARS);

  const expected = optionalBilingual(issues, 'expected', input.expected, BANK_TEXT_MAX_CHARS);
  if (expected && kind === 'multiple_choice') issues.refuse('expected', 'not_for_kind');
  const guide = optionalBilingual(issues, 'guide', input.guide, BANK_TEXT_MAX_CHARS);
  if (guide && kind !== 'essay') issues.refuse('guide', 'not_for_kind');
  if (input.scoring === 'score_0_3' && kind !== 'essay') issues.refuse('scoring', 'not_for_kind');

  if (input.options.length > 0 && kind !== 'multiple_choice') issues.refuse('options', 'not_for_kind');
  if (input.options.length > OPTIONS_MAX) issues.refuse('options', 'over_limit');
  const options = input.options.map((o, i) => ({ text: bilingual(issues, `options.${i}.text`, o.text, OPTION_MAX_CHARS), correct: o.correct }));
  if (options.filter((o) => o.correct).length > 1) issues.refuse('options', 'key_count');

  const tags: string[] = [];
  input.tags.forEach((t, i) => {
    const clean = t.trim().replace(/\s+/g, ' ');
    if (clean === '' || tags.some((x) => x.toLowerCase() === clean.toLowerCase())) return;
    if ([...clean].length > TAG_MAX_CHARS) issues.refuse(`tags.${i}`, 'too_long');
    tags.push(clean);
  });
  if (tags.length > TAGS_MAX) issues.refuse('tags', 'over_limit');

  return {
    // Only options have an order to keep: a question moved to another kind drops the setting rather than refusing it.
    value: { kind, ref, kukIds, dimensions, prompt, expected, guide, scoring: input.scoring, options, optionsInOrder: kind === 'multiple_choice' && input.optionsInOrder, tags },
    issues: issues.list,
  };
}

export function checkBenchmark(input: BenchmarkInput, schemeKuks: ReadonlySet<string>): { value: BenchmarkInput; issues: BankFieldIssue[] } {
  const issues = new Issues();
  if (input.kukId === '') issues.refuse('kukId', 'required');
  else if (!schemeKuks.has(input.kukId)) issues.refuse('kukId', 'unknown_kuk');
  const text = bilingual(issues, 'text', input.text, BANK_TEXT_MAX_CHARS);
  return { value: { kukId: input.kukId, text }, issues: issues.list };
}

/** Why a question may not be approved (the first reason), or null. */
export function approvalProblem(item: { kind: string; kukCount: number; options: readonly { correct: boolean }[] }): AppError | null {
  if (item.kukCount === 0) return new AppError('BANK_APPROVE_NO_KUK');
  if (item.kind !== 'multiple_choice') return null;
  if (item.options.length < OPTIONS_MIN_TO_APPROVE) return new AppError('BANK_APPROVE_FEW_OPTIONS', { min: OPTIONS_MIN_TO_APPROVE });
  if (item.options.filter((o) => o.correct).length !== 1) return new AppError('BANK_APPROVE_NO_KEY');
  return null;
}
