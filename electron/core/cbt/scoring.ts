import { OPTION_LETTERS, type McScoreSheet } from '../../shared/cbt';
import type { Bilingual } from '../../shared/types';
import type { Db } from '../db/open';
import * as attempts from '../db/queries/attempts';
import { keyedMultipleChoice, type KeyedItemKuk, type KeyedItemRow } from '../db/queries/scoring';
import { examSessionOrThrow, type Seat } from './attempt';
import { isAchievedUnder, sessionKey } from './key-corrections';
import { choiceMapping, itemOrderOf, loadPaper } from './paper';

/**
 * Whether a key row counts for a candidate: the questions of their own paper once they have one, else
 * what a paper would hold now (the approved questions). FR.IA.05 and the LSP's results review both count so.
 */
export function countsForCandidate(row: { itemId: string; status: string }, paper: ReadonlySet<string> | null): boolean {
  return paper ? paper.has(row.itemId) : row.status === 'approved';
}


type SheetUnit = {
  unitCode: string;
  ordinal: number;
  unitTitle: Bilingual;
  total: number;
  achieved: number;
  missed: Map<string, { kukNumber: string; elementNo: number; text: Bilingual }>;
};

/** The KUK a question covers; a row from before item_kuk held any still has its first. */
function kuksOf(row: KeyedItemRow): KeyedItemKuk[] {
  const parsed: unknown = JSON.parse(row.kuks);
  const kuks = Array.isArray(parsed) ? (parsed as KeyedItemKuk[]) : [];
  return kuks.length ? kuks : [row];
}

const byStandardOrder = (a: { elementNo: number; kukNumber: string }, b: { elementNo: number; kukNumber: string }) =>
  a.elementNo - b.elementNo || a.kukNumber.localeCompare(b.kukNumber, undefined, { numeric: true });

const letter = (ordinal: number | null): string | null => (ordinal === null ? null : (OPTION_LETTERS[ordinal] ?? null));

/**
 * FR.IA.05 part C: each multiple-choice answer against the key (by original option, whatever order
 * the candidate saw), grouped by unit with the KUK not achieved. An unanswered question is not achieved.
 * Once the candidate has a test, the questions come in the order they saw them, numbered as on their
 * screen, and the answer and the key carry the letters of their shuffled options (the attempt's seed
 * and item order keep that order), so the form says what the candidate saw.
 * The session's key corrections apply (key-corrections.ts): an annulled question leaves the table and the
 * counts, an option accepted too is achieved and printed beside the key; each correction of a question the
 * candidate had is listed (`corrections`) for the note under the table.
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
    return letter(choiceMapping(attempt, item).toDisplayed.get(ordinal) ?? null);
  };

  const items: McScoreSheet['items'][number][] = [];
  const units = new Map<string, SheetUnit>();
  const unitOf = (k: Pick<KeyedItemKuk, 'unitCode' | 'unitOrdinal' | 'unitTitleId' | 'unitTitleEn'>): SheetUnit => {
    let unit = units.get(k.unitCode);
    if (!unit) {
      unit = { unitCode: k.unitCode, ordinal: k.unitOrdinal, unitTitle: { id: k.unitTitleId, en: k.unitTitleEn }, total: 0, achieved: 0, missed: new Map() };
      units.set(k.unitCode, unit);
    }
    return unit;
  };
  const key = sessionKey(db, seat.sessionId);
  // Where each question the candidate had stands, for the corrections' note (an annulled one is no row).
  const placeOf = new Map<string, { number: number; ref: string }>();
  for (const row of keyedMultipleChoice(db, session.schemeId)) {
    if (!countsForCandidate(row, attempt ? onPaper : null)) continue;
    const place = { number: attempt ? (shownAt.get(row.itemId) ?? items.length) + 1 : row.ordinal, ref: row.ref };
    placeOf.set(row.itemId, place);
    if (key.annulled.has(row.itemId)) continue;
    const answer = chosen.get(row.itemId) ?? null;
    const achieved = isAchievedUnder(key, row.itemId, answer, row.correct);
    const keys = [row.correct, ...[...(key.accepted.get(row.itemId) ?? [])].filter((o) => o !== row.correct)];
    const kuks = kuksOf(row);
    items.push({
      itemId: row.itemId,
      ref: row.ref,
      number: place.number,
      prompt: paper.get(row.itemId)?.prompt ?? { id: '', en: '' },
      ...(paper.get(row.itemId)?.stemImages.length ? { stemImages: paper.get(row.itemId)?.stemImages } : {}),
      unitCode: row.unitCode,
      kuks: kuks.map((k) => ({ unitCode: k.unitCode, kukNumber: k.kukNumber })),
      answer: shownLetter(row.itemId, answer),
      key: keys.map((o) => shownLetter(row.itemId, o) ?? '?').join('/'),
      achieved,
    });
    // The question counts in the unit of its first KUK; a wrong answer misses every KUK it covers, each in
    // its own unit, as the decision tab (FR.AK.02) reads the same answer.
    const unit = unitOf(row);
    unit.total += 1;
    if (achieved) unit.achieved += 1;
    else for (const k of kuks) unitOf(k).missed.set(k.kukId, { kukNumber: k.kukNumber, elementNo: k.elementNo, text: { id: k.kukTextId, en: k.kukTextEn } });
  }
  const unitList = [...units.values()]
    .sort((a, b) => a.ordinal - b.ordinal)
    .map(({ missed, ordinal: _ordinal, ...u }) => ({ ...u, kukNotAchieved: [...missed.values()].sort(byStandardOrder) }));
  if (attempt) items.sort((a, b) => a.number - b.number);
  const corrections = key.rows.flatMap((r) => {
    const place = placeOf.get(r.itemId);
    if (!place) return [];
    return [{ itemId: r.itemId, ...place, action: r.action, option: shownLetter(r.itemId, r.acceptedOption), reason: r.reason, by: r.assessorName, at: r.correctedAt }];
  });
  return {
    ...seat,
    submitted: Boolean(attempt?.submittedAt),
    items,
    units: unitList,
    corrections,
    allAchieved: items.length > 0 && items.every((i) => i.achieved),
  };
}
