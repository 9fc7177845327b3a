import type { CertificateFieldReason, CounterScope } from '../../../../electron/shared/certificates';
import { parsePattern, render } from '../../../../electron/shared/certificate-pattern';

/** The values an example number is made from: a plausible certificate, the 123rd of its year. */
const SAMPLE = { kbli: '85499', scheme: 'SKM-01', level: 4, year: '2026', lsp: 'LSP01', counter: 123 };

/** What the pattern would print for that sample, or the first reason it cannot print anything yet. */
export function patternExample(pattern: string, scope: CounterScope): { example: string } | { reason: CertificateFieldReason } {
  const parsed = parsePattern(pattern, scope);
  const issue = parsed.issues[0];
  return issue ? { reason: issue.reason } : { example: render(parsed.parts, SAMPLE) };
}
