import { describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../../electron/shared/contract';
import { failure, signInAs, tempCore } from '../../support/core';

const PLENO_METHODS = METHOD_NAMES.filter((m) => /^(results|pleno|appeals)\//.test(m));

describe('results, pleno and appeals: the LSP admin only', () => {
  it('refuses a proctor and an assessor on every method', async () => {
    expect(PLENO_METHODS).toHaveLength(14);
    const core = await tempCore();
    for (const who of ['proctor', 'assessor1'] as const) {
      const token = await signInAs(core, who);
      for (const method of PLENO_METHODS) {
        // Arguments are checked after access: any shape is refused the same way.
        expect({ method, who, code: (await failure(core, method, {}, token)).code }).toEqual({ method, who, code: 'FORBIDDEN' });
      }
    }
  });
});
