import { describe, expect, it } from 'vitest';
import { call, demo, failure, signInAs } from '../../support/core';
import { candidateInput, registryCore } from '../registry/support';
import { demoSchemeId } from './support';

describe('apl/reviewSchemes', () => {
  it("lists the scheme versions the assessor may assess, counting the FR.APL.02 forms that wait for their review", async () => {
    const core = await registryCore();
    const admin = await signInAs(core, 'admin');
    const assessor = await signInAs(core, 'assessor1');
    const schemeId = demoSchemeId(core);
    const listed = (await call(core, 'schemes/list', { active: true }, admin)).rows[0];
    expect(await call(core, 'apl/reviewSchemes', {}, assessor)).toEqual([
      { id: schemeId, code: listed.code, version: listed.version, titleId: listed.titleId, titleEn: listed.titleEn, awaiting: 0 },
    ]);

    const one = await call(core, 'candidates/create', { candidate: candidateInput(1) }, admin);
    const two = await call(core, 'candidates/create', { candidate: candidateInput(2) }, admin);
    for (const candidate of [one, two]) {
      const key = { candidateId: candidate.id, schemeId };
      await call(core, 'apl/saveApplication', { ...key, purpose: 'sertifikasi', purposeNote: null, evidence: [{ kind: 'basic', description: 'Ijazah SMK', status: 'memenuhi' }] }, admin);
      const detail = await call(core, 'apl/get', key, admin);
      await call(core, 'apl/saveSelfAssessment', { ...key, answers: detail.apl02.rows.map((r) => ({ elementId: r.elementId, answer: 'K' as const, evidence: null })) }, admin);
    }
    // Waiting for the assessor only once the LSP accepted FR.APL.01.
    expect((await call(core, 'apl/reviewSchemes', {}, assessor))[0].awaiting).toBe(0);
    await call(core, 'apl/verifyApplication', { candidateId: one.id, schemeId, result: 'accepted', note: null }, admin);
    await call(core, 'apl/verifyApplication', { candidateId: two.id, schemeId, result: 'accepted', note: null }, admin);
    expect((await call(core, 'apl/reviewSchemes', {}, assessor))[0].awaiting).toBe(2);
    await call(core, 'apl/reviewSelfAssessment', { candidateId: one.id, schemeId, recommendation: 'proceed', note: null }, assessor);
    expect((await call(core, 'apl/reviewSchemes', {}, assessor))[0].awaiting).toBe(1);

    // An assessor who may assess no scheme has nothing to review; the LSP admin is not an assessor.
    core.db.prepare('DELETE FROM assessor_scheme WHERE assessor_id = (SELECT assessor_id FROM account WHERE username = ?)').run(demo.people.assessors[1].username);
    expect(await call(core, 'apl/reviewSchemes', {}, await signInAs(core, 'assessor2'))).toEqual([]);
    expect((await failure(core, 'apl/reviewSchemes', {}, admin)).code).toBe('FORBIDDEN');
  });
});
