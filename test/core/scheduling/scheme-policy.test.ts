import { describe, expect, it } from 'vitest';
import { call, demo, failure, signInAs } from '../../support/core';
import { testTaken } from '../assessment/support';
import { auditCount, lastAuditDetails, registryCore } from '../registry/support';

const EMPTY = { testDurationMinutes: null, passHintPercent: null, certificateValidityYears: null, kbliCode: null };

describe('schemes/policy and schemes/setPolicy', () => {
  it('starts with the demo’s KBLI code and every other field at the LSP default (null), saves by scheme code and audits a change once', async () => {
    const core = await registryCore();
    const admin = await signInAs(core, 'admin');
    const schemeCode = demo.scheme.code;
    expect(await call(core, 'schemes/policy', { schemeCode }, admin)).toEqual({ schemeCode, ...EMPTY, kbliCode: demo.scheme.kbliCode });

    const set = { schemeCode, testDurationMinutes: 90, passHintPercent: 70, certificateValidityYears: 3, kbliCode: ' 85499 ' };
    expect(await call(core, 'schemes/setPolicy', set, admin)).toEqual({ ...set, kbliCode: '85499' });
    expect(await call(core, 'schemes/policy', { schemeCode }, admin)).toEqual({ ...set, kbliCode: '85499' });
    // The certificates read the columns by these names.
    expect(core.db.prepare('SELECT certificate_validity_years, kbli_code FROM scheme_policy WHERE scheme_code = ?').get(schemeCode)).toEqual({
      certificate_validity_years: 3,
      kbli_code: '85499',
    });
    expect(auditCount(core, 'scheme.policy', schemeCode)).toBe(1);
    expect(lastAuditDetails(core, 'scheme.policy')).toMatchObject({ before: { passHintPercent: null }, after: { passHintPercent: 70 } });
    // The same again changes nothing and writes no audit entry; back to null is the default again.
    await call(core, 'schemes/setPolicy', { ...set, kbliCode: '85499' }, admin);
    expect(auditCount(core, 'scheme.policy', schemeCode)).toBe(1);
    expect(await call(core, 'schemes/setPolicy', { schemeCode, ...EMPTY }, admin)).toEqual({ schemeCode, ...EMPTY });
    expect(auditCount(core, 'scheme.policy', schemeCode)).toBe(2);
  });

  it.each([
    ['testDurationMinutes', 0],
    ['testDurationMinutes', 1441],
    ['passHintPercent', -1],
    ['passHintPercent', 101],
    ['certificateValidityYears', 0],
    ['certificateValidityYears', 11],
  ] as const)('refuses %s = %d by its field (number_range), writing nothing', async (field, value) => {
    const core = await registryCore();
    const admin = await signInAs(core, 'admin');
    const rows = () => core.db.prepare('SELECT * FROM scheme_policy').all();
    const before = rows();
    const refused = await failure(core, 'schemes/setPolicy', { schemeCode: demo.scheme.code, ...EMPTY, [field]: value }, admin);
    expect(refused.code).toBe('REGISTRY_INVALID');
    expect(refused.fields).toEqual([{ field, reason: 'number_range' }]);
    // The demo's own row (its KBLI code) and nothing else, as before.
    expect(rows()).toEqual(before);
    expect(before).toEqual([expect.objectContaining({ scheme_code: demo.scheme.code, kbli_code: demo.scheme.kbliCode, test_duration_minutes: null })]);
  });

  it('reports every refused field at once, refuses a KBLI code that is not five digits, and a scheme code the LSP does not have', async () => {
    const core = await registryCore();
    const admin = await signInAs(core, 'admin');
    const refused = await failure(core, 'schemes/setPolicy', { schemeCode: demo.scheme.code, testDurationMinutes: 0, passHintPercent: 200, certificateValidityYears: 3, kbliCode: '8549' }, admin);
    expect(refused.fields).toEqual([
      { field: 'testDurationMinutes', reason: 'number_range' },
      { field: 'passHintPercent', reason: 'number_range' },
      { field: 'kbliCode', reason: 'format' },
    ]);
    expect((await failure(core, 'schemes/policy', { schemeCode: 'NO-SUCH' }, admin)).code).toBe('NOT_FOUND');
    expect((await failure(core, 'schemes/setPolicy', { schemeCode: 'NO-SUCH', ...EMPTY }, admin)).code).toBe('NOT_FOUND');
    expect((await failure(core, 'schemes/policy', { schemeCode: demo.scheme.code }, await signInAs(core, 'assessor1'))).code).toBe('FORBIDDEN');
  });

  it("gives the assessor's workspace the scheme's pass hint, null while none is set", async () => {
    const { core, assessor, seat } = await testTaken(0);
    expect((await call(core, 'assessment/workspace', seat, assessor)).passHintPercent).toBeNull();
    const admin = await signInAs(core, 'admin');
    await call(core, 'schemes/setPolicy', { schemeCode: demo.scheme.code, ...EMPTY, passHintPercent: 65 }, admin);
    expect((await call(core, 'assessment/workspace', seat, assessor)).passHintPercent).toBe(65);
  });
});
