import { AppError } from '../../shared/errors';
import type { Principal } from '../../shared/roles';
import { SCHEME_POLICY_LIMITS, type SchemePolicy } from '../../shared/scheme-policy';
import { appendAudit } from '../audit/log';
import type { Db } from '../db/open';
import { latestByCode } from '../db/queries/registry-schemes';
import { schemePolicyRow, upsertSchemePolicy, type SchemePolicyRow } from '../db/queries/scheme-policy';
import { FieldChecks } from '../registry/fields';

const toPolicy = (schemeCode: string, row: SchemePolicyRow | undefined): SchemePolicy => ({
  schemeCode,
  testDurationMinutes: row?.test_duration_minutes ?? null,
  passHintPercent: row?.pass_hint_percent ?? null,
  certificateValidityYears: row?.certificate_validity_years ?? null,
  kbliCode: row?.kbli_code ?? null,
});

function ownScheme(db: Db, lspId: string, schemeCode: string): void {
  if (!latestByCode(db, lspId, schemeCode)) throw new AppError('NOT_FOUND', { what: 'scheme' });
}

/** The scheme's settings at this LSP; every field null until set (the LSP's defaults apply). */
export function schemePolicy(db: Db, lspId: string, schemeCode: string): SchemePolicy {
  ownScheme(db, lspId, schemeCode);
  return toPolicy(schemeCode, schemePolicyRow(db, lspId, schemeCode));
}

/** Every field checked, every refusal reported at once (REGISTRY_INVALID with the fields); audited with before and after. */
export function setSchemePolicy(db: Db, principal: Principal, lspId: string, input: SchemePolicy, now: Date): SchemePolicy {
  ownScheme(db, lspId, input.schemeCode);
  const check = new FieldChecks(now.toISOString().slice(0, 10));
  const L = SCHEME_POLICY_LIMITS;
  const row: SchemePolicyRow = {
    lsp_id: lspId,
    scheme_code: input.schemeCode,
    test_duration_minutes: check.integer('testDurationMinutes', input.testDurationMinutes, L.testDurationMinutes.min, L.testDurationMinutes.max),
    pass_hint_percent: check.integer('passHintPercent', input.passHintPercent, L.passHintPercent.min, L.passHintPercent.max),
    certificate_validity_years: check.integer('certificateValidityYears', input.certificateValidityYears, L.certificateValidityYears.min, L.certificateValidityYears.max),
    // KBLI 2020 codes are five digits.
    kbli_code: check.pattern('kbliCode', input.kbliCode, /^\d{5}$/, 'format'),
  };
  check.throwIfAny();
  const before = schemePolicy(db, lspId, input.schemeCode);
  upsertSchemePolicy(db, row);
  const after = toPolicy(input.schemeCode, row);
  if (JSON.stringify(before) !== JSON.stringify(after)) {
    appendAudit(db, principal, { action: 'scheme.policy', entity: 'scheme', entityId: input.schemeCode, details: { before, after } }, now);
  }
  return after;
}
