import { describe, expect, it } from 'vitest';
import type { BankItem, BankItemInput } from '../../../electron/shared/bank';
import { call, failure } from '../../support/core';
import { auditCount, bankCore, essayInput, kukId, lastAuditDetails, mcInput, NOW, UNIT } from './support';

const idOfRef = (core: Awaited<ReturnType<typeof bankCore>>['core'], schemeId: string, ref: string) =>
  core.db.prepare("SELECT id FROM item WHERE scheme_id = ? AND ref = ? AND status <> 'retired'").pluck().get(schemeId, ref) as string;

/** A stored multiple-choice question as bank/save takes it back unchanged. */
const inputOf = (item: BankItem): BankItemInput => ({
  kind: 'multiple_choice',
  ref: item.ref,
  kukIds: item.kuks.map((k) => k.kukId),
  dimensions: item.dimensions,
  prompt: item.prompt,
  expected: null,
  guide: null,
  scoring: item.scoring,
  options: item.options.map((o) => ({ text: o.text, correct: o.correct })),
  optionsInOrder: item.optionsInOrder,
  tags: item.tags,
});

describe('bank/save', () => {
  it('creates a draft with the next ref and place of its kind, who wrote it and when, audited', async () => {
    const { core, admin, scheme } = await bankCore();
    const saved = await call(core, 'bank/save', { schemeId: scheme.id, itemId: null, item: mcInput(core, scheme.id, { tags: [' html ', 'HTML', 'dasar'] }) }, admin);
    expect(saved.copied).toBe(false);
    expect(saved.item).toMatchObject({ kind: 'multiple_choice', ref: 'PG-25', ordinal: 25, status: 'draft', used: false, tags: ['html', 'dasar'], missingEnglish: false });
    expect(saved.item.kuks.map((k) => [k.unitCode, k.number])).toEqual([[UNIT, '1.1']]);
    expect(saved.item.options.map((o) => [o.text.id, o.correct])).toEqual([['<p>', true], ['<br>', false], ['<div>', false]]);
    expect(saved.item.created).toMatchObject({ name: 'Rina Kartikasari', at: NOW.toISOString() });
    expect(saved.item.approved).toBeNull();
    expect(auditCount(core, 'bank.item.create', saved.item.id)).toBe(1);
    expect(lastAuditDetails(core, 'bank.item.create')).toMatchObject({ after: { ref: 'PG-25', status: 'draft', prompt: { id: 'Tag HTML untuk paragraf adalah ...' } } });
    // The draft is in the bank, not on any paper: the scheme's approved count is the demo's.
    expect(await call(core, 'bank/get', { itemId: saved.item.id }, admin)).toEqual(saved.item);
  });

  it('refuses every wrong field at once (BANK_INVALID with the list), and a ref another live question holds', async () => {
    const { core, admin, scheme } = await bankCore();
    const other = kukId(core, scheme.id, UNIT, '1.1');
    const bad = mcInput(core, scheme.id, {
      prompt: { id: '  ', en: 'English only' },
      kukIds: [other, 'not-a-kuk', other],
      expected: { id: 'Kunci', en: null },
      scoring: 'score_0_3',
      options: [
        { text: { id: 'A', en: null }, correct: true },
        { text: { id: 'B', en: null }, correct: true },
        { text: { id: '', en: null }, correct: false },
      ],
    });
    const error = await failure(core, 'bank/save', { schemeId: scheme.id, itemId: null, item: bad }, admin);
    expect(error.code).toBe('BANK_INVALID');
    expect(error.fields).toEqual([
      { field: 'kukIds.1', reason: 'unknown_kuk' },
      { field: 'kukIds.2', reason: 'duplicate' },
      { field: 'prompt.id', reason: 'required' },
      { field: 'expected', reason: 'not_for_kind' },
      { field: 'scoring', reason: 'not_for_kind' },
      { field: 'options.2.text.id', reason: 'required' },
      { field: 'options', reason: 'key_count' },
    ]);
    expect(error.params).toEqual({ count: 7, field: 'kukIds.1' });
    const essay = await failure(core, 'bank/save', { schemeId: scheme.id, itemId: null, item: essayInput(core, scheme.id, { options: [{ text: { id: 'x', en: null }, correct: false }] }) }, admin);
    expect(essay.fields).toEqual([{ field: 'options', reason: 'not_for_kind' }]);
    const six = mcInput(core, scheme.id, { options: Array.from({ length: 6 }, (_, i) => ({ text: { id: `O${i}`, en: null }, correct: i === 0 })) });
    expect((await failure(core, 'bank/save', { schemeId: scheme.id, itemId: null, item: six }, admin)).fields).toEqual([{ field: 'options', reason: 'over_limit' }]);
    const taken = await failure(core, 'bank/save', { schemeId: scheme.id, itemId: null, item: mcInput(core, scheme.id, { ref: 'pg-01' }) }, admin);
    expect(taken).toMatchObject({ code: 'BANK_INVALID', fields: [{ field: 'ref', reason: 'taken' }] });
    expect(auditCount(core, 'bank.item.create')).toBe(0);
  });

  it('saves a draft without KUK (as an import does); approving it, or a multiple choice without a key or with one option, is refused', async () => {
    const { core, admin, scheme } = await bankCore();
    const draft = (await call(core, 'bank/save', { schemeId: scheme.id, itemId: null, item: mcInput(core, scheme.id, { kukIds: [], options: [{ text: { id: 'Satu', en: null }, correct: false }] }) }, admin)).item;
    expect(draft).toMatchObject({ status: 'draft', kuks: [], missingEnglish: true });
    expect(core.db.prepare('SELECT kuk_id FROM item WHERE id = ?').pluck().get(draft.id)).toBeNull();
    expect((await failure(core, 'bank/approve', { itemId: draft.id }, admin)).code).toBe('BANK_APPROVE_NO_KUK');
    const mapped = { ...mcInput(core, scheme.id), options: [{ text: { id: 'Satu', en: null }, correct: true }] };
    await call(core, 'bank/save', { schemeId: scheme.id, itemId: draft.id, item: mapped }, admin);
    expect(await failure(core, 'bank/approve', { itemId: draft.id }, admin)).toMatchObject({ code: 'BANK_APPROVE_FEW_OPTIONS', params: { min: 2 } });
    const noKey = mcInput(core, scheme.id, { options: mcInput(core, scheme.id).options.map((o) => ({ ...o, correct: false })) });
    await call(core, 'bank/save', { schemeId: scheme.id, itemId: draft.id, item: noKey }, admin);
    expect((await failure(core, 'bank/approve', { itemId: draft.id }, admin)).code).toBe('BANK_APPROVE_NO_KEY');
    await call(core, 'bank/save', { schemeId: scheme.id, itemId: draft.id, item: mcInput(core, scheme.id) }, admin);
    const approved = await call(core, 'bank/approve', { itemId: draft.id }, admin);
    expect(approved).toMatchObject({ status: 'approved', approved: { name: 'Rina Kartikasari', at: NOW.toISOString() } });
    expect(auditCount(core, 'bank.item.approve', draft.id)).toBe(1);
    // Approving again changes nothing.
    expect(await call(core, 'bank/approve', { itemId: draft.id }, admin)).toEqual(approved);
    expect(auditCount(core, 'bank.item.approve', draft.id)).toBe(1);
  });

  it('a new draft in a scheme version sessions already use is not "in use", and its edit stays in place', async () => {
    const { core, admin, frozen } = await bankCore();
    const draft = (await call(core, 'bank/save', { schemeId: frozen, itemId: null, item: mcInput(core, frozen) }, admin)).item;
    expect(draft).toMatchObject({ status: 'draft', used: false });
    const edited = await call(core, 'bank/save', { schemeId: frozen, itemId: draft.id, item: mcInput(core, frozen, { tags: ['jaringan'], prompt: { id: 'Soal yang diubah', en: null } }) }, admin);
    expect(edited).toMatchObject({ copied: false, item: { id: draft.id, used: false } });
    expect((await call(core, 'bank/get', { itemId: idOfRef(core, frozen, 'PG-01') }, admin)).used).toBe(true);
  });

  it('retires a draft never mapped to a KUK (an Aiken file imported as drafts), where the database refused it and the screen showed an internal error', async () => {
    const { core, admin, scheme } = await bankCore();
    const draft = (await call(core, 'bank/save', { schemeId: scheme.id, itemId: null, item: mcInput(core, scheme.id, { kukIds: [] }) }, admin)).item;
    const retired = await call(core, 'bank/retire', { itemId: draft.id }, admin);
    expect(retired).toMatchObject({ status: 'retired', kuks: [], retired: { name: 'Rina Kartikasari', at: NOW.toISOString() } });
    expect(auditCount(core, 'bank.item.retire', draft.id)).toBe(1);
    // Approval still needs a KUK: the database keeps refusing an approved question without one.
    expect(() => core.db.prepare("UPDATE item SET status = 'approved' WHERE id = ?").run(draft.id)).toThrow(/CHECK constraint failed/);
  });

  it('an edit of an approved question no session used returns it to draft, in place, audited with before and after', async () => {
    const { core, admin, scheme } = await bankCore();
    const id = idOfRef(core, scheme.id, 'ES-01');
    const before = await call(core, 'bank/get', { itemId: id }, admin);
    expect(before).toMatchObject({ status: 'approved', used: false, kind: 'essay' });
    const input = essayInput(core, scheme.id, { kukIds: [before.kuks[0].kukId, kukId(core, scheme.id, UNIT, '2.1')], prompt: before.prompt, ref: null });
    const saved = await call(core, 'bank/save', { schemeId: scheme.id, itemId: id, item: input }, admin);
    expect(saved.copied).toBe(false);
    expect(saved.item).toMatchObject({ id, ref: 'ES-01', ordinal: before.ordinal, status: 'draft', approved: null, guide: { id: 'Skor 3 bila menyebut tata letak dan warna.', en: null } });
    expect(saved.item.kuks.map((k) => k.number)).toEqual([before.kuks[0].number, '2.1']);
    // item.kuk_id stays the first KUK, for the readers that show one.
    expect(core.db.prepare('SELECT kuk_id FROM item WHERE id = ?').pluck().get(id)).toBe(before.kuks[0].kukId);
    expect(lastAuditDetails(core, 'bank.item.update')).toMatchObject({ before: { status: 'approved', expected: before.expected }, after: { status: 'draft', expected: input.expected } });
  });

  it('a change of tags alone keeps the status, even of a used question; saving the same again writes nothing', async () => {
    const { core, admin, frozen } = await bankCore();
    const id = idOfRef(core, frozen, 'PG-01');
    const before = await call(core, 'bank/get', { itemId: id }, admin);
    expect(before).toMatchObject({ status: 'approved', used: true });
    const same = { ...inputOf(before), tags: [] };
    const unchanged = await call(core, 'bank/save', { schemeId: frozen, itemId: id, item: same }, admin);
    expect(unchanged).toEqual({ item: before, copied: false });
    const tagged = await call(core, 'bank/save', { schemeId: frozen, itemId: id, item: { ...same, tags: ['stack'] } }, admin);
    expect(tagged).toMatchObject({ copied: false, item: { id, status: 'approved', tags: ['stack'] } });
    expect(auditCount(core, 'bank.item.tags', id)).toBe(1);
  });

  it('an edit of a used question makes a draft replacing it; approving that retires the old one, which stays', async () => {
    const { core, admin, frozen } = await bankCore();
    const id = idOfRef(core, frozen, 'PG-01');
    const before = await call(core, 'bank/get', { itemId: id }, admin);
    const edit = mcInput(core, frozen, { kukIds: before.kuks.map((k) => k.kukId) });
    const saved = await call(core, 'bank/save', { schemeId: frozen, itemId: id, item: edit }, admin);
    expect(saved.copied).toBe(true);
    expect(saved.item).toMatchObject({ status: 'draft', ref: 'PG-01', ordinal: before.ordinal, replacesId: id, prompt: edit.prompt, source: null });
    expect(saved.item.id).not.toBe(id);
    expect(await call(core, 'bank/get', { itemId: id }, admin)).toMatchObject({ status: 'approved', prompt: before.prompt, replacedById: saved.item.id });
    expect(lastAuditDetails(core, 'bank.item.copy')).toMatchObject({ from: id, before: { prompt: before.prompt }, after: { prompt: edit.prompt } });
    // One pending change at a time.
    expect(await failure(core, 'bank/save', { schemeId: frozen, itemId: id, item: edit }, admin)).toMatchObject({ code: 'BANK_REPLACEMENT_PENDING', params: { ref: 'PG-01' } });

    await call(core, 'bank/approve', { itemId: saved.item.id }, admin);
    expect(await call(core, 'bank/get', { itemId: id }, admin)).toMatchObject({ status: 'retired', retired: { name: 'Rina Kartikasari' } });
    expect(auditCount(core, 'bank.item.retire', id)).toBe(1);
    expect(core.db.prepare("SELECT count(*) FROM item WHERE scheme_id = ? AND ref = 'PG-01' AND status = 'approved'").pluck().get(frozen)).toBe(1);
  });

  it('keeps the options of a multiple choice in their order when asked: saved, shown, audited; on a used question the change of it is an edit (a new draft); other kinds drop it', async () => {
    const { core, admin, scheme, frozen } = await bankCore();
    const saved = await call(core, 'bank/save', { schemeId: scheme.id, itemId: null, item: mcInput(core, scheme.id, { optionsInOrder: true }) }, admin);
    expect(saved.item.optionsInOrder).toBe(true);
    expect(core.db.prepare('SELECT options_in_order FROM item WHERE id = ?').pluck().get(saved.item.id)).toBe(1);
    expect(lastAuditDetails(core, 'bank.item.create')).toMatchObject({ after: { optionsInOrder: true } });
    const off = await call(core, 'bank/save', { schemeId: scheme.id, itemId: saved.item.id, item: mcInput(core, scheme.id, { optionsInOrder: false }) }, admin);
    expect(off.item.optionsInOrder).toBe(false);
    expect(lastAuditDetails(core, 'bank.item.update')).toMatchObject({ before: { optionsInOrder: true }, after: { optionsInOrder: false } });
    // An essay has no options to keep in order: the setting is not kept, nor refused.
    const essay = await call(core, 'bank/save', { schemeId: scheme.id, itemId: null, item: essayInput(core, scheme.id, { optionsInOrder: true }) }, admin);
    expect(essay.item.optionsInOrder).toBe(false);

    // What a candidate sees changes, so a used question's change of it goes into a draft that replaces it.
    const id = idOfRef(core, frozen, 'PG-01');
    const before = await call(core, 'bank/get', { itemId: id }, admin);
    expect(before.optionsInOrder).toBe(false);
    const same = inputOf(before);
    const copy = await call(core, 'bank/save', { schemeId: frozen, itemId: id, item: { ...same, optionsInOrder: true } }, admin);
    expect(copy).toMatchObject({ copied: true, item: { status: 'draft', replacesId: id, optionsInOrder: true } });
    expect(await call(core, 'bank/get', { itemId: id }, admin)).toMatchObject({ status: 'approved', optionsInOrder: false });
  });

  it('retires instead of deleting; a retired question is not edited or approved again', async () => {
    const { core, admin, frozen } = await bankCore();
    const id = idOfRef(core, frozen, 'LS-01');
    const retired = await call(core, 'bank/retire', { itemId: id }, admin);
    expect(retired.status).toBe('retired');
    expect(await call(core, 'bank/retire', { itemId: id }, admin)).toEqual(retired);
    expect(auditCount(core, 'bank.item.retire', id)).toBe(1);
    expect(lastAuditDetails(core, 'bank.item.retire')).toEqual({ before: { status: 'approved' }, after: { status: 'retired' } });
    expect(core.db.prepare('SELECT count(*) FROM item WHERE id = ?').pluck().get(id)).toBe(1);
    const input = essayInput(core, frozen, { kind: 'oral', guide: null, scoring: 'yes_no' });
    expect((await failure(core, 'bank/save', { schemeId: frozen, itemId: id, item: input }, admin)).code).toBe('BANK_ITEM_RETIRED');
    expect((await failure(core, 'bank/approve', { itemId: id }, admin)).code).toBe('BANK_ITEM_RETIRED');
    // A retired question's ref is free again.
    expect((await call(core, 'bank/save', { schemeId: frozen, itemId: null, item: { ...input, ref: 'LS-01' } }, admin)).item.ref).toBe('LS-01');
  });

  it('finds nothing of another scheme under this one, nor an unknown id', async () => {
    const { core, admin, frozen, scheme } = await bankCore();
    const id = idOfRef(core, frozen, 'PG-02');
    expect(await failure(core, 'bank/save', { schemeId: scheme.id, itemId: id, item: mcInput(core, scheme.id) }, admin)).toMatchObject({ code: 'NOT_FOUND', params: { what: 'item' } });
    expect((await failure(core, 'bank/get', { itemId: 'nope' }, admin)).code).toBe('NOT_FOUND');
    expect(await failure(core, 'bank/save', { schemeId: 'nope', itemId: null, item: mcInput(core, scheme.id) }, admin)).toMatchObject({ code: 'NOT_FOUND', params: { what: 'scheme' } });
  });
});
