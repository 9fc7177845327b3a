/** Certificate number patterns (issue 17): parsed and rendered alike by the core when it issues and by the settings screen's live example. */
import {
  COUNTER_MAX_WIDTH,
  PATTERN_MAX_LENGTH,
  PATTERN_TOKENS,
  type CertificateFieldReason,
  type CounterScope,
  type PatternToken,
} from './certificates';

/** A pattern cut into literal text and tokens. */
export type Part = { literal: string } | { token: PatternToken; width: number };

export type PatternIssue = { reason: CertificateFieldReason; token?: string };

export type Parsed = { parts: Part[]; issues: PatternIssue[] };

const isToken = (name: string): name is PatternToken => PATTERN_TOKENS.some((t) => t === name);

/** Cuts a pattern at its braces and says what is wrong with it (every problem, not the first). */
export function parsePattern(pattern: string, scope: CounterScope): Parsed {
  const parts: Part[] = [];
  const issues: PatternIssue[] = [];
  if (pattern.trim() === '') return { parts, issues: [{ reason: 'required' }] };
  if (pattern.length > PATTERN_MAX_LENGTH) issues.push({ reason: 'too_long' });
  let rest = pattern;
  while (rest.length > 0) {
    const open = rest.indexOf('{');
    const close = rest.indexOf('}');
    if (open < 0 && close < 0) {
      parts.push({ literal: rest });
      break;
    }
    if (open < 0 || (close >= 0 && close < open)) {
      issues.push({ reason: 'unclosed_brace' });
      break;
    }
    if (open > 0) parts.push({ literal: rest.slice(0, open) });
    const end = rest.indexOf('}', open);
    if (end < 0) {
      issues.push({ reason: 'unclosed_brace' });
      break;
    }
    const body = rest.slice(open + 1, end).trim();
    const [name, arg, extra] = body.split(':');
    if (!isToken(name) || extra !== undefined || (arg !== undefined && name !== 'counter')) {
      issues.push({ reason: 'unknown_token', token: `{${body}}` });
    } else if (name === 'counter') {
      const width = arg === undefined ? 1 : Number(arg);
      if (!Number.isInteger(width) || width < 1 || width > COUNTER_MAX_WIDTH) issues.push({ reason: 'counter_width' });
      parts.push({ token: 'counter', width });
    } else {
      parts.push({ token: name, width: 0 });
    }
    rest = rest.slice(end + 1);
  }
  const counters = parts.filter((p) => 'token' in p && p.token === 'counter').length;
  if (counters === 0 && !issues.some((i) => i.reason === 'unclosed_brace')) issues.push({ reason: 'no_counter' });
  if (counters > 1) issues.push({ reason: 'counter_twice' });
  // A counter that restarts each year repeats its numbers: only the year keeps them apart.
  if (scope === 'year' && !parts.some((p) => 'token' in p && p.token === 'year')) issues.push({ reason: 'year_required' });
  return { parts, issues };
}

/** What a certificate's number is made of; null where the registry has no value. */
export type PatternValues = { kbli: string | null; scheme: string; level: number | null; year: string; lsp: string; counter: number };

/** The pattern's tokens that need a value the registry may lack. */
export function needs(parts: readonly Part[]): { kbli: boolean; level: boolean } {
  const has = (t: PatternToken) => parts.some((p) => 'token' in p && p.token === t);
  return { kbli: has('kbli'), level: has('level') };
}

export function render(parts: readonly Part[], v: PatternValues): string {
  return parts
    .map((p) => {
      if ('literal' in p) return p.literal;
      switch (p.token) {
        case 'counter':
          return String(v.counter).padStart(p.width, '0');
        case 'kbli':
          return v.kbli ?? '';
        case 'level':
          return v.level === null ? '' : String(v.level);
        case 'scheme':
          return v.scheme;
        case 'year':
          return v.year;
        case 'lsp':
          return v.lsp;
      }
    })
    .join('');
}
