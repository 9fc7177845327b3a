import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture, jpeg, named, noteCodes, png, read, refusal, SVG, tempDir, writeZip } from './support';

const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const NS = 'xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1"';

function item(id: string, title: string, body: string, declarations = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<assessmentItem ${NS} identifier="${id}" title="${title}" adaptive="false" timeDependent="false">${declarations}<itemBody>${body}</itemBody></assessmentItem>`;
}

function declaration(cardinality: string, baseType: string, values: string[], mapping = ''): string {
  return `<responseDeclaration identifier="RESPONSE" cardinality="${cardinality}" baseType="${baseType}"><correctResponse>${values.map((v) => `<value>${v}</value>`).join('')}</correctResponse>${mapping}</responseDeclaration>`;
}

const choices = (ids: string[]) => ids.map((id) => `<simpleChoice identifier="${id}">Pilihan ${id}</simpleChoice>`).join('');

function manifest(hrefs: string[]): string {
  const resources = hrefs.map((href, i) => `<resource identifier="r${i}" type="imsqti_item_xmlv2p1" href="${href}"><file href="${href}"/></resource>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<manifest xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" identifier="m"><organizations/><resources>${resources}<resource identifier="t" type="imsqti_test_xmlv2p1" href="test.xml"/></resources></manifest>`;
}

describe('IMS QTI 2.1', () => {
  it('reads a single assessmentItem file: the prompt in the stem, feedback dropped, an image it cannot hold noted', async () => {
    const result = await read(fixture('qti-choice.xml'));
    expect(result.sourceType).toBe('qti');
    expect(result.questions).toHaveLength(1);
    const question = result.questions[0];
    expect(question).toMatchObject({
      position: { number: 1 },
      name: 'Protokol web',
      originalType: 'choiceInteraction',
      stem: { id: 'Perhatikan diagram berikut.\nProtokol mana yang aman?', en: null },
      options: [{ id: 'HTTP' }, { id: 'HTTPS' }, { id: 'FTP' }],
      key: 1,
    });
    // The file's choiceInteraction says shuffle="false": every candidate sees HTTP, HTTPS, FTP in that order.
    expect(question.optionsInOrder).toBe(true);
    expect(question.notes).toEqual([
      { code: 'BANK_FEEDBACK_DROPPED', params: {} },
      { code: 'BANK_OPTIONS_IN_ORDER', params: {} },
      { code: 'BANK_IMAGE_SKIPPED_MISSING', params: { name: 'diagram.png' } },
    ]);
  });

  it('refuses QTI 1.2 with its version', async () => {
    const error = await refusal(fixture('qti-12.xml'));
    expect([error.code, error.params]).toEqual(['BANK_FILE_QTI_VERSION', { version: 'IMS QTI 1.2' }]);
  });

  describe('a content package', async () => {
    const items: Record<string, string> = {
      'items/pg.xml': item(
        'pg',
        'Gambar',
        `<p>Lihat <img src="../media/peta.png" alt="peta"/> dan <img src="../media/ikon.svg"/></p><choiceInteraction responseIdentifier="RESPONSE" maxChoices="1"><prompt>Mana ibu kota?</prompt><simpleChoice identifier="A">Jakarta <img src="../media/foto%20kota.jpg"/></simpleChoice><simpleChoice identifier="B">Bandung</simpleChoice></choiceInteraction>`,
        declaration('single', 'identifier', ['A']),
      ),
      'items/ganda.xml': item('ganda', 'Ganda', `<choiceInteraction responseIdentifier="RESPONSE" maxChoices="0"><prompt>Pilih dua</prompt>${choices(['A', 'B', 'C'])}</choiceInteraction>`, declaration('multiple', 'identifier', ['A', 'C'])),
      'items/satu.xml': item('satu', 'Satu', `<choiceInteraction responseIdentifier="RESPONSE" maxChoices="0"><prompt>Pilih</prompt>${choices(['A', 'B'])}</choiceInteraction>`, declaration('multiple', 'identifier', ['B'])),
      'items/esai.xml': item('esai', 'Esai', '<p>Jelaskan DNS.</p><extendedTextInteraction responseIdentifier="RESPONSE"/>', '<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="string"/>'),
      'items/isian.xml': item(
        'isian',
        'Isian',
        '<p>Port HTTPS adalah <textEntryInteraction responseIdentifier="RESPONSE"/>.</p>',
        declaration('single', 'integer', ['443'], '<mapping defaultValue="0"><mapEntry mapKey="443" mappedValue="1"/></mapping>'),
      ),
      'items/jodoh.xml': item('jodoh', 'Jodoh', '<matchInteraction responseIdentifier="RESPONSE"/>'),
      'items/seret.xml': item('seret', 'Seret', '<gapMatchInteraction responseIdentifier="RESPONSE"/>'),
      'items/celah.xml': item('celah', 'Celah', '<p>Pilih <inlineChoiceInteraction responseIdentifier="RESPONSE"/></p>'),
      'items/urut.xml': item('urut', 'Urut', '<orderInteraction responseIdentifier="RESPONSE"/>'),
      'items/titik.xml': item('titik', 'Titik', '<hotspotInteraction responseIdentifier="RESPONSE"/>'),
      'items/dua.xml': item('dua', 'Dua', '<p>A <textEntryInteraction responseIdentifier="R1"/> B <textEntryInteraction responseIdentifier="R2"/></p>'),
      'items/info.xml': item('info', 'Info', '<p>Bacaan saja.</p>'),
      'items/rusak.xml': '<assessmentItem><itemBody><p>terpotong',
      'items/tanya.xml': item(
        'tanya',
        'Tanya',
        `<p>Awal</p><choiceInteraction responseIdentifier="RESPONSE" maxChoices="1"><prompt>Mana <img src="../media/peta.png"/> ini?</prompt>${choices(['A', 'B'])}</choiceInteraction><p>Lalu <img src="../media/foto%20kota.jpg"/> akhir.</p>`,
        declaration('single', 'identifier', ['A']),
      ),
    };
    const order = [...Object.keys(items).slice(0, 4), 'items/hilang.xml', ...Object.keys(items).slice(4)];
    const file = await writeZip(path.join(dir, 'paket.zip'), [
      { name: 'imsmanifest.xml', data: manifest(order) },
      ...Object.entries(items).map(([name, data]) => ({ name, data })),
      { name: 'media/peta.png', data: png() },
      { name: 'media/foto kota.jpg', data: jpeg() },
      { name: 'media/ikon.svg', data: SVG },
      { name: 'test.xml', data: '<assessmentTest/>' },
    ]);
    const result = await read(file);

    it('reads the items the manifest lists, in its order, each named by its file, with images from the package', () => {
      expect(result.sourceType).toBe('qti');
      const question = named(result, 'Gambar');
      expect(question).toMatchObject({ position: { number: 1, file: 'items/pg.xml' }, stem: { id: 'Lihat\n[gambar 1]\ndan\nMana ibu kota?' }, options: [{ id: 'Jakarta' }, { id: 'Bandung' }], key: 0 });
      expect(question.images.map((i) => [i.place, i.mime, i.name])).toEqual([
        ['stem', 'image/png', 'peta.png'],
        ['option:0', 'image/jpeg', 'foto kota.jpg'],
      ]);
      // Its choiceInteraction has no shuffle attribute: the file's order is kept, and the preview says why.
      expect(question.optionsInOrder).toBe(true);
      expect(question.notes).toEqual([
        { code: 'BANK_OPTIONS_IN_ORDER_UNSTATED', params: {} },
        { code: 'BANK_IMAGE_SKIPPED_SVG', params: { name: 'ikon.svg' } },
      ]);
    });

    it("places each stem picture where it stood among the words, the prompt's between the body's before and after it", () => {
      const question = named(result, 'Tanya');
      expect(question.stem.id).toBe('Awal\nMana\n[gambar 1]\nini?\nLalu\n[gambar 2]\nakhir.');
      expect(question.images.map((i) => [i.place, i.name])).toEqual([
        ['stem', 'peta.png'],
        ['stem', 'foto kota.jpg'],
      ]);
    });

    it('converts single answer written as multiple, essay and text entry (numeric) with notes', () => {
      expect(named(result, 'Satu')).toMatchObject({ key: 1 });
      expect(noteCodes(named(result, 'Satu'))).toEqual(['BANK_SINGLE_FROM_MULTI', 'BANK_OPTIONS_IN_ORDER_UNSTATED']);
      expect(named(result, 'Esai')).toMatchObject({ kind: 'essay', stem: { id: 'Jelaskan DNS.' }, expected: null });
      expect(named(result, 'Isian')).toMatchObject({ kind: 'essay', stem: { id: 'Port HTTPS adalah _____.' }, expected: { id: 'Jawaban yang diterima (salah satu):\n• 443' } });
      expect(noteCodes(named(result, 'Isian'))).toEqual(['BANK_NUMERICAL_AS_ESSAY']);
    });

    it('refuses each other interaction with its code, a missing item and a damaged one, and keeps the rest', () => {
      expect(result.refused.map((r) => [r.position.number, r.position.file, r.code, r.params])).toEqual([
        [2, 'items/ganda.xml', 'BANK_MULTIPLE_RESPONSE', {}],
        [5, 'items/hilang.xml', 'BANK_ITEM_MISSING', { file: 'items/hilang.xml' }],
        [7, 'items/jodoh.xml', 'BANK_MATCHING', {}],
        [8, 'items/seret.xml', 'BANK_DRAG_DROP', {}],
        [9, 'items/celah.xml', 'BANK_GAPSELECT', {}],
        [10, 'items/urut.xml', 'BANK_ORDERING', {}],
        [11, 'items/titik.xml', 'BANK_UNKNOWN_TYPE', { type: 'hotspotInteraction' }],
        [12, 'items/dua.xml', 'BANK_CLOZE', {}],
        [13, 'items/info.xml', 'BANK_DESCRIPTION', {}],
        [14, 'items/rusak.xml', 'BANK_ITEM_DAMAGED', { file: 'items/rusak.xml', line: 1 }],
      ]);
    });
  });

  it('refuses a package that unpacks far beyond its size (zip bomb) before reading any item', async () => {
    const file = await writeZip(path.join(dir, 'bom.zip'), [
      { name: 'imsmanifest.xml', data: manifest(['a.xml']) },
      { name: 'a.xml', data: Buffer.alloc(30 * 1024 * 1024, 0x20) },
    ]);
    const error = await refusal(file);
    expect([error.code, error.params]).toEqual(['BANK_FILE_ZIP_BOMB', { part: 'a.xml', ratio: 100 }]);
  });

  it('refuses a whole package when any of its XML parts declares a DOCTYPE (an item with an external entity)', async () => {
    const xxe = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><assessmentItem><itemBody>&e;</itemBody></assessmentItem>';
    const file = await writeZip(path.join(dir, 'dtd.zip'), [
      { name: 'imsmanifest.xml', data: manifest(['items/dtd.xml']) },
      { name: 'items/dtd.xml', data: xxe },
    ]);
    const error = await refusal(file);
    expect([error.code, error.params]).toEqual(['BANK_FILE_ENTITIES', { part: 'items/dtd.xml' }]);
  });
});
