import type { ImportProblem } from '../../shared/registry-import';
import type { SchemeInput } from '../../shared/registry';
import { kkniLevelOf } from './kkni-level';
import { SCHEME_KINDS, type SchemeKind } from '../../shared/types';

/**
 * A scheme as a sheet spells it, row by row, before it is a SchemeInput: each part remembers the sheet
 * row it came from, so a registry refusal (`units.2.elements.0.kuk.3.number`) points back at a row.
 */
export type DraftKuk = { row: number; number: string; textId: string; textEn: string | null };
export type DraftElement = { row: number; no: number | null; titleId: string; titleEn: string | null; kuk: DraftKuk[] };
export type DraftUnit = { row: number; code: string; titleId: string; titleEn: string | null; elements: DraftElement[] };

export const SCHEME_FIELDS = ['titleId', 'titleEn', 'schemeKind', 'level', 'skkni', 'approvedOn'] as const;
export type SchemeField = (typeof SCHEME_FIELDS)[number];

export type Draft = {
  code: string;
  firstRow: number;
  fields: Partial<Record<SchemeField, { value: string; row: number }>>;
  units: DraftUnit[];
  problems: ImportProblem[];
  /** Sheet rows that belong to this scheme (for the refused-rows file of the template layout). */
  rows: number[];
};

export function newDraft(code: string, row: number): Draft {
  return { code, firstRow: row, fields: {}, units: [], problems: [], rows: [] };
}

/** Sets a value once; a different one later is a conflict naming the first row. */
export function setOnce(
  slot: { value: string; row: number } | undefined,
  value: string | null,
  row: number,
  problem: (p: ImportProblem) => void,
  column: string,
  key: string,
): { value: string; row: number } | undefined {
  if (value === null || value === '') return slot;
  if (slot === undefined) return { value, row };
  if (slot.value !== value) problem({ column, key, code: 'IMPORT_CONFLICT', params: { row: slot.row }, row });
  return slot;
}

const KIND_WORDS: Readonly<Record<SchemeKind, readonly string[]>> = {
  kkni: ['kkni'],
  okupasi: ['okupasi', 'okupasinasional', 'occupation', 'occupational'],
  klaster: ['klaster', 'cluster'],
};

export function schemeKindOf(text: string | undefined): SchemeKind | null {
  const key = (text ?? '').toLowerCase().replace(/[^a-z]/g, '');
  return SCHEME_KINDS.find((k) => KIND_WORDS[k].includes(key)) ?? null;
}

/**
 * The draft as the registry's input. Fields the sheet does not give come from the registered scheme of
 * the same code (its kind, SKKNI, English titles, each KUK's assessment dimensions, matched by unit code,
 * element position and KUK number), so a sheet without them does not erase them.
 */
export function toSchemeInput(d: Draft, existing: SchemeInput | null): SchemeInput {
  const f = (k: SchemeField) => d.fields[k]?.value ?? null;
  const level = f('level');
  const kind = schemeKindOf(f('schemeKind') ?? undefined) ?? existing?.kind;
  return {
    code: d.code,
    // A missing kind is refused by the caller as a required field; the registry's checks see a placeholder.
    kind: kind ?? 'kkni',
    // An unreadable level refuses the scheme (IMPORT_KKNI_LEVEL, schemes.ts) before this is applied.
    level: level === null ? (existing?.level ?? null) : (kkniLevelOf(level) ?? existing?.level ?? null),
    skkni: f('skkni') ?? existing?.skkni ?? '',
    titleId: f('titleId') ?? existing?.titleId ?? '',
    titleEn: f('titleEn') ?? existing?.titleEn ?? null,
    approvedOn: f('approvedOn') ?? existing?.approvedOn ?? null,
    units: d.units.map((u) => {
      const eu = existing?.units.find((x) => x.code === u.code.toUpperCase());
      return {
        code: u.code,
        titleId: u.titleId,
        titleEn: u.titleEn ?? eu?.titleEn ?? null,
        elements: u.elements.map((e, ei) => {
          const ee = eu?.elements[ei];
          return {
            titleId: e.titleId,
            titleEn: e.titleEn ?? ee?.titleEn ?? null,
            kuk: e.kuk.map((k) => {
              const ek = ee?.kuk.find((x) => x.number === k.number.replace(/\.$/, ''));
              return { number: k.number, textId: k.textId, textEn: k.textEn ?? ek?.textEn ?? null, dimensions: ek?.dimensions ?? [] };
            }),
          };
        }),
      };
    }),
  };
}

/** Whether the sheet or the registered scheme says which kind of scheme this is. */
export function hasKind(d: Draft, existing: SchemeInput | null): boolean {
  return schemeKindOf(d.fields.schemeKind?.value) !== null || existing !== null;
}
