import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { named, readText, tempDir } from './support';

const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/**
 * Options are shuffled for each candidate, so an option that names others by their letter ("A dan B
 * benar") or their place ("Semua jawaban di atas benar") would point, on the candidate's screen, at other
 * options than the author's. The import keeps such a question's options in their order and says so, in any format.
 */
describe('an option naming other options by letter or place', () => {
  it('is noted on its question with its letter; an option that only mentions a letter or "above" in its words is not', async () => {
    const gift = [
      '::Huruf:: Perangkat jaringan adalah … {~Router ~Switch =A dan B benar ~Printer}',
      '',
      '::Koma:: Pernyataan yang benar … {~1 ~2 ~3 =Jawaban a, b, dan c benar}',
      '',
      '::Atas:: Bahasa pemrograman web … {~PHP ~JavaScript =Semua jawaban di atas benar}',
      '',
      '::Inggris:: Web languages … {~PHP ~JavaScript =All of the above}',
      '',
      '::Biasa:: Nilai a dan b pada persamaan … {=a dan b sama besar ~a lebih besar ~gambar di atas}',
      '',
      '::Tanpa:: Semua jawaban benar? {=Semua jawaban benar ~Tidak ada}',
    ].join('\n');
    const result = await readText(dir, 'acak.gift', gift);
    const notes = (name: string) => named(result, name).notes.filter((n) => n.code === 'BANK_OPTION_NAMES_OTHERS');
    expect(notes('Huruf')).toEqual([{ code: 'BANK_OPTION_NAMES_OTHERS', params: { letter: 'C' } }]);
    expect(notes('Koma')).toEqual([{ code: 'BANK_OPTION_NAMES_OTHERS', params: { letter: 'D' } }]);
    expect(notes('Atas')).toEqual([{ code: 'BANK_OPTION_NAMES_OTHERS', params: { letter: 'C' } }]);
    expect(notes('Inggris')).toEqual([{ code: 'BANK_OPTION_NAMES_OTHERS', params: { letter: 'C' } }]);
    expect(notes('Biasa')).toEqual([]);
    expect(notes('Tanpa')).toEqual([]);
    const inOrder = (name: string) => named(result, name).optionsInOrder;
    expect(['Huruf', 'Koma', 'Atas', 'Inggris'].map(inOrder)).toEqual([true, true, true, true]);
    expect(['Biasa', 'Tanpa'].map(inOrder)).toEqual([false, false]);
  });
});

const MOODLE_MC = (name: string, shuffle: string | null) => `
  <question type="multichoice">
    <name><text>${name}</text></name>
    <questiontext format="plain_text"><text>Urutan lapisan OSI dari bawah (${name}) adalah …</text></questiontext>
    <single>true</single>${shuffle === null ? '' : `\n    <shuffleanswers>${shuffle}</shuffleanswers>`}
    <answer fraction="100"><text>Fisik</text></answer>
    <answer fraction="0"><text>Data link</text></answer>
    <answer fraction="0"><text>Jaringan</text></answer>
  </question>`;

const qtiItem = (id: string, interaction: string) =>
  `<assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="${id}" title="${id}" adaptive="false" timeDependent="false">` +
  '<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier"><correctResponse><value>A</value></correctResponse></responseDeclaration>' +
  `<itemBody><p>Lapisan OSI yang paling bawah (${id}) adalah …</p>${interaction}</itemBody></assessmentItem>`;

/** What a file says about the options' order is kept: a question its author did not want shuffled is not. */
describe('a file that says the options keep their order', () => {
  it('Moodle XML: shuffleanswers 0 or false keeps them in order with a note; 1 or no element shuffles; true/false is always Benar then Salah', async () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<quiz>${MOODLE_MC('Nol', '0')}${MOODLE_MC('False', 'false')}${MOODLE_MC('Satu', '1')}${MOODLE_MC('Tanpa', null)}
  <question type="truefalse">
    <name><text>BS</text></name>
    <questiontext format="plain_text"><text>HTTPS memakai port 443.</text></questiontext>
    <answer fraction="100"><text>true</text></answer>
    <answer fraction="0"><text>false</text></answer>
  </question>
</quiz>`;
    const result = await readText(dir, 'urutan.xml', xml);
    const of = (name: string) => ({ inOrder: named(result, name).optionsInOrder, noted: named(result, name).notes.some((n) => n.code === 'BANK_OPTIONS_IN_ORDER') });
    expect(of('Nol')).toEqual({ inOrder: true, noted: true });
    expect(of('False')).toEqual({ inOrder: true, noted: true });
    expect(of('Satu')).toEqual({ inOrder: false, noted: false });
    expect(of('Tanpa')).toEqual({ inOrder: false, noted: false });
    expect(named(result, 'BS')).toMatchObject({ optionsInOrder: true, options: [{ id: 'Benar' }, { id: 'Salah' }] });
  });

  it('a question whose file keeps the order and whose option names others is noted once, by the file\'s note (not twice, "not shuffled" each time)', async () => {
    const named3 = (name: string, shuffle: string) => `
  <question type="multichoice">
    <name><text>${name}</text></name>
    <questiontext format="plain_text"><text>Bahasa pemrograman web (${name}) …</text></questiontext>
    <single>true</single>
    <shuffleanswers>${shuffle}</shuffleanswers>
    <answer fraction="0"><text>PHP</text></answer>
    <answer fraction="0"><text>JavaScript</text></answer>
    <answer fraction="100"><text>Semua jawaban di atas benar</text></answer>
  </question>`;
    const result = await readText(dir, 'sekali.xml', `<?xml version="1.0" encoding="UTF-8"?>\n<quiz>${named3('Tetap', '0')}${named3('Acak', '1')}</quiz>`);
    const of = (name: string) => ({ inOrder: named(result, name).optionsInOrder, notes: named(result, name).notes.map((n) => n.code) });
    expect(of('Tetap')).toEqual({ inOrder: true, notes: ['BANK_OPTIONS_IN_ORDER'] });
    // Where the naming is what keeps the order, it is the one note.
    expect(of('Acak')).toEqual({ inOrder: true, notes: ['BANK_OPTION_NAMES_OTHERS'] });
  });

  it('GIFT: a true/false question is always Benar then Salah; an ordinary one is shuffled', async () => {
    const result = await readText(dir, 'bs.gift', '::BS:: HTTPS memakai port 443. {T}\n\n::PG:: Port HTTP adalah … {=80 ~443 ~21}');
    expect(named(result, 'BS').optionsInOrder).toBe(true);
    expect(named(result, 'PG').optionsInOrder).toBe(false);
  });

  it('IMS QTI: shuffle="false", or a choice fixed="true" in a shuffled interaction, keeps them in order with a note; shuffle="true" shuffles; no attribute keeps them in order with its own note', async () => {
    const choices = (fixed: boolean) =>
      ['A', 'B', 'C'].map((id, i) => `<simpleChoice identifier="${id}"${fixed && i === 2 ? ' fixed="true"' : ''}>Pilihan ${id}</simpleChoice>`).join('');
    const cases = {
      tidak: `<choiceInteraction responseIdentifier="RESPONSE" shuffle="false" maxChoices="1">${choices(false)}</choiceInteraction>`,
      tetap: `<choiceInteraction responseIdentifier="RESPONSE" shuffle="true" maxChoices="1">${choices(true)}</choiceInteraction>`,
      acak: `<choiceInteraction responseIdentifier="RESPONSE" shuffle="true" maxChoices="1">${choices(false)}</choiceInteraction>`,
      diam: `<choiceInteraction responseIdentifier="RESPONSE" maxChoices="1">${choices(false)}</choiceInteraction>`,
    };
    const found: Record<string, { inOrder: boolean; notes: string[] }> = {};
    for (const [id, interaction] of Object.entries(cases)) {
      const result = await readText(dir, `${id}.xml`, `<?xml version="1.0" encoding="UTF-8"?>\n${qtiItem(id, interaction)}`);
      const question = result.questions[0];
      found[id] = { inOrder: question.optionsInOrder, notes: question.notes.map((n) => n.code) };
    }
    // No shuffle attribute (QTI 2.1 requires it; exporters leave it out): QTI presents the choices in the file's order
    // unless shuffle is true (2.2 and 3.0 make it optional, false by default), so they keep it, and the preview says why.
    expect(found).toEqual({
      tidak: { inOrder: true, notes: ['BANK_OPTIONS_IN_ORDER'] },
      tetap: { inOrder: true, notes: ['BANK_OPTIONS_IN_ORDER'] },
      acak: { inOrder: false, notes: [] },
      diam: { inOrder: true, notes: ['BANK_OPTIONS_IN_ORDER_UNSTATED'] },
    });
  });
});
