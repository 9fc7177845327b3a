import type { Principal } from '../../shared/roles';
import type { CoverageCount, WrittenTestInput, WrittenTestPreview } from '../../shared/scheduling';
import { touchSession } from '../db/queries/session-handover';
import { appendAudit } from '../audit/log';
import { newSeed } from '../cbt/shuffle';
import { localDate } from '../clock';
import type { Db } from '../db/open';
import { plannedCandidates } from '../db/queries/scheduling-sessions';
import * as q from '../db/queries/scheduling-written-test';
import { FieldChecks } from '../registry/fields';
import { editableRow, sessionRowOf } from './sessions';
import { drawnFor, storedWrittenTest, type StoredWrittenTest } from './written-test-draw';

type Bank = { kind: Map<string, 'multiple_choice' | 'essay'>; byKuk: Map<string, string[]>; byUnit: Map<string, string[]> };

/** The approved written questions of a scheme version, by KUK and by unit (each list in id order, once). */
function bankOf(db: Db, schemeId: string): Bank {
  const bank: Bank = { kind: new Map(), byKuk: new Map(), byUnit: new Map() };
  const add = (map: Map<string, string[]>, key: string, id: string) => {
    const list = map.get(key) ?? [];
    if (list[list.length - 1] !== id) list.push(id);
    map.set(key, list);
  };
  for (const r of q.writtenItems(db, schemeId)) {
    bank.kind.set(r.item_id, r.kind);
    add(bank.byKuk, r.kuk_id, r.item_id);
    add(bank.byUnit, r.unit_id, r.item_id);
  }
  return bank;
}

const specOf = (test: StoredWrittenTest | null): WrittenTestInput =>
  test === null ? { mode: 'all' } : test.mode === 'fixed' ? { mode: 'fixed', itemIds: test.itemIds } : { mode: 'draw', per: test.per, count: test.count, perCandidate: test.perCandidate };

/** Each candidate's questions (the session's when it has none yet), then how they cover every unit and KUK. */
export function writtenTestPreview(db: Db, lspId: string, sessionId: string): WrittenTestPreview {
  const session = sessionRowOf(db, lspId, sessionId);
  const test = storedWrittenTest(q.sessionSettingsOf(db, sessionId) ?? '{}');
  const bank = bankOf(db, session.scheme_id);
  const everything = new Set(bank.kind.keys());
  const questionsOf = (candidateId: string | null): Set<string> => {
    if (test === null) return everything;
    if (test.mode === 'fixed') return new Set(test.itemIds.filter((id) => everything.has(id)));
    return drawnFor(test, candidateId);
  };
  const seated = plannedCandidates(db, sessionId);
  const tests = (seated.length ? seated.map((c) => c.candidate_id) : [null]).map(questionsOf);
  const coverage = (pool: readonly string[]): CoverageCount => {
    const counts = tests.map((t) => pool.filter((id) => t.has(id)).length);
    return { available: pool.length, min: Math.min(...counts), max: Math.max(...counts) };
  };
  const units: WrittenTestPreview['units'] = [];
  const warnings: WrittenTestPreview['warnings'] = [];
  for (const k of q.kukTree(db, session.scheme_id)) {
    let unit = units[units.length - 1];
    if (unit?.unitId !== k.unit_id) {
      unit = { unitId: k.unit_id, code: k.unit_code, titleId: k.unit_title_id, titleEn: k.unit_title_en, ...coverage(bank.byUnit.get(k.unit_id) ?? []), kuk: [] };
      units.push(unit);
    }
    const pool = bank.byKuk.get(k.kuk_id) ?? [];
    unit.kuk.push({ kukId: k.kuk_id, number: k.number, ...coverage(pool) });
    const lost = pool.length === 0 ? 0 : tests.filter((t) => !pool.some((id) => t.has(id))).length;
    if (lost > 0 && seated.length > 0) warnings.push({ unitCode: k.unit_code, kukNumber: k.number, kukId: k.kuk_id, candidates: lost });
  }
  const candidates = seated.map((c, i) => {
    const ids = [...tests[i]];
    return {
      candidateId: c.candidate_id,
      name: c.name,
      participantNo: c.participant_no,
      multipleChoice: ids.filter((id) => bank.kind.get(id) === 'multiple_choice').length,
      essay: ids.filter((id) => bank.kind.get(id) === 'essay').length,
    };
  });
  return { spec: specOf(test), assembledAt: test?.at ?? null, units, candidates, warnings, dropped: droppedOf(db, test) };
}

/**
 * The assembled test's questions that are no longer approved: a candidate's paper takes approved
 * questions only, so each is gone from the papers that hold it (an edit took it back to draft, or its
 * replacement was approved and retired it) until the test is assembled again.
 */
function droppedOf(db: Db, test: StoredWrittenTest | null): WrittenTestPreview['dropped'] {
  if (test === null) return [];
  const named = test.mode === 'fixed' ? test.itemIds : [...new Set(test.pools.flatMap((p) => p.itemIds))];
  return q.notApprovedOf(db, named).map((r) => ({ itemId: r.id, ref: r.ref, status: r.status, replacementRef: r.replacement_ref }));
}

/** What the audit keeps of an assembled test: the rule, and the size of each pool rather than its ids. */
const auditOf = (t: StoredWrittenTest | null) =>
  t === null ? { mode: 'all' } : t.mode === 'fixed' ? { mode: 'fixed', items: t.itemIds.length } : { ...specOf(t), seed: t.seed.slice(0, 8), pools: t.pools.map((p) => p.itemIds.length) };

/**
 * Sets how a session still to come assembles its written test. A fixed list takes only approved
 * written questions of the session's scheme version; a draw records its pools and keeps the seed of the
 * draw it replaces (same rule, same candidates: the same questions) unless asked to draw anew.
 */
export function setWrittenTest(db: Db, principal: Principal, lspId: string, sessionId: string, input: WrittenTestInput, now: Date): WrittenTestPreview {
  const session = editableRow(db, lspId, sessionId, now);
  const settings: Record<string, unknown> = JSON.parse(q.sessionSettingsOf(db, sessionId) ?? '{}');
  const before = storedWrittenTest(JSON.stringify(settings));
  const bank = bankOf(db, session.scheme_id);
  let after: StoredWrittenTest | null = null;
  if (input.mode === 'fixed') {
    const c = new FieldChecks(localDate(now));
    const seen = new Set<string>();
    input.itemIds.forEach((id, i) => {
      if (!bank.kind.has(id)) c.refuse(`itemIds.${i}`, 'choice');
      else if (seen.has(id)) c.refuse(`itemIds.${i}`, 'duplicate');
      seen.add(id);
    });
    c.throwIfAny();
    after = { mode: 'fixed', itemIds: input.itemIds, at: now.toISOString() };
  } else if (input.mode === 'draw') {
    const pools = [...(input.per === 'unit' ? bank.byUnit : bank.byKuk)].map(([key, itemIds]) => ({ key, itemIds }));
    const seed = before?.mode === 'draw' && !input.reseed ? before.seed : newSeed();
    after = { mode: 'draw', per: input.per, count: input.count, perCandidate: input.perCandidate, seed, pools, at: now.toISOString() };
  }
  const { writtenTest: _old, ...rest } = settings;
  const same = JSON.stringify({ ...before, at: '' }) === JSON.stringify({ ...after, at: '' });
  if (!same) {
    q.setSessionSettings(db, sessionId, JSON.stringify(after === null ? rest : { ...rest, writtenTest: after }));
    // The TUK's copy is older now: sessions/get marks the session changed since its export.
    touchSession(db, sessionId, now);
    appendAudit(db, principal, { action: 'session.writtenTest', entity: 'session', entityId: sessionId, details: { before: auditOf(before), after: auditOf(after) } }, now);
  }
  return writtenTestPreview(db, lspId, sessionId);
}
