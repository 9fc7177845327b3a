import type { AgreementEvidence } from '../../shared/cbt';
import { AGREEMENT_EVIDENCE } from '../../shared/cbt';
import type { Db } from '../db/open';
import * as run from '../db/queries/exam-run';

const EVIDENCE_OF_KIND: Record<string, AgreementEvidence> = {
  observation: 'observation',
  multiple_choice: 'written',
  essay: 'written',
  oral: 'oral',
  supporting: 'interview',
};

/**
 * FR.AK.01's evidence list: what the scheme's instruments will collect. The candidate's screen and the
 * printed form both read it from here, so the paper ticks exactly what the candidate accepted (a scheme a
 * session uses is frozen, so the list cannot change after the agreement).
 */
export function agreementEvidence(db: Db, schemeId: string): AgreementEvidence[] {
  const kinds = new Set(run.itemKindsOfScheme(db, schemeId).map((k) => EVIDENCE_OF_KIND[k]));
  return AGREEMENT_EVIDENCE.filter((e) => kinds.has(e));
}
