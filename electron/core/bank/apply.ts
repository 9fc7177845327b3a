import { IMAGES_PER_PLACE_MAX, type BankFieldIssue, type BankItemInput, type BankStatus, type ImagePlace } from '../../shared/bank';
import { AppError, type ErrorCode, type ErrorParams } from '../../shared/errors';
import type { Principal } from '../../shared/roles';
import { appendAudit } from '../audit/log';
import * as q from '../db/queries/bank-items';
import { newId } from '../ids';
import { approvalProblem, checkItem, type CleanItem } from './checks';
import { touchExportedSessions } from './exported-sessions';
import { checkImage, storeImages, type BankEnv, type CheckedImage } from './images';
import { insertDraft, refAllocator } from './items';
import { liveContentIndex } from './same-content';
import { bankLsp, bankScheme } from './scope';
import { cleanOf } from './view';
import type { Db } from '../db/open';

/**
 * One question as the bank import hands it over: the question in bank/save's shape, its images as bytes,
 * and where it came from (the file's sha256 and the question's place in it, any stable text: "line 12",
 * "row 7", "q3.xml#1"), which is what makes importing the same file twice add nothing.
 */
export type BankDraft = {
  source: { sha256: string; position: string };
  item: BankItemInput;
  /** PNG or JPEG bytes (SVG and anything else refuse the question); options by position, A = option:0. */
  images?: readonly { place: ImagePlace; bytes: Uint8Array }[];
  /** Approve at once when the question allows it; else it is added as a draft and `problem` says why. */
  approve?: boolean;
};

export type BankProblem = { code: ErrorCode; params: ErrorParams; fields?: BankFieldIssue[] };

export type BankDraftOutcome = {
  /** The draft's index in the list given. */
  index: number;
  position: string;
  /**
   * added: a new question (a draft, or approved when asked and allowed); unchanged: a question from this
   * file and position is in the scheme already (in any status, even retired), or a live question with the
   * same content (same-content.ts: another file holding it, such as our export), nothing was written;
   * refused: nothing was written, `problem` says why.
   */
  outcome: 'added' | 'unchanged' | 'refused';
  itemId: string | null;
  status: BankStatus | null;
  /** refused: why (BANK_INVALID with fields, BANK_IMAGE_*); added as a draft although approval was asked: why not (BANK_APPROVE_*). */
  problem: BankProblem | null;
};

export type BankApplyResult = { added: number; approved: number; unchanged: number; refused: number; outcomes: BankDraftOutcome[] };

type Planned = { outcome: BankDraftOutcome; value: CleanItem | null; images: { place: ImagePlace; ordinal: number; image: CheckedImage }[]; approve: boolean };

const problemOf = (err: AppError): BankProblem => ({
  code: err.code,
  params: err.params,
  ...(err.fields ? { fields: err.fields as BankFieldIssue[] } : {}),
});

const POSITION_MAX = 200;

type Known = { kuks: ReadonlySet<string>; sameAs: ReturnType<typeof liveContentIndex> };

function planOne(db: Db, schemeId: string, known: Known, draft: BankDraft, index: number, seen: Set<string>, refs: Set<string>): Planned {
  const position = draft.source.position.trim();
  const base: BankDraftOutcome = { index, position, outcome: 'refused', itemId: null, status: null, problem: null };
  const refuse = (err: AppError): Planned => ({ outcome: { ...base, problem: problemOf(err) }, value: null, images: [], approve: false });
  const invalid = (issues: BankFieldIssue[]) => refuse(new AppError('BANK_INVALID', { count: issues.length, field: issues[0]?.field ?? '' }, issues));
  if (!/^[0-9a-f]{64}$/.test(draft.source.sha256) || position === '' || position.length > POSITION_MAX) return invalid([{ field: 'source', reason: 'format' }]);
  if (seen.has(position)) return invalid([{ field: 'source', reason: 'duplicate' }]);
  seen.add(position);
  const existing = q.itemBySource(db, schemeId, draft.source.sha256, position);
  if (existing) return { outcome: { ...base, outcome: 'unchanged', itemId: existing.id, status: existing.status }, value: null, images: [], approve: false };

  const { value, issues } = checkItem(draft.item, known.kuks);
  // Another file with this very question (our own export, read back): nothing to add. A file bringing
  // pictures is not compared, since the bank's could differ.
  const same = issues.length === 0 && !draft.images?.length ? known.sameAs(value) : null;
  if (same) return { outcome: { ...base, outcome: 'unchanged', itemId: same.id, status: same.status }, value: null, images: [], approve: false };
  if (value.ref !== null && (refs.has(value.ref.toLowerCase()) || q.liveRefHolder(db, schemeId, value.ref, []))) issues.push({ field: 'ref', reason: 'taken' });
  if (issues.length) return invalid(issues);
  if (value.ref !== null) refs.add(value.ref.toLowerCase());

  const images: Planned['images'] = [];
  try {
    for (const m of draft.images ?? []) {
      if (m.place !== 'stem' && (value.kind !== 'multiple_choice' || Number(m.place.slice('option:'.length)) >= value.options.length)) {
        throw new AppError('BANK_IMAGE_UNKNOWN');
      }
      const ordinal = images.filter((i) => i.place === m.place).length;
      if (ordinal >= IMAGES_PER_PLACE_MAX) throw new AppError('BANK_IMAGE_TOO_MANY', { max: IMAGES_PER_PLACE_MAX });
      images.push({ place: m.place, ordinal, image: checkImage(m.bytes) });
    }
  } catch (err) {
    if (err instanceof AppError) return refuse(err);
    throw err;
  }
  const cannot = draft.approve ? approvalProblem({ kind: value.kind, kukCount: value.kukIds.length, options: value.options }) : null;
  return {
    outcome: { ...base, outcome: 'added', status: draft.approve && !cannot ? 'approved' : 'draft', problem: cannot ? problemOf(cannot) : null },
    value,
    images,
    approve: Boolean(draft.approve) && !cannot,
  };
}

function plan(db: Db, principal: Principal, schemeId: string, drafts: readonly BankDraft[]): Planned[] {
  bankScheme(db, bankLsp(principal), schemeId);
  const known: Known = { kuks: q.kukIdsOfScheme(db, schemeId), sameAs: liveContentIndex(db, schemeId) };
  const seen = new Set<string>();
  const refs = new Set<string>();
  return drafts.map((d, i) => planOne(db, schemeId, known, d, i, seen, refs));
}

/** What `applyBankItems` would do, writing nothing (the import's preview). Item ids of added questions are null. */
export function previewBankItems(db: Db, principal: Principal, schemeId: string, drafts: readonly BankDraft[]): BankApplyResult {
  return resultOf(plan(db, principal, schemeId, drafts).map((p) => p.outcome));
}

function resultOf(outcomes: BankDraftOutcome[]): BankApplyResult {
  const count = (o: BankDraftOutcome['outcome']) => outcomes.filter((x) => x.outcome === o).length;
  return {
    added: count('added'),
    approved: outcomes.filter((o) => o.outcome === 'added' && o.status === 'approved').length,
    unchanged: count('unchanged'),
    refused: count('refused'),
    outcomes,
  };
}

/**
 * Adds the drafts to a scheme version's bank in one transaction (LSP admin only): each new question as a
 * draft (approved at once when asked and allowed), with its KUK, options and images (stored once by hash
 * before the transaction; removed again if it fails). A question whose file and position the scheme
 * already has is left as it is, whatever happened to it since (edited, approved, retired), so importing
 * the same file again changes nothing. A refused draft writes nothing and the others go on. Every added
 * question is audited (bank.item.create with its source, bank.item.approve), and a call that added any
 * once more (bank.import, with the counts).
 */
export function applyBankItems(env: BankEnv, principal: Principal, schemeId: string, drafts: readonly BankDraft[], now: Date): BankApplyResult {
  const { db } = env;
  const planned = plan(db, principal, schemeId, drafts);
  const cleanUp = storeImages(
    env.dataDir,
    db,
    planned.flatMap((p) => p.images.map((m) => m.image)),
  );
  try {
    return db.transaction(() => {
      const allocateRef = refAllocator(db, schemeId);
      const outcomes = planned.map((p, index) => {
        if (p.outcome.outcome !== 'added' || !p.value) return p.outcome;
        const source = { sha256: drafts[index].source.sha256, position: p.outcome.position };
        const row = insertDraft(db, principal, schemeId, p.value, now, source, allocateRef);
        if (p.images.length) {
          const blobs = new Map(p.images.map((m) => [m.image.sha256, { mediaType: m.image.mediaType, size: m.image.bytes.length }]));
          q.replaceImages(db, row.id, p.images.map((m) => ({ place: m.place, ordinal: m.ordinal, sha256: m.image.sha256 })), blobs, newId);
        }
        appendAudit(db, principal, { action: 'bank.item.create', entity: 'item', entityId: row.id, details: { after: { ...cleanOf(db, row), status: 'draft' }, source } }, now);
        if (p.approve) {
          q.updateItem(db, { ...row, status: 'approved', approved_by: principal.accountId, approved_at: now.toISOString() });
          appendAudit(db, principal, { action: 'bank.item.approve', entity: 'item', entityId: row.id, details: { before: { status: 'draft' }, after: { status: 'approved' } } }, now);
        }
        return { ...p.outcome, itemId: row.id };
      });
      if (planned.some((p) => p.approve && p.outcome.outcome === 'added' && p.value)) touchExportedSessions(db, schemeId, now);
      const result = resultOf(outcomes);
      // Importing the same file again adds nothing and leaves no trace either.
      if (result.added === 0) return result;
      const files = [...new Set(drafts.map((d) => d.source.sha256))];
      appendAudit(
        db,
        principal,
        { action: 'bank.import', entity: 'scheme', entityId: schemeId, details: { files, added: result.added, approved: result.approved, unchanged: result.unchanged, refused: result.refused } },
        now,
      );
      return result;
    })();
  } catch (err) {
    cleanUp();
    throw err;
  }
}
