import { OPTION_LETTERS, type McScoreSheet } from '../../shared/cbt';
import type { Bilingual } from '../../shared/types';
import type { Db } from '../db/open';
import * as attempts from '../db/queries/attempts';
import { keyedMultipleChoice } from '../db/queries/scoring';
import { examSessionOrThrow, type Seat } from './attempt';

const letter = (ordinal: number | null): string | null => (ordinal === null ? null : (OPTION_LETTERS[ordinal] ?? null));

/**
 * FR.IA.05 part C: each multiple-choice answer against the key (by original option, whatever order
 * the candidate saw), grouped by unit with the KUK not achieved. An unanswered question is not achieved.
 */
export function multipleChoiceSheet(db: Db, seat: Seat): McScoreSheet {
  const session = examSessionOrThrow(db, seat.sessionId);
  const attempt = attempts.findAttempt(db, seat.sessionId, seat.candidateId);
  const chosen = new Map((attempt ? attempts.listAnswers(db, attempt.id) : []).map((a) => [a.itemId, a.choice]));

  const items: McScoreSheet['items'][number][] = [];
  const units = new Map<string, { unitCode: string; unitTitle: Bilingual; total: number; achieved: number; missed: Map<string, { kukNumber: string; elementNo: number; text: Bilingual }> }>();
  for (const row of keyedMultipleChoice(db, session.schemeId)) {
    const answer = chosen.get(row.itemId) ?? null;
    const achieved = answer !== null && answer === row.correct;
    items.push({
      itemId: row.itemId,
      ref: row.ref,
      number: row.ordinal,
      unitCode: row.unitCode,
      kukNumber: row.kukNumber,
      answer: letter(answer),
      key: letter(row.correct) ?? '?',
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
  return {
    ...seat,
    submitted: Boolean(attempt?.submittedAt),
    items,
    units: unitList,
    allAchieved: items.length > 0 && items.every((i) => i.achieved),
  };
}
