import { OPTION_LETTERS, type McScoreSheet } from '../../shared/cbt';
import type { Bilingual } from '../../shared/types';
import type { Db } from '../db/open';
import * as attempts from '../db/queries/attempts';
import { keyedMultipleChoice } from '../db/queries/scoring';
import { examSessionOrThrow, type Seat } from './attempt';
import { choiceMapping, itemOrderOf, loadPaper } from './paper';

/**
 * Whether a key row counts for a candidate: the questions of their own paper once they have one, else
 * what a paper would hold now (the approved questions). FR.IA.05 and the LSP's results review both count so.
 */
export function countsForCandidate(row: { itemId: string; status: string }, paper: ReadonlySet<string> | null): boolean {
  return paper ? paper.has(row.itemId) : row.status === 'approved';
}

/** Achieved when the chosen original option is the key's; an unanswered question is not achieved. */
export function isAchieved(answer: number | null, correct: number | null): boolean {
  return answer !== null && answer === correct;
}

const letter = (ordinal: number | null): string | null => (ordinal === null ? null : (OPTION_LETTERS[ordinal] ?? null));

/**
 * FR.IA.05 part C: each multiple-choice answer against the key (by original option, whatever order
 * the candidate saw), grouped by unit with the KUK not achieved. An unanswered question is not achieved.
 * Once the candidate has a test, the questions come in the order they saw them, numbered as on their
 * screen, and the answer and the key carry the letters of their shuffled options (the attempt's seed
 * and item order keep that order), so the form says what the candidate saw.
 */
export function multipleChoiceSheet(db: Db, seat: Seat): McScoreSheet {
  const session = examSessionOrThrow(db, seat.sessionId);
  const attempt = attempts.findAttempt(db, seat.sessionId, seat.candidateId);
  const chosen = new Map((attempt ? attempts.listAnswers(db, attempt.id) : []).map((a) => [a.itemId, a.choice]));

  const paper = loadPaper(db, session.schemeId);
  const shownAt = new Map((attempt ? itemOrderOf(attempt) : []).map((itemId, i) => [itemId, i]));
  const onPaper = new Set(shownAt.keys());
  const shownLetter = (itemId: string, ordinal: number | null): string | null => {
    const item = paper.get(itemId);
    if (!attempt || !item || ordinal === null) return letter(ordinal);
    return letter(choiceMapping(attempt.seed, item).toDisplayed.get(ordinal) ?? null);
  };

  const items: McScoreSheet['items'][number][] = [];
  const units = new Map<string, { unitCode: string; unitTitle: Bilingual; total: number; achieved: number; missed: Map<string, { kukNumber: string; elementNo: number; text: Bilingual }> }>();
  for (const row of keyedMultipleChoice(db, session.schemeId)) {
    if (!countsForCandidate(row, attempt ? onPaper : null)) continue;
    const answer = chosen.get(row.itemId) ?? null;
    const achieved = isAchieved(answer, row.correct);
    items.push({
      itemId: row.itemId,
      ref: row.ref,
      number: attempt ? (shownAt.get(row.itemId) ?? items.length) + 1 : row.ordinal,
      prompt: paper.get(row.itemId)?.prompt ?? { id: '', en: '' },
      ...(paper.get(row.itemId)?.stemImages.length ? { stemImages: paper.get(row.itemId)?.stemImages } : {}),
      unitCode: row.unitCode,
      kukNumber: row.kukNumber,
      answer: shownLetter(row.itemId, answer),
      key: shownLetter(row.itemId, row.correct) ?? '?',
      achieved,
    });
    let unit = units.get(row.unitCode);
    if (!unit) {
      unit = { unitCode: row.unitCode, unitTitle: { id: row.unitTitleId, en: row.unitTitleEn }, total: 0, achieved: 0, missed: new Map() };
      units.set(row.unitCode, unit);
    }
    unit.total += 1;
    if (achieved) unit.achieved += 1;
    else unit.missed.set(row.kukId, { kukNumber: row.kukNumber, elementNo: row.elementNo, text: { id: row.kukTextId, en: row.kukTextEn } });
  }
  const unitList = [...units.values()].map(({ missed, ...u }) => ({ ...u, kukNotAchieved: [...missed.values()] }));
  if (attempt) items.sort((a, b) => a.number - b.number);
  return {
    ...seat,
    submitted: Boolean(attempt?.submittedAt),
    items,
    units: unitList,
    allAchieved: items.length > 0 && items.every((i) => i.achieved),
  };
}
