import { describe, expect, it } from 'vitest';
import { previewSchemes, upsertSchemes } from '../../../electron/core/registry/schemes';
import { call, demo, failure, signInAs, staff } from '../../support/core';
import { auditCount, NOW, registryCore, schemeInput } from './support';

const demoSchemeId = (core: Awaited<ReturnType<typeof registryCore>>) =>
  core.db.prepare('SELECT id FROM scheme WHERE code = ?').pluck().get(demo.scheme.code) as string;

describe('schemes in the registry', () => {
  it("refuse a save from a form opened before another admin's edit, so the other's change is not undone", async () => {
    const core = await registryCore();
    const admin = await signInAs(core, 'admin');
    const created = await call(core, 'schemes/create', { scheme: schemeInput() }, admin);
    const first = await call(core, 'schemes/get', { schemeId: created.id }, admin);
    const second = await call(core, 'schemes/get', { schemeId: created.id }, admin);
    const saved = await call(core, 'schemes/update', { schemeId: created.id, scheme: schemeInput({ titleId: 'Skema Uji (revisi)' }), revision: first.revision }, admin);
    expect(saved.scheme.revision).not.toBe(first.revision);
    const stale = await failure(core, 'schemes/update', { schemeId: created.id, scheme: schemeInput({ level: 5 }), revision: second.revision }, admin);
    expect(stale).toMatchObject({ code: 'RECORD_CHANGED', params: { by: staff.admin.displayName, at: expect.any(String) } });
    expect(await call(core, 'schemes/get', { schemeId: created.id }, admin)).toMatchObject({ titleId: 'Skema Uji (revisi)' });
    expect(auditCount(core, 'scheme.update', created.id)).toBe(1);
  });

  it('are created with their ordered tree, edited in place while no session uses them (ids kept), and deactivated', async () => {
    const core = await registryCore();
    const admin = await signInAs(core, 'admin');
    const created = await call(core, 'schemes/create', { scheme: schemeInput() }, admin);
    expect(created).toMatchObject({ code: 'SKM-TST-01', version: 1, frozen: false, latest: true, unitCount: 2, active: true });
    expect(created.units.map((u) => u.code)).toEqual(['J.620100.004.02', 'J.620100.005.02']);
    expect(created.units[0].elements[0].kuk.map((k) => k.number)).toEqual(['1.1', '1.2']);
    expect(auditCount(core, 'scheme.create', created.id)).toBe(1);

    // Reorder the units, rename one, drop a KUK, add one: same scheme id, kept nodes keep their ids.
    const [u1, u2] = created.units;
    const edited = await call(
      core,
      'schemes/update',
      {
        schemeId: created.id,
        scheme: schemeInput({
          titleId: 'Skema Uji (revisi)',
          units: [
            { ...u2, titleId: 'Mengimplementasikan Antarmuka' },
            { ...u1, elements: [{ ...u1.elements[0], kuk: [u1.elements[0].kuk[1], { number: '1.3', textId: 'KUK baru', textEn: null }] }] },
          ],
        }),
      },
      admin,
    );
    expect(edited.newVersion).toBe(false);
    expect(edited.scheme.id).toBe(created.id);
    expect(edited.scheme.titleId).toBe('Skema Uji (revisi)');
    expect(edited.scheme.units.map((u) => [u.id, u.code])).toEqual([[u2.id, u2.code], [u1.id, u1.code]]);
    expect(edited.scheme.units[1].elements[0].kuk.map((k) => k.number)).toEqual(['1.2', '1.3']);
    expect(edited.scheme.units[1].elements[0].kuk[0].id).toBe(u1.elements[0].kuk[1].id);
    expect(core.db.prepare('SELECT count(*) FROM kuk WHERE id = ?').pluck().get(u1.elements[0].kuk[0].id)).toBe(0);
    expect(auditCount(core, 'scheme.update', created.id)).toBe(1);

    const off = await call(core, 'schemes/setActive', { schemeId: created.id, active: false }, admin);
    expect(off.active).toBe(false);
    expect((await call(core, 'schemes/list', { active: true }, admin)).rows.map((s) => s.code)).toEqual([demo.scheme.code]);
  });

  it('are found by the start of any word of either title or the start of the code, never by the middle of a word', async () => {
    const core = await registryCore();
    const admin = await signInAs(core, 'admin');
    const jwd = await call(core, 'schemes/create', { scheme: schemeInput({ code: 'SKM-JWD-01', titleId: 'Pengembang Web Pratama', titleEn: 'Junior Web Developer' }) }, admin);
    const found = async (search: string) => (await call(core, 'schemes/list', { search }, admin)).rows.map((r) => r.id);
    expect(await found('skm-jwd')).toEqual([jwd.id]);
    expect(await found('Pengembang')).toContain(jwd.id);
    expect(await found('web')).toContain(jwd.id);
    expect(await found('Junior Web')).toContain(jwd.id);
    expect(await found('developer')).toEqual([jwd.id]);
    expect(await found('eveloper')).toEqual([]);
  });

  it('refuse a bad tree field by field with paths, and a code already used', async () => {
    const core = await registryCore();
    const admin = await signInAs(core, 'admin');
    const bad = schemeInput({
      level: 12,
      approvedOn: '2025-02-30',
      units: [
        { code: 'J 620100', titleId: 'x', titleEn: null, elements: [] },
        { code: 'J.620100.005.02', titleId: '', titleEn: null, elements: [{ titleId: 'e', titleEn: null, kuk: [{ number: '1', textId: 't', textEn: null }, { number: '1.2', textId: '', textEn: null }, { number: '1.2', textId: 't', textEn: null }] }] },
      ],
    });
    const error = await failure(core, 'schemes/create', { scheme: bad }, admin);
    expect(error.code).toBe('REGISTRY_INVALID');
    expect(error.fields).toEqual([
      { field: 'level', reason: 'number_range' },
      { field: 'approvedOn', reason: 'date_format' },
      { field: 'units.0.code', reason: 'code_format' },
      { field: 'units.0.elements', reason: 'empty' },
      { field: 'units.1.titleId', reason: 'required' },
      { field: 'units.1.elements.0.kuk.0.number', reason: 'format' },
      { field: 'units.1.elements.0.kuk.1.textId', reason: 'required' },
      { field: 'units.1.elements.0.kuk.2.number', reason: 'duplicate' },
    ]);
    const taken = await failure(core, 'schemes/create', { scheme: schemeInput({ code: demo.scheme.code }) }, admin);
    expect(taken.fields).toEqual([{ field: 'code', reason: 'taken' }]);
  });

  it('used by a session are frozen: an edit makes a new version with a new id, the session keeps its version, the questions follow', async () => {
    const core = await registryCore();
    const admin = await signInAs(core, 'admin');
    const oldId = demoSchemeId(core);
    const old = await call(core, 'schemes/get', { schemeId: oldId }, admin);
    expect(old).toMatchObject({ frozen: true, version: 1, latest: true });
    const sessionsBefore = core.db.prepare('SELECT id, scheme_id FROM session').all();
    const itemsBefore = core.db.prepare('SELECT count(*) FROM item WHERE scheme_id = ?').pluck().get(oldId) as number;
    const oldTree = JSON.stringify(old.units);

    const input = {
      code: old.code,
      kind: old.kind,
      level: 4,
      skkni: old.skkni,
      titleId: `${old.titleId} (2027)`,
      titleEn: old.titleEn,
      approvedOn: old.approvedOn,
      units: old.units,
    };
    const saved = await call(core, 'schemes/update', { schemeId: oldId, scheme: input }, admin);
    expect(saved.newVersion).toBe(true);
    expect(saved.scheme.id).not.toBe(oldId);
    expect(saved.scheme).toMatchObject({ code: old.code, version: 2, frozen: false, latest: true, level: 4 });
    expect(saved.scheme.versions.map((v) => v.version)).toEqual([1, 2]);
    // The new version has its own nodes; the old one is untouched, and so are the sessions.
    expect(saved.scheme.units[0].id).not.toBe(old.units[0].id);
    expect(JSON.stringify((await call(core, 'schemes/get', { schemeId: oldId }, admin)).units)).toBe(oldTree);
    expect(core.db.prepare('SELECT id, scheme_id FROM session').all()).toEqual(sessionsBefore);
    expect(core.db.prepare('SELECT count(*) FROM item WHERE scheme_id = ?').pluck().get(saved.scheme.id)).toBe(itemsBefore);
    expect(itemsBefore).toBeGreaterThan(0);
    expect(auditCount(core, 'scheme.newVersion', saved.scheme.id)).toBe(1);

    const latest = await call(core, 'schemes/list', {}, admin);
    expect(latest.rows.map((s) => [s.code, s.version])).toEqual([[old.code, 2]]);
    const all = await call(core, 'schemes/list', { allVersions: true }, admin);
    expect(all.rows.map((s) => [s.version, s.latest, s.frozen])).toEqual([[1, false, true], [2, true, false]]);

    // The new version is not frozen: a second edit changes it in place.
    const again = await call(core, 'schemes/update', { schemeId: saved.scheme.id, scheme: { ...input, level: 5 } }, admin);
    expect(again).toMatchObject({ newVersion: false, scheme: { id: saved.scheme.id, level: 5 } });
  });

  it('older versions are read-only: a save based on one is refused, so it cannot drop what a newer version changed', async () => {
    const core = await registryCore();
    const admin = await signInAs(core, 'admin');
    const v1Id = demoSchemeId(core);
    const v1 = await asInput(core, admin, v1Id);
    // Version 2 adds English texts to the KUK (the frozen demo scheme moves to a new version).
    const withEnglish = v1.units.map((u) => ({ ...u, elements: u.elements.map((e) => ({ ...e, kuk: e.kuk.map((k) => ({ ...k, textEn: `EN ${k.number}` })) })) }));
    const v2 = await call(core, 'schemes/update', { schemeId: v1Id, scheme: { ...v1, units: withEnglish } }, admin);
    expect(v2.scheme.version).toBe(2);
    const schemesBefore = core.db.prepare('SELECT id, version FROM scheme ORDER BY version').all();
    const auditBefore = core.db.prepare('SELECT count(*) FROM audit_log').pluck().get();

    const error = await failure(core, 'schemes/update', { schemeId: v1Id, scheme: { ...v1, skkni: 'SKKNI 2026' } }, admin);
    expect(error).toMatchObject({ code: 'SCHEME_NOT_LATEST', params: { scheme: demo.scheme.code, version: 1, latest: 2 } });
    // Nothing written: no version 3, version 2 still the latest and unchanged, no audit entry.
    expect(core.db.prepare('SELECT id, version FROM scheme ORDER BY version').all()).toEqual(schemesBefore);
    expect(core.db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(auditBefore);
    const latest = await call(core, 'schemes/get', { schemeId: v2.scheme.id }, admin);
    expect(latest).toMatchObject({ latest: true, skkni: v1.skkni });
    expect(latest.units[0].elements[0].kuk[0].textEn).toBe(`EN ${latest.units[0].elements[0].kuk[0].number}`);
    // The latest version itself still saves.
    const fromLatest = await call(core, 'schemes/update', { schemeId: v2.scheme.id, scheme: { ...(await asInput(core, admin, v2.scheme.id)), skkni: 'SKKNI 2026' } }, admin);
    expect(fromLatest.scheme).toMatchObject({ id: v2.scheme.id, skkni: 'SKKNI 2026' });
  });

  it('keep a KUK that questions use: removing it is refused while the scheme is editable', async () => {
    const core = await registryCore();
    const admin = await signInAs(core, 'admin');
    // A new version of the demo scheme: no session uses it yet, and its questions came along.
    const schemeId = demoSchemeId(core);
    const copy = await call(core, 'schemes/update', { schemeId, scheme: { ...(await asInput(core, admin, schemeId)), titleEn: 'v2' } }, admin);
    const tree = copy.scheme.units;
    const dropFirstKuk = tree.map((u, i) => (i === 0 ? { ...u, elements: u.elements.map((e, j) => (j === 0 ? { ...e, kuk: e.kuk.slice(1) } : e)) } : u));
    const error = await failure(core, 'schemes/update', { schemeId: copy.scheme.id, scheme: { ...(await asInput(core, admin, copy.scheme.id)), units: dropFirstKuk } }, admin);
    expect(error.fields).toEqual([{ field: 'units', reason: 'in_use' }]);
  });

  it('for an import: matched by code, a preview writes nothing, the same rows twice change nothing', async () => {
    const core = await registryCore();
    const admin = await signInAs(core, 'admin');
    const principal = await call(core, 'auth/whoami', {}, admin);
    const lspId = principal.lspId!;
    const rows = [schemeInput(), schemeInput({ code: 'SKM-TST-02', titleId: 'Kedua' }), schemeInput({ code: 'SKM-TST-02' })];
    expect(previewSchemes(core.db, lspId, rows, '2026-11-20').map((o) => o.outcome)).toEqual(['added', 'added', 'refused']);
    expect(core.db.prepare('SELECT count(*) FROM scheme').pluck().get()).toBe(1);
    expect(upsertSchemes(core.db, principal, lspId, rows.slice(0, 2), NOW).map((o) => o.outcome)).toEqual(['added', 'added']);
    const audits = core.db.prepare('SELECT count(*) FROM audit_log').pluck().get();
    expect(upsertSchemes(core.db, principal, lspId, rows.slice(0, 2), NOW).map((o) => o.outcome)).toEqual(['unchanged', 'unchanged']);
    expect(core.db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(audits);
    const changed = schemeInput({ titleEn: 'Changed' });
    expect(previewSchemes(core.db, lspId, [changed], '2026-11-20').map((o) => o.outcome)).toEqual(['updated']);
  });
});

async function asInput(core: Awaited<ReturnType<typeof registryCore>>, token: string, schemeId: string) {
  const s = await call(core, 'schemes/get', { schemeId }, token);
  return { code: s.code, kind: s.kind, level: s.level, skkni: s.skkni, titleId: s.titleId, titleEn: s.titleEn, approvedOn: s.approvedOn, units: s.units };
}
