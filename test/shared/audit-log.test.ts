import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, AUDIT_AREA_PREFIXES, auditAreaOf } from '../../electron/shared/audit-log';
import { sourceFiles } from '../support/source-files';

const PREFIXES = Object.values(AUDIT_AREA_PREFIXES).flat();
/** `area.verb` literals in the core that are not actions: columns a bundle merges and settings' keys. */
const NOT_ACTIONS = new Set([
  'account.assessor_id',
  'account.candidate_id',
  'assessor.lsp_id',
  'candidate.lsp_id',
  'scheme.lsp_id',
  'session.scheme_id',
  'tuk.lsp_id',
  'tuk.name',
  'tuk.type',
  'tuk.time_zone',
  'registry.expirySoonDays',
  'registry.mandiriVerificationMonths',
  'backup.rolling',
  // The question bank's lifecycle writes `${action}.retire` and `${action}.approve` of these two.
  'bank.item',
  'bank.benchmark',
]);
const LITERAL = new RegExp(`'((?:${PREFIXES.join('|')})\\.[A-Za-z_.]+)'`, 'g');

describe('the audit actions the admin reads', () => {
  it("name every action the core writes, so none shows on the admin's screen as a bare code", () => {
    const written = new Set(sourceFiles('electron/core').flatMap((file) => [...file.text.matchAll(LITERAL)].map((m) => m[1])));
    const missing = [...written].filter((action) => !NOT_ACTIONS.has(action) && !(AUDIT_ACTIONS as readonly string[]).includes(action));
    expect(missing).toEqual([]);
    // The lifecycle's built names, which no literal spells.
    for (const life of ['bank.item', 'bank.benchmark']) for (const step of ['retire', 'approve']) expect(AUDIT_ACTIONS).toContain(`${life}.${step}`);
  });

  it('put each action in an area, the answer saves in their own', () => {
    expect(AUDIT_ACTIONS.filter((a) => auditAreaOf(a) === null)).toEqual([]);
    expect(auditAreaOf('cbt.answer')).toBe('answers');
    expect(auditAreaOf('cbt.submitted')).toBe('exam');
    expect(auditAreaOf('apl02.submit')).toBe('scheduling');
    expect(auditAreaOf('certificates.issue')).toBe('pleno');
    expect(auditAreaOf('future.thing')).toBeNull();
  });
});
