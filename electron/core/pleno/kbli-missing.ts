import type { PlenoDetail } from '../../shared/pleno';
import type { Db } from '../db/open';
import { schemePolicyRow } from '../db/queries/scheme-policy';
import { needs, parsePattern } from '../certificates/pattern';
import { certificateSettings } from '../certificates/settings';

/**
 * The pleno's schemes that have no KBLI code while the certificate number or registration pattern needs one.
 * Issuing skips every competent candidate of such a scheme ("kbli_missing"); the pleno's page says so before,
 * while the admin can still fill it in. Empty when the patterns do not use {kbli}.
 */
export function schemesWithoutKbli(db: Db, lspId: string, schemes: readonly { schemeId: string; code: string }[]): PlenoDetail['schemesWithoutKbli'] {
  const settings = certificateSettings(db);
  const uses = (pattern: string) => needs(parsePattern(pattern, settings.counterScope).parts).kbli;
  if (!uses(settings.numberPattern) && !uses(settings.registrationPattern)) return [];
  const seen = new Map<string, { schemeId: string; code: string }>();
  for (const s of schemes) if (!seen.has(s.schemeId)) seen.set(s.schemeId, { schemeId: s.schemeId, code: s.code });
  return [...seen.values()].filter((s) => !schemePolicyRow(db, lspId, s.code)?.kbli_code);
}
