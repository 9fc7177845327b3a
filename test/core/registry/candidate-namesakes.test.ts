import { describe, expect, it } from 'vitest';
import { NAMESAKES_SQL } from '../../../electron/core/db/queries/registry-candidates';
import { likelyNamesakes } from '../../../electron/core/registry/candidate-namesakes';
import { call, signInAs } from '../../support/core';
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
});
