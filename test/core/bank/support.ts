import type { Core } from '../../../electron/core';
import type { BankItemInput } from '../../../electron/shared/bank';
import type { SchemeDetail } from '../../../electron/shared/registry';
import { call, demo, signInAs } from '../../support/core';
import { registryCore } from '../registry/support';

export { auditCount, lastAuditDetails, NOW } from '../registry/support';

/** The demo's scheme: a session uses it, so every question of it is "used". */
export function demoSchemeId(core: Core): string {
  return core.db.prepare('SELECT id FROM scheme WHERE code = ?').pluck().get(demo.scheme.code) as string;
}

/** A KUK of a scheme by unit code and number (the demo's J.620100.004.02 1.1). */
export function kukId(core: Core, schemeId: string, unitCode: string, number: string): string {
  return core.db
    .prepare('SELECT k.id FROM kuk k JOIN element e ON e.id = k.element_id JOIN unit u ON u.id = e.unit_id WHERE u.scheme_id = ? AND u.code = ? AND k.number = ?')
    .pluck()
    .get(schemeId, unitCode, number) as string;
}

export const UNIT = demo.scheme.units[0].code;

/**
 * The demo core, its admin's token, and a second version of the demo scheme: no session uses it (its
 * questions are approved and unused), and it carries the whole bank over from version 1.
 */
export async function bankCore(): Promise<{ core: Core; admin: string; frozen: string; scheme: SchemeDetail }> {
  const core = await registryCore();
  const admin = await signInAs(core, 'admin');
  const frozen = demoSchemeId(core);
  const old = await call(core, 'schemes/get', { schemeId: frozen }, admin);
  const saved = await call(
    core,
    'schemes/update',
    {
      schemeId: frozen,
      scheme: { code: old.code, kind: old.kind, level: old.level, skkni: old.skkni, titleId: `${old.titleId} (revisi)`, titleEn: old.titleEn, approvedOn: old.approvedOn, units: old.units },
    },
    admin,
  );
  return { core, admin, frozen, scheme: saved.scheme };
}

export function mcInput(core: Core, schemeId: string, over: Partial<BankItemInput> = {}): BankItemInput {
  return {
    kind: 'multiple_choice',
    ref: null,
    kukIds: [kukId(core, schemeId, UNIT, '1.1')],
    dimensions: ['TS'],
    prompt: { id: 'Tag HTML untuk paragraf adalah ...', en: 'The HTML tag for a paragraph is ...' },
    expected: null,
    guide: null,
    scoring: 'yes_no',
    options: [
      { text: { id: '<p>', en: '<p>' }, correct: true },
      { text: { id: '<br>', en: '<br>' }, correct: false },
      { text: { id: '<div>', en: '<div>' }, correct: false },
    ],
    optionsInOrder: false,
    tags: [],
    ...over,
  };
}

export function essayInput(core: Core, schemeId: string, over: Partial<BankItemInput> = {}): BankItemInput {
  return {
    kind: 'essay',
    ref: null,
    kukIds: [kukId(core, schemeId, UNIT, '1.2')],
    dimensions: ['TS'],
    prompt: { id: 'Jelaskan fungsi CSS.', en: 'Explain what CSS is for.' },
    expected: { id: 'Mengatur tampilan halaman.', en: 'It styles the page.' },
    guide: { id: 'Skor 3 bila menyebut tata letak dan warna.', en: null },
    scoring: 'score_0_3',
    options: [],
    optionsInOrder: false,
    tags: ['web'],
    ...over,
  };
}
