import { describe, expect, it } from 'vitest';
import { call, demo } from '../../support/core';
import { bankCore, kukId, mcInput, UNIT } from './support';

const { instruments } = demo;
const QUESTIONS = instruments.multipleChoice.length + instruments.essay.length + instruments.oral.length + instruments.supporting.length;

describe('bank/list', () => {
  it('lists questions by kind and place, then benchmarks in the standard order, page by page', async () => {
    const { core, admin, frozen } = await bankCore();
    const first = await call(core, 'bank/list', { schemeId: frozen, limit: 50 }, admin);
    expect(first.total).toBe(QUESTIONS + instruments.observation.length);
    expect(first.rows.slice(0, 3).map((r) => r.ref)).toEqual(['PG-01', 'PG-02', 'PG-03']);
    expect(first.rows[0]).toMatchObject({ kind: 'multiple_choice', status: 'approved', used: true, imageCount: 0, missingEnglish: false });
    const seen = [...first.rows];
    let cursor = first.nextCursor;
    while (cursor) {
      const page = await call(core, 'bank/list', { schemeId: frozen, limit: 50, cursor }, admin);
      expect(page.total).toBeNull();
      seen.push(...page.rows);
      cursor = page.nextCursor;
    }
    expect(new Set(seen.map((r) => r.id)).size).toBe(first.total);
    expect(seen.map((r) => r.kind).filter((k, i, all) => all.indexOf(k) === i)).toEqual(['multiple_choice', 'essay', 'oral', 'supporting', 'observation']);
    expect(seen.at(-1)).toMatchObject({ kind: 'observation', ref: `${demo.scheme.units.at(-1)!.code} ${demo.scheme.units.at(-1)!.elements.at(-1)!.kuk.at(-1)!.no}` });
  });

  it('does not mark a new draft of a scheme version sessions use "in use", as its own page does not', async () => {
    const { core, admin, frozen } = await bankCore();
    const draft = (await call(core, 'bank/save', { schemeId: frozen, itemId: null, item: mcInput(core, frozen) }, admin)).item;
    const rows = (await call(core, 'bank/list', { schemeId: frozen, status: 'draft' }, admin)).rows;
    expect(rows.map((r) => [r.id, r.used])).toEqual([[draft.id, false]]);
    expect((await call(core, 'bank/get', { itemId: draft.id }, admin)).used).toBe(false);
    expect((await call(core, 'bank/list', { schemeId: frozen, status: 'approved', limit: 1 }, admin)).rows[0]!.used).toBe(true);
  });

  it('filters by kind, status, unit, KUK, missing English and text', async () => {
    const { core, admin, scheme } = await bankCore();
    const draft = (await call(core, 'bank/save', { schemeId: scheme.id, itemId: null, item: mcInput(core, scheme.id, { prompt: { id: 'Soal tanpa terjemahan zebra', en: null } }) }, admin)).item;
    const list = (args: Record<string, unknown>) => call(core, 'bank/list', { schemeId: scheme.id, ...args }, admin);
    expect((await list({ kind: 'essay' })).total).toBe(instruments.essay.length);
    expect((await list({ status: 'draft' })).rows.map((r) => r.id)).toEqual([draft.id]);
    expect((await list({ missingEnglish: true })).rows.map((r) => r.id)).toEqual([draft.id]);
    expect((await list({ search: 'zebra' })).rows.map((r) => r.id)).toEqual([draft.id]);
    expect((await list({ search: 'es-0' })).rows.map((r) => r.ref)).toEqual(instruments.essay.map((e) => e.ref));
    // Characters LIKE would read as wildcards are searched as themselves.
    expect((await list({ search: '%' })).total).toBe(0);
    const kuk = kukId(core, scheme.id, UNIT, '1.1');
    const onKuk = await list({ kukId: kuk });
    const expected = [...instruments.multipleChoice, ...instruments.essay, ...instruments.oral, ...instruments.supporting].filter((q) => q.kuk === `${UNIT}#1.1`).length;
    // The demo's questions on that KUK, the new draft, and the KUK's benchmark.
    expect(onKuk.total).toBe(expected + 2);
    const unitId = core.db.prepare('SELECT id FROM unit WHERE scheme_id = ? AND code = ?').pluck().get(scheme.id, UNIT) as string;
    const inUnit = await list({ unitId, kind: 'observation' });
    expect(inUnit.total).toBe(demo.scheme.units[0].elements.reduce((n, e) => n + e.kuk.length, 0));
  });
});

describe('bank/coverage', () => {
  it('gives every KUK its entries and counts, flags a KUK with neither written nor observed approved evidence, and counts unmapped drafts', async () => {
    const { core, admin, scheme } = await bankCore();
    const before = await call(core, 'bank/coverage', { schemeId: scheme.id }, admin);
    expect(before.kuks).toHaveLength(instruments.observation.length);
    expect(before.flagged).toBe(0);
    expect(before.totals.multiple_choice).toEqual({ draft: 0, approved: instruments.multipleChoice.length, retired: 0 });
    expect(before.totals.observation.approved).toBe(instruments.observation.length);
    const pg01 = before.kuks.find((k) => k.unitCode === UNIT && k.number === '1.1')!;
    expect(pg01.written).toBe(true);
    expect(pg01.observed).toBe(true);
    expect(pg01.entries.map((e) => e.ref)).toContain('PG-01');

    // A KUK that only its benchmark covers: retire the benchmark and it is flagged.
    const lonely = before.kuks.find((k) => !k.written && k.counts.supporting.approved === 0)!;
    expect(lonely.observed).toBe(true);
    const benchmark = lonely.entries.find((e) => e.kind === 'observation')!;
    await call(core, 'bank/retire', { itemId: benchmark.id }, admin);
    await call(core, 'bank/save', { schemeId: scheme.id, itemId: null, item: mcInput(core, scheme.id, { kukIds: [] }) }, admin);
    // A draft mapped to it is not evidence yet.
    await call(core, 'bank/save', { schemeId: scheme.id, itemId: null, item: mcInput(core, scheme.id, { kukIds: [lonely.kukId] }) }, admin);
    const after = await call(core, 'bank/coverage', { schemeId: scheme.id }, admin);
    const row = after.kuks.find((k) => k.kukId === lonely.kukId)!;
    expect(row).toMatchObject({ written: false, observed: false, flagged: true });
    expect(row.counts.observation).toEqual({ draft: 0, approved: 0, retired: 1 });
    expect(row.counts.multiple_choice.draft).toBe(1);
    // Retired entries are counted, not listed.
    expect(row.entries.map((e) => e.kind)).toContain('multiple_choice');
    expect(row.entries.map((e) => e.kind)).not.toContain('observation');
    expect(after.flagged).toBe(1);
    expect(after.unmapped).toBe(1);
  });
});
