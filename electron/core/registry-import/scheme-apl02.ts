import { isoOfCellText } from '../../shared/day-text';
import { AppError } from '../../shared/errors';
import { rawText } from '../spreadsheets/cells';
import { identifyFile } from '../spreadsheets/guard';
import { normalizeKey } from '../spreadsheets/header';
import { DEFAULT_LIMITS, type SheetLimits } from '../spreadsheets/spec';
import { cleanText } from '../spreadsheets/values';
import { xlsxSource } from '../spreadsheets/xlsx-source';
import { newDraft, setOnce, type Draft, type DraftElement, type DraftUnit, type SchemeField } from './scheme-draft';

/**
 * The layout LSPs use for their FR.APL.02 (asesmen mandiri) sheet, read as it is: a heading with the
 * scheme's title and number, then for each unit a row "Unit Kompetensi 01" with the title ending in
 * "(J.620100.004.02)" (or "Kode Unit : …" and "Judul Unit : …" rows), element rows "1 / Elemen: …" and
 * KUK rows "1.1. …", whatever columns the self-assessment boxes (K / BK, evidence) take beside them.
 * Labels before the first unit may give the rest: "Nomor Skema", "Jenis Skema", "Jenjang KKNI",
 * "Standar Kompetensi", "Tanggal Penetapan".
 */
const SCHEME_LABELS: Readonly<Record<string, SchemeField | 'code'>> = {
  judul: 'titleId',
  judulskema: 'titleId',
  namaskema: 'titleId',
  skemasertifikasi: 'titleId',
  skema: 'titleId',
  nomor: 'code',
  nomorskema: 'code',
  noskema: 'code',
  kodeskema: 'code',
  jenisskema: 'schemeKind',
  jenis: 'schemeKind',
  jenjang: 'level',
  jenjangkkni: 'level',
  levelkkni: 'level',
  standar: 'skkni',
  standarkompetensi: 'skkni',
  skkni: 'skkni',
  acuan: 'skkni',
  tanggalpenetapan: 'approvedOn',
  tanggalpengesahan: 'approvedOn',
};

const LABELS = new Set([...Object.keys(SCHEME_LABELS), 'kodeunit', 'judulunit']);
const UNIT_START = /^unit\s+kompetensi\s*(?:ke\s*-?\s*|no\.?\s*)?(\d+)\s*[:.-]?\s*(.*)$/i;
const TITLE_WITH_CODE = /^(.*?)\s*\(\s*([A-Z][A-Z0-9]*(?:\.[A-Z0-9]+){2,5})\s*\)\s*\.?$/;
const ELEMENT = [/^(\d+)\s*[/.)-]?\s*elemen(?:\s+kompetensi)?\s*[:.]?\s*(.*)$/i, /^elemen(?:\s+kompetensi)?\s*(\d+)?\s*[:.]\s*(.*)$/i];
const KUK = /^(\d{1,3}\.\d{1,3})\.?(?:\s+(.*)|$)/;
const LABEL_VALUE = /^([^:]{2,60}?)\s*:\s*(.*)$/;

/** A label and its value from a row's cells: "Label : value" in one cell, or "Label" [":"] "value" across cells. */
function labelled(texts: readonly string[]): { key: string; value: string }[] {
  const found: { key: string; value: string }[] = [];
  for (let i = 0; i < texts.length; i++) {
    const inCell = LABEL_VALUE.exec(texts[i]);
    const label = normalizeKey(inCell ? inCell[1] : texts[i]);
    let value = inCell ? inCell[2].trim() : '';
    let j = i + 1;
    if (value === '') {
      while (j < texts.length && texts[j].replace(/:/g, '').trim() === '') j++;
      value = j < texts.length ? texts[j].replace(/^:\s*/, '') : '';
    }
    // A table's header row ("Kode Unit | Judul Unit") is labels side by side, not a label and its value.
    if (LABELS.has(normalizeKey(value))) continue;
    if (value !== '') found.push({ key: label.startsWith('skemasertifikasi') ? 'skemasertifikasi' : label, value });
  }
  return found;
}

const KUK_CAPTION = /^kriteria\s+unjuk\s+kerja\s*:?$/i;
const startsItem = (line: string) => KUK.test(line) || ELEMENT.some((re) => re.test(line));

/**
 * A row's cells as the rows they stand for. LSP sheets often put an element and its KUK in one cell, a
 * line each ("1. Elemen: …", "Kriteria Unjuk Kerja:", "1.1. …", "1.2. …"): read as one text, the KUK
 * became part of the element's title and the element had none. Such a cell is split when it is
 * unambiguous: its first line starts an element or a KUK and another line starts one too. A line that
 * starts neither continues the line above (a title wrapped by hand); the caption is dropped. Each part
 * is read as a row of its own, on the cell's sheet row; the row's other cells (the K / BK boxes) are not.
 */
export function logicalRows(raw: readonly string[]): string[][] {
  const texts = raw.map(cleanText).filter((t) => t !== '');
  for (const cell of raw) {
    const lines = cell.split(/\r?\n|\r/).map(cleanText).filter((l) => l !== '');
    if (lines.length < 2 || !startsItem(lines[0]) || !lines.slice(1).some(startsItem)) continue;
    const items: string[] = [];
    for (const line of lines) {
      if (KUK_CAPTION.test(line)) continue;
      if (startsItem(line) || items.length === 0) items.push(line);
      else items[items.length - 1] += ` ${line}`;
    }
    return items.map((item) => [item]);
  }
  return texts.length === 0 ? [] : [texts];
}

/** Null when the sheet has no "Unit Kompetensi" row: it is not in this layout. */
export async function readApl02(file: string, limits: Partial<SheetLimits> | undefined): Promise<Draft | null> {
  const caps: SheetLimits = { ...DEFAULT_LIMITS, ...limits };
  const kind = await identifyFile(file, caps);
  if (kind.kind !== 'xlsx') return null;
  const source = xlsxSource(file);
  const draft = newDraft('', 0);
  let code: { value: string; row: number } | undefined;
  let unit: DraftUnit | undefined;
  let element: DraftElement | undefined;
  let rows = 0;
  const problem = draft.problems.push.bind(draft.problems);
  // One row of the sheet, or one line of a cell that holds an element with its KUK (logicalRows).
  const readRow = (number: number, texts: readonly string[]): void => {
    const unitAt = texts.findIndex((t) => UNIT_START.test(t));
    if (unitAt >= 0) {
      const rest = [UNIT_START.exec(texts[unitAt])?.[2] ?? '', ...texts.slice(unitAt + 1)].filter((t) => t !== '' && !LABEL_VALUE.test(t) && normalizeKey(t) !== 'kodeunit' && normalizeKey(t) !== 'judulunit');
      unit = { row: number, code: '', titleId: '', titleEn: null, elements: [] };
      element = undefined;
      draft.units.push(unit);
      draft.firstRow ||= number;
      const titled = TITLE_WITH_CODE.exec(rest.join(' '));
      if (titled) [unit.titleId, unit.code] = [titled[1], titled[2]];
    }
    const labels = labelled(texts);
    for (const { key, value } of labels) {
      if (key === 'kodeunit' || key === 'judulunit') {
        if (!unit) {
          unit = { row: number, code: '', titleId: '', titleEn: null, elements: [] };
          draft.units.push(unit);
        }
        if (key === 'kodeunit') unit.code = value;
        else unit.titleId = value;
        continue;
      }
      const field = SCHEME_LABELS[key];
      if (!field || draft.units.length > 0) continue;
      if (field === 'code') code = setOnce(code, value, number, problem, 'Nomor Skema', 'code');
      else draft.fields[field] = setOnce(draft.fields[field], field === 'approvedOn' ? (isoOfCellText(value) ?? value) : value, number, problem, field, field);
    }
    if (unitAt >= 0 || labels.some((l) => l.key === 'kodeunit' || l.key === 'judulunit')) return;
    const elementAt = texts.findIndex((t) => ELEMENT.some((re) => re.test(t)));
    if (elementAt >= 0) {
      const m = ELEMENT.map((re) => re.exec(texts[elementAt])).find((x) => x !== null);
      const title = m?.[2]?.trim() || texts[elementAt + 1] || '';
      if (!unit) {
        problem({ column: null, key: 'unitCode', code: 'IMPORT_NO_UNIT', params: {}, row: number });
        return;
      }
      element = { row: number, no: m?.[1] ? Number(m[1]) : null, titleId: title, titleEn: null, kuk: [] };
      unit.elements.push(element);
      return;
    }
    const kukAt = texts.findIndex((t) => KUK.test(t));
    if (kukAt >= 0 && draft.units.length > 0) {
      const m = KUK.exec(texts[kukAt]);
      const text = m?.[2]?.trim() || texts[kukAt + 1] || '';
      if (!element) {
        problem({ column: null, key: unit ? 'elementId' : 'unitCode', code: unit ? 'IMPORT_NO_ELEMENT' : 'IMPORT_NO_UNIT', params: {}, row: number });
        return;
      }
      element.kuk.push({ row: number, number: m?.[1] ?? '', textId: text, textEn: null });
    }
  };
  for await (const { number, cells } of source.rows) {
    const logical = logicalRows(cells.map((c) => rawText(c)));
    if (logical.length === 0) continue;
    if (++rows > caps.maxRows) throw new AppError('SHEET_TOO_MANY_ROWS', { cap: caps.maxRows });
    for (const texts of logical) readRow(number, texts);
  }
  if (draft.units.length === 0) return null;
  draft.code = code?.value ?? '';
  draft.firstRow = code?.row ?? draft.fields.titleId?.row ?? draft.firstRow;
  return draft;
}
