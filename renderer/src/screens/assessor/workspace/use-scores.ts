import { useRef, useState } from 'react';
import type { ScoreInput, ScoredInstrument, Workspace } from '../../../../../electron/shared/assessment';
import { useClient } from '../../../session/SessionProvider';
import type { Saver } from './use-saver';

const keyOf = (instrument: ScoredInstrument, targetId: string) => `${instrument}:${targetId}`;

/** The scores stored in the core, from the workspace. */
function storedScores(ws: Workspace): Map<string, ScoreInput> {
  const all = [
    ...ws.essays.map((e) => e.score),
    ...ws.oral.map((q) => q.score),
    ...ws.supporting.map((q) => q.score),
    ...ws.observation.flatMap((u) => u.elements.flatMap((e) => e.kuks.map((k) => k.score))),
  ];
  return new Map(all.filter((s) => s !== null).map((s) => [keyOf(s.instrument, s.targetId), s]));
}

/**
 * The fields assessment/score takes. A score read from the core also carries its seq and savedAt, which
 * the contract refuses (BAD_ARGS, unrecognized keys): every change to a score stored before a reload failed.
 */
export function scoreInput(s: ScoreInput): ScoreInput {
  return { instrument: s.instrument, targetId: s.targetId, verdict: s.verdict, score: s.score, response: s.response, note: s.note };
}

/**
 * One candidate's scores as the assessor edits them: what is typed shows at once (a local overlay),
 * and each change is saved whole with the next sequence number.
 */
export function useScores(ws: Workspace, { save }: Saver) {
  const client = useClient();
  const [local, setLocal] = useState<Map<string, ScoreInput>>(new Map());
  const stored = storedScores(ws);
  const lastSaved = useRef(new Map<string, string>());

  const get = (instrument: ScoredInstrument, targetId: string): ScoreInput => {
    const k = keyOf(instrument, targetId);
    return local.get(k) ?? stored.get(k) ?? { instrument, targetId, verdict: null, score: null, response: null, note: null };
  };

  /** Changes what is shown; `persist` also saves it (text fields persist on blur, buttons at once). */
  const set = (raw: ScoreInput, persist = true) => {
      // An emptied text field is no text at all.
      const input = scoreInput({ ...raw, response: raw.response === '' ? null : raw.response, note: raw.note === '' ? null : raw.note });
      const k = keyOf(input.instrument, input.targetId);
      setLocal((prev) => new Map(prev).set(k, input));
      const shape = JSON.stringify([input.verdict, input.score, input.response, input.note]);
      const before = stored.get(k);
      const previous = lastSaved.current.get(k) ?? (before ? JSON.stringify([before.verdict, before.score, before.response, before.note]) : JSON.stringify([null, null, null, null]));
      // Leaving a field unchanged saves nothing (no empty audit entries).
      if (persist && shape !== previous) {
        lastSaved.current.set(k, shape);
        const sessionId = ws.header.sessionId;
        const candidateId = ws.candidate.candidateId;
        void save((seq) => client.call('assessment/score', { sessionId, candidateId, seq, ...input }));
      }
  };

  return { get, set, locked: ws.signature !== null };
}
