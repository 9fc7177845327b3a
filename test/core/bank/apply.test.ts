import crypto from 'node:crypto';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blobPath } from '../../../electron/core/attachments/store';
import { applyBankItems, previewBankItems, type BankDraft } from '../../../electron/core/bank/apply';
import { checksum } from '../../support/checksum';
import { call, signInAs } from '../../support/core';
import { TINY_PNG } from '../registry/photo-bytes';
import { auditCount, bankCore, essayInput, mcInput, NOW } from './support';

const FILE = crypto.createHash('sha256').update('bank.gift').digest('hex');
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>');

async function setUp() {
  const { core, admin, scheme } = await bankCore();
  const principal = core.principalFor(admin)!;
  const env = { db: core.db, dataDir: core.dataDir };
  const drafts: BankDraft[] = [
    { source: { sha256: FILE, position: 'line 1' }, item: mcInput(core, scheme.id), approve: true },
    { source: { sha256: FILE, position: 'line 7' }, item: mcInput(core, scheme.id, { kukIds: [] }), approve: true },
    { source: { sha256: FILE, position: 'line 12' }, item: essayInput(core, scheme.id), images: [{ place: 'stem', bytes: TINY_PNG }] },
    { source: { sha256: FILE, position: 'line 20' }, item: mcInput(core, scheme.id), images: [{ place: 'option:0', bytes: SVG }] },
    { source: { sha256: FILE, position: 'line 25' }, item: mcInput(core, scheme.id, { prompt: { id: '', en: null } }) },
    { source: { sha256: FILE, position: 'line 1' }, item: mcInput(core, scheme.id) },
  ];
  return { core, admin, scheme, principal, env, drafts };
}

describe('applyBankItems (the import service’s way in)', () => {
  it('adds each question in one go: approved when asked and allowed, a draft saying why not, refusals with their code; the preview says the same', async () => {
    const { core, scheme, principal, env, drafts } = await setUp();
    const before = checksum(core.db);
    const preview = previewBankItems(core.db, principal, scheme.id, drafts);
    expect(checksum(core.db)).toBe(before);
    const result = applyBankItems(env, principal, scheme.id, drafts, NOW);
    expect({ ...result, outcomes: result.outcomes.map((o) => ({ ...o, itemId: null })) }).toEqual(preview);
    expect(result).toMatchObject({ added: 3, approved: 1, unchanged: 0, refused: 3 });
    expect(result.outcomes.map((o) => [o.position, o.outcome, o.status, o.problem?.code ?? null])).toEqual([
      ['line 1', 'added', 'approved', null],
      ['line 7', 'added', 'draft', 'BANK_APPROVE_NO_KUK'],
      ['line 12', 'added', 'draft', null],
      ['line 20', 'refused', null, 'BANK_IMAGE_SVG'],
      ['line 25', 'refused', null, 'BANK_INVALID'],
      ['line 1', 'refused', null, 'BANK_INVALID'],
    ]);
    expect(result.outcomes[4].problem?.fields).toEqual([{ field: 'prompt.id', reason: 'required' }]);
    expect(result.outcomes[5].problem?.fields).toEqual([{ field: 'source', reason: 'duplicate' }]);
    const essay = result.outcomes[2].itemId!;
    const admin = await signInAs(core, 'admin');
    const got = await call(core, 'bank/get', { itemId: essay }, admin);
    expect(got).toMatchObject({ ref: 'ES-05', status: 'draft', source: { sha256: FILE, position: 'line 12' }, stemImages: [crypto.createHash('sha256').update(TINY_PNG).digest('hex')] });
    expect(fs.existsSync(blobPath(core.dataDir, got.stemImages[0]))).toBe(true);
    expect(auditCount(core, 'bank.item.create')).toBe(3);
    expect(auditCount(core, 'bank.item.approve')).toBe(1);
    expect(auditCount(core, 'bank.import', scheme.id)).toBe(1);
  });

  it('importing the same file again changes nothing, whatever happened to its questions since (edited, retired)', async () => {
    const { core, admin, scheme, principal, env, drafts } = await setUp();
    const first = applyBankItems(env, principal, scheme.id, drafts, NOW);
    await call(core, 'bank/retire', { itemId: first.outcomes[0].itemId! }, admin);
    await call(core, 'bank/save', { schemeId: scheme.id, itemId: first.outcomes[1].itemId!, item: mcInput(core, scheme.id, { prompt: { id: 'Diubah', en: null } }) }, admin);
    const before = checksum(core.db);
    const again = applyBankItems(env, principal, scheme.id, drafts, NOW);
    expect(checksum(core.db)).toBe(before);
    expect(again).toMatchObject({ added: 0, unchanged: 3, refused: 3 });
    expect(again.outcomes.slice(0, 3).map((o) => [o.outcome, o.itemId, o.status])).toEqual([
      ['unchanged', first.outcomes[0].itemId, 'retired'],
      ['unchanged', first.outcomes[1].itemId, 'draft'],
      ['unchanged', first.outcomes[2].itemId, 'draft'],
    ]);
  });

  it('rolls back every question and every new image file when the transaction fails', async () => {
    const { core, scheme, principal, env, drafts } = await setUp();
    const before = checksum(core.db);
    core.db.exec("CREATE TRIGGER fail_third BEFORE INSERT ON item WHEN (SELECT count(*) FROM item WHERE source_sha256 IS NOT NULL) = 2 BEGIN SELECT RAISE(ABORT, 'disk full'); END");
    expect(() => applyBankItems(env, principal, scheme.id, drafts, NOW)).toThrow(/disk full/);
    core.db.exec('DROP TRIGGER fail_third');
    expect(checksum(core.db)).toBe(before);
    expect(fs.existsSync(blobPath(core.dataDir, crypto.createHash('sha256').update(TINY_PNG).digest('hex')))).toBe(false);
  });
});
