import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core';
import { call, demo, demoSessionId, signInAs } from '../../support/core';
import { sessionAtTuk, upload } from '../../support/bundles';

async function sendSession(lsp: Core, tuk: Core, sessionId: string) {
  const admin = await signInAs(lsp, 'admin');
  const exported = await call(lsp, 'bundles/exportSession', { sessionId, operationId: crypto.randomUUID(), to: { generatePassphrase: true } }, admin);
  const proctor = await signInAs(tuk, 'proctor');
  const preview = await call(tuk, 'bundles/preview', { uploadId: upload(tuk, exported.filePath), passphrase: exported.generatedPassphrase ?? undefined, expectKind: 'session' }, proctor);
  return call(tuk, 'bundles/apply', { importId: preview.importId, confirmSigner: preview.signer.fingerprint }, proctor);
}

describe('the registry in session bundles', () => {
  it('sends a TUK the least it needs of a person, and both versions of a scheme when sessions use both', async () => {
    const { lsp, tuk } = await sessionAtTuk();
    const admin = await signInAs(lsp, 'admin');
    const candidateId = lsp.db.prepare('SELECT id FROM candidate WHERE participant_no = ?').pluck().get(demo.people.candidates[0].participantNo) as string;
    const before = await call(lsp, 'candidates/get', { candidateId }, admin);
    const { id: _id, participantNo: _p, active: _a, revision: _r, ...input } = before;
    await call(lsp, 'candidates/update', { candidateId, candidate: { ...input, birthDate: '2005-03-14', phone: '0812 1234 5678', address: 'Jl. Rumah No. 1', name: `${before.name} Jr.` } }, admin);

    // The scheme gets a new version; a second session is scheduled on it (scheduling is issue 15: by hand here).
    const v1 = lsp.db.prepare('SELECT scheme_id FROM session WHERE id = ?').pluck().get(demoSessionId(lsp)) as string;
    const scheme = await call(lsp, 'schemes/get', { schemeId: v1 }, admin);
    const v2 = (
      await call(lsp, 'schemes/update', {
        schemeId: v1,
        scheme: { code: scheme.code, kind: scheme.kind, level: 6, skkni: scheme.skkni, titleId: scheme.titleId, titleEn: scheme.titleEn, approvedOn: scheme.approvedOn, units: scheme.units },
      }, admin)
    ).scheme.id;
    const second = crypto.randomUUID();
    lsp.db.exec(`INSERT INTO session (id, lsp_id, scheme_id, tuk_id, code, title_id, date, start_time, duration_minutes)
      SELECT '${second}', lsp_id, '${v2}', tuk_id, code || '-2', title_id, date, start_time, duration_minutes FROM session WHERE id = '${demoSessionId(lsp)}';
      INSERT INTO session_candidate (session_id, candidate_id, assessor_id) SELECT '${second}', candidate_id, assessor_id FROM session_candidate WHERE session_id = '${demoSessionId(lsp)}'`);

    await sendSession(lsp, tuk, second);
    expect(tuk.db.prepare('SELECT id, version, level FROM scheme ORDER BY version').all()).toEqual([
      { id: v1, version: 1, level: null },
      // The level stays at the office: the TUK runs the version, it does not edit it.
      { id: v2, version: 2, level: null },
    ]);
    const atTuk = tuk.db
      .prepare('SELECT name, nik, participant_no, institution, birth_date, phone, address, education_code, occupation_code, province_code, regency_code, active FROM candidate WHERE id = ?')
      .get(candidateId);
    // The BNSP codes stay at the office with the rest: the LSP reports them, the exam day does not read them.
    expect(before).toMatchObject({ educationCode: expect.any(String), occupationCode: expect.any(String), provinceCode: expect.any(String), regencyCode: expect.any(String) });
    expect(atTuk).toEqual({
      name: `${before.name} Jr.`,
      nik: before.nik,
      participant_no: before.participantNo,
      institution: before.institution,
      birth_date: null,
      phone: null,
      address: null,
      education_code: null,
      occupation_code: null,
      province_code: null,
      regency_code: null,
      active: 1,
    });
  });
});
