import { AppError } from '../../shared/errors';
import type { FieldIssue, RowOutcome, SchemeInput } from '../../shared/registry';
import type { ImportProblem, PreviewRow } from '../../shared/registry-import';
import { latestSchemes } from '../db/queries/registry-export';
import { latestByCode } from '../db/queries/registry-schemes';
import type { Db } from '../db/open';
import { checkScheme, treeWithoutIds } from '../registry/scheme-tree';
import { comparable, kuksInUseGone, previewSchemes, upsertSchemes } from '../registry/schemes';
import { dayFirst } from '../../shared/day-first';
import type { SheetValue } from '../spreadsheets/spec';
import type { Layout } from './files';
import type { KindEntry, KindPlan } from './kinds';
import type { RefusedRow } from './pending';
import { OUTCOME_OF } from './problems';
import { countOf, importHeader, type ReadContext } from './rows';
import { readApl02 } from './scheme-apl02';
import { hasKind, SCHEME_FIELDS, toSchemeInput, type Draft } from './scheme-draft';
import { kkniLevelOf } from './kkni-level';
import { readSchemeTemplate, SCHEME_KEYS, SCHEME_SPEC, type SchemeKey } from './scheme-template';

const header = (key: SchemeKey) => SCHEME_SPEC.columns.find((c) => c.key === key)?.headers[0] ?? key;

const LAYOUT: Layout = {
  kind: 'schemes',
  columns: SCHEME_KEYS.map((key) => ({ key, header: header(key), text: key === 'kukNo' || key === 'code' || key === 'unitCode', width: key.startsWith('kuk') || key.startsWith('element') ? 40 : undefined })),
};

const KIND_WORD: Readonly<Record<SchemeInput['kind'], string>> = { kkni: 'KKNI', okupasi: 'Okupasi', klaster: 'Klaster' };

/**
 * The rows of a scheme tree in the template's order: one per KUK, and one for an element without KUK or
 * a unit without elements, so that a refused scheme's file still holds every part the sheet gave (an
 * element dropped there came back, re-imported, as a complete scheme without it).
 */
type Tree = { elements: readonly { kuk: readonly unknown[] }[] };
type Leaf<U extends Tree> = { unit: U; element: { no: number; value: U['elements'][number] } | null; kuk: U['elements'][number]['kuk'][number] | null };

function* leaves<U extends Tree>(units: readonly U[]): Generator<Leaf<U>> {
  for (const unit of units) {
    if (unit.elements.length === 0) yield { unit, element: null, kuk: null };
    for (const [ei, value] of unit.elements.entries()) {
      const element = { no: ei + 1, value };
      if (value.kuk.length === 0) yield { unit, element, kuk: null };
      for (const kuk of value.kuk) yield { unit, element, kuk };
    }
  }
}

/** One template row per KUK, every column filled (a sheet that reads the same whichever rows are sorted). */
function* templateRows(s: SchemeInput): Generator<Partial<Record<SchemeKey, SheetValue>>> {
  for (const { unit: u, element, kuk: k } of leaves(s.units)) {
    yield {
      code: s.code,
      titleId: s.titleId,
      titleEn: s.titleEn,
      schemeKind: KIND_WORD[s.kind],
      level: s.level,
      skkni: s.skkni,
      approvedOn: s.approvedOn,
      unitCode: u.code,
      unitTitleId: u.titleId,
      unitTitleEn: u.titleEn,
      ...(element ? { elementNo: element.no, elementId: element.value.titleId, elementEn: element.value.titleEn } : {}),
      ...(k ? { kukNo: k.number, kukId: k.textId, kukEn: k.textEn } : {}),
    };
  }
}

/** Where a registry field of the scheme tree sits: its column and the sheet row its part came from. */
function placeOf(d: Draft, field: string): { key: SchemeKey | null; row: number } {
  const p = field.split('.');
  const top: Record<string, SchemeKey> = { code: 'code', kind: 'schemeKind', level: 'level', skkni: 'skkni', titleId: 'titleId', titleEn: 'titleEn', approvedOn: 'approvedOn' };
  if (p[0] !== 'units' || p.length < 2) {
    const field = SCHEME_FIELDS.find((f) => f === top[p[0]]);
    return { key: top[p[0]] ?? null, row: (field && d.fields[field]?.row) || d.firstRow };
  }
  const unit = d.units[Number(p[1])];
  if (!unit) return { key: null, row: d.firstRow };
  if (p[2] !== 'elements' || p.length < 4) return { key: p[2] === 'code' ? 'unitCode' : p[2] === 'titleId' ? 'unitTitleId' : p[2] === 'titleEn' ? 'unitTitleEn' : null, row: unit.row };
  const element = unit.elements[Number(p[3])];
  if (!element) return { key: null, row: unit.row };
  if (p[4] !== 'kuk' || p.length < 6) return { key: p[4] === 'titleId' ? 'elementId' : p[4] === 'titleEn' ? 'elementEn' : null, row: element.row };
  const kuk = element.kuk[Number(p[5])];
  return { key: p[6] === 'number' ? 'kukNo' : p[6] === 'textId' ? 'kukId' : p[6] === 'textEn' ? 'kukEn' : null, row: kuk?.row ?? element.row };
}

const ELEMENT_NO_KUK = /^units\.(\d+)\.elements\.(\d+)\.kuk$/;
const UNIT_NO_ELEMENTS = /^units\.(\d+)\.elements$/;

/**
 * A registry refusal on its row and column. A unit without elements or an element without KUK said
 * only "may not be empty" on the whole row; it names the unit and element, on the column to fill.
 */
function issueProblem(d: Draft, issue: FieldIssue, names: (key: SchemeKey) => string): ImportProblem {
  const noKuk = issue.reason === 'empty' ? ELEMENT_NO_KUK.exec(issue.field) : null;
  const noElements = issue.reason === 'empty' ? UNIT_NO_ELEMENTS.exec(issue.field) : null;
  const unitIndex = Number((noKuk ?? noElements)?.[1]);
  const unit = d.units[unitIndex];
  if (noKuk && unit?.elements[Number(noKuk[2])]) {
    const element = unit.elements[Number(noKuk[2])];
    const params = { element: element.no ?? Number(noKuk[2]) + 1, unit: unit.code || unitIndex + 1 };
    return { column: names('kukId'), key: 'kukId', code: 'IMPORT_ELEMENT_NO_KUK', params, row: element.row };
  }
  if (noElements && unit) return { column: names('elementId'), key: 'elementId', code: 'IMPORT_UNIT_NO_ELEMENTS', params: { unit: unit.code || unitIndex + 1 }, row: unit.row };
  const { key, row } = placeOf(d, issue.field);
  return { column: key === null ? null : names(key), key, code: issue.reason, params: {}, row };
}

type Planned = { draft: Draft; input: SchemeInput; existing: SchemeInput | null; problems: ImportProblem[] };

function previewRow(p: Planned, outcome: PreviewRow['outcome'], problems: ImportProblem[]): PreviewRow {
  const elements = p.input.units.flatMap((u) => u.elements);
  return {
    row: p.draft.firstRow,
    outcome,
    values: {
      code: p.input.code,
      titleId: p.input.titleId,
      schemeKind: p.draft.fields.schemeKind?.value ?? '',
      level: p.input.level === null ? '' : String(p.input.level),
      skkni: p.input.skkni,
      // Day first, as every date in a preview reads; the staff check it here before applying.
      approvedOn: p.input.approvedOn === null ? '' : dayFirst(p.input.approvedOn),
      units: String(p.input.units.length),
      elements: String(elements.length),
      kuk: String(elements.reduce((n, e) => n + e.kuk.length, 0)),
    },
    problems,
  };
}

/** What an update changes: the scheme's own columns that differ, and `units` when the tree does. */
function schemeChanges(before: SchemeInput, after: SchemeInput): string[] {
  const fields: [SchemeKey, unknown, unknown][] = [
    ['titleId', before.titleId, after.titleId],
    ['titleEn', before.titleEn, after.titleEn],
    ['schemeKind', before.kind, after.kind],
    ['level', before.level, after.level],
    ['skkni', before.skkni, after.skkni],
    ['approvedOn', before.approvedOn, after.approvedOn],
  ];
  const changed: string[] = fields.filter(([, a, b]) => a !== b).map(([key]) => key);
  if (JSON.stringify(treeWithoutIds(before.units)) !== JSON.stringify(treeWithoutIds(after.units))) changed.push('units');
  return changed;
}

/** A refused scheme's rows in the template's columns, each problem on the row it names (else the first). */
function refusedRows(p: Planned, problems: ImportProblem[], raw: Map<number, Record<string, string>> | null): RefusedRow[] {
  const at = raw ? [] : leafRows(p.draft);
  const rows: RefusedRow[] = raw
    ? p.draft.rows.map((row) => ({ row, cells: raw.get(row) ?? {}, problems: [] }))
    : [...templateRows(p.input)].map((cells, i) => ({
        row: at[i] ?? p.draft.firstRow,
        cells: Object.fromEntries(Object.entries(cells).map(([k, v]) => [k, v === null || v === undefined ? '' : String(v)])),
        problems: [],
      }));
  if (rows.length === 0) rows.push({ row: p.draft.firstRow, cells: { code: p.input.code, titleId: p.input.titleId }, problems: [] });
  for (const problem of problems) (rows.find((r) => r.row === problem.row) ?? rows[0]).problems.push(problem);
  return rows;
}

/** The sheet row of each template row of the draft (leaves in the same order as templateRows). */
function leafRows(d: Draft): number[] {
  return [...leaves(d.units)].map((leaf) => leaf.kuk?.row ?? leaf.element?.value.row ?? leaf.unit.row);
}

/**
 * The scheme fields an FR.APL.02 sheet gives on a label row above its units, with the row to add. "Wajib
 * diisi" beside a column the sheet does not have left the admin looking for a cell to fill.
 */
const APL02_LABELS: Readonly<Record<string, { label: string; example: string }>> = {
  schemeKind: { label: 'Jenis Skema', example: 'Jenis Skema : Okupasi' },
  skkni: { label: 'Standar Kompetensi', example: 'Standar Kompetensi : SKKNI No. 282 Tahun 2016' },
};

function apl02Missing(problem: ImportProblem): ImportProblem {
  const label = problem.key !== null && problem.code === 'required' ? APL02_LABELS[problem.key] : undefined;
  return label ? { ...problem, code: 'IMPORT_APL02_MISSING', params: label } : problem;
}

/**
 * Schemes from our template (one row per KUK) or, when the sheet has no template header, from an LSP's
 * FR.APL.02 sheet. Each scheme is one preview row; its problems carry the sheet row they are on.
 */
async function planSchemes(file: string, ctx: ReadContext): Promise<KindPlan> {
  let drafts: Draft[];
  let raw: Map<number, Record<string, string>> | null = null;
  let layout: KindPlan['layout'] = 'template';
  let head: KindPlan['header'] = { row: 0, columns: [], ignored: [] };
  let sheet: string | null = null;
  let names = header;
  try {
    const read = await readSchemeTemplate(file, ctx.limits);
    drafts = read.drafts;
    raw = read.raw;
    head = importHeader(read.header);
    sheet = read.header.sheet ?? null;
    const byKey = new Map<string, string>(read.header.columns.map((c) => [c.key, c.header]));
    names = (key) => byKey.get(key) ?? header(key);
  } catch (error) {
    if (!(error instanceof AppError) || (error.code !== 'SHEET_NO_HEADER' && error.code !== 'SHEET_NO_HEADER_SHEETS')) throw error;
    const apl02 = await readApl02(file, ctx.limits);
    if (!apl02) throw error;
    drafts = [apl02];
    layout = 'apl02';
  }
  const existingOf = (db: Db, draft: Draft) => {
    const row = draft.code ? latestByCode(db, ctx.lspId, draft.code) : undefined;
    return row ? comparable(db, row) : null;
  };
  const planned: Planned[] = drafts.map((draft) => {
    const existing = existingOf(ctx.db, draft);
    const input = toSchemeInput(draft, existing);
    const problems = [...draft.problems];
    if (!hasKind(draft, existing)) problems.push({ column: names('schemeKind'), key: 'schemeKind', code: 'required', params: {}, row: draft.firstRow });
    const level = draft.fields.level;
    if (level && kkniLevelOf(level.value) === null) problems.push({ column: names('level'), key: 'level', code: 'IMPORT_KKNI_LEVEL', params: { value: level.value }, row: level.row });
    if (problems.length > 0) {
      for (const issue of checkScheme(input, ctx.today).checks.issues) problems.push(issueProblem(draft, issue, names));
    }
    return { draft, input, existing, problems: layout === 'apl02' ? problems.map(apl02Missing) : problems };
  });
  const accepted = planned.filter((p) => p.problems.length === 0);
  // A KUK questions use, left out of the file: named, on the column that numbers KUK (the row is the scheme's first).
  const kukInUse = (db: Db, p: Planned): ImportProblem => {
    const before = latestByCode(db, ctx.lspId, p.input.code);
    const kuk = before ? kuksInUseGone(db, before.id, checkScheme(p.input, ctx.today).value).join(', ') : '';
    return { column: names('kukNo'), key: 'kukNo', code: 'IMPORT_KUK_IN_USE', params: { kuk }, row: p.draft.firstRow };
  };
  const merge = (db: Db, outcomes: readonly RowOutcome[]) => {
    let next = 0;
    return planned.map((p) => {
      if (p.problems.length > 0) return { p, outcome: 'refused' as const, problems: p.problems };
      const o = outcomes[next++];
      const problems = o.issues.map((issue) => (issue.field === 'units' && issue.reason === 'in_use' ? kukInUse(db, p) : issueProblem(p.draft, issue, names)));
      return { p, outcome: OUTCOME_OF[o.outcome], problems: layout === 'apl02' ? problems.map(apl02Missing) : problems };
    });
  };
  const refusedOf = (merged: ReturnType<typeof merge>) => merged.flatMap((m) => (m.outcome === 'refused' ? refusedRows(m.p, m.problems, raw) : []));
  const previewed = merge(ctx.db, previewSchemes(ctx.db, ctx.lspId, accepted.map((p) => p.input), ctx.today));
  const rows = previewed.map((m) => {
    const row = previewRow(m.p, m.outcome, m.problems);
    if (m.outcome === 'update' && m.p.existing) row.changes = schemeChanges(m.p.existing, checkScheme(m.p.input, ctx.today).value);
    return row;
  });
  return {
    sheet,
    layout,
    header: head,
    counts: countOf(rows),
    rows,
    refused: refusedOf(previewed),
    summaryRows: [],
    apply: (db, principal, now) => {
      // Merged again with the registered schemes as they are now (their kind, English titles, dimensions).
      const current = accepted.map((p) => toSchemeInput(p.draft, existingOf(db, p.draft)));
      const merged = merge(db, upsertSchemes(db, principal, ctx.lspId, current, now));
      const counts = countOf(merged);
      return { result: { added: counts.add, updated: counts.update, unchanged: counts.unchanged, refused: counts.refused }, refused: refusedOf(merged) };
    },
  };
}

export const schemeEntry: KindEntry = {
  plan: planSchemes,
  layout: LAYOUT,
  exportPages: function* (db, lspId) {
    for (const row of latestSchemes(db, lspId)) yield [...templateRows(comparable(db, row))];
  },
};
