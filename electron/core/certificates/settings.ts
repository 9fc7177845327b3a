import {
  CERTIFICATE_SETTINGS_DEFAULT,
  COUNTER_SCOPES,
  SIGNATORY_NAME_MAX_LENGTH,
  SIGNATORY_TITLE_MAX_LENGTH,
  type CertificateSettings,
} from '../../shared/certificates';
import { AppError, type FieldIssues } from '../../shared/errors';
import type { Principal } from '../../shared/roles';
import { appendAudit } from '../audit/log';
import type { Db } from '../db/open';
import { getSetting, setSetting } from '../db/queries/settings';
import { parsePattern } from './pattern';

/** Each setting under its own key in `setting`, so one added later starts at its default. */
const key = (name: keyof CertificateSettings) => `certificates.${name}`;

/** The LSP's numbering settings; one never set (or unreadable) has its default. */
export function certificateSettings(db: Db): CertificateSettings {
  const d = CERTIFICATE_SETTINGS_DEFAULT;
  const scope = getSetting(db, key('counterScope'));
  const years = Number(getSetting(db, key('validityYears')));
  return {
    numberPattern: getSetting(db, key('numberPattern')) ?? d.numberPattern,
    registrationPattern: getSetting(db, key('registrationPattern')) ?? d.registrationPattern,
    counterScope: COUNTER_SCOPES.find((s) => s === scope) ?? d.counterScope,
    validityYears: Number.isInteger(years) && years >= 1 && years <= 10 ? years : d.validityYears,
    signatoryName: getSetting(db, key('signatoryName')) ?? d.signatoryName,
    signatoryTitle: getSetting(db, key('signatoryTitle')) ?? d.signatoryTitle,
    surveillanceMonths: surveillancePeriod(db),
  };
}

/** The surveillance period alone (one setting read): the register's every page dates each row's next surveillance by it. */
export function surveillancePeriod(db: Db): number {
  const months = Number(getSetting(db, key('surveillanceMonths')));
  return Number.isInteger(months) && months >= 1 && months <= 120 ? months : CERTIFICATE_SETTINGS_DEFAULT.surveillanceMonths;
}

/** What certificates/setSettings takes: a signatory field or the surveillance period left out keeps its value. */
type KeptIfLeftOut = 'signatoryName' | 'signatoryTitle' | 'surveillanceMonths';
export type SettingsInput = Omit<CertificateSettings, KeptIfLeftOut> & Partial<Pick<CertificateSettings, KeptIfLeftOut>>;

/** Spaces inside collapsed: the name is printed on one line under the signature. */
const tidy = (text: string) => text.trim().replace(/\s+/g, ' ');

/** Every refused field with its reason; unknown tokens named in params.tokens. */
export function checkSettings(next: CertificateSettings): void {
  const fields: { field: string; reason: string }[] = [];
  const unknown: string[] = [];
  for (const field of ['numberPattern', 'registrationPattern'] as const) {
    for (const issue of parsePattern(next[field], next.counterScope).issues) {
      if (!fields.some((f) => f.field === field && f.reason === issue.reason)) fields.push({ field, reason: issue.reason });
      if (issue.token) unknown.push(issue.token);
    }
  }
  if (next.signatoryName.length > SIGNATORY_NAME_MAX_LENGTH) fields.push({ field: 'signatoryName', reason: 'too_long' });
  if (next.signatoryTitle.length > SIGNATORY_TITLE_MAX_LENGTH) fields.push({ field: 'signatoryTitle', reason: 'too_long' });
  if (fields.length > 0) {
    throw new AppError('CERTIFICATE_SETTINGS_INVALID', { fields: fields.map((f) => f.field).join(', '), tokens: unknown.join(' ') }, fields satisfies FieldIssues);
  }
}

export function setCertificateSettings(db: Db, principal: Principal, input: SettingsInput, now: Date): CertificateSettings {
  const before = certificateSettings(db);
  const next: CertificateSettings = {
    ...input,
    signatoryName: tidy(input.signatoryName ?? before.signatoryName),
    signatoryTitle: tidy(input.signatoryTitle ?? before.signatoryTitle),
    surveillanceMonths: input.surveillanceMonths ?? before.surveillanceMonths,
  };
  checkSettings(next);
  setSetting(db, key('numberPattern'), next.numberPattern);
  setSetting(db, key('registrationPattern'), next.registrationPattern);
  setSetting(db, key('counterScope'), next.counterScope);
  setSetting(db, key('validityYears'), String(next.validityYears));
  setSetting(db, key('signatoryName'), next.signatoryName);
  setSetting(db, key('signatoryTitle'), next.signatoryTitle);
  setSetting(db, key('surveillanceMonths'), String(next.surveillanceMonths));
  const after = certificateSettings(db);
  if (JSON.stringify(before) !== JSON.stringify(after)) appendAudit(db, principal, { action: 'certificates.settings', entity: 'setting', details: { before, after } }, now);
  return after;
}
