import type { CertificateFieldReason, CounterScope } from '../../../../electron/shared/certificates';
import { parsePattern, render, type PatternValues } from '../../../../electron/shared/certificate-pattern';

/** The values an example number is made from: a plausible certificate, the 123rd of its year. */
const SAMPLE: PatternValues = { kbli: '85499', scheme: 'SKM-01', level: 4, year: '2026', lsp: 'LSP01', counter: 123 };

/** The LSP's own values for the example (its code, one of its schemes with that scheme's KBLI and level), where known. */
export type OwnValues = Partial<Pick<PatternValues, 'lsp' | 'scheme' | 'kbli' | 'level'>>;

/**
 * What the pattern would print for that sample, or the first reason it cannot print anything yet. The
 * LSP's own values replace the sample's, so the admin sees their own code and scheme in the number; a
 * value the LSP has not recorded (a scheme without KBLI or level) keeps the sample's.
 */
export function patternExample(pattern: string, scope: CounterScope, own: OwnValues = {}): { example: string } | { reason: CertificateFieldReason } {
  const parsed = parsePattern(pattern, scope);
  const issue = parsed.issues[0];
  const values: PatternValues = {
    ...SAMPLE,
    lsp: own.lsp || SAMPLE.lsp,
    scheme: own.scheme || SAMPLE.scheme,
    kbli: own.kbli ?? SAMPLE.kbli,
    level: own.level ?? SAMPLE.level,
  };
  return issue ? { reason: issue.reason } : { example: render(parsed.parts, values) };
}
