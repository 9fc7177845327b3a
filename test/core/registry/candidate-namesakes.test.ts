import { describe, expect, it } from 'vitest';
import { NAMESAKES_SQL } from '../../../electron/core/db/queries/registry-candidates';
import { likelyNamesakes } from '../../../electron/core/registry/candidate-namesakes';
import { call, failure, signInAs } from '../../support/core';
import { candidateInput, nikFor, registryCore } from './support';

describe('likely namesakes: the same name and birth date under another NIK', () => {
  it('finds the registered candidate and the other person of the list, never the same NIK, nobody without a birth date', async () => {
    const core = await registryCore();
    const admin = await signInAs(core, 'admin');
    const siti = await call(core, 'candidates/create', { candidate: candidateInput(1, { name: 'Siti Aminah' }) }, admin);
    const lspId = core.db.prepare('SELECT lsp_id FROM candidate WHERE id = ?').pluck().get(siti.id) as string;
    const found = likelyNamesakes(core.db, lspId, [
      { name: ' SITI   aminah ', nik: nikFor(2), birthDate: '2005-03-14' },
      { name: 'Siti Aminah', nik: nikFor(1), birthDate: '2005-03-14' },
      { name: 'Siti Aminah', nik: nikFor(3), birthDate: '2005-03-15' },
      { name: 'Siti Aminah', nik: nikFor(4), birthDate: null },
      { name: 'Budi', nik: nikFor(5), birthDate: '2005-03-14' },
    ]);
    // Siti's own record is in the list (index 1): index 0 names that row rather than the record.
    expect(found.map((f) => [f.record?.nik ?? null, f.other])).toEqual([
      [null, 1],
      [null, 0],
      [null, null],
      [null, null],
      [null, null],
    ]);
    const alone = likelyNamesakes(core.db, lspId, [{ name: 'siti aminah', nik: nikFor(2), birthDate: '2005-03-14' }]);
    expect(alone).toEqual([{ record: { id: siti.id, name: 'Siti Aminah', nik: nikFor(1), birth_date: '2005-03-14', participant_no: siti.participantNo }, other: null }]);
    // Another LSP's registry is not looked in.
    expect(likelyNamesakes(core.db, 'another-lsp', [{ name: 'Siti Aminah', nik: nikFor(2), birthDate: '2005-03-14' }])).toEqual([{ record: null, other: null }]);
  });

  it('looks the registry up by the name index, one statement for the whole list', async () => {
    const core = await registryCore();
    const plan = (core.db.prepare(`EXPLAIN QUERY PLAN ${NAMESAKES_SQL}`).all('[]', 'lsp') as { detail: string }[]).map((r) => r.detail);
    expect(plan).toContainEqual(expect.stringMatching(/^SEARCH c USING INDEX candidate_name \(lsp_id=\? AND name=\?\)$/));
    expect(plan.some((d) => /^SCAN c\b/.test(d))).toBe(false);
  });

  it('refuses a form\'s new record or identity change that matches a namesake, naming them, until the admin says it is a different person', async () => {
    const core = await registryCore();
    const admin = await signInAs(core, 'admin');
    const siti = await call(core, 'candidates/create', { candidate: candidateInput(1, { name: 'Siti Aminah' }) }, admin);
    const count = () => core.db.prepare('SELECT count(*) FROM candidate').pluck().get() as number;
    const registered = count();
    const typo = candidateInput(2, { name: 'siti  AMINAH' });
    const refused = await failure(core, 'candidates/create', { candidate: typo }, admin);
    expect(refused).toMatchObject({
      code: 'CANDIDATE_LIKELY_DUPLICATE',
      params: { name: 'Siti Aminah', nik: nikFor(1), participantNo: siti.participantNo, candidateId: siti.id, count: 1 },
    });
    expect(count()).toBe(registered);
    const other = await call(core, 'candidates/create', { candidate: typo, differentPerson: true }, admin);
    expect(count()).toBe(registered + 1);

    // Two namesakes now: a third is told both, each as a reason.
    const third = await failure(core, 'candidates/create', { candidate: candidateInput(3, { name: 'Siti Aminah' }) }, admin);
    expect(third.params).toMatchObject({ count: 2 });
    expect(third.reasons?.map((r) => [r.code, r.params?.nik])).toEqual(
      expect.arrayContaining([
        ['CANDIDATE_NAMESAKE', nikFor(1)],
        ['CANDIDATE_NAMESAKE', nikFor(2)],
      ]),
    );

    // Saving a record again for another field does not ask again; changing its birth date onto a namesake's does, never naming itself.
    const edited = await call(core, 'candidates/update', { candidateId: other.id, candidate: { ...typo, phone: '0813-0000-1111' }, revision: other.revision }, admin);
    const budi = await call(core, 'candidates/create', { candidate: candidateInput(4, { name: 'Budi Santoso', birthDate: '2005-03-14' }) }, admin);
    const moved = await failure(core, 'candidates/update', { candidateId: budi.id, candidate: { ...candidateInput(4), name: 'Siti Aminah' }, revision: budi.revision }, admin);
    expect(moved.code).toBe('CANDIDATE_LIKELY_DUPLICATE');
    expect(moved.params?.candidateId).not.toBe(budi.id);
    expect(edited.phone).toBe('081300001111');
  });
});
