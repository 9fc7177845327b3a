import type { CbtAnswer, CbtItem } from '../../../electron/shared/cbt';
import type { AnswerDraft } from './pending-store';

/** What the navigation grid shows for a question; ragu-ragu wins over answered, as in UNBK. */
export type QuestionMark = 'doubtful' | 'answered' | 'unanswered';

export type Answers = ReadonlyMap<string, AnswerDraft>;

export function answersFromState(answers: readonly CbtAnswer[]): Map<string, AnswerDraft> {
  return new Map(answers.map((a) => [a.itemId, { itemId: a.itemId, choice: a.choice, text: a.text, doubtful: a.doubtful }]));
}

export function emptyDraft(itemId: string): AnswerDraft {
  return { itemId, choice: null, text: null, doubtful: false };
}

export function isAnswered(draft: AnswerDraft | undefined): boolean {
  if (!draft) return false;
  return draft.choice !== null || (draft.text ?? '').trim() !== '';
}

export function markOf(draft: AnswerDraft | undefined): QuestionMark {
  if (draft?.doubtful) return 'doubtful';
  return isAnswered(draft) ? 'answered' : 'unanswered';
}

/** The counts the submit confirmation lists; a ragu-ragu question without an answer counts in both. */
export function answerCounts(items: readonly CbtItem[], answers: Answers): { total: number; unanswered: number; doubtful: number } {
  let unanswered = 0;
  let doubtful = 0;
  for (const item of items) {
    const draft = answers.get(item.itemId);
    if (!isAnswered(draft)) unanswered++;
    if (draft?.doubtful) doubtful++;
  }
  return { total: items.length, unanswered, doubtful };
}

/** Words as a reader counts them: runs of non-space characters. */
export function wordCount(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/u).length;
}
