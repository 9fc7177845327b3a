/**
 * Argument schemas of `results/*`, `pleno/*` and `appeals/*` (issue 17). Zod checks shape and bounds;
 * the rules (members, conflicts of interest, departures, locks) are the core's checks.
 */
import { z } from 'zod';
import { DECISIONS } from './assessment';
import { APPEAL_STATUSES, PLENO_ROLES } from './pleno';

const id = z.string().min(1).max(64);
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const text = (max: number) => z.string().trim().min(1).max(max);
const reason = z.string().trim().min(3).max(2000);

export const sessionArgs = z.object({ sessionId: id }).strict();
/** Newest first; `limit` defaults to 50. */
export const resultsSessionsArgs = z
  .object({ limit: z.number().int().min(1).max(500).optional(), offset: z.number().int().min(0).optional(), withoutPleno: z.boolean().optional() })
  .strict();
export const plenoKey = z.object({ plenoId: id }).strict();

export const plenoMemberInput = z
  .object({ role: z.enum(PLENO_ROLES), name: text(120), accountId: id.nullable().optional(), assessorId: id.nullable().optional() })
  .strict();

export const plenoInput = z
  .object({
    heldOn: date,
    place: z.string().trim().max(200).nullable(),
    sessionIds: z.array(id).min(1).max(100).refine((ids) => new Set(ids).size === ids.length, { message: 'each session once' }),
    members: z.array(plenoMemberInput).min(1).max(30),
  })
  .strict();

export const plenoCreateArgs = z.object({ pleno: plenoInput }).strict();
export const plenoUpdateArgs = z.object({ plenoId: id, pleno: plenoInput }).strict();

export const plenoListArgs = z
  // toIssue: only plenos with certificates still to issue (PlenoSummary.toIssue > 0), the home's line.
  .object({ sessionId: id.optional(), status: z.enum(['draft', 'decided', 'signed']).optional(), toIssue: z.boolean().optional() })
  .strict();

/** A candidate not listed takes the assessor's recommendation; a listed decision that departs from it needs `reason`. */
export const plenoDecisionInput = z
  .object({ sessionId: id, candidateId: id, decision: z.enum(DECISIONS), reason: z.string().trim().max(2000).nullable().optional() })
  .strict();

/** `revision`: the pleno's as the screen opened it; a decision taken meanwhile by another admin is not overwritten. */
export const plenoDecideArgs = z.object({ plenoId: id, decisions: z.array(plenoDecisionInput).max(5000), revision: z.string().min(1).max(64).optional() }).strict();

export const plenoSignArgs = z.object({ plenoId: id, skNumber: text(100), skDate: date, password: z.string().min(1).max(256) }).strict();

export const plenoCorrectArgs = z.object({ plenoId: id, reason }).strict();

export const plenoSettings = z.object({ minMembers: z.number().int().min(1).max(15), excludeSessionAssessors: z.boolean() }).strict();

export const appealListArgs = z.object({ status: z.enum(APPEAL_STATUSES).optional(), sessionId: id.optional(), candidateId: id.optional() }).strict();

export const appealRecordArgs = z
  .object({ sessionId: id, candidateId: id, lodgedOn: date, reasons: text(4000), unitIds: z.array(id).max(100) })
  .strict();

/** accepted: the re-assessment session (one the candidate is in) is required; rejected: the reason is (the core's checks, named errors). */
export const appealCloseArgs = z
  .object({
    caseId: z.string().min(1).max(200),
    outcome: z.enum(['accepted', 'rejected']),
    reassessmentSessionId: id.nullable().optional(),
    reason: z.string().trim().max(2000).nullable().optional(),
  })
  .strict();
