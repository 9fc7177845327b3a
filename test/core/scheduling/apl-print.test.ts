import { describe, expect, it } from 'vitest';
import { call, demo, failure, signInAs } from '../../support/core';
import { sessionAtTuk } from '../../support/bundles';
import { candidateInput, registryCore } from '../registry/support';
import { demoSchemeId } from './support';

describe('apl/print', () => {
  it("gives FR.APL.01's Bagian 1 from the candidate's registry record beside the APL record and the LSP's name, to staff and to an assessor of the scheme", async () => {
    const core = await registryCore();
    const admin = await signInAs(core, 'admin');
    const candidate = await call(core, 'candidates/create', { candidate: candidateInput(1) }, admin);
    const key = { candidateId: candidate.id, schemeId: demoSchemeId(core) };
    await call(core, 'apl/saveApplication', { ...key, purpose: 'pkt', purposeNote: null, evidence: [{ kind: 'basic', description: 'Ijazah SMK', status: 'memenuhi' }] }, admin);

    const sheet = await call(core, 'apl/print', key, admin);
    const lspName = core.db.prepare('SELECT name FROM lsp WHERE id = (SELECT lsp_id FROM candidate WHERE id = ?)').pluck().get(candidate.id);
    expect(sheet.lspName).toBe(lspName);
    // The licence number under the name, as on every other form.
    const licence = core.db.prepare('SELECT license_no FROM lsp WHERE id = (SELECT lsp_id FROM candidate WHERE id = ?)').pluck().get(candidate.id);
    expect(licence).toBeTruthy();
    expect(sheet.lspLicenceNo).toBe(licence);
    expect(sheet.personal).toEqual({
      name: candidate.name,
      nik: candidate.nik,
      participantNo: candidate.participantNo,
      birthPlace: 'Depok',
      birthDate: '2005-03-14',
      sex: 'L',
      address: 'Jl. Margonda Raya No. 1',
      provinceCode: '32',
      regencyCode: '3276',
      phone: '081234567890',
      email: 'asesi1@contoh.id',
      educationCode: '5',
      occupationCode: '2',
      institution: 'SMK Nusantara',
      // No name given to any code yet (registry/setCodeNames): each prints as it is.
      codeNames: { education: null, occupation: null, province: null, regency: null },
    });
    expect(sheet.detail).toEqual(await call(core, 'apl/get', key, admin));
    expect(sheet.detail.apl01?.purpose).toBe('pkt');

    expect((await call(core, 'apl/print', key, await signInAs(core, 'assessor1'))).personal.nik).toBe(candidate.nik);
    expect((await failure(core, 'apl/print', key, await signInAs(core, 'proctor'))).code).toBe('FORBIDDEN');
  });

  it('is not printed at a TUK station: the session bundle carries no FR.APL.01, no BNSP codes and no list of who may assess which scheme', async () => {
    const { lsp, tuk, proctor } = await sessionAtTuk();
    const first = demo.people.candidates[0];
    expect(first.assessor).toBe('asesor1');
    const candidateId = tuk.db.prepare('SELECT id FROM candidate WHERE participant_no = ?').pluck().get(first.participantNo) as string;
    const key = { candidateId, schemeId: demoSchemeId(tuk) };
    // At the office the same assessor prints it, codes and all.
    expect((await call(lsp, 'apl/print', key, await signInAs(lsp, 'assessor1'))).personal.educationCode).toBe(first.educationCode);

    expect(tuk.db.prepare('SELECT count(*) FROM apl_application').pluck().get()).toBe(0);
    expect(tuk.db.prepare('SELECT education_code FROM candidate WHERE id = ?').pluck().get(candidateId)).toBeNull();
    // The candidate's own assessor is refused: the station holds no assessor_scheme rows.
    expect((await failure(tuk, 'apl/print', key, await signInAs(tuk, 'assessor1'))).code).toBe('APL_ASSESSOR_NOT_ALLOWED');
    expect((await failure(tuk, 'apl/print', key, proctor)).code).toBe('FORBIDDEN');
  });
});
