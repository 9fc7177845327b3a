import type { Dimension } from '../../shared/types';
import type { ElementInput, KukInput, SchemeInput, Unit, UnitInput } from '../../shared/registry';
import { FieldChecks } from './fields';

/** BNSP unit codes: J.620100.004.02, M.74100.001.02, TIK.PR02.002.01 — dot-separated letters and digits. */
const UNIT_CODE = /^[A-Z0-9]+(\.[A-Z0-9]+){2,5}$/;
/** KUK are numbered element.criterion: 1.1, 2.3. */
const KUK_NUMBER = /^\d{1,3}\.\d{1,3}$/;

/** Checks and normalises a scheme with its tree; issues name paths like `units.0.elements.1.kuk.2.number`. */
export function checkScheme(input: SchemeInput, today: string): { value: SchemeInput; checks: FieldChecks } {
  const c = new FieldChecks(today);
  const value: SchemeInput = {
    code: c.pattern('code', input.code, /^[A-Za-z0-9][A-Za-z0-9 ./_-]{0,79}$/, 'code_format', true) ?? '',
    kind: input.kind,
    level: c.integer('level', input.level, 1, 9),
    skkni: c.required('skkni', input.skkni, 300),
    titleId: c.required('titleId', input.titleId, 300),
    titleEn: c.text('titleEn', input.titleEn, 300, false),
    approvedOn: c.date('approvedOn', input.approvedOn, { notAfterToday: true }),
    units: [],
  };
  const unitCodes = new Set<string>();
  value.units = input.units.map((u, ui) => {
    const uc = c.under(`units.${ui}`);
    const code = uc.pattern('code', u.code.toUpperCase(), UNIT_CODE, 'code_format', true) ?? '';
    if (code !== '' && unitCodes.has(code)) uc.refuse('code', 'duplicate');
    unitCodes.add(code);
    if (u.elements.length === 0) uc.refuse('elements', 'empty');
    return {
      ...(u.id ? { id: u.id } : {}),
      code,
      titleId: uc.required('titleId', u.titleId, 500),
      titleEn: uc.text('titleEn', u.titleEn, 500, false),
      elements: u.elements.map((e, ei) => checkElement(uc.under(`elements.${ei}`), e)),
    };
  });
  return { value, checks: c };
}

function checkElement(c: FieldChecks, e: ElementInput): ElementInput {
  if (e.kuk.length === 0) c.refuse('kuk', 'empty');
  const numbers = new Set<string>();
  return {
    ...(e.id ? { id: e.id } : {}),
    titleId: c.required('titleId', e.titleId, 1000),
    titleEn: c.text('titleEn', e.titleEn, 1000, false),
    kuk: e.kuk.map((k, ki) => {
      const kc = c.under(`kuk.${ki}`);
      const number = kc.pattern('number', k.number.replace(/\.$/, ''), KUK_NUMBER, 'format', true) ?? '';
      if (number !== '' && numbers.has(number)) kc.refuse('number', 'duplicate');
      numbers.add(number);
      const kuk: KukInput = {
        ...(k.id ? { id: k.id } : {}),
        number,
        textId: kc.required('textId', k.textId, 2000),
        textEn: kc.text('textEn', k.textEn, 2000, false),
        dimensions: [...new Set(k.dimensions ?? [])].sort() satisfies Dimension[],
      };
      return kuk;
    }),
  };
}

/** The tree without ids: what two versions are compared on. */
export function treeWithoutIds(units: readonly (UnitInput | Unit)[]): UnitInput[] {
  return units.map((u) => ({
    code: u.code,
    titleId: u.titleId,
    titleEn: u.titleEn,
    elements: u.elements.map((e) => ({
      titleId: e.titleId,
      titleEn: e.titleEn,
      kuk: e.kuk.map((k) => ({ number: k.number, textId: k.textId, textEn: k.textEn, dimensions: [...(k.dimensions ?? [])].sort() })),
    })),
  }));
}
