import { KUKS_PER_ITEM_MAX } from '../../shared/bank';
import type { BankMapNote, BankMappedBy } from '../../shared/bank-import';
import { AppError, type ErrorParams } from '../../shared/errors';
import type { Db } from '../db/open';
import { unitKuksOfScheme } from '../db/queries/bank-import';
import type { SourceQuestion } from './source-question';

type Unit = { id: string; code: string; kukIds: string[]; byNumber: Map<string, string> };

/** A scheme version's units, by id and by code (as typed in a file: case and outer space ignored). */
export type SchemeUnits = { byId: Map<string, Unit>; byCode: Map<string, Unit>; kukIds: Set<string> };

const codeKey = (code: string) => code.trim().toUpperCase();

export function schemeUnits(db: Db, schemeId: string): SchemeUnits {
  const byId = new Map<string, Unit>();
  for (const row of unitKuksOfScheme(db, schemeId)) {
    let unit = byId.get(row.unit_id);
    if (!unit) {
      unit = { id: row.unit_id, code: row.unit_code, kukIds: [], byNumber: new Map() };
      byId.set(row.unit_id, unit);
    }
    unit.kukIds.push(row.kuk_id);
    unit.byNumber.set(row.number, row.kuk_id);
  }
  const units = [...byId.values()];
  return { byId, byCode: new Map(units.map((u) => [codeKey(u.code), u])), kukIds: new Set(units.flatMap((u) => u.kukIds)) };
}

/** The unit the whole file is mapped to: of this scheme version, and with no more KUK than a question may carry. */
export function checkFileUnit(units: SchemeUnits, unitId: string): void {
  const unit = units.byId.get(unitId);
  if (!unit) throw new AppError('BANK_IMPORT_UNIT_UNKNOWN');
  if (unit.kukIds.length > KUKS_PER_ITEM_MAX) throw new AppError('BANK_IMPORT_UNIT_TOO_MANY_KUK', { count: unit.kukIds.length, max: KUKS_PER_ITEM_MAX });
}

export function checkKukIds(units: SchemeUnits, kukIds: readonly string[]): void {
  const unknown = kukIds.find((k) => !units.kukIds.has(k));
  if (unknown !== undefined) throw new AppError('BANK_IMPORT_KUK_UNKNOWN', { kukId: unknown });
}

export type Mapped = { kukIds: string[]; mappedBy: BankMappedBy; mapNotes: { code: BankMapNote; params: ErrorParams }[] };

/** KUK numbers as the bank writes them: "1.1", whatever trailing dot a file left. */
const numberKey = (ref: string) => ref.trim().replace(/\.$/, '');

/** The file's own Unit / KUK columns against the scheme version: all of the question's KUK, or none with notes saying why. */
function ownMapping(units: SchemeUnits, question: SourceQuestion, fileUnit: Unit | null): Mapped | null {
  if (question.unitCode === null && question.kukRefs.length === 0) return null;
  const unit = question.unitCode === null ? fileUnit : (units.byCode.get(codeKey(question.unitCode)) ?? null);
  if (question.unitCode !== null && !unit) return { kukIds: [], mappedBy: null, mapNotes: [{ code: 'BANK_MAP_UNIT_UNKNOWN', params: { unit: question.unitCode } }] };
  if (!unit) return { kukIds: [], mappedBy: null, mapNotes: [{ code: 'BANK_MAP_NO_UNIT', params: { kuk: question.kukRefs.join(', ') } }] };
  // A unit code alone says the question gives evidence for the unit: all its KUK, as the whole-file mapping does.
  if (question.kukRefs.length === 0) return unit.kukIds.length <= KUKS_PER_ITEM_MAX ? { kukIds: [...unit.kukIds], mappedBy: 'file', mapNotes: [] } : null;
  const kukIds: string[] = [];
  const mapNotes: Mapped['mapNotes'] = [];
  for (const ref of question.kukRefs) {
    const kukId = unit.byNumber.get(numberKey(ref));
    if (kukId === undefined) mapNotes.push({ code: 'BANK_MAP_KUK_UNKNOWN', params: { unit: unit.code, kuk: ref } });
    else if (!kukIds.includes(kukId)) kukIds.push(kukId);
  }
  return mapNotes.length ? { kukIds: [], mappedBy: null, mapNotes } : { kukIds: kukIds.slice(0, KUKS_PER_ITEM_MAX), mappedBy: 'file', mapNotes: [] };
}

/**
 * One question's KUK: the admin's choice, else the file's own columns, else the whole file's unit (every
 * KUK of it), else none. Notes on the file's columns are kept whichever wins, so the preview says why
 * they did not count.
 */
export function mapQuestion(units: SchemeUnits, question: SourceQuestion, chosen: readonly string[] | undefined, fileUnitId: string | null): Mapped {
  const fileUnit = fileUnitId === null ? null : (units.byId.get(fileUnitId) ?? null);
  const own = ownMapping(units, question, fileUnit);
  const notes = own?.mapNotes ?? [];
  if (chosen !== undefined) return { kukIds: [...chosen], mappedBy: chosen.length ? 'question' : null, mapNotes: notes };
  if (own && own.mappedBy) return own;
  if (fileUnit) return { kukIds: [...fileUnit.kukIds], mappedBy: 'unit', mapNotes: notes };
  return { kukIds: [], mappedBy: null, mapNotes: notes };
}
