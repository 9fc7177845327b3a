import { describe, expect, it } from 'vitest';
import type { CandidateInput } from '../../../electron/shared/registry';
import { call, signInAs, tempCore } from '../../support/core';
import { seedSignedPleno, setSchemePolicy } from '../../support/pleno-rows';
import { NOW } from './support';

/** The input a candidate form would send: the record's own fields, with the corrections given. */
async function corrected(core: Awaited<ReturnType<typeof tempCore>>, token: string, candidateId: string, over: Partial<CandidateInput>) {
  const c = await call(core, 'candidates/get', { candidateId }, token);
  const input: CandidateInput = {
    name: c.name,
    nik: c.nik,
    birthPlace: c.birthPlace,
    birthDate: c.birthDate,
    sex: c.sex,
    address: c.address,
    regencyCode: c.regencyCode,
    provinceCode: c.provinceCode,
    phone: c.phone,
    email: c.email,
    educationCode: c.educationCode,
    occupationCode: c.occupationCode,
    institution: c.institution,
    photoSha256: c.photoSha256,
  };
  return call(core, 'candidates/update', { candidateId, candidate: { ...input, ...over } }, token);
}

describe('a holder corrected after the certificate was printed', () => {
  it('is named on the certificate with what changed, since when and by whom, until the certificate (or its pleno’s certificates) is printed again', async () => {
    // The clock moves on through the day: issue at 09:00, correction at 10:00, print at 11:00, correction at 12:00.
    let at = NOW;
    const core = await tempCore({ clock: { now: () => at } });
    const admin = await signInAs(core, 'admin');
    setSchemePolicy(core.db, '85499');
    const seeded = seedSignedPleno(core.db, { candidates: 2, tag: 'H' });
    // A NIK the registry's check accepts, with its birth date, so the corrections below save.
    core.db.prepare("UPDATE candidate SET nik = '3273015708950001', birth_date = '1995-08-17', birth_place = 'Bandung Barat', sex = 'P' WHERE id = ?").run(seeded.candidateIds[0]);
    const [first, second] = (await call(core, 'certificates/issue', { plenoId: seeded.plenoId, issuedOn: '2026-11-20' }, admin)).issued;
    const get = async (certificateId: string) => (await call(core, 'certificates/get', { certificateId }, admin)).holderChanged;
    expect(await get(first.certificateId)).toBeNull();

    const before = await call(core, 'candidates/get', { candidateId: first.candidateId }, admin);
    at = new Date(NOW.getTime() + 3600_000);
    await corrected(core, admin, first.candidateId, { name: 'Budi Santosa', birthPlace: 'Bandung' });
    const changed = await get(first.certificateId);
    expect(changed).toEqual({
      since: NOW.toISOString(),
      printed: false,
      changes: [
        { field: 'name', before: before.name, after: 'Budi Santosa' },
        { field: 'birthPlace', before: before.birthPlace, after: 'Bandung' },
      ],
      changedAt: at.toISOString(),
      changedBy: (await call(core, 'certificates/get', { certificateId: first.certificateId }, admin)).issuedBy,
    });
    // The other holder's certificate is unaffected.
    expect(await get(second.certificateId)).toBeNull();

    // Printed again (here, every certificate of its pleno): the paper carries the corrected details.
    at = new Date(NOW.getTime() + 2 * 3600_000);
    await call(core, 'certificates/print', { plenoId: seeded.plenoId }, admin);
    expect(await get(first.certificateId)).toBeNull();

    // A correction after that print is named again, against the printed details, since that print.
    at = new Date(NOW.getTime() + 3 * 3600_000);
    // (Its last four digits, the running number the NIK check leaves free.)
    const nik = '3273015708950002';
    await corrected(core, admin, first.candidateId, { nik });
    expect(await get(first.certificateId)).toMatchObject({ since: new Date(NOW.getTime() + 2 * 3600_000).toISOString(), printed: true, changes: [{ field: 'nik', before: before.nik, after: nik }] });
    // A correction undone needs no reprint.
    at = new Date(NOW.getTime() + 4 * 3600_000);
    await corrected(core, admin, first.candidateId, { nik: before.nik });
    expect(await get(first.certificateId)).toBeNull();
    // One certificate printed alone resets that one.
    await corrected(core, admin, first.candidateId, { birthPlace: 'Cimahi' });
    expect(await get(first.certificateId)).not.toBeNull();
    await call(core, 'certificates/print', { certificateId: first.certificateId }, admin);
    expect(await get(first.certificateId)).toBeNull();
  });
});
