import { describe, expect, it } from 'vitest';
import { parsePattern, render } from '../../../electron/core/certificates/pattern';
import { addYears } from '../../../electron/core/certificates/issue';
import { CERTIFICATE_SETTINGS_DEFAULT } from '../../../electron/shared/certificates';
import { call, failure, signInAs } from '../../support/core';
import { certificateCore } from './support';

const values = { kbli: '85499', scheme: 'SKM-01', level: 3, year: '2026', lsp: 'LSP-P1', counter: 42 };

describe('number patterns', () => {
  it('renders literal text and every token, the counter zero-padded to its width', () => {
    const { parts, issues } = parsePattern('No. {kbli} {level} {counter:7} {year} / {lsp}-{scheme}', 'year');
    expect(issues).toEqual([]);
    expect(render(parts, values)).toBe('No. 85499 3 0000042 2026 / LSP-P1-SKM-01');
  });

  it('the defaults are valid and look like BNSP practice', () => {
    const d = CERTIFICATE_SETTINGS_DEFAULT;
    const number = parsePattern(d.numberPattern, d.counterScope);
    const registration = parsePattern(d.registrationPattern, d.counterScope);
    expect([...number.issues, ...registration.issues]).toEqual([]);
    expect(render(number.parts, values)).toBe('85499 0000042 2026');
    expect(render(registration.parts, values)).toBe('REG.LSP-P1.SKM-01.00042.2026');
  });

  it.each([
    ['', 'lsp', ['required']],
    ['{kbli} {year}', 'lsp', ['no_counter']],
    ['{counter:3}-{counter:3}', 'lsp', ['counter_twice']],
    ['{counter:0}', 'lsp', ['counter_width']],
    ['{counter:11}', 'lsp', ['counter_width']],
    ['{nomor} {counter:4}', 'lsp', ['unknown_token']],
    ['{year:4} {counter:4}', 'lsp', ['unknown_token']],
    ['{counter:4', 'lsp', ['unclosed_brace']],
    ['counter:4} {counter:4}', 'lsp', ['unclosed_brace']],
    ['{counter:4}', 'year', ['year_required']],
    ['x'.repeat(121) + '{counter:4}', 'lsp', ['too_long']],
  ] as const)('refuses %j (scope %s) with %j', (pattern, scope, reasons) => {
    expect(parsePattern(pattern, scope).issues.map((i) => i.reason)).toEqual(reasons);
  });

  it('adds years to a date, 29 February falling back to the 28th', () => {
    expect(addYears('2026-11-20', 3)).toBe('2029-11-20');
    expect(addYears('2028-02-29', 3)).toBe('2031-02-28');
    expect(addYears('2028-02-29', 4)).toBe('2032-02-29');
  });
});

describe('certificates/settings', () => {
  it('starts at the defaults, saves valid patterns and refuses invalid ones field by field', async () => {
    const core = await certificateCore();
    const admin = await signInAs(core, 'admin');
    expect(await call(core, 'certificates/settings', {}, admin)).toEqual(CERTIFICATE_SETTINGS_DEFAULT);
    const next = { numberPattern: '{kbli} {counter:6}', registrationPattern: '{lsp}/{counter:6}', counterScope: 'lsp' as const, validityYears: 5 };
    // No signatory nor surveillance period in the call: the defaults stay.
    const saved = { ...next, signatoryName: '', signatoryTitle: '', surveillanceMonths: 12 };
    expect(await call(core, 'certificates/setSettings', { settings: next }, admin)).toEqual(saved);
    expect(await call(core, 'certificates/settings', {}, admin)).toEqual(saved);

    const refused = await failure(
      core,
      'certificates/setSettings',
      { settings: { numberPattern: '{nomor} {year}', registrationPattern: '{counter:5}', counterScope: 'year', validityYears: 3 } },
      admin,
    );
    expect(refused.code).toBe('CERTIFICATE_SETTINGS_INVALID');
    expect(refused.fields).toEqual([
      { field: 'numberPattern', reason: 'unknown_token' },
      { field: 'numberPattern', reason: 'no_counter' },
      { field: 'registrationPattern', reason: 'year_required' },
    ]);
    expect(refused.params.tokens).toBe('{nomor}');
    expect(await call(core, 'certificates/settings', {}, admin)).toEqual(saved);
  });

  it('is the LSP admin’s only: proctor and assessor are refused every certificates/* method', async () => {
    const core = await certificateCore();
    const uuid = '00000000-0000-4000-8000-000000000000';
    const calls: [string, unknown][] = [
      ['certificates/settings', {}],
      ['certificates/setSettings', { settings: CERTIFICATE_SETTINGS_DEFAULT }],
      ['certificates/issue', { plenoId: 'x', issuedOn: '2026-11-20' }],
      ['certificates/list', {}],
      ['certificates/get', { certificateId: 'x' }],
      ['certificates/setBlanko', { certificateId: 'x', blankoNumber: '1' }],
      ['certificates/print', { certificateId: 'x' }],
      ['certificates/print', { plenoId: 'x' }],
      ['certificates/bnspSheet', { plenoId: 'x' }],
      ['certificates/registerSheet', {}],
      ['certificates/sessionCodes', { sessionId: 'x' }],
      ['certificates/setSessionCodes', { sessionId: 'x', codes: { scheduleCode: null, fundingCode: null, ministryCode: null } }],
      ['certificates/blankoPreview', { uploadId: uuid }],
      ['certificates/blankoApply', { importId: uuid }],
    ];
    for (const who of ['proctor', 'assessor1'] as const) {
      const token = await signInAs(core, who);
      for (const [method, args] of calls) expect((await failure(core, method, args, token)).code, `${who} ${method}`).toBe('FORBIDDEN');
    }
  });
});
