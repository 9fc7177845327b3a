import crypto from 'node:crypto';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core';
import { storeUpload } from '../../../electron/core/bundles/transfers';
import { multipleChoiceSheet } from '../../../electron/core/cbt/scoring';
import { optionOrder } from '../../../electron/core/cbt/shuffle';
import { call, candidateId, demo, signInAs } from '../../support/core';
import { mcInput } from '../bank/support';
import { TINY_JPEG, TINY_PNG } from '../registry/photo-bytes';
import { examDay, storedAnswer } from './support';

const sha = (bytes: Uint8Array) => crypto.createHash('sha256').update(bytes).digest('hex');
const upload = async (core: Core, bytes: Uint8Array) => (await storeUpload(core.dataDir, Readable.from([Buffer.from(bytes)]))).uploadId;
const WRITTEN = demo.instruments.multipleChoice.length + demo.instruments.essay.length;

async function signIn(core: Core, token: string, index: number) {
  const c = demo.people.candidates[index];
  return (await call(core, 'auth/candidateSignIn', { participantNo: c.participantNo, password: c.password, token, deviceId: `lab-pc-0${index}` })).token;
}

describe('the paper drawn from the bank', () => {
  it('takes approved questions only: drafts and retired ones never reach a candidate; images travel with their stem and option', async () => {
    const { core, candidate, token } = await examDay(0);
    const admin = await signInAs(core, 'admin');
    const schemeId = core.db.prepare('SELECT scheme_id FROM session LIMIT 1').pluck().get() as string;

    // The demo as it always was: every written question, none with images.
    const before = await call(core, 'cbt/agree', { accept: true }, candidate);
    expect(before.items).toHaveLength(WRITTEN);
    expect(before.items.some((i) => 'images' in i)).toBe(false);

    const pg02 = core.db.prepare("SELECT id FROM item WHERE scheme_id = ? AND ref = 'PG-02'").pluck().get(schemeId) as string;
    await call(core, 'bank/retire', { itemId: pg02 }, admin);
    const draft = (await call(core, 'bank/save', { schemeId, itemId: null, item: mcInput(core, schemeId, { prompt: { id: 'Draf, belum disetujui', en: null } }) }, admin)).item;
    const pictured = (await call(core, 'bank/save', { schemeId, itemId: null, item: mcInput(core, schemeId, { prompt: { id: 'Perhatikan gambar berikut.', en: null } }) }, admin)).item;
    await call(
      core,
      'bank/setImages',
      {
        itemId: pictured.id,
        images: [
          { place: 'stem', files: [{ uploadId: await upload(core, TINY_PNG) }] },
          { place: 'option:1', files: [{ uploadId: await upload(core, TINY_JPEG) }] },
        ],
      },
      admin,
    );
    await call(core, 'bank/approve', { itemId: pictured.id }, admin);

    const second = await signIn(core, token, 1);
    const after = await call(core, 'cbt/agree', { accept: true }, second);
    const ids = after.items.map((i) => i.itemId);
    expect(ids).toHaveLength(WRITTEN);
    expect(ids).not.toContain(pg02);
    expect(ids).not.toContain(draft.id);
    const shown = after.items.find((i) => i.itemId === pictured.id)!;
    expect(shown.images?.stem).toEqual([sha(TINY_PNG)]);
    // Option B's image follows option B into this candidate's order.
    const at = shown.options.findIndex((o) => o.id === '<br>');
    expect(shown.images?.options.map((list, i) => (i === at ? list : list.length))).toEqual(shown.options.map((_, i) => (i === at ? [sha(TINY_JPEG)] : 0)));
    expect(after.items.filter((i) => 'images' in i).map((i) => i.itemId)).toEqual([pictured.id]);

    // The first candidate's paper is theirs: it still holds PG-02, retired since, and is scored with it.
    const again = await call(core, 'cbt/state', {}, candidate);
    expect(again.items.map((i) => i.itemId)).toEqual(before.items.map((i) => i.itemId));
    const sheet = multipleChoiceSheet(core.db, { sessionId: before.sessionId, candidateId: candidateId(core, 0) });
    expect(sheet.items.map((i) => i.itemId)).toContain(pg02);
    expect(sheet.items.map((i) => i.itemId)).not.toContain(pictured.id);
    // The second's answer sheet carries the stem's image for the printed FR.IA.05.
    const theirs = multipleChoiceSheet(core.db, { sessionId: before.sessionId, candidateId: candidateId(core, 1) });
    expect(theirs.items.find((i) => i.itemId === pictured.id)?.stemImages).toEqual([sha(TINY_PNG)]);
    expect(theirs.items.map((i) => i.itemId)).not.toContain(pg02);
  });

  it('a question kept in order shows its options A–E as written, and each attempt keeps what it showed when the setting changes later', async () => {
    const { core, candidate, token } = await examDay(0);
    const admin = await signInAs(core, 'admin');
    const schemeId = core.db.prepare('SELECT scheme_id FROM session LIMIT 1').pluck().get() as string;
    const texts = ['Router', 'Switch', 'Hub', 'A dan B benar', 'Semua jawaban di atas benar'];
    const options = texts.map((id, i) => ({ text: { id, en: null }, correct: i === 3 }));
    const prompt = { id: 'Perangkat yang bekerja di lapisan jaringan adalah …', en: null };
    const saved = (await call(core, 'bank/save', { schemeId, itemId: null, item: mcInput(core, schemeId, { prompt, options, optionsInOrder: true }) }, admin)).item;
    await call(core, 'bank/approve', { itemId: saved.id }, admin);

    const first = await call(core, 'cbt/agree', { accept: true }, candidate);
    expect(first.items.find((i) => i.itemId === saved.id)?.options.map((o) => o.id)).toEqual(texts);
    // Letter D as shown is option D as written, the key: the save, the state and FR.IA.05 agree.
    await call(core, 'cbt/save', { itemId: saved.id, seq: 1, choice: 3, text: null, doubtful: false }, candidate);
    expect(storedAnswer(core, saved.id)?.choice).toBe(3);
    const sheet = multipleChoiceSheet(core.db, { sessionId: first.sessionId, candidateId: candidateId(core, 0) });
    expect(sheet.items.find((i) => i.itemId === saved.id)).toMatchObject({ answer: 'D', key: 'D', achieved: true });

    // The setting changes at this TUK (a later session bundle, say): the started attempt keeps the order it showed.
    core.db.prepare('UPDATE item SET options_in_order = 0 WHERE id = ?').run(saved.id);
    const again = await call(core, 'cbt/state', {}, candidate);
    expect(again.items.find((i) => i.itemId === saved.id)?.options.map((o) => o.id)).toEqual(texts);
    expect(multipleChoiceSheet(core.db, { sessionId: first.sessionId, candidateId: candidateId(core, 0) }).items.find((i) => i.itemId === saved.id)?.answer).toBe('D');

    // An attempt started after it shuffles the question by its own seed, as any other.
    const second = await signIn(core, token, 1);
    const theirs = await call(core, 'cbt/agree', { accept: true }, second);
    const seed = core.db.prepare('SELECT seed FROM attempt WHERE candidate_id = ?').pluck().get(candidateId(core, 1)) as string;
    expect(theirs.items.find((i) => i.itemId === saved.id)?.options.map((o) => o.id)).toEqual(optionOrder(seed, saved.id, texts.length).map((i) => texts[i]));
    expect(core.db.prepare('SELECT options_in_order FROM attempt WHERE candidate_id = ?').pluck().get(candidateId(core, 1))).toBe('[]');
    expect(JSON.parse(core.db.prepare('SELECT options_in_order FROM attempt WHERE candidate_id = ?').pluck().get(candidateId(core, 0)) as string)).toEqual([saved.id]);
  });

  it('the assessor sees approved questions and those a seat already has, never drafts', async () => {
    const { core, seat } = await examDay(0);
    const admin = await signInAs(core, 'admin');
    const assessor = await signInAs(core, 'assessor1');
    const schemeId = core.db.prepare('SELECT scheme_id FROM session LIMIT 1').pluck().get() as string;
    const mine = core.db
      .prepare('SELECT candidate_id FROM session_candidate WHERE assessor_id = (SELECT assessor_id FROM account WHERE username = ?) LIMIT 1')
      .pluck()
      .get(demo.people.assessors[0].username) as string;
    const ls01 = core.db.prepare("SELECT id FROM item WHERE scheme_id = ? AND ref = 'LS-01'").pluck().get(schemeId) as string;
    const oral = { ...mcInput(core, schemeId), kind: 'oral' as const, options: [], expected: { id: 'Kunci', en: null } };
    const draft = (await call(core, 'bank/save', { schemeId, itemId: null, item: oral }, admin)).item;
    const ws = await call(core, 'assessment/workspace', { sessionId: seat.sessionId, candidateId: mine }, assessor);
    expect(ws.oral.map((q) => q.itemId)).toContain(ls01);
    expect(ws.oral.map((q) => q.itemId)).not.toContain(draft.id);
    expect((await call(core, 'assessment/score', { sessionId: seat.sessionId, candidateId: mine, seq: 1, instrument: 'oral', targetId: ls01, verdict: 'yes', score: null, response: 'ok', note: null }, assessor)).stored).toBe(true);
    await call(core, 'bank/retire', { itemId: ls01 }, admin);
    // Scored before it was retired: it stays on this candidate's FR.IA.07.
    const later = await call(core, 'assessment/workspace', { sessionId: seat.sessionId, candidateId: mine }, assessor);
    expect(later.oral.map((q) => q.itemId)).toContain(ls01);
  });
});
