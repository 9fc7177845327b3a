import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core';
import { sessionRules } from '../../../electron/core/bundles/kinds/session';
import { resultsRules } from '../../../electron/core/bundles/kinds/results';
import type { TableRule } from '../../../electron/core/bundles/rules';
import { multipleChoiceSheet } from '../../../electron/core/cbt/scoring';
import { call, candidateId, demo, demoSessionId, releaseToken, signInAs } from '../../support/core';
import { exportSessionBundle, importResults, lspCore, tukStation, upload } from '../../support/bundles';

/**
 * A question whose options keep their order (migration 034) travels to the TUK in the session bundle, and what
 * each attempt showed travels back in the results bundle, so the LSP prints the letters the candidate saw. An LSP
 * and its TUKs do not upgrade on the same day: a bundle from an app before it lacks the columns.
 */

/** The demo's first multiple-choice question, at the LSP. */
const firstQuestion = (core: Core) => core.db.prepare("SELECT id FROM item WHERE kind = 'multiple_choice' AND ref = 'PG-01'").pluck().get() as string;

/** Runs `write` with `rules`' entry `name` lacking `column`, as an earlier app's writer had it. */
async function writtenWithout<T>(rules: readonly TableRule[], name: string, column: string, write: () => Promise<T>): Promise<T> {
  const rule = rules.find((r) => r.name === name) as { columns: readonly string[] };
  const columns = rule.columns;
  rule.columns = columns.filter((c) => c !== column);
  try {
    return await write();
  } finally {
    rule.columns = columns;
  }
}

async function heldAtTuk(lsp: Core) {
  const exported = await exportSessionBundle(lsp);
  const tuk = await tukStation();
  const proctor = await signInAs(tuk, 'proctor');
  const preview = await call(tuk, 'bundles/preview', { uploadId: upload(tuk, exported.filePath), passphrase: exported.generatedPassphrase ?? undefined, expectKind: 'session' }, proctor);
  await call(tuk, 'bundles/apply', { importId: preview.importId, confirmSigner: preview.signer.fingerprint }, proctor);
  const token = await releaseToken(tuk);
  const c = demo.people.candidates[0];
  const candidate = (await call(tuk, 'auth/candidateSignIn', { participantNo: c.participantNo, password: c.password, token, deviceId: 'lab-pc-00' })).token;
  const state = await call(tuk, 'cbt/agree', { accept: true }, candidate);
  let seq = 0;
  for (const item of state.items) {
    const essay = item.kind === 'essay';
    await call(tuk, 'cbt/save', { itemId: item.itemId, seq: ++seq, choice: essay ? null : 1, text: essay ? 'Jawaban' : null, doubtful: false }, candidate);
  }
  await call(tuk, 'cbt/submit', { confirm: true }, candidate);
  const exportResults = async () => (await call(tuk, 'bundles/exportResults', { sessionId: demoSessionId(tuk), operationId: crypto.randomUUID() }, proctor)).filePath;
  return { tuk, state, exportResults };
}

const seat = (core: Core) => ({ sessionId: demoSessionId(core), candidateId: candidateId(core, 0) });
const letters = (core: Core) => multipleChoiceSheet(core.db, seat(core)).items.map((i) => [i.itemId, i.answer]);

describe('options kept in their order, between the LSP and a TUK', () => {
  it('reach the TUK with the question; the attempt that showed them so comes back, and the LSP prints the letters the candidate saw', async () => {
    const lsp = await lspCore();
    const kept = firstQuestion(lsp);
    lsp.db.prepare('UPDATE item SET options_in_order = 1 WHERE id = ?').run(kept);
    const { tuk, state, exportResults } = await heldAtTuk(lsp);
    expect(tuk.db.prepare('SELECT options_in_order FROM item WHERE id = ?').pluck().get(kept)).toBe(1);
    const shown = state.items.find((i) => i.itemId === kept)!;
    expect(shown.options.map((o) => o.id)).toEqual(lsp.db.prepare('SELECT text_id FROM item_option WHERE item_id = ? ORDER BY ordinal').pluck().all(kept));
    expect(multipleChoiceSheet(tuk.db, seat(tuk)).items.find((i) => i.itemId === kept)?.answer).toBe('B');

    await importResults(lsp, await exportResults());
    expect(JSON.parse(lsp.db.prepare('SELECT options_in_order FROM attempt').pluck().get() as string)).toEqual([kept]);
    expect(letters(lsp)).toEqual(letters(tuk));
  });

  it('a TUK before them: the LSP reads its attempts as having shuffled every question, which that TUK did', async () => {
    const lsp = await lspCore();
    const { tuk, exportResults } = await heldAtTuk(lsp);
    // Made so here to stand for an app that never wrote the column: the LSP's question now says "in order".
    const kept = firstQuestion(lsp);
    lsp.db.prepare('UPDATE item SET options_in_order = 1 WHERE id = ?').run(kept);
    const file = await writtenWithout(resultsRules, 'attempt', 'options_in_order', exportResults);
    await importResults(lsp, file);
    expect(lsp.db.prepare('SELECT options_in_order FROM attempt').pluck().get()).toBe('[]');
    expect(letters(lsp)).toEqual(letters(tuk));
  });

  it("an LSP before them: the session bundle's questions leave the TUK's setting as it is", async () => {
    const lsp = await lspCore();
    const kept = firstQuestion(lsp);
    lsp.db.prepare('UPDATE item SET options_in_order = 1 WHERE id = ?').run(kept);
    const { tuk } = await writtenWithout(sessionRules, 'item', 'options_in_order', () => heldAtTuk(lsp));
    expect(tuk.db.prepare('SELECT options_in_order FROM item WHERE id = ?').pluck().get(kept)).toBe(0);
    expect(tuk.db.prepare('SELECT options_in_order FROM attempt').pluck().get()).toBe('[]');
  });
});
