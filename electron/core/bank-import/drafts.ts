import { IMAGE_PLACES, type ImagePlace } from '../../shared/bank';
import type { BankImportPosition } from '../../shared/bank-import';
import type { BankDraft } from '../bank/apply';
import type { SourceQuestion } from './source-question';

/**
 * Where a question sits, as the bank stores it beside the file's sha256 ("line 12", "row 7", "question 3",
 * "items/q3.xml question 1"): with the hash, what makes importing the same file twice add nothing.
 */
export function positionText(p: BankImportPosition): string {
  const at = p.line !== undefined ? `line ${p.line}` : p.row !== undefined ? `row ${p.row}` : p.number !== undefined ? `question ${p.number}` : 'file';
  return p.file ? `${p.file} ${at}` : at;
}

/** File order: by part (a QTI package's item files), then line, row or number. */
export function positionOrder(a: BankImportPosition, b: BankImportPosition): number {
  const place = (p: BankImportPosition) => p.line ?? p.row ?? p.number ?? 0;
  return (a.file ?? '').localeCompare(b.file ?? '') || place(a) - place(b);
}

const isPlace = (place: string): place is ImagePlace => IMAGE_PLACES.some((p) => p === place);

/**
 * A converted question in bank/save's shape: texts as read (the bank trims and checks them), the KUK
 * mapped, the key marked on its option, its images by place.
 */
export function draftOf(question: SourceQuestion, sha256: string, kukIds: readonly string[], approve: boolean): BankDraft {
  return {
    source: { sha256, position: positionText(question.position) },
    item: {
      kind: question.kind,
      ref: null,
      kukIds: [...kukIds],
      dimensions: [],
      prompt: question.stem,
      expected: question.expected,
      guide: question.scoringGuide,
      scoring: 'yes_no',
      options: question.options.map((text, i) => ({ text, correct: i === question.key })),
      optionsInOrder: question.optionsInOrder,
      tags: question.tags,
    },
    // Readers keep at most five options, so every image's place is one of the bank's.
    images: question.images.flatMap((m) => (isPlace(m.place) ? [{ place: m.place, bytes: m.bytes }] : [])),
    approve,
  };
}
