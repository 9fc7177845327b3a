import { describe, expect, it } from 'vitest';
import { call, failure, signInAs } from '../../support/core';
import { auditCount, lastAuditDetails, registryCore } from './support';

describe('the names of the BNSP and Kemendagri codes the registry keeps', () => {
  it('are kept per list in code order, audited by code, and the same list saved again writes nothing', async () => {
    const core = await registryCore();
    const admin = await signInAs(core, 'admin');
    expect(await call(core, 'registry/codeNames', {}, admin)).toEqual({ education: [], occupation: [], province: [], regency: [] });
    const entries = [
      { code: '10', name: 'S3' },
      { code: '5', name: 'D4/S1' },
      { code: '2', name: '  SMP /  sederajat ' },
    ];
    const saved = await call(core, 'registry/setCodeNames', { list: 'education', entries }, admin);
    expect(saved.education).toEqual([
      { code: '2', name: 'SMP / sederajat' },
      { code: '5', name: 'D4/S1' },
      { code: '10', name: 'S3' },
    ]);
    expect(lastAuditDetails(core, 'registry.codeNames')).toEqual({ list: 'education', added: ['2', '5', '10'], renamed: [], removed: [] });
    await call(core, 'registry/setCodeNames', { list: 'education', entries }, admin);
    expect(auditCount(core, 'registry.codeNames')).toBe(1);
    await call(core, 'registry/setCodeNames', { list: 'education', entries: [{ code: '5', name: 'S1/D4' }, { code: '11', name: 'Lainnya' }] }, admin);
    expect(lastAuditDetails(core, 'registry.codeNames')).toEqual({ list: 'education', added: ['11'], renamed: ['5'], removed: ['2', '10'] });
    expect((await call(core, 'registry/codeNames', {}, admin)).occupation).toEqual([]);
  });

  it('refuse a bad entry field by field and change nothing; only the LSP admin reads or writes them', async () => {
    const core = await registryCore();
    const admin = await signInAs(core, 'admin');
    const bad = await failure(core, 'registry/setCodeNames', { list: 'province', entries: [{ code: '32', name: 'Jawa Barat' }, { code: '32', name: 'Lagi' }, { code: 'a b', name: '' }] }, admin);
    expect(bad).toMatchObject({ code: 'REGISTRY_INVALID' });
    expect(bad.fields).toEqual([
      { field: 'entries.1.code', reason: 'duplicate' },
      { field: 'entries.2.code', reason: 'code_format' },
      { field: 'entries.2.name', reason: 'required' },
    ]);
    expect((await call(core, 'registry/codeNames', {}, admin)).province).toEqual([]);
    for (const who of ['proctor', 'assessor1'] as const) {
      const token = await signInAs(core, who);
      expect(await failure(core, 'registry/codeNames', {}, token)).toMatchObject({ code: 'FORBIDDEN' });
      expect(await failure(core, 'registry/setCodeNames', { list: 'province', entries: [] }, token)).toMatchObject({ code: 'FORBIDDEN' });
    }
  });

  it('print on FR.APL.01 beside the candidate’s codes (apl/print), none where the LSP named none', async () => {
    const core = await registryCore();
    const admin = await signInAs(core, 'admin');
    const { candidate_id: candidateId, education_code: education, province_code: province } = core.db
      .prepare('SELECT id AS candidate_id, education_code, province_code FROM candidate WHERE education_code IS NOT NULL AND province_code IS NOT NULL LIMIT 1')
      .get() as { candidate_id: string; education_code: string; province_code: string };
    const schemeId = core.db.prepare('SELECT id FROM scheme LIMIT 1').pluck().get() as string;
    await call(core, 'registry/setCodeNames', { list: 'education', entries: [{ code: education, name: 'D4/S1' }] }, admin);
    await call(core, 'registry/setCodeNames', { list: 'province', entries: [{ code: province, name: 'Jawa Barat' }] }, admin);
    const printed = await call(core, 'apl/print', { candidateId, schemeId }, admin);
    expect(printed.personal.codeNames).toEqual({ education: 'D4/S1', occupation: null, province: 'Jawa Barat', regency: null });
  });
});
