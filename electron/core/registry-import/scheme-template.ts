import type { ImportProblem } from '../../shared/registry-import';
import { readRows } from '../spreadsheets/read';
import type { SheetHeader, SheetLimits, SheetRow, SheetSpec } from '../spreadsheets/spec';
import { textOf } from './columns';
import { sheetProblem } from './problems';
import { newDraft, SCHEME_FIELDS, setOnce, type Draft, type DraftElement, type DraftUnit } from './scheme-draft';

const KEYS = [
  'code',
  'titleId',
  'titleEn',
  'schemeKind',
  'level',
  'skkni',
  'approvedOn',
  'unitCode',
  'unitTitleId',
  'unitTitleEn',
  'elementNo',
  'elementId',
  'elementEn',
  'kukNo',
  'kukId',
  'kukEn',
] as const;
export type SchemeKey = (typeof KEYS)[number];
export const SCHEME_KEYS: readonly SchemeKey[] = KEYS;

/**
 * Our scheme template: one row per KUK, the scheme's and the unit's columns filled on their first row
 * (an empty cell below follows the row above, as merged cells read). Kode Skema and KUK name it.
 */
export const SCHEME_SPEC: SheetSpec<SchemeKey> = {
  columns: [
    { key: 'code', kind: 'text', required: true, maxLength: 80, headers: ['Kode Skema', 'Nomor Skema', 'No Skema', 'Scheme Code', 'Scheme Number'] },
    { key: 'titleId', kind: 'text', maxLength: 300, headers: ['Judul Skema', 'Nama Skema', 'Scheme Title', 'Scheme Name'] },
    { key: 'titleEn', kind: 'text', maxLength: 300, headers: ['Judul Skema (EN)', 'Judul Skema (Inggris)', 'Scheme Title (English)', 'Scheme Title (EN)'] },
    { key: 'schemeKind', kind: 'text', maxLength: 40, headers: ['Jenis Skema', 'Jenis', 'Kategori Skema', 'Scheme Kind', 'Scheme Type'] },
    // Text, read by kkniLevelOf: lists write the level "II" or "Level 2" as often as 2.
    { key: 'level', kind: 'text', maxLength: 40, headers: ['Jenjang KKNI', 'Jenjang', 'Level KKNI', 'Level', 'KKNI Level'] },
    { key: 'skkni', kind: 'text', maxLength: 300, headers: ['Standar Kompetensi', 'Standar', 'SKKNI', 'Acuan', 'Standard', 'Competency Standard'] },
    { key: 'approvedOn', kind: 'date', headers: ['Tanggal Penetapan', 'Tanggal Pengesahan', 'Tgl Penetapan', 'Approved On', 'Approval Date', 'Established', 'Established On', 'Date Established'] },
    { key: 'unitCode', kind: 'text', maxLength: 60, headers: ['Kode Unit', 'Unit Code'] },
    { key: 'unitTitleId', kind: 'text', maxLength: 500, headers: ['Judul Unit', 'Nama Unit', 'Unit Title'] },
    { key: 'unitTitleEn', kind: 'text', maxLength: 500, headers: ['Judul Unit (EN)', 'Judul Unit (Inggris)', 'Unit Title (English)', 'Unit Title (EN)'] },
    { key: 'elementNo', kind: 'integer', headers: ['No Elemen', 'Nomor Elemen', 'Element No', 'Element Number'] },
    { key: 'elementId', kind: 'text', maxLength: 1000, headers: ['Elemen', 'Elemen Kompetensi', 'Element'] },
    { key: 'elementEn', kind: 'text', maxLength: 1000, headers: ['Elemen (EN)', 'Elemen (Inggris)', 'Element (English)', 'Element (EN)'] },
    { key: 'kukNo', kind: 'text', maxLength: 10, headers: ['No KUK', 'Nomor KUK', 'KUK No', 'Criterion No'] },
    { key: 'kukId', kind: 'text', required: true, maxLength: 2000, headers: ['KUK', 'Kriteria Unjuk Kerja', 'Performance Criteria', 'Performance Criterion'] },
    { key: 'kukEn', kind: 'text', maxLength: 2000, headers: ['KUK (EN)', 'KUK (Inggris)', 'Performance Criteria (English)', 'Performance Criteria (EN)'] },
  ],
};

export type TemplateRead = { header: SheetHeader<SchemeKey>; drafts: Draft[]; raw: Map<number, Record<string, string>> };

/** Reads the template layout into one draft per scheme code, in the order the codes first appear. */
export async function readSchemeTemplate(file: string, limits: Partial<SheetLimits> | undefined): Promise<TemplateRead> {
  let header: SheetHeader<SchemeKey> = { row: 0, columns: [], absent: [], ignored: [] };
  const names = new Map<string, string>();
  const drafts = new Map<string, Draft>();
  const raw = new Map<number, Record<string, string>>();
  let last: Draft | null = null;
  const onHeader = (h: SheetHeader<SchemeKey>) => {
    header = h;
    for (const c of h.columns) names.set(c.key, c.header);
  };
  const column = (key: SchemeKey) => names.get(key) ?? SCHEME_SPEC.columns.find((c) => c.key === key)?.headers[0] ?? key;
  for await (const r of readRows(file, SCHEME_SPEC, limits, onHeader)) {
    raw.set(r.row, r.raw);
    const code: string | null = textOf(r.values.code) ?? last?.code ?? null;
    // An empty Kode Skema below a filled one follows it; only the first row must name the scheme.
    const problems = r.problems.filter((p) => !(p.key === 'code' && p.code === 'SHEET_REQUIRED' && code !== null)).map((p) => ({ ...sheetProblem(p), row: r.row }));
    const draft: Draft = code === null ? (last ?? newDraft('', r.row)) : (drafts.get(code) ?? newDraft(code, r.row));
    if (!drafts.has(draft.code)) drafts.set(draft.code, draft);
    last = draft;
    draft.rows.push(r.row);
    draft.problems.push(...problems);
    addRow(draft, r, column);
  }
  return { header, drafts: [...drafts.values()], raw };
}

function addRow(d: Draft, r: SheetRow<SchemeKey>, column: (key: SchemeKey) => string): void {
  const v = r.values;
  const problem = (p: ImportProblem) => d.problems.push(p);
  for (const k of SCHEME_FIELDS) d.fields[k] = setOnce(d.fields[k], textOf(v[k]), r.row, problem, column(k), k);
  const unitCode = textOf(v.unitCode);
  let unit: DraftUnit | undefined = unitCode === null ? d.units.at(-1) : d.units.find((u) => u.code === unitCode);
  if (unitCode !== null && !unit) {
    unit = { row: r.row, code: unitCode, titleId: '', titleEn: null, elements: [] };
    d.units.push(unit);
  }
  if (!unit) {
    problem({ column: column('unitCode'), key: 'unitCode', code: 'IMPORT_NO_UNIT', params: {}, row: r.row });
    return;
  }
  const unitTitle = setOnce(unit.titleId ? { value: unit.titleId, row: unit.row } : undefined, textOf(v.unitTitleId), r.row, problem, column('unitTitleId'), 'unitTitleId');
  unit.titleId = unitTitle?.value ?? '';
  unit.titleEn ??= textOf(v.unitTitleEn);
  const element = elementOf(unit, v.elementNo === null ? null : Number(v.elementNo), textOf(v.elementId), r.row);
  if (!element) {
    problem({ column: column('elementId'), key: 'elementId', code: 'IMPORT_NO_ELEMENT', params: {}, row: r.row });
    return;
  }
  const elementTitle = setOnce(element.titleId ? { value: element.titleId, row: element.row } : undefined, textOf(v.elementId), r.row, problem, column('elementId'), 'elementId');
  element.titleId = elementTitle?.value ?? '';
  element.titleEn ??= textOf(v.elementEn);
  const number = textOf(v.kukNo) ?? `${unit.elements.indexOf(element) + 1}.${element.kuk.length + 1}`;
  element.kuk.push({ row: r.row, number, textId: textOf(v.kukId) ?? '', textEn: textOf(v.kukEn) });
}

/** The element a row's KUK belongs to: by its number, else a new one when the title changes, else the one above. */
function elementOf(unit: DraftUnit, no: number | null, title: string | null, row: number): DraftElement | undefined {
  const last = unit.elements.at(-1);
  let element = no !== null ? unit.elements.find((e) => e.no === no) : title !== null && title !== last?.titleId ? undefined : last;
  if (!element && (no !== null || title !== null)) {
    element = { row, no, titleId: '', titleEn: null, kuk: [] };
    unit.elements.push(element);
  }
  return element;
}
