import { AppError } from '../../shared/errors';
import type { Principal } from '../../shared/roles';
import type { Dimension } from '../../shared/types';
import type { Page, RowOutcome, SchemeDetail, SchemeInput, SchemeSaved, SchemeSummary, Unit } from '../../shared/registry';
import { LIST_TOTAL_CAP } from '../../shared/registry';
import { appendAudit } from '../audit/log';
import { copyBankToVersion } from '../bank/copy-version';
import { localDate } from '../clock';
import type { Db } from '../db/open';
import * as q from '../db/queries/registry-schemes';
import { newId } from '../ids';
import { invalid } from './fields';
import { outcomeOf, sameRecord } from './outcomes';
import { decodeCursor, pageLimit, toPage } from './paging';
import { checkScheme, treeWithoutIds } from './scheme-tree';
import { requireRevision, revisionOf } from '../revision';
import { lastRecordChange } from '../db/queries/record-changes';

const summaryOf = (r: q.SchemeListRow): SchemeSummary => ({
  id: r.id,
  code: r.code,
  version: r.version,
  kind: r.kind,
  level: r.level,
  skkni: r.skkni,
  titleId: r.title_id,
  titleEn: r.title_en,
  approvedOn: r.approved_on,
  active: r.active === 1,
  frozen: r.frozen === 1,
  latest: r.latest === 1,
  unitCount: r.unit_count,
});

function dimensionsOf(json: string): Dimension[] {
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed) ? parsed.filter((d): d is Dimension => typeof d === 'string') : [];
}

export function treeOf(db: Db, schemeId: string): Unit[] {
  const kuks = new Map<string, q.KukRow[]>();
  for (const k of q.kuksOf(db, schemeId)) kuks.set(k.element_id, [...(kuks.get(k.element_id) ?? []), k]);
  const elements = new Map<string, q.ElementRow[]>();
  for (const e of q.elementsOf(db, schemeId)) elements.set(e.unit_id, [...(elements.get(e.unit_id) ?? []), e]);
  return q.unitsOf(db, schemeId).map((u) => ({
    id: u.id,
    code: u.code,
    titleId: u.title_id,
    titleEn: u.title_en,
    elements: (elements.get(u.id) ?? []).map((e) => ({
      id: e.id,
      titleId: e.title_id,
      titleEn: e.title_en,
      kuk: (kuks.get(e.id) ?? []).map((k) => ({ id: k.id, number: k.number, textId: k.text_id, textEn: k.text_en, dimensions: dimensionsOf(k.dimensions) })),
    })),
  }));
}

function getSchemeRow(db: Db, lspId: string, id: string): q.SchemeListRow {
  const row = q.schemeById(db, lspId, id);
  if (!row) throw new AppError('NOT_FOUND', { what: 'scheme' });
  return row;
}

export function getScheme(db: Db, lspId: string, id: string): SchemeDetail {
  const row = getSchemeRow(db, lspId, id);
  return {
    ...summaryOf(row),
    units: treeOf(db, id),
    versions: q.versionsOf(db, lspId, row.code).map((v) => ({ id: v.id, version: v.version, active: v.active === 1 })),
    revision: revisionOf(comparable(db, row)),
  };
}

/**
 * The stored scheme in the input's shape, without ids: what an edit or an import row is compared with,
 * and what an export writes.
 */
export function comparable(db: Db, row: q.SchemeRow): SchemeInput {
  return {
    code: row.code,
    kind: row.kind,
    level: row.level,
    skkni: row.skkni,
    titleId: row.title_id,
    titleEn: row.title_en,
    approvedOn: row.approved_on,
    units: treeWithoutIds(treeOf(db, row.id)),
  };
}

const withoutIds = (v: SchemeInput): SchemeInput => ({ ...v, units: treeWithoutIds(v.units) });

function headRow(id: string, lspId: string, version: number, v: SchemeInput, settings: string, active: number): q.SchemeRow {
  return {
    id,
    lsp_id: lspId,
    code: v.code,
    version,
    kind: v.kind,
    level: v.level,
    skkni: v.skkni,
    title_id: v.titleId,
    title_en: v.titleEn,
    approved_on: v.approvedOn,
    settings,
    active,
  };
}

type Planned = { units: q.UnitRow[]; elements: q.ElementRow[]; kuks: q.KukRow[] };

/**
 * Gives every node of the new tree an id: its own when it names one of this scheme's nodes, else the
 * node it matches by natural key (unit code; element position in its unit; KUK number in its element),
 * so an import without ids still keeps the KUK that questions point at; else a new one.
 */
function planTree(schemeId: string, v: SchemeInput, existing: Unit[] | null): Planned {
  const ids = new Set<string>();
  const unitByCode = new Map<string, Unit>();
  for (const u of existing ?? []) {
    unitByCode.set(u.code, u);
    ids.add(u.id);
    for (const e of u.elements) {
      ids.add(e.id);
      for (const k of e.kuk) ids.add(k.id);
    }
  }
  const used = new Set<string>();
  const pick = (given: string | undefined, natural: string | undefined): string => {
    const id = [given, natural].find((c) => c !== undefined && ids.has(c) && !used.has(c)) ?? newId();
    used.add(id);
    return id;
  };
  const out: Planned = { units: [], elements: [], kuks: [] };
  v.units.forEach((u, ui) => {
    const old = unitByCode.get(u.code);
    const unitId = pick(u.id, old?.id);
    out.units.push({ id: unitId, scheme_id: schemeId, ordinal: ui + 1, code: u.code, title_id: u.titleId, title_en: u.titleEn });
    u.elements.forEach((e, ei) => {
      const oldElement = old?.elements[ei];
      const elementId = pick(e.id, oldElement?.id);
      out.elements.push({ id: elementId, unit_id: unitId, ordinal: ei + 1, title_id: e.titleId, title_en: e.titleEn });
      e.kuk.forEach((k, ki) => {
        const kukId = pick(k.id, oldElement?.kuk.find((o) => o.number === k.number)?.id);
        out.kuks.push({
          id: kukId,
          element_id: elementId,
          ordinal: ki + 1,
          number: k.number,
          text_id: k.textId,
          text_en: k.textEn,
          dimensions: JSON.stringify(k.dimensions ?? []),
        });
      });
    });
  });
  return out;
}

/** The KUK that rewriting the scheme's tree in place as `plan` would delete, each with its unit's code. */
function goneKuksOf(plan: Planned, existing: Unit[]): { id: string; unitCode: string; number: string }[] {
  const keep = new Set(plan.kuks.map((k) => k.id));
  return existing.flatMap((u) => u.elements.flatMap((e) => e.kuk.filter((k) => !keep.has(k.id)).map((k) => ({ id: k.id, unitCode: u.code, number: k.number }))));
}

/**
 * The KUK ("J.620100.004.02 1.2") an in-place edit of the scheme to `v` would delete while questions or
 * observation items point at them: such an edit is refused (a frozen scheme gets a new version instead).
 */
export function kuksInUseGone(db: Db, schemeId: string, v: SchemeInput): string[] {
  const inUse = q.kuksInUse(db, schemeId);
  const existing = treeOf(db, schemeId);
  return goneKuksOf(planTree(schemeId, v, existing), existing)
    .filter((k) => inUse.has(k.id))
    .map((k) => `${k.unitCode} ${k.number}`);
}

/** Rewrites a scheme's tree in place; a KUK that questions use may not go (REGISTRY_INVALID on units). */
function writeTree(db: Db, schemeId: string, v: SchemeInput, existing: Unit[]): void {
  const plan = planTree(schemeId, v, existing);
  const keep = new Set([...plan.units, ...plan.elements, ...plan.kuks].map((n) => n.id));
  const inUse = q.kuksInUse(db, schemeId);
  const goneKuks = goneKuksOf(plan, existing);
  if (goneKuks.some((k) => inUse.has(k.id))) throw invalid([{ field: 'units', reason: 'in_use' }]);
  q.parkTree(db, schemeId);
  for (const u of plan.units) q.upsertUnit(db, u);
  for (const e of plan.elements) q.upsertElement(db, e);
  for (const k of plan.kuks) q.upsertKuk(db, k);
  for (const k of goneKuks) q.deleteKuk(db, k.id);
  for (const u of existing) {
    for (const e of u.elements) if (!keep.has(e.id)) q.deleteElement(db, e.id);
    if (!keep.has(u.id)) q.deleteUnit(db, u.id);
  }
}

function insertTree(db: Db, schemeId: string, v: SchemeInput): Planned {
  const plan = planTree(schemeId, v, null);
  for (const u of plan.units) q.upsertUnit(db, u);
  for (const e of plan.elements) q.upsertElement(db, e);
  for (const k of plan.kuks) q.upsertKuk(db, k);
  return plan;
}

/**
 * A new version keeps the old one's questions and observation items wherever their KUK is still there
 * (same unit code, element position and KUK number), so the bank need not be entered again (bank/copy-version.ts).
 */
function copyInstruments(db: Db, fromId: string, toId: string, to: Planned): void {
  const keyOf = new Map<string, string>();
  for (const u of treeOf(db, fromId)) u.elements.forEach((e, ei) => e.kuk.forEach((k) => keyOf.set(k.id, `${u.code}|${ei}|${k.number}`)));
  const unitCode = new Map(to.units.map((u) => [u.id, u.code]));
  const elementPos = new Map(to.elements.map((e) => [e.id, { unit: unitCode.get(e.unit_id), pos: e.ordinal - 1 }]));
  const newKuk = new Map(to.kuks.map((k) => [`${elementPos.get(k.element_id)?.unit}|${elementPos.get(k.element_id)?.pos}|${k.number}`, k.id]));
  const mapKuk = (oldKuk: string) => newKuk.get(keyOf.get(oldKuk) ?? '');
  copyBankToVersion(db, fromId, toId, mapKuk);
}

export function createScheme(db: Db, principal: Principal, lspId: string, input: SchemeInput, now: Date): SchemeDetail {
  const { value, checks } = checkScheme(input, localDate(now));
  if (value.code !== '' && q.latestByCode(db, lspId, value.code)) checks.refuse('code', 'taken');
  checks.throwIfAny();
  const id = newId();
  q.insertScheme(db, headRow(id, lspId, 1, value, '{}', 1));
  insertTree(db, id, value);
  appendAudit(db, principal, { action: 'scheme.create', entity: 'scheme', entityId: id, details: { after: withoutIds(value) } }, now);
  return getScheme(db, lspId, id);
}

/**
 * Saves an edit of a scheme's latest version (an older one is read-only: SCHEME_NOT_LATEST). A scheme no session uses is edited in place; one a session uses is frozen: the edit
 * becomes a new version under a new id (the next version number of its code), and the sessions keep
 * the version they were made with.
 */
export function updateScheme(db: Db, principal: Principal, lspId: string, id: string, input: SchemeInput, now: Date, revision?: string): SchemeSaved {
  const before = getSchemeRow(db, lspId, id);
  // An edit of an older version would become the newest one built from the older text, silently
  // dropping what the versions after it changed (and the sessions on them would stay on a non-latest one).
  if (before.latest !== 1) {
    const newest = q.latestByCode(db, lspId, before.code);
    throw new AppError('SCHEME_NOT_LATEST', { scheme: before.code, version: before.version, latest: newest?.version ?? before.version });
  }
  requireRevision(revision, revisionOf(comparable(db, before)), () => lastRecordChange(db, 'scheme', id));
  const { value, checks } = checkScheme(input, localDate(now));
  const sameCode = value.code === before.code;
  const newest = value.code === '' || sameCode ? undefined : q.latestByCode(db, lspId, value.code);
  if (newest) checks.refuse('code', 'taken');
  checks.throwIfAny();
  const old = comparable(db, before);
  if (sameRecord(old, withoutIds(value))) return { scheme: getScheme(db, lspId, id), newVersion: false };
  if (before.frozen === 1) {
    const nextVersion = sameCode ? (q.latestByCode(db, lspId, value.code)?.version ?? 0) + 1 : 1;
    const newIdValue = newId();
    q.insertScheme(db, headRow(newIdValue, lspId, nextVersion, value, before.settings, 1));
    const plan = insertTree(db, newIdValue, value);
    copyInstruments(db, id, newIdValue, plan);
    appendAudit(db, principal, {
      action: 'scheme.newVersion',
      entity: 'scheme',
      entityId: newIdValue,
      details: { from: { id, version: before.version }, version: nextVersion, before: old, after: withoutIds(value) },
    }, now);
    return { scheme: getScheme(db, lspId, newIdValue), newVersion: true };
  }
  q.updateSchemeHead(db, headRow(id, lspId, before.version, value, before.settings, before.active));
  writeTree(db, id, value, treeOf(db, id));
  appendAudit(db, principal, { action: 'scheme.update', entity: 'scheme', entityId: id, details: { before: old, after: withoutIds(value) } }, now);
  return { scheme: getScheme(db, lspId, id), newVersion: false };
}

export function setSchemeActive(db: Db, principal: Principal, lspId: string, id: string, active: boolean, now: Date): SchemeSummary {
  const before = getSchemeRow(db, lspId, id);
  if ((before.active === 1) !== active) {
    q.setSchemeActive(db, lspId, id, active ? 1 : 0);
    appendAudit(db, principal, { action: active ? 'scheme.activate' : 'scheme.deactivate', entity: 'scheme', entityId: id, details: { before: { active: !active }, after: { active } } }, now);
  }
  return summaryOf(getSchemeRow(db, lspId, id));
}

export type SchemeListArgs = { search?: string; active?: boolean | null; cursor?: string | null; limit?: number; kind?: SchemeInput['kind']; allVersions?: boolean };

export function listSchemes(db: Db, lspId: string, args: SchemeListArgs): Page<SchemeSummary> {
  const filter: q.SchemeFilter = {
    lspId,
    active: args.active === undefined || args.active === null ? null : args.active ? 1 : 0,
    prefix: args.search?.trim() || null,
    kind: args.kind ?? null,
    allVersions: args.allVersions ?? false,
  };
  const cursor = decodeCursor(args.cursor);
  let after: { code: string; version: number; id: string } | null = null;
  if (cursor) {
    const key: unknown = JSON.parse(cursor.key);
    if (!Array.isArray(key) || typeof key[0] !== 'string' || typeof key[1] !== 'number') throw new AppError('BAD_ARGS', { details: 'cursor (invalid)' });
    after = { code: key[0], version: key[1], id: cursor.id };
  }
  const limit = pageLimit(args.limit);
  const rows = q.schemePage(db, filter, after, limit + 1);
  const counted = after ? null : q.schemeCount(db, filter, LIST_TOTAL_CAP);
  return toPage(rows, limit, summaryOf, (r) => ({ key: JSON.stringify([r.code, r.version]), id: r.id }), counted);
}

type Plan = { outcome: RowOutcome; value: SchemeInput; beforeId: string | null };

/** Rows matched by code to the newest version; a code twice in the rows refuses the later one. */
function planSchemes(db: Db, lspId: string, inputs: readonly SchemeInput[], today: string): Plan[] {
  const seen = new Set<string>();
  return inputs.map((input, index) => {
    const { value, checks } = checkScheme(input, today);
    if (value.code !== '' && seen.has(value.code)) checks.refuse('code', 'duplicate');
    seen.add(value.code);
    const before = checks.issues.length ? undefined : q.latestByCode(db, lspId, value.code);
    const same = before ? sameRecord(comparable(db, before), withoutIds(value)) : null;
    // Found here, not by the write: a scheme refused at apply refused the whole import after a preview that accepted it.
    if (before && before.frozen !== 1 && same === false && kuksInUseGone(db, before.id, value).length > 0) checks.refuse('units', 'in_use');
    return { value, beforeId: before?.id ?? null, outcome: outcomeOf(index, checks.issues, before?.id ?? null, same) };
  });
}

export function previewSchemes(db: Db, lspId: string, inputs: readonly SchemeInput[], today: string): RowOutcome[] {
  return planSchemes(db, lspId, inputs, today).map((p) => p.outcome);
}

/** Adds new codes, updates changed ones (a frozen one gets a new version), leaves the same alone. */
export function upsertSchemes(db: Db, principal: Principal, lspId: string, inputs: readonly SchemeInput[], now: Date): RowOutcome[] {
  return db.transaction(() =>
    planSchemes(db, lspId, inputs, localDate(now)).map(({ outcome, value, beforeId }) => {
      if (outcome.outcome === 'added') return { ...outcome, id: createScheme(db, principal, lspId, value, now).id };
      if (outcome.outcome === 'updated' && beforeId) return { ...outcome, id: updateScheme(db, principal, lspId, beforeId, value, now).scheme.id };
      return outcome;
    }),
  )();
}
