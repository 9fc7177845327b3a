import { describe, expect, it } from 'vitest';
import { applyBankItems } from '../../../electron/core/bank/apply';
import { saveItem } from '../../../electron/core/bank/items';
import { contract, METHOD_NAMES } from '../../../electron/shared/contract';
import { call, failure, signInAs } from '../../support/core';
import { bankCore, mcInput, NOW } from './support';

const BANK_METHODS = METHOD_NAMES.filter((m) => m.startsWith('bank/'));

describe('the bank methods', () => {
  it('are declared for the LSP admin alone, reads as well as writes', () => {
    expect(BANK_METHODS).toEqual(['bank/list', 'bank/get', 'bank/save', 'bank/saveBenchmark', 'bank/approve', 'bank/retire', 'bank/setImages', 'bank/coverage', 'bank/sessionsLosing', 'bank/export']);
    for (const m of BANK_METHODS) expect(contract[m].access, m).toEqual({ roles: ['lsp_admin'] });
  });

  it('refuse the proctor, an assessor and a signed-out caller', async () => {
    const { core, admin, scheme } = await bankCore();
    const tokens = { proctor: await signInAs(core, 'proctor'), assessor: await signInAs(core, 'assessor1') };
    for (const [role, token] of Object.entries(tokens)) {
      for (const m of BANK_METHODS) expect(await failure(core, m, { schemeId: scheme.id }, token), `${role} ${m}`).toMatchObject({ code: 'FORBIDDEN' });
    }
    expect((await failure(core, 'bank/list', { schemeId: scheme.id })).code).toBe('UNAUTHENTICATED');
    expect((await call(core, 'bank/list', { schemeId: scheme.id }, admin)).total).toBeGreaterThan(0);
  });

  it('are refused by the core itself to anyone but an LSP admin (the CLI and the import service call it directly)', async () => {
    const { core, scheme } = await bankCore();
    const proctor = core.principalFor(await signInAs(core, 'proctor'))!;
    expect(() => saveItem(core.db, proctor, scheme.id, null, mcInput(core, scheme.id), NOW)).toThrow(/FORBIDDEN/);
    expect(() => applyBankItems({ db: core.db, dataDir: core.dataDir }, proctor, scheme.id, [], NOW)).toThrow(/FORBIDDEN/);
  });
});
