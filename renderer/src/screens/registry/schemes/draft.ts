import type { Dimension } from '../../../../../electron/shared/types';
import type { SchemeDetail, SchemeInput } from '../../../../../electron/shared/registry';
import { orNull } from '../form-values';

/** The scheme tree as the editor holds it: text values, and a key per node so React keeps inputs in place when reordered. */
export type KukDraft = { key: string; id?: string; number: string; textId: string; textEn: string; dimensions?: Dimension[] };
export type ElementDraft = { key: string; id?: string; titleId: string; titleEn: string; kuk: KukDraft[] };
export type UnitDraft = { key: string; id?: string; code: string; titleId: string; titleEn: string; elements: ElementDraft[] };

let counter = 0;
export const newKey = (): string => `n${++counter}`;

export const emptyKuk = (number: string): KukDraft => ({ key: newKey(), number, textId: '', textEn: '' });
export const emptyElement = (number: number): ElementDraft => ({ key: newKey(), titleId: '', titleEn: '', kuk: [emptyKuk(`${number}.1`)] });
export const emptyUnit = (): UnitDraft => ({ key: newKey(), code: '', titleId: '', titleEn: '', elements: [emptyElement(1)] });

export function unitsDraft(scheme: SchemeDetail | null): UnitDraft[] {
  if (!scheme) return [];
  return scheme.units.map((u) => ({
    key: u.id,
    id: u.id,
    code: u.code,
    titleId: u.titleId,
    titleEn: u.titleEn ?? '',
    elements: u.elements.map((e) => ({
      key: e.id,
      id: e.id,
      titleId: e.titleId,
      titleEn: e.titleEn ?? '',
      kuk: e.kuk.map((k) => ({ key: k.id, id: k.id, number: k.number, textId: k.textId, textEn: k.textEn ?? '', dimensions: k.dimensions })),
    })),
  }));
}

/** Ids go back so the core keeps each node (and what hangs off it, such as the questions of a KUK). */
export function unitsInput(units: UnitDraft[]): SchemeInput['units'] {
  return units.map((u) => ({
    ...(u.id ? { id: u.id } : {}),
    code: u.code.trim(),
    titleId: u.titleId,
    titleEn: orNull(u.titleEn),
    elements: u.elements.map((e) => ({
      ...(e.id ? { id: e.id } : {}),
      titleId: e.titleId,
      titleEn: orNull(e.titleEn),
      kuk: e.kuk.map((k) => ({
        ...(k.id ? { id: k.id } : {}),
        number: k.number.trim(),
        textId: k.textId,
        textEn: orNull(k.textEn),
        ...(k.dimensions ? { dimensions: k.dimensions } : {}),
      })),
    })),
  }));
}

/** The list with item `index` moved by `delta` places (clamped at the ends). */
export function moved<T>(list: readonly T[], index: number, delta: number): T[] {
  const to = index + delta;
  if (to < 0 || to >= list.length) return [...list];
  const out = [...list];
  const [item] = out.splice(index, 1);
  out.splice(to, 0, item);
  return out;
}

export const without = <T>(list: readonly T[], index: number): T[] => list.filter((_, i) => i !== index);
export const replaced = <T>(list: readonly T[], index: number, item: T): T[] => list.map((old, i) => (i === index ? item : old));
