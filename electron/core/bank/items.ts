import { REF_PREFIX, type BankItem, type BankItemInput, type BankSaved } from '../../shared/bank';
import { AppError } from '../../shared/errors';
import type { Principal } from '../../shared/roles';
import type { ItemKind } from '../../shared/types';
import { appendAudit } from '../audit/log';
import type { Db } from '../db/open';
import * as q from '../db/queries/bank-items';
import { newId } from '../ids';
import { approvalProblem, bankInvalid, checkItem, type CleanItem } from './checks';
import { approveRow, retireRow, type Life } from './lifecycle';
import { bankLsp, bankScheme } from './scope';
import { cleanOf, itemView } from './view';

const ITEM_LIFE: Life<q.ItemRow> = { update: q.updateItem, entity: 'item', action: 'bank.item' };

/** A question of the caller's LSP, or NOT_FOUND. */
export function getItemRow(db: Db, lspId: string, itemId: string): q.ItemRow {
  const row = q.itemOfLsp(db, lspId, itemId);
  if (!row) throw new AppError('NOT_FOUND', { what: 'item' });
  return row;
}

/** The next free ref of a kind in a scheme: PG-01, PG-02… (at least two digits). */
export function nextRef(db: Db, schemeId: string, kind: ItemKind): string {
  const prefix = REF_PREFIX[kind];
  let max = 0;
  for (const ref of q.refsWithPrefix(db, schemeId, prefix)) {
    const n = /^\d+$/.test(ref.slice(prefix.length + 1)) ? Number(ref.slice(prefix.length + 1)) : 0;
    if (n > max) max = n;
  }
  return `${prefix}-${String(max + 1).padStart(2, '0')}`;
}

/** The content columns of a row from a cleaned question (the ref resolved). */
export function contentColumns(v: CleanItem & { ref: string }) {
  return {
    kind: v.kind,
    ref: v.ref,
    kuk_id: v.kukIds[0] ?? null,
    dimensions: JSON.stringify(v.dimensions),
    prompt_id: v.prompt.id,
    prompt_en: v.prompt.en,
    expected_id: v.expected?.id ?? null,
    expected_en: v.expected?.en ?? null,
    guide_id: v.guide?.id ?? null,
    guide_en: v.guide?.en ?? null,
    scoring: v.scoring,
    options_in_order: v.optionsInOrder ? 1 : 0,
    tags: JSON.stringify(v.tags),
  } satisfies Partial<q.ItemRow>;
}

/** Writes the options and KUK of a question; option images past the last option go. */
export function writeParts(db: Db, itemId: string, v: CleanItem): void {
  q.replaceItemKuks(db, itemId, v.kukIds);
  q.replaceOptions(db, itemId, v.options.map((o, i) => ({ ordinal: i, text_id: o.text.id, text_en: o.text.en, is_correct: o.correct ? 1 : 0 })));
  const images = q.imagesOf(db, itemId);
  const keep = images.filter((m) => m.place === 'stem' || (v.kind === 'multiple_choice' && Number(m.place.slice('option:'.length)) < v.options.length));
  if (keep.length !== images.length) q.replaceImages(db, itemId, keep, new Map(), newId);
}

/**
 * A used question is never changed: its change goes into a new draft that replaces it once approved. The
 * draft starts as a whole copy (content, KUK, options, images) in the same place of the paper.
 */
export function copyForEdit(db: Db, principal: Principal, before: q.ItemRow, now: Date): q.ItemRow {
  const pending = q.replacementOf(db, before.id);
  if (pending) throw new AppError('BANK_REPLACEMENT_PENDING', { ref: before.ref });
  const at = now.toISOString();
  const copy: q.ItemRow = {
    ...before,
    id: newId(),
    status: 'draft',
    created_by: principal.accountId,
    created_at: at,
    updated_by: null,
    updated_at: null,
    approved_by: null,
    approved_at: null,
    retired_by: null,
    retired_at: null,
    replaces_id: before.id,
    // The import source stays with the original, so importing that file again still finds it.
    source_sha256: null,
    source_position: null,
  };
  q.insertItem(db, copy);
  q.replaceItemKuks(db, copy.id, q.kuksOfItems(db, [before.id]).map((k) => k.kuk_id));
  q.replaceOptions(db, copy.id, q.optionsOf(db, before.id));
  const blobs = new Map(q.attachmentsOfItem(db, before.id).map((a) => [a.sha256, { mediaType: a.media_type, size: a.size }]));
  q.replaceImages(db, copy.id, q.imagesOf(db, before.id), blobs, newId);
  return copy;
}

/** How an edit of this question is written: into it (a draft stays one, an unused approved one becomes one), or into a copy. */
export function editMode(db: Db, row: q.ItemRow): 'in_place' | 'copy' {
  if (row.status === 'retired') throw new AppError('BANK_ITEM_RETIRED');
  return row.status === 'approved' && q.isItemUsed(db, row.id) ? 'copy' : 'in_place';
}

/** Refuses a ref a live question of the scheme holds, other than this one and the one it replaces or is replaced by. */
function refuseTakenRef(db: Db, schemeId: string, ref: string, partners: readonly (string | null)[]): void {
  const except = partners.filter((p): p is string => p !== null);
  if (q.liveRefHolder(db, schemeId, ref, except)) throw bankInvalid([{ field: 'ref', reason: 'taken' }]);
}

/** Gives refs in a batch: one look at the scheme's refs per kind, then counting up (an import of thousands). */
export function refAllocator(db: Db, schemeId: string): (kind: ItemKind) => string {
  const next = new Map<ItemKind, number>();
  return (kind) => {
    const n = next.get(kind) ?? Number(nextRef(db, schemeId, kind).slice(REF_PREFIX[kind].length + 1));
    next.set(kind, n + 1);
    return `${REF_PREFIX[kind]}-${String(n).padStart(2, '0')}`;
  };
}

/**
 * A new draft question; the caller audits and runs it in a transaction. A ref it is given is checked;
 * one it makes is free by construction (the next number of its kind).
 */
export function insertDraft(
  db: Db,
  principal: Principal | null,
  schemeId: string,
  v: CleanItem,
  now: Date,
  source: { sha256: string; position: string } | null,
  allocateRef: (kind: ItemKind) => string = (kind) => nextRef(db, schemeId, kind),
): q.ItemRow {
  if (v.ref !== null) refuseTakenRef(db, schemeId, v.ref, []);
  const ref = v.ref ?? allocateRef(v.kind);
  const row: q.ItemRow = {
    id: newId(),
    scheme_id: schemeId,
    ordinal: q.nextOrdinal(db, schemeId, v.kind),
    ...contentColumns({ ...v, ref }),
    status: 'draft',
    created_by: principal?.accountId ?? null,
    created_at: now.toISOString(),
    updated_by: null,
    updated_at: null,
    approved_by: null,
    approved_at: null,
    retired_by: null,
    retired_at: null,
    replaces_id: null,
    source_sha256: source?.sha256 ?? null,
    source_position: source?.position ?? null,
  };
  q.insertItem(db, row);
  writeParts(db, row.id, v);
  return row;
}

const auditContent = (v: CleanItem, status: q.ItemRow['status']) => ({ ...v, status });

/**
 * bank/save: a new draft (itemId null) or an edit. Tags alone are saved in place whatever the status;
 * any other change to a draft is saved in place, to an approved question no session used returns it to
 * draft, and to a used one makes a new draft that replaces it (`copied`). A retired question is not edited.
 */
export function saveItem(db: Db, principal: Principal, schemeId: string, itemId: string | null, input: BankItemInput, now: Date): BankSaved {
  const lspId = bankLsp(principal);
  bankScheme(db, lspId, schemeId);
  const before = itemId === null ? null : getItemRow(db, lspId, itemId);
  if (before && before.scheme_id !== schemeId) throw new AppError('NOT_FOUND', { what: 'item' });
  const { value, issues } = checkItem(input, q.kukIdsOfScheme(db, schemeId));
  if (issues.length) throw bankInvalid(issues);

  if (!before) {
    const row = insertDraft(db, principal, schemeId, value, now, null);
    appendAudit(db, principal, { action: 'bank.item.create', entity: 'item', entityId: row.id, details: { after: auditContent(cleanOf(db, row), 'draft') } }, now);
    return { item: itemView(db, row), copied: false };
  }
  if (before.status === 'retired') throw new AppError('BANK_ITEM_RETIRED');
  const old = cleanOf(db, before);
  const next: CleanItem & { ref: string } = { ...value, ref: value.ref ?? before.ref };
  const sameContent = JSON.stringify({ ...old, tags: [] }) === JSON.stringify({ ...next, tags: [] });
  if (sameContent && JSON.stringify(old.tags) === JSON.stringify(next.tags)) return { item: itemView(db, before), copied: false };
  const at = now.toISOString();
  if (sameContent) {
    q.updateItem(db, { ...before, tags: JSON.stringify(next.tags), updated_by: principal.accountId, updated_at: at });
    appendAudit(db, principal, { action: 'bank.item.tags', entity: 'item', entityId: before.id, details: { before: { tags: old.tags }, after: { tags: next.tags } } }, now);
    return { item: itemView(db, getItemRow(db, lspId, before.id)), copied: false };
  }

  const copied = editMode(db, before) === 'copy';
  const target = copied ? copyForEdit(db, principal, before, now) : before;
  refuseTakenRef(db, schemeId, next.ref, [target.id, target.replaces_id, q.replacementOf(db, target.id)?.id ?? null]);
  const row: q.ItemRow = {
    ...target,
    ...contentColumns(next),
    // A question that moves to another kind takes the last place of that kind.
    ordinal: next.kind === target.kind ? target.ordinal : q.nextOrdinal(db, schemeId, next.kind),
    status: 'draft',
    updated_by: principal.accountId,
    updated_at: at,
    approved_by: null,
    approved_at: null,
  };
  q.updateItem(db, row);
  writeParts(db, row.id, next);
  appendAudit(
    db,
    principal,
    {
      action: copied ? 'bank.item.copy' : 'bank.item.update',
      entity: 'item',
      entityId: row.id,
      details: { ...(copied ? { from: before.id } : {}), before: auditContent(old, before.status), after: auditContent(next, 'draft') },
    },
    now,
  );
  return { item: itemView(db, row), copied };
}

/** Approves a draft question: it needs a KUK, and a multiple choice 2–5 options with one key. Approving a replacement retires what it replaces. */
export function approveItem(db: Db, principal: Principal, before: q.ItemRow, now: Date): BankItem {
  if (before.status === 'retired') throw new AppError('BANK_ITEM_RETIRED');
  if (before.status === 'approved') return itemView(db, before);
  const options = q.optionsOf(db, before.id).map((o) => ({ correct: o.is_correct === 1 }));
  const problem = approvalProblem({ kind: before.kind, kukCount: q.kuksOfItems(db, [before.id]).length, options });
  if (problem) throw problem;
  refuseTakenRef(db, before.scheme_id, before.ref, [before.id, before.replaces_id]);
  const original = before.replaces_id ? q.itemById(db, before.replaces_id) : undefined;
  return itemView(db, approveRow(db, principal, ITEM_LIFE, before, original, now));
}

/** Retires a question (draft or approved): it never reaches a new paper again, and is never deleted. */
export function retireItem(db: Db, principal: Principal, before: q.ItemRow, now: Date): BankItem {
  if (before.status === 'retired') return itemView(db, before);
  return itemView(db, retireRow(db, principal, ITEM_LIFE, before, now));
}
