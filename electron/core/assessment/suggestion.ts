import type { Decision, KukReason, ReasonKind } from '../../shared/assessment';
import type { Bilingual } from '../../shared/types';

/** One piece of evidence mapped to a KUK, as it stands for this candidate. */
export type ItemEvidence = {
  ref: string;
  instrument: 'multiple_choice' | 'essay' | 'oral' | 'supporting';
  /** `pending`: not scored yet (an essay not marked, a test not submitted, a question not asked). */
  state: 'achieved' | 'not_achieved' | 'pending';
};

export type KukEvidence = {
  kukNumber: string;
  elementNo: number;
  text: Bilingual;
  /** FR.IA.01 for this KUK: `none` when the scheme has no observation benchmark for it; null when not recorded yet. */
  observation: 'k' | 'bk' | 'further' | null | 'none';
  items: ItemEvidence[];
};

/** Written questions are taken by every candidate, so an unscored one is missing evidence. */
const REQUIRED: ReadonlySet<ItemEvidence['instrument']> = new Set(['multiple_choice', 'essay']);
/** Oral (FR.IA.07) and supporting (FR.IA.03) questions are asked when the assessor needs them: they confirm. */
const CONFIRMING: ReadonlySet<ItemEvidence['instrument']> = new Set(['oral', 'supporting']);

/**
 * What keeps one KUK from being covered by sufficient evidence, or null when it is covered.
 *
 * A KUK is covered when all of these hold:
 * - FR.IA.01 does not say BK and has no open penilaian lanjut for it;
 * - every required piece of evidence is recorded: the observation (when the scheme has a benchmark
 *   for the KUK) and every written question (multiple choice, essay) mapped to it;
 * - every question mapped to it that was scored is achieved, or, when one is not, an oral or
 *   supporting question on the same KUK was achieved (the assessor confirmed the knowledge by asking);
 * - at least one piece of evidence is achieved (observation K or an achieved question).
 * Checked in that order, so the first reason shown is the strongest.
 */
export function kukShortfall(kuk: KukEvidence): { kind: ReasonKind; refs: string[] } | null {
  if (kuk.observation === 'bk') return { kind: 'bk', refs: ['FR.IA.01'] };
  if (kuk.observation === 'further') return { kind: 'further', refs: ['FR.IA.01'] };
  const missing = kuk.items.filter((i) => REQUIRED.has(i.instrument) && i.state === 'pending').map((i) => i.ref);
  if (kuk.observation === null) missing.unshift('FR.IA.01');
  if (missing.length > 0) return { kind: 'missing', refs: missing };
  const notAchieved = kuk.items.filter((i) => i.state === 'not_achieved').map((i) => i.ref);
  const confirmed = kuk.items.some((i) => CONFIRMING.has(i.instrument) && i.state === 'achieved');
  if (notAchieved.length > 0 && !confirmed) return { kind: 'not_achieved', refs: notAchieved };
  const anyAchieved = kuk.observation === 'k' || kuk.items.some((i) => i.state === 'achieved');
  if (!anyAchieved) return { kind: 'no_evidence', refs: [] };
  return null;
}

/** A unit is suggested K only when every KUK of it is covered; otherwise BK, with one reason per KUK. */
export function suggestUnit(kuks: readonly KukEvidence[]): { suggestion: Decision; reasons: KukReason[] } {
  const reasons: KukReason[] = [];
  for (const kuk of kuks) {
    const shortfall = kukShortfall(kuk);
    if (shortfall) reasons.push({ ...shortfall, kukNumber: kuk.kukNumber, elementNo: kuk.elementNo, text: kuk.text });
  }
  return { suggestion: kuks.length > 0 && reasons.length === 0 ? 'K' : 'BK', reasons };
}

/** The overall recommendation the unit decisions allow: K only when every unit is decided K. */
export function allowedRecommendation(decisions: readonly (Decision | null)[]): Decision | null {
  if (decisions.length === 0 || decisions.some((d) => d === null)) return null;
  return decisions.every((d) => d === 'K') ? 'K' : 'BK';
}
