import type { Db } from '../db/open';
import * as benchmarks from '../db/queries/bank-benchmarks';
import * as q from '../db/queries/bank-items';
import { newId } from '../ids';

/**
 * A scheme's new version (registry/schemes.ts) takes the old one's live bank: drafts and approved
 * questions with their options, images and every KUK still there (same unit code, element position
 * and KUK number), and the benchmarks of KUK still there. A question that keeps none of its KUK comes
 * over as a draft without KUK, to be mapped again rather than lost. Retired entries stay behind; the
 * import source goes along, so importing the same file into the new version adds nothing twice.
 */
export function copyBankToVersion(db: Db, fromSchemeId: string, toSchemeId: string, mapKuk: (kukId: string) => string | undefined): void {
  const items = q.itemsOfScheme(db, fromSchemeId).filter((i) => i.status !== 'retired');
  const ids = new Map(items.map((i) => [i.id, newId()]));
  const kuksOf = new Map<string, string[]>();
  for (const k of q.kuksOfItems(db, items.map((i) => i.id))) kuksOf.set(k.item_id, [...(kuksOf.get(k.item_id) ?? []), k.kuk_id]);
  for (const item of items) {
    const id = ids.get(item.id)!;
    const kukIds = [...new Set((kuksOf.get(item.id) ?? []).map(mapKuk).filter((k): k is string => k !== undefined))];
    const lost = kukIds.length === 0 && item.status !== 'draft';
    q.insertItem(db, {
      ...item,
      id,
      scheme_id: toSchemeId,
      kuk_id: kukIds[0] ?? null,
      status: lost ? 'draft' : item.status,
      approved_by: lost ? null : item.approved_by,
      approved_at: lost ? null : item.approved_at,
      // Set below, once every copy exists.
      replaces_id: null,
    });
    q.replaceItemKuks(db, id, kukIds);
    q.replaceOptions(db, id, q.optionsOf(db, item.id));
    const blobs = new Map(q.attachmentsOfItem(db, item.id).map((a) => [a.sha256, { mediaType: a.media_type, size: a.size }]));
    q.replaceImages(db, id, q.imagesOf(db, item.id), blobs, newId);
  }
  for (const item of items) {
    const replaces = item.replaces_id ? ids.get(item.replaces_id) : undefined;
    if (replaces) q.updateItem(db, { ...q.itemById(db, ids.get(item.id)!)!, replaces_id: replaces });
  }

  const marks = benchmarks.benchmarksOfScheme(db, fromSchemeId).filter((b) => b.status !== 'retired');
  const markIds = new Map(marks.map((b) => [b.id, newId()]));
  for (const b of marks) {
    const kukId = mapKuk(b.kuk_id);
    if (kukId) benchmarks.insertBenchmark(db, { ...b, id: markIds.get(b.id)!, scheme_id: toSchemeId, kuk_id: kukId, replaces_id: null });
  }
  for (const b of marks) {
    const id = markIds.get(b.id)!;
    const replaces = b.replaces_id ? markIds.get(b.replaces_id) : undefined;
    if (replaces && mapKuk(b.kuk_id)) {
      const row = benchmarks.benchmarksOfScheme(db, toSchemeId).find((r) => r.id === id);
      if (row) benchmarks.updateBenchmark(db, { ...row, replaces_id: replaces });
    }
  }
}
