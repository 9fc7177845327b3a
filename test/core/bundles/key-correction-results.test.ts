import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { call, candidateId, demoSessionId, failure, signInAs } from '../../support/core';
import { answeredAtTuk, upload } from '../../support/bundles';
import { installationPublicKeys, unsealKeyMaterial } from '../../../electron/core/keys/installation';
import { attacker, forge } from '../../support/forge';
import { resultsRules } from '../../../electron/core/bundles/kinds/results';
import type { TableRule } from '../../../electron/core/bundles/rules';

describe('a key correction in the results bundle', () => {
  it('arrives at the LSP and is counted there as at the TUK; the LSP cannot correct the key itself', async () => {
    const { lsp, tuk, proctor, candidate } = await answeredAtTuk();
    const sessionId = demoSessionId(tuk);
    await call(tuk, 'cbt/submit', { confirm: true }, candidate);
    const seat = { sessionId, candidateId: candidateId(tuk, 0) };
    const assessor = await signInAs(tuk, 'assessor1');
    const before = await call(tuk, 'assessment/workspace', seat, assessor);
    // Every answer was the first option shown: the misses are the questions to re-key or annul.
    const missed = before.multipleChoice.items.filter((i) => !i.achieved);
    expect(missed.length).toBeGreaterThanOrEqual(2);
    const [annul, accept] = missed;
    const chosen = tuk.db.prepare('SELECT n.choice FROM answer n JOIN attempt t ON t.id = n.attempt_id WHERE t.candidate_id = ? AND n.item_id = ?');
    await call(tuk, 'assessment/correctKey', { sessionId, itemId: annul.itemId, action: 'annul', option: null, reason: 'Soal keluar dari SKKNI' }, assessor);
    await call(tuk, 'assessment/correctKey', { sessionId, itemId: accept.itemId, action: 'accept', option: chosen.pluck().get(seat.candidateId, accept.itemId) as number, reason: 'Opsi ini juga benar' }, assessor);
    const atTuk = await call(tuk, 'assessment/workspace', seat, assessor);
    expect(atTuk.multipleChoice.items.length).toBe(before.multipleChoice.items.length - 1);

    const admin = await signInAs(lsp, 'admin');
    const file = (await call(tuk, 'bundles/exportResults', { sessionId, operationId: crypto.randomUUID() }, proctor)).filePath;
    const preview = await call(lsp, 'bundles/preview', { uploadId: upload(lsp, file), expectKind: 'results' }, admin);
    expect(preview.tables.find((t) => t.table === 'key_correction')).toMatchObject({ added: 2, conflicts: 0 });
    await call(lsp, 'bundles/apply', { importId: preview.importId, confirmSigner: preview.signer.fingerprint }, admin);
    expect(lsp.db.prepare('SELECT action, reason FROM key_correction ORDER BY action').all()).toEqual([
      { action: 'accept', reason: 'Opsi ini juga benar' },
      { action: 'annul', reason: 'Soal keluar dari SKKNI' },
    ]);

    // The LSP's review counts as the TUK's FR.IA.05 does, and the workspace it reads shows the same corrections.
    const review = await call(lsp, 'results/review', { sessionId }, admin);
    const mc = review.candidates.find((c) => c.candidateId === seat.candidateId)!.evidence.multipleChoice;
    expect({ total: mc.total, achieved: mc.achieved }).toEqual({
      total: atTuk.multipleChoice.items.length,
      achieved: atTuk.multipleChoice.items.filter((i) => i.achieved).length,
    });
    expect(review.keyCorrections.map((c) => [c.action, c.ref, c.by])).toEqual([
      ['annul', annul.ref, 'Dra. Sri Wahyuningsih, M.Kom.'],
      ['accept', accept.ref, 'Dra. Sri Wahyuningsih, M.Kom.'],
    ]);
    const atLsp = await call(lsp, 'assessment/workspace', seat, admin);
    expect(atLsp.multipleChoice).toEqual(atTuk.multipleChoice);

    // At the LSP the key is not corrected: its results are the TUK's.
    const lspAssessor = await signInAs(lsp, 'assessor1');
    const third = missed[2] ?? before.multipleChoice.items[0];
    expect((await failure(lsp, 'assessment/correctKey', { sessionId, itemId: third.itemId, action: 'annul', option: null, reason: 'Dari kantor' }, lspAssessor)).code).toBe('KEY_CORRECTION_NOT_HERE');
  });

  it('a later bundle of the session brings a withdrawal (and a correction made again): the LSP ends with the TUK\'s corrections in force', async () => {
    const { lsp, tuk, proctor, candidate } = await answeredAtTuk();
    const sessionId = demoSessionId(tuk);
    await call(tuk, 'cbt/submit', { confirm: true }, candidate);
    const seat = { sessionId, candidateId: candidateId(tuk, 0) };
    const assessor = await signInAs(tuk, 'assessor1');
    const admin = await signInAs(lsp, 'admin');
    const before = await call(tuk, 'assessment/workspace', seat, assessor);
    const [first, second] = before.multipleChoice.items.filter((i) => !i.achieved);
    const annul = (itemId: string, reason: string) => call(tuk, 'assessment/correctKey', { sessionId, itemId, action: 'annul', option: null, reason }, assessor);
    const carry = async () => {
      const file = (await call(tuk, 'bundles/exportResults', { sessionId, operationId: crypto.randomUUID() }, proctor)).filePath;
      const preview = await call(lsp, 'bundles/preview', { uploadId: upload(lsp, file), expectKind: 'results' }, admin);
      await call(lsp, 'bundles/apply', { importId: preview.importId, confirmSigner: preview.signer.fingerprint }, admin);
      return preview;
    };
    const atBoth = async () => ({
      tuk: (await call(tuk, 'assessment/workspace', seat, assessor)).multipleChoice,
      lsp: (await call(lsp, 'assessment/workspace', seat, admin)).multipleChoice,
      tukList: (await call(tuk, 'assessment/keyCorrections', { sessionId }, assessor)).corrections,
      lspList: (await call(lsp, 'results/review', { sessionId }, admin)).keyCorrections,
    });
    await annul(first.itemId, 'Salah soal');
    await carry();
    expect((await atBoth()).lsp.items.some((i) => i.itemId === first.itemId)).toBe(false);

    // At the TUK: the annulment withdrawn, the right question annulled, and the first one annulled again after all.
    await call(tuk, 'assessment/withdrawKeyCorrection', { sessionId, itemId: first.itemId, action: 'annul', option: null, reason: 'Yang dimaksud soal lain' }, assessor);
    await annul(second.itemId, 'Soal keluar dari SKKNI');
    const preview = await carry();
    expect(preview.tables.find((t) => t.table === 'key_correction')).toMatchObject({ added: 1, unchanged: 1, conflicts: 0 });
    expect(preview.tables.find((t) => t.table === 'key_correction_withdrawal')).toMatchObject({ added: 1, conflicts: 0 });
    let now = await atBoth();
    expect(now.lsp).toEqual(now.tuk);
    expect(now.lsp.items.some((i) => i.itemId === first.itemId)).toBe(true);
    expect(now.lsp.items.some((i) => i.itemId === second.itemId)).toBe(false);
    expect(now.lspList).toEqual(now.tukList);
    expect(now.lspList.map((c) => [c.ref, c.withdrawal?.reason ?? null])).toEqual([
      [first.ref, 'Yang dimaksud soal lain'],
      [second.ref, null],
    ]);
    const review = await call(lsp, 'results/review', { sessionId }, admin);
    const mc = review.candidates.find((c) => c.candidateId === seat.candidateId)!.evidence.multipleChoice;
    expect({ total: mc.total, achieved: mc.achieved }).toEqual({ total: now.tuk.items.length, achieved: now.tuk.items.filter((i) => i.achieved).length });

    await annul(first.itemId, 'Ternyata memang tidak valid');
    await carry();
    now = await atBoth();
    expect(now.lsp).toEqual(now.tuk);
    expect(now.lspList).toEqual(now.tukList);
    expect(now.lsp.items.some((i) => i.itemId === first.itemId)).toBe(false);
    expect(lsp.db.prepare('SELECT count(*) FROM key_correction').pluck().get()).toBe(3);
  });

  it('leaves the LSP with the withdrawal when the bundle exported before it arrives after the one exported after it', async () => {
    const { lsp, tuk, proctor, candidate } = await answeredAtTuk();
    const sessionId = demoSessionId(tuk);
    await call(tuk, 'cbt/submit', { confirm: true }, candidate);
    const seat = { sessionId, candidateId: candidateId(tuk, 0) };
    const assessor = await signInAs(tuk, 'assessor1');
    const admin = await signInAs(lsp, 'admin');
    const [missed] = (await call(tuk, 'assessment/workspace', seat, assessor)).multipleChoice.items.filter((i) => !i.achieved);
    const exported = async () => (await call(tuk, 'bundles/exportResults', { sessionId, operationId: crypto.randomUUID() }, proctor)).filePath;
    await call(tuk, 'assessment/correctKey', { sessionId, itemId: missed.itemId, action: 'annul', option: null, reason: 'Soal tidak valid' }, assessor);
    const older = await exported();
    await call(tuk, 'assessment/withdrawKeyCorrection', { sessionId, itemId: missed.itemId, action: 'annul', option: null, reason: 'Salah soal' }, assessor);
    const newer = await exported();
    // The sticks arrive in the wrong order: the newer bundle first, then the older one, refused as a replay.
    const preview = await call(lsp, 'bundles/preview', { uploadId: upload(lsp, newer), expectKind: 'results' }, admin);
    await call(lsp, 'bundles/apply', { importId: preview.importId, confirmSigner: preview.signer.fingerprint }, admin);
    expect(await failure(lsp, 'bundles/preview', { uploadId: upload(lsp, older), expectKind: 'results' }, admin)).toMatchObject({ code: 'BUNDLE_REPLAYED' });
    const atTuk = (await call(tuk, 'assessment/workspace', seat, assessor)).multipleChoice;
    const atLsp = (await call(lsp, 'assessment/workspace', seat, admin)).multipleChoice;
    expect(atLsp).toEqual(atTuk);
    expect(atLsp.items.some((i) => i.itemId === missed.itemId)).toBe(true);
    expect((await call(lsp, 'results/review', { sessionId }, admin)).keyCorrections.map((c) => c.withdrawal?.reason ?? null)).toEqual(['Salah soal']);
  });

  it("is refused when it names a question that is not one of the session's multiple choice (the bundle's ownership check)", async () => {
    const { lsp, tuk, candidate, exportFile } = await answeredAtTuk();
    const sessionId = demoSessionId(tuk);
    await call(tuk, 'cbt/submit', { confirm: true }, candidate);
    const assessor = await signInAs(tuk, 'assessor1');
    const ws = await call(tuk, 'assessment/workspace', { sessionId, candidateId: candidateId(tuk, 0) }, assessor);
    await call(tuk, 'assessment/correctKey', { sessionId, itemId: ws.multipleChoice.items[0].itemId, action: 'annul', option: null, reason: 'Soal tidak valid' }, assessor);
    const essay = tuk.db.prepare("SELECT id FROM item WHERE kind = 'essay' LIMIT 1").pluck().get() as string;
    const file = forge({
      file: await exportFile(),
      open: { identity: unsealKeyMaterial(lsp.db, lsp.context.vault).ageIdentity },
      by: attacker(),
      to: installationPublicKeys(lsp.db).ageRecipient,
      edit: (_m, tables) => {
        for (const row of tables.get('key_correction') ?? []) row.item_id = essay;
      },
    });
    const admin = await signInAs(lsp, 'admin');
    const reply = await lsp.dispatch('bundles/preview', { uploadId: upload(lsp, file), expectKind: 'results' }, admin);
    const refused = reply.ok
      ? await lsp.dispatch('bundles/apply', { importId: (reply.result as { importId: string }).importId, confirmSigner: (reply.result as { signer: { fingerprint: string } }).signer.fingerprint }, admin)
      : reply;
    expect(refused).toMatchObject({ ok: false, error: { code: 'BUNDLE_NOT_OWNER' } });
    expect(lsp.db.prepare('SELECT count(*) FROM key_correction').pluck().get()).toBe(0);
  });

  it("refuses a withdrawal naming a question that is not one of the session's multiple choice, and takes nothing of the bundle", async () => {
    const { lsp, tuk, candidate, exportFile } = await answeredAtTuk();
    const sessionId = demoSessionId(tuk);
    await call(tuk, 'cbt/submit', { confirm: true }, candidate);
    const assessor = await signInAs(tuk, 'assessor1');
    const ws = await call(tuk, 'assessment/workspace', { sessionId, candidateId: candidateId(tuk, 0) }, assessor);
    const correction = { sessionId, itemId: ws.multipleChoice.items[0].itemId, action: 'annul' as const, option: null, reason: 'Soal tidak valid' };
    await call(tuk, 'assessment/correctKey', correction, assessor);
    await call(tuk, 'assessment/withdrawKeyCorrection', { ...correction, reason: 'Salah soal' }, assessor);
    const essay = tuk.db.prepare("SELECT id FROM item WHERE kind = 'essay' LIMIT 1").pluck().get() as string;
    const file = forge({
      file: await exportFile(),
      open: { identity: unsealKeyMaterial(lsp.db, lsp.context.vault).ageIdentity },
      by: attacker(),
      to: installationPublicKeys(lsp.db).ageRecipient,
      edit: (_m, tables) => {
        expect(tables.get('key_correction_withdrawal')).toHaveLength(1);
        for (const row of tables.get('key_correction_withdrawal') ?? []) row.item_id = essay;
      },
    });
    const admin = await signInAs(lsp, 'admin');
    const reply = await lsp.dispatch('bundles/preview', { uploadId: upload(lsp, file), expectKind: 'results' }, admin);
    const refused = reply.ok
      ? await lsp.dispatch('bundles/apply', { importId: (reply.result as { importId: string }).importId, confirmSigner: (reply.result as { signer: { fingerprint: string } }).signer.fingerprint }, admin)
      : reply;
    expect(refused).toMatchObject({ ok: false, error: { code: 'BUNDLE_NOT_OWNER' } });
    expect(lsp.db.prepare('SELECT (SELECT count(*) FROM key_correction) + (SELECT count(*) FROM key_correction_withdrawal)').pluck().get()).toBe(0);
  });

  it("imports a results bundle from a TUK's app before ralat kunci (no key correction entries) as holding none", async () => {
    const { lsp, tuk, proctor, candidate } = await answeredAtTuk();
    const sessionId = demoSessionId(tuk);
    await call(tuk, 'cbt/submit', { confirm: true }, candidate);
    // The earlier app's writer: the same rules without the tables it did not know (put back before the import).
    const rules = resultsRules as TableRule[];
    const later = rules.filter((r) => r.addedLater);
    expect(later.map((r) => r.name)).toEqual(['session_candidate', 'key_correction', 'key_correction_withdrawal']);
    const kept = rules.splice(0, rules.length, ...rules.filter((r) => !r.addedLater));
    let file: string;
    try {
      file = (await call(tuk, 'bundles/exportResults', { sessionId, operationId: crypto.randomUUID() }, proctor)).filePath;
    } finally {
      rules.splice(0, rules.length, ...kept);
    }
    const admin = await signInAs(lsp, 'admin');
    const preview = await call(lsp, 'bundles/preview', { uploadId: upload(lsp, file), expectKind: 'results' }, admin);
    expect(preview.tables.find((t) => t.table === 'key_correction')).toMatchObject({ added: 0, updated: 0, conflicts: 0 });
    expect(preview.tables.find((t) => t.table === 'attempt')).toMatchObject({ added: 1 });
    await call(lsp, 'bundles/apply', { importId: preview.importId, confirmSigner: preview.signer.fingerprint }, admin);
    expect(lsp.db.prepare('SELECT count(*) FROM attempt WHERE session_id = ?').pluck().get(sessionId)).toBe(1);
  });
});
