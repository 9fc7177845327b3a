import type { Db } from '../db/open';
import { namesOf, type AuditIdKind } from '../db/queries/audit-list';

/**
 * Each field of an entry's `before`/`after` that holds a record's id (or a list of them), at any depth, by
 * the kind of record: an edit's changes line read `assessorIds: [f7590c77-…] → [3f33dc44-…]`.
 *  - session.update: schemeId, tukId, assessorIds, and each of `candidates` its candidateId and assessorId;
 *  - account.update and apl02.review: assessorId;
 *  - bank.item.update/copy (and create): kukIds; bank.benchmark.update/copy (and create): kukId;
 *  - apl01.verify: by (the account that verified, in `before`).
 * A test walks the core's edits and finds no id outside these.
 */
export const AUDIT_ID_FIELDS = {
  schemeId: 'scheme',
  tukId: 'tuk',
  assessorIds: 'assessor',
  assessorId: 'assessor',
  candidateId: 'candidate',
  kukIds: 'kuk',
  kukId: 'kuk',
  by: 'account',
} as const satisfies Record<string, AuditIdKind>;

/** Actions whose `before`/`after` are keyed by a record's id: FR.APL.02's answers, by element. */
export const AUDIT_ID_KEYS: Readonly<Record<string, AuditIdKind>> = { 'apl02.save': 'element' };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isIdField = (key: string): key is keyof typeof AUDIT_ID_FIELDS => Object.hasOwn(AUDIT_ID_FIELDS, key);

type Found = Map<AuditIdKind, Set<string>>;

function add(found: Found, kind: AuditIdKind, value: unknown): void {
  for (const id of Array.isArray(value) ? value : [value]) {
    if (typeof id !== 'string' || id === '') continue;
    const ids = found.get(kind) ?? new Set<string>();
    ids.add(id);
    found.set(kind, ids);
  }
}

function walk(found: Found, value: unknown): void {
  if (Array.isArray(value)) {
    for (const v of value) walk(found, v);
    return;
  }
  if (!isRecord(value)) return;
  for (const [key, v] of Object.entries(value)) {
    if (isIdField(key)) add(found, AUDIT_ID_FIELDS[key], v);
    else walk(found, v);
  }
}

/** The record ids an entry's before/after hold, by kind (none where its details were cut, or hold no edit). */
export function idsOfEntry(action: string, details: string): Found {
  const found: Found = new Map();
  let parsed: unknown;
  try {
    parsed = JSON.parse(details);
  } catch {
    return found;
  }
  if (!isRecord(parsed)) return found;
  const keyed = Object.hasOwn(AUDIT_ID_KEYS, action) ? AUDIT_ID_KEYS[action] : null;
  for (const side of [parsed.before, parsed.after]) {
    if (keyed !== null && isRecord(side)) add(found, keyed, Object.keys(side));
    else walk(found, side);
  }
  return found;
}

/**
 * For each entry of a page, what the ids its before/after hold are called, read in one query per kind for
 * the whole page. The details keep the ids (the whole entry shows them as written).
 */
export function entryNames(db: Db, entries: readonly { action: string; details: string }[]): Record<string, string>[] {
  const perEntry = entries.map((e) => idsOfEntry(e.action, e.details));
  const wanted: Found = new Map();
  for (const found of perEntry) for (const [kind, ids] of found) add(wanted, kind, [...ids]);
  const names = new Map<string, string>();
  for (const [kind, ids] of wanted) for (const r of namesOf(db, kind, [...ids])) names.set(`${kind}:${r.id}`, r.name);
  return perEntry.map((found) => {
    const own: Record<string, string> = {};
    for (const [kind, ids] of found) for (const id of ids) {
      const name = names.get(`${kind}:${id}`);
      if (name !== undefined) own[id] = name;
    }
    return own;
  });
}
