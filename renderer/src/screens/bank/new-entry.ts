import type { BankKind } from '../../../../electron/shared/bank';
import { sameData } from '../../navigation/same-data';
import { draftOf, withKind, type ItemDraft, type TextPair } from './item-draft';

/** An observation benchmark as its form holds it. */
export type BenchmarkDraft = { kukId: string; text: TextPair };

/**
 * A new entry of any kind. The question's draft stays while a benchmark is written, so a writer who tries
 * "observation" and switches back finds the options, answers and tags as they were; only the stem and the
 * KUK pass from one form to the other (what both have).
 */
export type NewEntry = { kind: BankKind; question: ItemDraft; benchmark: BenchmarkDraft };

/** The question's stem becomes the benchmark's text, its first KUK (the one printed) the benchmark's only KUK. */
export const benchmarkOf = (question: ItemDraft): BenchmarkDraft => ({ kukId: question.kukIds[0] ?? '', text: question.prompt });

export function blankEntry(): NewEntry {
  const question = draftOf(null);
  return { kind: question.kind, question, benchmark: benchmarkOf(question) };
}

/** The benchmark's text back as the stem, its KUK in place of the question's first; the question's other KUK stay. */
export function questionOf(question: ItemDraft, benchmark: BenchmarkDraft): ItemDraft {
  const others = question.kukIds.slice(1).filter((kukId) => kukId !== benchmark.kukId);
  return { ...question, prompt: benchmark.text, kukIds: benchmark.kukId === '' ? others : [benchmark.kukId, ...others] };
}

export function switchKind(entry: NewEntry, kind: BankKind): NewEntry {
  if (kind === entry.kind) return entry;
  if (kind === 'observation') return { ...entry, kind, benchmark: benchmarkOf(entry.question) };
  const question = entry.kind === 'observation' ? questionOf(entry.question, entry.benchmark) : entry.question;
  return { ...entry, kind, question: withKind(question, kind) };
}

/**
 * What leaving would lose, in one value for the unsaved-changes guard: the kind and the question the entry
 * would turn back into (while a benchmark is on screen, its text and KUK in the question's place).
 */
export function unsavedOf(entry: NewEntry): { kind: BankKind; question: ItemDraft } {
  return { kind: entry.kind, question: entry.kind === 'observation' ? questionOf(entry.question, entry.benchmark) : entry.question };
}

/** Whether the question holds more than a benchmark shows (options, answers, ref, tags, dimensions, a second KUK). */
export function keptAside(question: ItemDraft): boolean {
  const blank = draftOf(null, question.kind);
  return question.kukIds.length > 1 || !sameData({ ...question, prompt: blank.prompt, kukIds: blank.kukIds }, blank);
}
