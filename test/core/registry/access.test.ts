import { describe, expect, it } from 'vitest';
import { contract, METHOD_NAMES } from '../../../electron/shared/contract';
import { call, failure, signInAs } from '../../support/core';
import { registryCore } from './support';

const AREAS = ['schemes', 'assessors', 'tuks', 'candidates', 'registry'];
const REGISTRY_METHODS = METHOD_NAMES.filter((m) => AREAS.includes(m.split('/')[0]));

describe('the registry methods', () => {
  it('are declared for the LSP admin alone, reads as well as writes', () => {
    // 24 registry methods, schemes/policy, schemes/setPolicy (issue 16's per-scheme settings) and
    // candidates/institutions (the institution filter's suggestions), candidates/sessions (a candidate's sessions taken),
    // registry/codeNames and registry/setCodeNames (the names of the codes a candidate record keeps).
    expect(REGISTRY_METHODS.length).toBe(30);
    for (const m of REGISTRY_METHODS) expect(contract[m].access, m).toEqual({ roles: ['lsp_admin'] });
  });

  it('refuse the proctor and an assessor before looking at the arguments', async () => {
    const core = await registryCore();
    const tokens = { proctor: await signInAs(core, 'proctor'), assessor: await signInAs(core, 'assessor1') };
    for (const [role, token] of Object.entries(tokens)) {
      for (const m of REGISTRY_METHODS) {
        const error = await failure(core, m, { nonsense: true }, token);
        expect(error, `${role} ${m}`).toMatchObject({ code: 'FORBIDDEN', params: { method: m } });
      }
    }
    // The admin gets past the door (and then a refusal of the arguments, not of the role).
    const admin = await signInAs(core, 'admin');
    expect((await failure(core, 'candidates/list', { nonsense: true }, admin)).code).toBe('BAD_ARGS');
    expect((await call(core, 'candidates/list', {}, admin)).rows.length).toBeGreaterThan(0);
  });
});
