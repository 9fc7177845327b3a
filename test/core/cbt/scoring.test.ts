import { describe, expect, it } from 'vitest';
import { kukNumbersOf, OPTION_LETTERS } from '../../../electron/shared/cbt';
import { replaceItemKuks } from '../../../electron/core/db/queries/bank-items';
import { call, demo, failure, signInAs } from '../../support/core';
import { scoreAllAchieved, testTaken } from '../assessment/support';
import { correctOrdinal, examDay } from './support';

describe('multiple-choice auto-scoring (FR.IA.05)', () => {
  it('scores by the original option whatever the candidate saw, grouped by unit with the KUK not achieved', async () => {
    const { core, candidate, seat } = await examDay(0);
    const state = await call(core, 'cbt/agree', { accept: true }, candidate);
    const mcs = state.items.filter((i) => i.kind === 'multiple_choice');
    // Answer every question right except the first two displayed: one wrong, one left empty.
    let seq = 0;
    const wrongItem = mcs[0].itemId;
    const emptyItem = mcs[1].itemId;
    for (const item of mcs.slice(2)) {
      const correct = correctOrdinal(core, item.itemId);
      const original = demo.instruments.multipleChoice.find((q) => q.prompt.id === item.prompt.id)!;
      const shown = item.options.findIndex((o) => o.id === original.options[correct].id);
      await call(core, 'cbt/save', { itemId: item.itemId, seq: ++seq, choice: shown, text: null, doubtful: false }, candidate);
    }
    const wrongCorrect = correctOrdinal(core, wrongItem);
    const wrongOriginal = demo.instruments.multipleChoice.find((q) => q.prompt.id === mcs[0].prompt.id)!;
    const wrongShown = mcs[0].options.findIndex((o) => o.id !== wrongOriginal.options[wrongCorrect].id);
    await call(core, 'cbt/save', { itemId: wrongItem, seq: seq + 1, choice: wrongShown, text: null, doubtful: false }, candidate);
    await call(core, 'cbt/submit', { confirm: true }, candidate);

    const assessor = await signInAs(core, 'assessor1');
    const sheet = await call(core, 'scores/multipleChoice', seat, assessor);
    expect(sheet.submitted).toBe(true);
    expect(sheet.items).toHaveLength(demo.instruments.multipleChoice.length);
    expect(sheet.items.filter((i) => !i.achieved).map((i) => i.itemId).sort()).toEqual([wrongItem, emptyItem].sort());
    expect(sheet.items.find((i) => i.itemId === emptyItem)?.answer).toBeNull();
    const wrong = sheet.items.find((i) => i.itemId === wrongItem)!;
    // The key and the answer in the letters the candidate saw (options shuffled per candidate).
    const keyShown = mcs[0].options.findIndex((o) => o.id === wrongOriginal.options[wrongCorrect].id);
    expect(wrong.key).toBe(OPTION_LETTERS[keyShown]);
    expect(wrong.answer).toBe(OPTION_LETTERS[wrongShown]);
    expect(wrong.answer).not.toBe(wrong.key);
    expect(sheet.allAchieved).toBe(false);
    // In the candidate's order, numbered and worded as on their screen.
    expect(sheet.items.map((i) => [i.number, i.itemId, i.prompt.id])).toEqual(mcs.map((i) => [i.number, i.itemId, i.prompt.id]));
    for (const item of mcs.slice(2)) {
      const row = sheet.items.find((i) => i.itemId === item.itemId)!;
      expect(row.answer).toBe(row.key);
    }
    expect(sheet.units.reduce((n, u) => n + u.total, 0)).toBe(demo.instruments.multipleChoice.length);
    expect(sheet.units.reduce((n, u) => n + u.achieved, 0)).toBe(demo.instruments.multipleChoice.length - 2);
    const missedKuk = sheet.units.flatMap((u) => u.kukNotAchieved.map((k) => `${u.unitCode}#${k.kukNumber}`)).sort();
    const expectedMissed = [mcs[0], mcs[1]]
      .map((i) => demo.instruments.multipleChoice.find((q) => q.prompt.id === i.prompt.id)!.kuk)
      .map((ref) => ref)
      .sort();
    expect(missedKuk).toEqual([...new Set(expectedMissed)]);
  });

  it('a wrong answer to a question mapped to several KUK leaves every one of them not achieved, as the decision tab says', async () => {
    const { core, assessor, seat } = await testTaken(0, ['PG-01']);
    const kukId = (unitCode: string, number: string) =>
      core.db
        .prepare('SELECT k.id FROM kuk k JOIN element e ON e.id = k.element_id JOIN unit u ON u.id = e.unit_id WHERE u.code = ? AND k.number = ?')
        .pluck()
        .get(unitCode, number) as string;
    const pg01 = core.db.prepare("SELECT id FROM item WHERE ref = 'PG-01'").pluck().get() as string;
    // PG-01 covers four KUK of its own unit and one of another, listed out of the standard's order.
    replaceItemKuks(core.db, pg01, [
      kukId('J.620100.004.02', '1.1'),
      kukId('J.620100.004.02', '2.2'),
      kukId('J.620100.004.02', '1.2'),
      kukId('J.620100.004.02', '2.1'),
      kukId('J.620100.005.02', '1.1'),
    ]);

    const sheet = await call(core, 'scores/multipleChoice', seat, assessor);
    const row = sheet.items.find((i) => i.itemId === pg01)!;
    expect(row.unitCode).toBe('J.620100.004.02');
    expect(kukNumbersOf(row)).toBe('1.1, 2.2, 1.2, 2.1, J.620100.005.02 1.1');
    const missed = sheet.units.filter((u) => u.kukNotAchieved.length > 0).map((u) => [u.unitCode, u.kukNotAchieved.map((k) => k.kukNumber)]);
    expect(missed).toEqual([
      ['J.620100.004.02', ['1.1', '1.2', '2.1', '2.2']],
      ['J.620100.005.02', ['1.1']],
    ]);
    // The question still counts once, in its first KUK's unit.
    expect(sheet.units.reduce((n, u) => n + u.total, 0)).toBe(demo.instruments.multipleChoice.length);

    // The decision tab (FR.AK.02) names the same KUK for PG-01, unit by unit.
    const ws = await scoreAllAchieved(core, assessor, seat, { askQuestions: false });
    expect(ws.multipleChoice.units).toEqual(sheet.units);
    const reasons = ws.units
      .map((u) => [u.unitCode, u.reasons.filter((r) => r.kind === 'not_achieved' && r.refs.includes('PG-01')).map((r) => r.kukNumber)] as const)
      .filter(([, kuks]) => kuks.length > 0);
    expect(reasons).toEqual(missed);
  });

  it('an assessor sees only their own candidates; LSP staff see all', async () => {
    const { core, seat } = await examDay(0);
    const other = await signInAs(core, 'assessor2');
    expect((await failure(core, 'scores/multipleChoice', seat, other)).code).toBe('FORBIDDEN');
    const admin = await signInAs(core, 'admin');
    expect((await call(core, 'scores/multipleChoice', seat, admin)).submitted).toBe(false);
  });
});
