import { CODE_NAME_MAX_LENGTH, CODE_PATTERN, type CodeList, type CodeName, type CodeNames } from '../../shared/code-names';
import type { Principal } from '../../shared/roles';
import { appendAudit } from '../audit/log';
import { localDate } from '../clock';
import type { Db } from '../db/open';
import { getSetting, setSetting } from '../db/queries/settings';
import { FieldChecks } from './fields';

const keyOf = (list: CodeList) => `registry.codeNames.${list}`;

/** Codes in their natural order: "2" before "10", "3273" after "32". */
const byCode = (a: CodeName, b: CodeName) => a.code.localeCompare(b.code, 'en', { numeric: true });

function isCodeName(value: unknown): value is CodeName {
  return typeof value === 'object' && value !== null && typeof Reflect.get(value, 'code') === 'string' && typeof Reflect.get(value, 'name') === 'string';
}

function readList(db: Db, list: CodeList): CodeName[] {
  const stored = getSetting(db, keyOf(list));
  if (stored === undefined) return [];
  const parsed: unknown = JSON.parse(stored);
  return Array.isArray(parsed) ? parsed.filter(isCodeName) : [];
}

/** Every list's names (none stored: an empty list). */
export function codeNames(db: Db): CodeNames {
  return { education: readList(db, 'education'), occupation: readList(db, 'occupation'), province: readList(db, 'province'), regency: readList(db, 'regency') };
}

/**
 * Replaces one list's names, checked entry by entry as a registry record's fields are (REGISTRY_INVALID,
 * `entries.<i>.code|name`: a code as the registry writes one, once only; a name, at most 120 characters).
 * Audited with what was added, renamed and removed; saving the same list writes nothing.
 */
export function setCodeNames(db: Db, principal: Principal, list: CodeList, entries: readonly CodeName[], now: Date): CodeNames {
  const checks = new FieldChecks(localDate(now));
  const seen = new Set<string>();
  const next = entries.map((entry, i) => {
    const at = checks.under(`entries.${i}`);
    const code = at.pattern('code', entry.code, CODE_PATTERN, 'code_format', true) ?? '';
    if (code !== '' && seen.has(code)) at.refuse('code', 'duplicate');
    seen.add(code);
    return { code, name: at.required('name', entry.name, CODE_NAME_MAX_LENGTH) };
  });
  checks.throwIfAny();
  next.sort(byCode);
  const before = new Map(readList(db, list).map((n) => [n.code, n.name]));
  const after = new Map(next.map((n) => [n.code, n.name]));
  const added = next.filter((n) => !before.has(n.code)).map((n) => n.code);
  const renamed = next.filter((n) => before.has(n.code) && before.get(n.code) !== n.name).map((n) => n.code);
  const removed = [...before.keys()].filter((code) => !after.has(code));
  if (added.length + renamed.length + removed.length === 0) return codeNames(db);
  setSetting(db, keyOf(list), JSON.stringify(next));
  // The codes changed, not the names: a list of 500 regencies pasted at once stays a readable entry.
  appendAudit(db, principal, { action: 'registry.codeNames', entity: 'setting', details: { list, added, renamed, removed } }, now);
  return codeNames(db);
}
