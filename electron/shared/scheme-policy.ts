import { z } from 'zod';

/**
 * One scheme's settings at its LSP (scheme_policy, issues 16 and 17), by scheme code so they outlive the
 * scheme's versions. Null: the LSP-wide default (the planner's duration, no pass hint, the certificates'
 * validity; no KBLI code).
 */
export type SchemePolicy = {
  schemeCode: string;
  /** The written test's duration: a new session of the scheme starts with it. */
  testDurationMinutes: number | null;
  /** Shown to the assessor beside the multiple-choice score; the assessor decides K/BK, this is only a hint. */
  passHintPercent: number | null;
  certificateValidityYears: number | null;
  /** KBLI 2020: five digits; certificate numbers use it. */
  kbliCode: string | null;
};

/** The ranges the table's CHECKs hold; the core refuses a value outside them field by field. */
export const SCHEME_POLICY_LIMITS = {
  testDurationMinutes: { min: 1, max: 1440 },
  passHintPercent: { min: 0, max: 100 },
  certificateValidityYears: { min: 1, max: 10 },
} as const;

const code = z.string().min(1).max(64);
const int = z.number().int().nullable();

export const schemePolicyKey = z.object({ schemeCode: code }).strict();
export const schemePolicyArgs = z
  .object({ schemeCode: code, testDurationMinutes: int, passHintPercent: int, certificateValidityYears: int, kbliCode: z.string().max(20).nullable() })
  .strict();
