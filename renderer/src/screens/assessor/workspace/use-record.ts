import { useRef, useState } from 'react';
import type { AssessmentRecordState, Workspace } from '../../../../../electron/shared/assessment';
import { useClient } from '../../../session/SessionProvider';
import type { Saver } from './use-saver';

export type RecordFields = Omit<AssessmentRecordState, 'seq' | 'savedAt'>;

const EMPTY: RecordFields = { knowledgeConclusion: null, knowledgeNote: null, recommendation: null, followUp: null, comment: null };

/** The candidate's record (FR.IA.05 conclusion, FR.AK.02 recommendation and notes), always saved whole. */
export function useRecord(ws: Workspace, { save }: Saver) {
  const client = useClient();
  const [fields, setFields] = useState<RecordFields>(() => {
    if (!ws.record) return EMPTY;
    const { seq: _seq, savedAt: _savedAt, ...rest } = ws.record;
    return rest;
  });
  // Two quick edits (a blur, then a click) must both build on the newest fields, not on one render's copy.
  const latest = useRef(fields);
  const lastSaved = useRef(JSON.stringify(fields));
  const update = (patch: Partial<RecordFields>, persist = true): Promise<boolean> => {
    const next = { ...latest.current, ...patch };
    latest.current = next;
    setFields(next);
    // Leaving a field unchanged saves nothing (no empty audit entries).
    if (!persist || JSON.stringify(next) === lastSaved.current) return Promise.resolve(true);
    lastSaved.current = JSON.stringify(next);
    return save((seq) =>
      client.call('assessment/saveRecord', { sessionId: ws.header.sessionId, candidateId: ws.candidate.candidateId, seq, ...next }),
    );
  };
  return { fields, update };
}
