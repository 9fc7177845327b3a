import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BankImportPreview, BankImportQuestion } from '../../../../electron/shared/bank-import';
import { en } from '../../../../electron/shared/i18n/en';
import { id } from '../../../../electron/shared/i18n/id';
import { ok } from '../../fake-transport';
import { argsOf, openAt } from '../registry/support';
import { scheme } from '../bank/support';

const requests: string[] = [];
const UPLOAD_ID = '11111111-2222-4333-8444-555555555555';
const IMPORT_ID = '99999999-2222-4333-8444-555555555555';

beforeEach(() => {
  // POST /files/upload answers with an upload id; the screen then asks bankImport/preview.
  requests.length = 0;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      requests.push(url);
      return url === '/files/upload' ? new Response(JSON.stringify({ ok: true, result: { uploadId: UPLOAD_ID } }), { status: 200 }) : new Response('x', { status: 200 });
    }),
  );
  URL.createObjectURL = vi.fn(() => 'blob:x');
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  window.location.hash = '';
});

const question = (index: number, over: Partial<BankImportQuestion> = {}): BankImportQuestion => ({
  index,
  position: { line: index * 4 + 1 },
  positionText: `baris ${index * 4 + 1}`,
  originalType: 'multichoice',
  name: null,
  kind: 'multiple_choice',
  stem: `Soal GIFT ${index}`,
  hasEnglish: false,
  optionCount: 4,
  options: ['Satu', 'Dua', 'Tiga', 'Empat'],
  expected: null,
  key: 'B',
  imageCount: 0,
  tags: [],
  kukIds: [],
  mappedBy: null,
  notes: [],
  mapNotes: [],
  outcome: 'add',
  itemId: null,
  status: null,
  approvable: false,
  problem: { code: 'BANK_APPROVE_NO_KUK', params: {} },
  ...over,
});

const preview = (questions: BankImportQuestion[], unitId: string | null = null): BankImportPreview => ({
  importId: IMPORT_ID,
  schemeId: 's-1',
  fileName: 'soal.gift',
  sha256: 'a'.repeat(64),
  sourceType: 'gift',
  unitId,
  counts: {
    total: questions.length + 1,
    add: questions.length,
    unchanged: 0,
    refused: 1,
    mapped: questions.filter((q) => q.kukIds.length > 0).length,
    unmapped: questions.filter((q) => q.kukIds.length === 0).length,
    approvable: questions.filter((q) => q.approvable).length,
  },
  bySourceType: { gift: { add: questions.length, unchanged: 0, refused: 1 } },
  questions,
  refused: [
    { by: 'reader', index: null, position: { line: 9 }, positionText: 'baris 9', originalType: 'matching', name: 'Pasangan', excerpt: 'Pasangkan…', code: 'BANK_MATCHING', params: {} },
  ],
  ignoredColumns: [],
  expiresAt: '2099-01-01T00:00:00.000Z',
});

function chooseFile() {
  const file = new File(['::Q1:: Soal GIFT 0 {~a =b ~c ~d}'], 'soal.gift', { type: 'text/plain' });
  fireEvent.change(screen.getByTestId('bank-import-file'), { target: { files: [file] } });
  fireEvent.click(screen.getByTestId('bank-import-check'));
}

describe('question bank import', () => {
  it('previews a file with the refused first and the reason in words, maps one question and the whole file, and applies approving the mapped', async () => {
    let current = preview([question(0), question(1, { notes: [{ code: 'BANK_TRUE_FALSE', params: {} }], optionCount: 2, key: 'A' })]);
    const { fake } = openAt('bank-import/s-1', {
      'schemes/get': () => ok(scheme),
      'bankImport/preview': () => ok(current),
      'bankImport/map': (args) => {
        const mapping = (args as { mapping: { unitId?: string | null; questions?: { index: number; kukIds: string[] }[] } }).mapping;
        if (mapping.questions) current = preview([question(0, { kukIds: ['k-2'], mappedBy: 'question', approvable: true, problem: null }), current.questions[1]]);
        if (mapping.unitId) current = preview([current.questions[0], question(1, { kukIds: ['k-1', 'k-2'], mappedBy: 'unit', approvable: true, problem: null })], mapping.unitId);
        return ok(current);
      },
      'bankImport/apply': () => ok({ added: 2, approved: 2, unchanged: 0, refused: 1, notApproved: { unmapped: 0, other: 0 } }),
    });
    await screen.findByTestId('bank-import-file');
    chooseFile();
    await screen.findByTestId('bank-import-counts');
    expect(argsOf(fake.calls, 'bankImport/preview')).toEqual([{ schemeId: 's-1', uploadId: UPLOAD_ID, fileName: 'soal.gift' }]);
    expect(screen.getByTestId('bank-import-read').textContent).toBe('soal.gift dibaca sebagai GIFT.');
    expect(within(screen.getByTestId('bank-import-count-refused')).getByText('1')).toBeTruthy();
    // The refused table comes before the questions, with the line and the reason.
    const refused = screen.getByTestId('bank-import-refused');
    expect(refused.compareDocumentPosition(screen.getByTestId('bank-import-questions')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(refused).getByTestId('bank-import-refusal').textContent).toContain('baris 9');
    expect(within(screen.getAllByTestId('bank-import-question')[1]).getByRole('rowheader').textContent).toContain('baris 5');
    expect(within(refused).getByTestId('bank-import-refusal-reason').textContent).toBe(id.bankSource.reasons.BANK_MATCHING);
    const rows = screen.getAllByTestId('bank-import-question');
    expect(within(rows[0]).getByTestId('bank-import-became').textContent).toBe('Pilihan ganda · 4 pilihan · kunci B');
    expect(within(rows[1]).getByTestId('bank-import-notes').textContent).toContain(id.bankSource.notes.BANK_TRUE_FALSE);
    expect(within(rows[0]).getByTestId('bank-import-notes').textContent).toContain(id.errors.BANK_APPROVE_NO_KUK);
    // Nothing is in the bank yet: each question is to be added, not added.
    expect(within(rows[0]).getByTestId('bank-import-outcome').textContent).toBe(id.bankScreens.import.outcomes.toAdd);

    // One question to one KUK.
    fireEvent.click(within(rows[0]).getByTestId('bank-import-map'));
    const editor = await screen.findByTestId('bank-import-mapping-editor');
    fireEvent.click(within(editor).getByRole('checkbox', { name: /1\.2 Struktur data dijelaskan/ }));
    fireEvent.click(within(editor).getByTestId('bank-import-map-save'));
    await waitFor(() => expect(screen.getAllByTestId('bank-import-question')[0].getAttribute('data-mapped')).toBe('true'));
    expect(within(screen.getAllByTestId('bank-import-question')[0]).getByTestId('bank-import-mapping').textContent).toContain('J.620100.004.02 1.2');

    // The rest of the file to one unit.
    fireEvent.change(screen.getByTestId('bank-import-unit'), { target: { value: 'u-1' } });
    fireEvent.click(screen.getByTestId('bank-import-map-unit'));
    await waitFor(() => expect(screen.getAllByTestId('bank-import-question')[1].getAttribute('data-mapped')).toBe('true'));
    expect(within(screen.getAllByTestId('bank-import-question')[1]).getByTestId('bank-import-mapping').textContent).toContain(id.bankScreens.import.mappedBy.unit);
    // The unit is the one chosen here for the whole file, not one the file named (an Aiken file names none).
    expect(within(screen.getAllByTestId('bank-import-question')[1]).getByTestId('bank-import-mapping').textContent).toContain('dari unit yang Anda pilih untuk seluruh berkas');
    expect(argsOf(fake.calls, 'bankImport/map')).toEqual([
      { importId: IMPORT_ID, mapping: { questions: [{ index: 0, kukIds: ['k-2'] }] } },
      { importId: IMPORT_ID, mapping: { unitId: 'u-1' } },
    ]);

    fireEvent.click(screen.getByTestId('bank-import-apply'));
    expect((await screen.findByTestId('bank-import-done')).textContent).toContain('Selesai: 2 soal ditambahkan (2 disetujui), 0 sudah ada, 1 ditolak.');
    expect(argsOf(fake.calls, 'bankImport/apply')).toEqual([{ importId: IMPORT_ID, approve: true }]);
    expect(screen.getByTestId('bank-import-open-coverage').getAttribute('href')).toBe('#/bank-coverage/s-1');
    expect(within(screen.getAllByTestId('bank-import-question')[0]).getByTestId('bank-import-outcome').textContent).toBe(id.bankScreens.import.outcomes.add);
  });

  it('keeps all as drafts when asked, says how many stayed drafts, and reads in English', async () => {
    const { fake } = openAt(
      'bank-import/s-1',
      {
        'schemes/get': () => ok(scheme),
        'bankImport/preview': () => ok(preview([question(0)])),
        'bankImport/apply': () => ok({ added: 1, approved: 0, unchanged: 0, refused: 1, notApproved: { unmapped: 1, other: 0 } }),
      },
      'en',
    );
    await screen.findByTestId('bank-import-file');
    chooseFile();
    expect((await screen.findAllByTestId('bank-import-refusal-reason'))[0].textContent).toBe(en.bankSource.reasons.BANK_MATCHING);
    fireEvent.click(screen.getByTestId('bank-import-drafts'));
    fireEvent.click(screen.getByTestId('bank-import-apply'));
    await screen.findByTestId('bank-import-done');
    expect(argsOf(fake.calls, 'bankImport/apply')).toEqual([{ importId: IMPORT_ID, approve: false }]);
    expect(screen.getByTestId('bank-import-not-approved').textContent).toBe('1 stay drafts because they are not mapped to a KUK, 0 for another reason.');
  });

  it('shows what the reader took for each option and the key, and an essay\'s expected answer, in both languages', async () => {
    const essay = question(1, { kind: 'essay', optionCount: 0, options: [], key: null, expected: 'Kupas kabel, urutkan warna T568B' });
    openAt('bank-import/s-1', { 'schemes/get': () => ok(scheme), 'bankImport/preview': () => ok(preview([question(0), essay])) });
    await screen.findByTestId('bank-import-file');
    chooseFile();
    const rows = await screen.findAllByTestId('bank-import-question');
    const options = within(rows[0]).getByTestId('bank-import-options');
    expect([...options.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['A. Satu', 'B. Dua (kunci)', 'C. Tiga', 'D. Empat']);
    expect(options.querySelector('li[data-key] strong')?.textContent).toBe('Dua');
    expect(within(rows[1]).getByTestId('bank-import-expected').textContent).toBe('Jawaban yang diharapkan: Kupas kabel, urutkan warna T568B');
    expect(within(rows[1]).queryByTestId('bank-import-options')).toBeNull();
    expect(en.bankScreens.import.keyMark).toBe('(key)');
  });

  it('says of a QTI question without shuffle that its options keep the file\'s order, in both languages', async () => {
    // What the core previews for a QTI item whose choiceInteraction has no shuffle attribute (qti.ts).
    const qti: BankImportPreview = {
      ...preview([
        question(0, {
          position: { file: 'soal-1.xml' },
          positionText: 'soal-1.xml',
          originalType: 'choiceInteraction',
          stem: 'Urutan lapisan OSI dari bawah adalah …',
          notes: [{ code: 'BANK_OPTIONS_IN_ORDER_UNSTATED', params: {} }],
        }),
      ]),
      fileName: 'soal.zip',
      sourceType: 'qti',
      bySourceType: { qti: { add: 1, unchanged: 0, refused: 1 } },
    };
    for (const [language, T] of [
      ['id', id],
      ['en', en],
    ] as const) {
      const { unmount } = openAt('bank-import/s-1', { 'schemes/get': () => ok(scheme), 'bankImport/preview': () => ok(qti) }, language);
      await screen.findByTestId('bank-import-file');
      chooseFile();
      const row = (await screen.findAllByTestId('bank-import-question'))[0];
      expect(screen.getByTestId('bank-import-read').textContent).toContain(T.bankScreens.import.sourceTypes.qti);
      const notes = [...within(row).getByTestId('bank-import-notes').children].map((note) => note.textContent);
      expect(notes[0]).toBe(T.bankSource.notes.BANK_OPTIONS_IN_ORDER_UNSTATED);
      expect(notes[0]).toContain('shuffle="true"');
      unmount();
    }
  });

  it('names the sheet\'s columns it does not read, in both languages, and says nothing when every column is read', async () => {
    openAt('bank-import/s-1', { 'schemes/get': () => ok(scheme), 'bankImport/preview': () => ok({ ...preview([question(0)]), ignoredColumns: [{ header: 'Keterangan', letter: 'J' }, { header: 'Kunci Jwban', letter: 'H' }] }) });
    await screen.findByTestId('bank-import-file');
    chooseFile();
    expect((await screen.findByTestId('bank-import-ignored')).textContent).toBe(id.bankScreens.import.ignored.replace('{{columns}}', 'Keterangan (J), Kunci Jwban (H)'));
    expect(en.bankScreens.import.ignored).toContain('{{columns}}');
  });

  it('marks no question already in the bank "not mapped": the file changes nothing of its mapping there', async () => {
    const again = preview([question(0, { outcome: 'unchanged', itemId: 'item-1', status: 'approved', problem: null })]);
    openAt('bank-import/s-1', { 'schemes/get': () => ok(scheme), 'bankImport/preview': () => ok({ ...again, counts: { ...again.counts, add: 0, unchanged: 1, unmapped: 0 } }) });
    await screen.findByTestId('bank-import-file');
    chooseFile();
    const row = (await screen.findAllByTestId('bank-import-question'))[0];
    expect(within(row).getByTestId('bank-import-mapping').textContent).not.toContain(id.bankScreens.import.unmappedBadge);
    expect(within(row).queryByTestId('bank-import-map')).toBeNull();
  });

  it('offers both templates in the screen’s language', async () => {
    const { fake } = openAt('bank-import/s-1', { 'schemes/get': () => ok(scheme), 'bankImport/template': () => ok({ fileName: 'templat-soal.docx' }) });
    fireEvent.click(await screen.findByTestId('bank-template-docx'));
    await waitFor(() => expect(requests).toContain('/files/exports/templat-soal.docx'));
    // One download at a time: the buttons wait while one runs.
    await waitFor(() => expect((screen.getByTestId('bank-template-xlsx') as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(screen.getByTestId('bank-template-xlsx'));
    await waitFor(() => expect(argsOf(fake.calls, 'bankImport/template')).toHaveLength(2));
    expect(argsOf(fake.calls, 'bankImport/template')).toEqual([
      { format: 'docx', language: 'id' },
      { format: 'xlsx', language: 'id' },
    ]);
  });
});
