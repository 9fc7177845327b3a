import { describe, expect, it } from 'vitest';
import { call, signInAs } from '../../support/core';
import { seedSignedPleno, setSchemePolicy } from '../../support/pleno-rows';
import { certificateCore } from '../certificates/support';

describe('a pleno whose scheme has no KBLI code', () => {
  it('names the scheme on pleno/get while the certificate number needs {kbli}, before issuing skips its candidates', async () => {
    const core = await certificateCore();
    const admin = await signInAs(core, 'admin');
    const { plenoId } = seedSignedPleno(core.db, { candidates: 2, tag: 'K' });
    const scheme = core.db.prepare('SELECT id AS schemeId, code FROM scheme ORDER BY code, version LIMIT 1').get() as { schemeId: string; code: string };
    setSchemePolicy(core.db, null);
    expect((await call(core, 'pleno/get', { plenoId }, admin)).schemesWithoutKbli).toEqual([scheme]);
    setSchemePolicy(core.db, '85499');
    expect((await call(core, 'pleno/get', { plenoId }, admin)).schemesWithoutKbli).toEqual([]);
    // A number pattern without {kbli} needs no code: nothing to warn of.
    setSchemePolicy(core.db, null);
    core.db.prepare("INSERT INTO setting (key, value) VALUES ('certificates.numberPattern', '{counter:7} {year}') ON CONFLICT(key) DO UPDATE SET value = excluded.value").run();
    expect((await call(core, 'certificates/settings', {}, admin)).numberPattern).toBe('{counter:7} {year}');
    expect((await call(core, 'pleno/get', { plenoId }, admin)).schemesWithoutKbli).toEqual([]);
  });
});
