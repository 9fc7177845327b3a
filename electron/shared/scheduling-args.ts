/**
 * Argument schemas of the scheduling methods (apl/*, sessions/*). Zod checks the shape and bounds a
 * call; what a value means against the registry (an element of this scheme, an assessor of this LSP, a
 * broken rule) is the core's check.
 */
import { z } from 'zod';
import { LIST_LIMIT_MAX } from './registry';
import {
  APL01_RESULTS,
  APL02_RECOMMENDATIONS,
  APL_LIST_STATES,
  APL_PURPOSES,
  DRAW_PER,
  EVIDENCE_KINDS,
  EVIDENCE_STATUSES,
  SELF_ANSWERS,
  SESSION_MODES,
  SESSION_STATUSES,
} from './scheduling';

const id = z.string().min(1).max(64);
const text = z.string().max(2000);
const optText = text.nullable();
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** 00:00 to 23:59. */
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
const paging = {
  search: z.string().max(100).optional(),
  cursor: z.string().max(1000).nullable().optional(),
  limit: z.number().int().min(1).max(LIST_LIMIT_MAX).optional(),
};

/** One candidate's application for one scheme version. */
export const aplKey = z.object({ candidateId: id, schemeId: id }).strict();

/** A certification round (1, 2, …): the newest is the candidate's current application. */
const round = z.number().int().min(1).max(1000);

/** An application to read or print: `round` one of the candidate's rounds, else the current one. */
export const aplRoundKey = aplKey.extend({ round: round.optional() }).strict();

/**
 * A form's write names the round it shows (optional, for the CLI): a form left open while a new round was
 * started is refused (APL_ROUND_NOT_CURRENT) instead of writing into the new round.
 */
const formKey = aplKey.extend({ round: round.optional() });

export const evidenceInput = z.object({ id: id.optional(), kind: z.enum(EVIDENCE_KINDS), description: text, status: z.enum(EVIDENCE_STATUSES) }).strict();

/** `newRound`: starts the candidate's next application (re-certification) instead of changing the current one. */
export const apl01Args = formKey
  .extend({ purpose: z.enum(APL_PURPOSES), purposeNote: optText, evidence: z.array(evidenceInput).max(50), newRound: z.boolean().optional() })
  .strict();

export const apl01VerifyArgs = formKey.extend({ result: z.enum(APL01_RESULTS), note: optText }).strict();

export const evidenceFileArgs = formKey.extend({ evidenceId: id, uploadId: z.uuid().nullable() }).strict();

export const selfAnswerInput = z.object({ elementId: id, answer: z.enum(SELF_ANSWERS).nullable(), evidence: optText }).strict();

export const apl02Args = formKey.extend({ answers: z.array(selfAnswerInput).max(2000) }).strict();

export const apl02ReviewArgs = formKey.extend({ recommendation: z.enum(APL02_RECOMMENDATIONS), note: optText }).strict();

/**
 * exceptSessionId: the session being edited, whose own seats are not another booking (AplSummary.bookedIn).
 * activeOnly: only active candidates, as the planner's picker offers (a plan refuses an inactive one,
 * SCHEDULE_CANDIDATE_INACTIVE); absent, every candidate with an application, as the applications list shows.
 */
export const aplListArgs = z
  .object({ schemeId: id, state: z.enum(APL_LIST_STATES).optional(), exceptSessionId: id.optional(), activeOnly: z.boolean().optional(), ...paging })
  .strict();

const sessionCandidate = z.object({ candidateId: id, assessorId: id, seat: z.string().max(20).nullable().optional() }).strict();

/** Each assessor and each candidate once: a second row would be a malformed plan, not a broken rule. */
/** The planner's assessor picker, before the plan is whole: scheme and date may still be unset. */
export const assessorFitArgs = z.object({ schemeId: id.nullable(), date: date.nullable(), assessorIds: z.array(id).max(100) }).strict();

export const sessionPlanInput = z
  .object({
    schemeId: id,
    tukId: id,
    code: z.string().max(40).nullable().optional(),
    titleId: z.string().max(300).nullable().optional(),
    titleEn: z.string().max(300).nullable().optional(),
    date,
    startTime: time,
    durationMinutes: z.number().int().min(1).max(24 * 60),
    mode: z.enum(SESSION_MODES),
    assessorIds: z.array(id).min(1).max(100),
    candidates: z.array(sessionCandidate).max(2000),
  })
  .strict()
  .refine((p) => new Set(p.assessorIds).size === p.assessorIds.length, { path: ['assessorIds'], message: 'an assessor twice' })
  .refine((p) => new Set(p.candidates.map((c) => c.candidateId)).size === p.candidates.length, { path: ['candidates'], message: 'a candidate twice' });

export const sessionListArgs = z
  .object({
    ...paging,
    status: z.enum(SESSION_STATUSES).optional(),
    /** Sessions on or after / on or before these dates. */
    dateFrom: date.optional(),
    dateTo: date.optional(),
    tukId: id.optional(),
    schemeCode: z.string().max(100).optional(),
    assessorId: id.optional(),
    /** Only sessions planned here, not cancelled, whose TUK does not hold the current plan: never exported, or changed since. */
    unsent: z.boolean().optional(),
    /** Only upcoming sessions whose plan now breaks a rule it met when saved (scheduling/rule-problems.ts). */
    ruleProblems: z.boolean().optional(),
    /** Newest first unless 'asc'. */
    order: z.enum(['asc', 'desc']).optional(),
  })
  .strict();

export const schedulingSettings = z
  .object({
    maxCandidatesPerAssessorPerDay: z.number().int().min(1).max(1000),
    assessorOverlap: z.boolean(),
    assessorCredentials: z.boolean(),
    assessorScheme: z.boolean(),
    loanLetter: z.boolean(),
    tukVerification: z.boolean(),
    tukCapacity: z.boolean(),
    candidateOverlap: z.boolean(),
    candidateSameScheme: z.boolean(),
    aplGate: z.boolean(),
  })
  .strict();

export const writtenTestInput = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('all') }).strict(),
  z.object({ mode: z.literal('fixed'), itemIds: z.array(id).min(1).max(2000) }).strict(),
  z.object({ mode: z.literal('draw'), per: z.enum(DRAW_PER), count: z.number().int().min(1).max(200), perCandidate: z.boolean(), reseed: z.boolean().optional() }).strict(),
]);
