import type { Core } from '../../../electron/core';
import type { Workspace } from '../../../electron/shared/assessment';
import { call, demo, signInAs } from '../../support/core';
import { correctOrdinal, examDay } from '../cbt/support';

/**
 * A demo core where candidate `index` took the test: every multiple-choice answer right except the
 * refs in `wrong`, an essay text for every essay, submitted. Returns the candidate's assessor signed in.
 */
export async function testTaken(index = 0, wrong: readonly string[] = []) {
  const day = await examDay(index);
  await answerAndSubmit(day.core, day.candidate, wrong);
  const assessor = await signInAs(day.core, index < 6 ? 'assessor1' : 'assessor2');
  return { ...day, assessor };
}

/** A signed-in candidate agrees to FR.AK.01, answers (every multiple choice right but the refs in `wrong`, an essay text each) and submits. */
export async function answerAndSubmit(core: Core, candidate: string, wrong: readonly string[] = []): Promise<void> {
  const state = await call(core, 'cbt/agree', { accept: true }, candidate);
  let seq = 0;
  for (const item of state.items) {
    if (item.kind === 'essay') {
      await call(core, 'cbt/save', { itemId: item.itemId, seq: ++seq, choice: null, text: `Jawaban esai ${item.number}`, doubtful: false }, candidate);
      continue;
    }
    const original = demo.instruments.multipleChoice.find((q) => q.prompt.id === item.prompt.id)!;
    const correct = original.options[correctOrdinal(core, item.itemId)].id;
    const shown = item.options.findIndex((o) => (wrong.includes(original.ref) ? o.id !== correct : o.id === correct));
    await call(core, 'cbt/save', { itemId: item.itemId, seq: ++seq, choice: shown, text: null, doubtful: false }, candidate);
  }
  await call(core, 'cbt/submit', { confirm: true }, candidate);
}

/** Scores every hand-scored instrument as achieved (observation K), with the seat's sequence numbers. */
export async function scoreAllAchieved(
  core: Core,
  assessor: string,
  seat: { sessionId: string; candidateId: string },
  options: { askQuestions?: boolean } = {},
): Promise<Workspace> {
  const ws = await call(core, 'assessment/workspace', seat, assessor);
  let seq = ws.lastSeq;
  for (const e of ws.essays) {
    const yes = e.scoring === 'score_0_3' ? { verdict: null, score: 3 } : { verdict: 'yes' as const, score: null };
    await call(core, 'assessment/score', { ...seat, seq: ++seq, instrument: 'essay', targetId: e.itemId, ...yes, response: null, note: null }, assessor);
  }
  const asked = options.askQuestions === false ? [] : ([['oral', ws.oral], ['supporting', ws.supporting]] as const);
  for (const [instrument, rows] of asked) {
    for (const q of rows) {
      await call(core, 'assessment/score', { ...seat, seq: ++seq, instrument, targetId: q.itemId, verdict: 'yes', score: null, response: 'Dijawab dengan benar', note: null }, assessor);
    }
  }
  for (const k of ws.observation.flatMap((u) => u.elements.flatMap((e) => e.kuks))) {
    await call(core, 'assessment/score', { ...seat, seq: ++seq, instrument: 'observation', targetId: k.observationId, verdict: 'k', score: null, response: null, note: null }, assessor);
  }
  return call(core, 'assessment/workspace', seat, assessor);
}

/** Decides every unit as the core suggests and records the conclusion and recommendation the units allow. */
export async function decideAsSuggested(core: Core, assessor: string, seat: { sessionId: string; candidateId: string }): Promise<Workspace> {
  let ws = await call(core, 'assessment/workspace', seat, assessor);
  let seq = ws.lastSeq;
  for (const u of ws.units) {
    await call(core, 'assessment/decideUnit', { ...seat, unitId: u.unitId, seq: ++seq, decision: u.suggestion, comment: null, extraEvidence: [] }, assessor);
  }
  ws = await call(core, 'assessment/workspace', seat, assessor);
  await call(
    core,
    'assessment/saveRecord',
    { ...seat, seq: seq + 1, knowledgeConclusion: ws.multipleChoice.allAchieved ? 'achieved' : 'not_yet', knowledgeNote: null, recommendation: ws.allowedRecommendation, followUp: null, comment: null },
    assessor,
  );
  return call(core, 'assessment/workspace', seat, assessor);
}

export const ASSESSOR_PASSWORD = { assessor1: 'asesor123!', assessor2: 'asesor234!' } as const;
