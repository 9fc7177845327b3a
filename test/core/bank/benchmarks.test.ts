import { describe, expect, it } from 'vitest';
import { call, failure } from '../../support/core';
import { auditCount, bankCore, kukId, lastAuditDetails, UNIT } from './support';

const benchmarkOf = (core: Awaited<ReturnType<typeof bankCore>>['core'], kuk: string) =>
  core.db.prepare("SELECT id FROM observation_item WHERE kuk_id = ? AND status = 'approved'").pluck().get(kuk) as string;

describe('observation benchmarks (FR.IA.01)', () => {
  it('are bank entries: got, listed and edited like questions; an unused approved one goes back to draft', async () => {
    const { core, admin, scheme } = await bankCore();
    const kuk = kukId(core, scheme.id, UNIT, '1.1');
    const id = benchmarkOf(core, kuk);
    const got = await call(core, 'bank/get', { itemId: id }, admin);
    expect(got).toMatchObject({ kind: 'observation', status: 'approved', ref: `${UNIT} 1.1`, used: false, kuks: [{ kukId: kuk, number: '1.1' }] });
    const listed = await call(core, 'bank/list', { schemeId: scheme.id, kind: 'observation', kukId: kuk }, admin);
    expect(listed.rows.map((r) => r.id)).toEqual([id]);
    const saved = await call(core, 'bank/saveBenchmark', { schemeId: scheme.id, benchmarkId: id, benchmark: { kukId: kuk, text: { id: 'Asesi menjelaskan struktur data', en: null } } }, admin);
    expect(saved).toMatchObject({ copied: false, item: { id, status: 'draft', missingEnglish: true, prompt: { id: 'Asesi menjelaskan struktur data', en: null } } });
    expect(lastAuditDetails(core, 'bank.benchmark.update')).toMatchObject({ before: { status: 'approved', text: got.prompt }, after: { status: 'draft' } });
    expect((await call(core, 'bank/approve', { itemId: id }, admin)).status).toBe('approved');
  });

  it('refuses a benchmark with no KUK picked by its field, as it does an unknown KUK, and writes nothing', async () => {
    const { core, admin, scheme } = await bankCore();
    const before = auditCount(core, 'bank.benchmark.create');
    const none = await failure(core, 'bank/saveBenchmark', { schemeId: scheme.id, benchmarkId: null, benchmark: { kukId: '', text: { id: 'Asesi menjelaskan', en: null } } }, admin);
    expect(none).toMatchObject({ code: 'BANK_INVALID', fields: [{ field: 'kukId', reason: 'required' }] });
    const unknown = await failure(core, 'bank/saveBenchmark', { schemeId: scheme.id, benchmarkId: null, benchmark: { kukId: 'no-such-kuk', text: { id: 'Asesi menjelaskan', en: null } } }, admin);
    expect(unknown).toMatchObject({ code: 'BANK_INVALID', fields: [{ field: 'kukId', reason: 'unknown_kuk' }] });
    expect(auditCount(core, 'bank.benchmark.create')).toBe(before);
  });

  it('one live benchmark per KUK; a used one is replaced by a draft, and approving that retires it', async () => {
    const { core, admin, frozen } = await bankCore();
    const kuk = kukId(core, frozen, UNIT, '1.2');
    const id = benchmarkOf(core, kuk);
    expect((await failure(core, 'bank/saveBenchmark', { schemeId: frozen, benchmarkId: null, benchmark: { kukId: kuk, text: { id: 'Lagi', en: null } } }, admin)).code).toBe(
      'BANK_BENCHMARK_EXISTS',
    );
    const copy = await call(core, 'bank/saveBenchmark', { schemeId: frozen, benchmarkId: id, benchmark: { kukId: kuk, text: { id: 'Tolok ukur baru', en: 'New benchmark' } } }, admin);
    expect(copy).toMatchObject({ copied: true, item: { status: 'draft', replacesId: id } });
    expect(await call(core, 'bank/get', { itemId: id }, admin)).toMatchObject({ status: 'approved', used: true, replacedById: copy.item.id });
    await call(core, 'bank/approve', { itemId: copy.item.id }, admin);
    expect((await call(core, 'bank/get', { itemId: id }, admin)).status).toBe('retired');
    expect(auditCount(core, 'bank.benchmark.retire', id)).toBe(1);
    expect(core.db.prepare("SELECT count(*) FROM observation_item WHERE kuk_id = ? AND status = 'approved'").pluck().get(kuk)).toBe(1);
    // The KUK's benchmark can be retired; then a new one may be written for it.
    await call(core, 'bank/retire', { itemId: copy.item.id }, admin);
    const fresh = await call(core, 'bank/saveBenchmark', { schemeId: frozen, benchmarkId: null, benchmark: { kukId: kuk, text: { id: 'Ketiga', en: null } } }, admin);
    expect(fresh.item).toMatchObject({ status: 'draft', replacesId: null });
    expect((await failure(core, 'bank/saveBenchmark', { schemeId: frozen, benchmarkId: null, benchmark: { kukId: 'nope', text: { id: 'x', en: null } } }, admin)).fields).toEqual([
      { field: 'kukId', reason: 'unknown_kuk' },
    ]);
  });
});
