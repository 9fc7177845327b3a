import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { BankItem } from '../../../../electron/shared/bank';
import { en } from '../../../../electron/shared/i18n/en';
import { id } from '../../../../electron/shared/i18n/id';
import { fail, ok } from '../../fake-transport';
import { argsOf, openAt } from '../registry/support';
import { bankInvalid, item, scheme } from './support';

afterEach(() => {
  window.location.hash = '';
});

const type = (testId: string, value: string) => fireEvent.change(screen.getByTestId(testId), { target: { value } });

describe('a new question', () => {
  it('writes a multiple choice in both languages with its key, KUK, dimensions and tags, previewed as the CBT shows it', async () => {
    const { fake } = openAt('bank-new/s-1', {
      'schemes/get': () => ok(scheme),
      'bank/save': () => ok({ item: item({ id: 'i-9' }), copied: false }),
    });
    await screen.findByTestId('bank-item-form');
    // The preview waits for a stem.
    expect(screen.getByTestId('bank-preview').textContent).toContain(id.bankScreens.preview.empty);
    type('field-prompt.id', 'Manakah tipe data bilangan bulat?');
    type('field-prompt.en', 'Which is an integer type?');
    type('field-options.0.text.id', 'float');
    type('field-options.1.text.id', 'int');
    fireEvent.click(screen.getAllByTestId('option-key')[1]);
    fireEvent.click(screen.getByRole('checkbox', { name: /1\.2 Struktur data dijelaskan/ }));
    fireEvent.click(screen.getByTestId('dimension-TS'));
    type('field-tags', 'struktur data, dasar');

    // The CBT's own question: number, kind, stem and the options A and B (blank C and D are left out).
    const preview = within(screen.getByTestId('bank-preview'));
    expect(preview.getByTestId('cbt-prompt').textContent).toBe('Manakah tipe data bilangan bulat?');
    expect(preview.getAllByTestId('cbt-option').map((o) => o.textContent)).toEqual(['Afloat', 'Bint']);
    fireEvent.click(preview.getAllByTestId('cbt-option')[1]);
    expect(preview.getAllByTestId('cbt-option')[1].getAttribute('aria-pressed')).toBe('true');

    fireEvent.click(screen.getByTestId('record-save'));
    await waitFor(() => expect(window.location.hash).toBe('#/bank-item/i-9'));
    expect(argsOf(fake.calls, 'bank/save')).toEqual([
      {
        schemeId: 's-1',
        itemId: null,
        item: {
          kind: 'multiple_choice',
          ref: null,
          kukIds: ['k-2'],
          dimensions: ['TS'],
          prompt: { id: 'Manakah tipe data bilangan bulat?', en: 'Which is an integer type?' },
          expected: null,
          guide: null,
          scoring: 'yes_no',
          options: [
            { text: { id: 'float', en: null }, correct: false },
            { text: { id: 'int', en: null }, correct: true },
          ],
          optionsInOrder: false,
          tags: ['struktur data', 'dasar'],
        },
      },
    ]);
  });

  it('warns beside the options when one names others by letter or place, which the candidate\'s shuffled options change, until they are kept in order', async () => {
    const { fake } = openAt('bank-new/s-1', { 'schemes/get': () => ok(scheme), 'bank/save': () => ok({ item: item({ id: 'i-9', optionsInOrder: true }), copied: false }) });
    await screen.findByTestId('bank-item-form');
    type('field-prompt.id', 'Perangkat jaringan adalah …');
    type('field-options.0.text.id', 'Router');
    type('field-options.1.text.id', 'Switch');
    expect(screen.queryByTestId('option-names-others')).toBeNull();
    type('field-options.2.text.id', 'A dan B benar');
    expect(screen.getByTestId('option-names-others').textContent).toBe(id.bankScreens.item.optionNamesOthers.replace('{{letter}}', 'C'));
    type('field-options.2.text.id', 'Router dan switch benar');
    expect(screen.queryByTestId('option-names-others')).toBeNull();
    type('field-options.1.text.en', 'All of the above');
    expect(screen.getByTestId('option-names-others').textContent).toBe(id.bankScreens.item.optionNamesOthers.replace('{{letter}}', 'B'));
    expect(en.bankScreens.item.optionNamesOthers).toContain('{{letter}}');
    // Kept in their order, the options mean what the author wrote: no warning, and the hint says what candidates see.
    expect(screen.getByText(id.bankScreens.item.optionsInOrderOff)).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: id.bankScreens.item.optionsInOrder }));
    expect(screen.queryByTestId('option-names-others')).toBeNull();
    expect(screen.getByText(id.bankScreens.item.optionsInOrderOn)).toBeTruthy();
    fireEvent.click(screen.getByTestId('record-save'));
    await waitFor(() => expect(argsOf(fake.calls, 'bank/save')).toHaveLength(1));
    expect(argsOf(fake.calls, 'bank/save')[0]).toMatchObject({ item: { optionsInOrder: true } });
    // The saved question opens with the box ticked.
    await waitFor(() => expect((screen.getByTestId('options-in-order') as HTMLInputElement).checked).toBe(true));
  });

  it('keeps the keyboard on Save while it saves, and saves once however often Enter is pressed', async () => {
    let answer: (reply: ReturnType<typeof ok>) => void = () => {};
    const { fake } = openAt('bank-new/s-1', { 'schemes/get': () => ok(scheme), 'bank/save': () => new Promise((resolve) => (answer = resolve)) });
    await screen.findByTestId('bank-item-form');
    type('field-prompt.id', 'Jelaskan array.');
    type('field-kind', 'essay');
    const save = screen.getByTestId('record-save') as HTMLButtonElement;
    save.focus();
    fireEvent.submit(screen.getByTestId('bank-item-form'));
    await waitFor(() => expect(save.getAttribute('aria-disabled')).toBe('true'));
    // Chromium blurs a focused button that becomes disabled: the focus then fell to the top of the page.
    expect(save.disabled).toBe(false);
    expect(document.activeElement).toBe(save);
    fireEvent.submit(screen.getByTestId('bank-item-form'));
    answer(ok({ item: item({ id: 'i-12', kind: 'essay' }), copied: false }));
    await waitFor(() => expect(window.location.hash).toBe('#/bank-item/i-12'));
    expect(argsOf(fake.calls, 'bank/save')).toHaveLength(1);
  });

  it('writes an essay with its expected answer, scoring guide and 0–3 scoring, previewed with the essay box', async () => {
    const { fake } = openAt('bank-new/s-1', { 'schemes/get': () => ok(scheme), 'bank/save': () => ok({ item: item({ id: 'i-10', kind: 'essay' }), copied: false }) });
    await screen.findByTestId('bank-item-form');
    type('field-kind', 'essay');
    expect(screen.queryByTestId('field-options')).toBeNull();
    type('field-prompt.id', 'Jelaskan array.');
    type('field-expected.id', 'Kumpulan data sejenis.');
    type('field-guide.id', 'Skor 3 bila menyebut indeks.');
    fireEvent.click(screen.getByTestId('scoring-score_0_3'));
    expect(within(screen.getByTestId('bank-preview')).getByTestId('cbt-essay')).toBeTruthy();
    fireEvent.click(screen.getByTestId('record-save'));
    await waitFor(() => expect(argsOf(fake.calls, 'bank/save')).toHaveLength(1));
    expect(argsOf(fake.calls, 'bank/save')[0]).toMatchObject({
      item: { kind: 'essay', options: [], expected: { id: 'Kumpulan data sejenis.', en: null }, guide: { id: 'Skor 3 bila menyebut indeks.', en: null }, scoring: 'score_0_3' },
    });
  });

  it('keeps the options and key typed through a switch to essay and back; an essay saves none of them', async () => {
    const { fake } = openAt('bank-new/s-1', { 'schemes/get': () => ok(scheme), 'bank/save': () => ok({ item: item({ id: 'i-11', kind: 'essay' }), copied: false }) });
    await screen.findByTestId('bank-item-form');
    type('field-prompt.id', 'Manakah tipe data bilangan bulat?');
    type('field-options.0.text.id', 'float');
    type('field-options.1.text.id', 'int');
    fireEvent.click(screen.getAllByTestId('option-key')[1]);
    type('field-kind', 'essay');
    expect(screen.queryByTestId('field-options')).toBeNull();
    type('field-kind', 'multiple_choice');
    expect((screen.getByTestId('field-options.1.text.id') as HTMLInputElement).value).toBe('int');
    expect((screen.getAllByTestId('option-key')[1] as HTMLInputElement).checked).toBe(true);
    type('field-kind', 'essay');
    fireEvent.click(screen.getByTestId('record-save'));
    await waitFor(() => expect(argsOf(fake.calls, 'bank/save')).toHaveLength(1));
    expect(argsOf(fake.calls, 'bank/save')[0]).toMatchObject({ item: { kind: 'essay', options: [], scoring: 'yes_no' } });
  });

  it('writes an oral question (no CBT preview) and an observation benchmark for one KUK', async () => {
    const { fake } = openAt('bank-new/s-1', {
      'schemes/get': () => ok(scheme),
      'bank/saveBenchmark': () => ok({ item: item({ id: 'b-1', kind: 'observation' }), copied: false }),
    });
    await screen.findByTestId('bank-item-form');
    type('field-kind', 'oral');
    expect(screen.getByTestId('bank-preview-none').textContent).toBe(id.bankScreens.preview.notCbt);
    type('field-kind', 'observation');
    await screen.findByTestId('bank-benchmark-form');
    type('field-kukId', 'k-3');
    type('field-text.id', 'Rancangan antarmuka dibuat sesuai kebutuhan.');
    fireEvent.click(screen.getByTestId('record-save'));
    await waitFor(() => expect(window.location.hash).toBe('#/bank-item/b-1'));
    expect(argsOf(fake.calls, 'bank/saveBenchmark')).toEqual([
      { schemeId: 's-1', benchmarkId: null, benchmark: { kukId: 'k-3', text: { id: 'Rancangan antarmuka dibuat sesuai kebutuhan.', en: null } } },
    ]);
  });

  it('offers each kind in the singular, as one choice names one question', async () => {
    openAt('bank-new/s-1', { 'schemes/get': () => ok(scheme) }, 'en');
    const kinds = within(await screen.findByTestId('field-kind')).getAllByRole('option').map((option) => option.textContent);
    expect(kinds).toContain('Oral question');
    expect(kinds).toContain('Question supporting observation');
    expect(kinds.filter((kind) => /questions\b/i.test(kind ?? ''))).toEqual([]);
  });

  it('marks every refused field below itself and says how many, in English too', async () => {
    openAt(
      'bank-new/s-1',
      {
        'schemes/get': () => ok(scheme),
        'bank/save': () =>
          bankInvalid([
            { field: 'prompt.id', reason: 'required' },
            { field: 'options.1.text.en', reason: 'too_long' },
            { field: 'options', reason: 'key_count' },
            { field: 'kukIds.0', reason: 'unknown_kuk' },
            { field: 'ref', reason: 'taken' },
          ]),
      },
      'en',
    );
    await screen.findByTestId('bank-item-form');
    fireEvent.click(screen.getByTestId('record-save'));
    expect((await screen.findByTestId('save-invalid')).textContent).toBe('Not saved: 5 fields need fixing. See the messages below the marked fields.');
    expect(screen.getByTestId('problem-prompt.id').textContent).toBe(en.bank.reasons.required);
    expect(screen.getByTestId('problem-options.1.text.en').textContent).toBe(en.bank.reasons.too_long);
    expect(screen.getByTestId('problem-options').textContent).toBe(en.bank.reasons.key_count);
    expect(screen.getByTestId('problem-kukIds').textContent).toBe(en.bank.reasons.unknown_kuk);
    expect(screen.getByTestId('problem-ref').textContent).toBe(en.bank.reasons.taken);
    // The first marked input in the form (the ref, above the stem) has the focus, given in an effect that may run
    // after the marks are found.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('field-ref')));
  });
});

describe('an existing question', () => {
  const open = (entry: BankItem, handlers: Parameters<typeof openAt>[1] = {}) =>
    openAt(`bank-item/${entry.id}`, { 'schemes/get': () => ok(scheme), 'bank/get': () => ok(entry), ...handlers });

  it('shows its status and who wrote it, approves it, and says why the core would not', async () => {
    let approvals = 0;
    let current = item();
    const { fake } = open(current, {
      'bank/get': () => ok(current),
      'bank/approve': () => {
        approvals++;
        if (approvals === 1) return fail('BANK_APPROVE_NO_KEY');
        current = item({ status: 'approved', approved: { accountId: 'acc-2', name: 'Budi Santoso', at: '2026-03-03T02:00:00.000Z' } });
        return ok(current);
      },
    });
    await screen.findByTestId('bank-item-form');
    expect(screen.getByTestId('bank-item-status').textContent).toContain(id.bankScreens.status.draft);
    expect(screen.getByTestId('stamp-created').textContent).toContain('Rina Kartikasari');
    // The saved question fills the form, and the preview shows it.
    expect((screen.getByTestId('field-prompt.id') as HTMLTextAreaElement).value).toBe('Manakah tipe data bilangan bulat?');
    expect(within(screen.getByTestId('bank-preview')).getAllByTestId('cbt-option')).toHaveLength(3);

    fireEvent.click(screen.getByTestId('bank-approve'));
    expect((await screen.findByRole('alert')).textContent).toContain(id.errors.BANK_APPROVE_NO_KEY);
    fireEvent.click(screen.getByTestId('bank-approve'));
    await waitFor(() => expect(screen.getByTestId('stamp-approved').textContent).toContain('Budi Santoso'));
    expect(screen.getByTestId('bank-status').getAttribute('data-status')).toBe('approved');
    expect(argsOf(fake.calls, 'bank/approve')).toEqual([{ itemId: 'i-1' }, { itemId: 'i-1' }]);
  });

  it('previews the question in either language while the page stays in its own', async () => {
    open(item({ source: { sha256: 'c'.repeat(64), position: 'items/q3.xml question 2' } }));
    const preview = within(await screen.findByTestId('bank-preview'));
    expect(screen.getByTestId('bank-item-source').textContent).toBe('Diimpor dari berkas, posisi items/q3.xml, soal 2');
    expect(preview.getByTestId('cbt-prompt').textContent).toBe('Manakah tipe data bilangan bulat?');
    fireEvent.click(preview.getByTestId('bank-preview-lang-en'));
    expect(preview.getByTestId('cbt-prompt').textContent).toBe('Which is an integer type?');
    expect(preview.getByRole('heading', { level: 1 }).textContent).toBe('Question 1');
    // An option with no English shows the Indonesian with its marker, as the candidate would see it.
    expect(preview.getAllByTestId('cbt-option')[0].textContent).toContain('float');
    expect(document.documentElement.lang).toBe('id');
    expect(screen.getByTestId('bank-item-status').textContent).toContain(id.bankScreens.status.draft);
  });

  it('retires only after a confirmation, and a retired question can no longer be edited', async () => {
    let current = item({ status: 'approved' });
    const { fake } = open(current, {
      'bank/get': () => ok(current),
      'bank/retire': () => {
        current = item({ status: 'retired', retired: { accountId: 'acc-1', name: 'Rina Kartikasari', at: '2026-03-04T02:00:00.000Z' } });
        return ok(current);
      },
    });
    await screen.findByTestId('bank-item-form');
    fireEvent.click(screen.getByTestId('bank-retire'));
    expect(argsOf(fake.calls, 'bank/retire')).toEqual([]);
    expect(screen.getByTestId('bank-retire-confirm').textContent).toContain('Pensiunkan soal PG-01?');
    fireEvent.click(screen.getByTestId('bank-retire-yes'));
    await screen.findByTestId('bank-retired');
    expect(argsOf(fake.calls, 'bank/retire')).toEqual([{ itemId: 'i-1' }]);
    expect((screen.getByTestId('record-save') as HTMLButtonElement).disabled).toBe(true);
    expect(screen.queryByTestId('bank-retire')).toBeNull();
  });

  it('says an approved question no session used went back to draft when saved', async () => {
    open(item({ status: 'approved' }), { 'bank/save': () => ok({ item: item({ status: 'draft' }), copied: false }) });
    await screen.findByTestId('bank-item-form');
    type('field-prompt.id', 'Manakah tipe data bilangan bulat di Python?');
    fireEvent.click(screen.getByTestId('record-save'));
    expect((await screen.findByTestId('record-saved')).textContent).toBe(id.bankScreens.item.unapproved);
  });

  it('says only that a draft was saved', async () => {
    open(item({ status: 'draft' }), { 'bank/save': () => ok({ item: item({ status: 'draft' }), copied: false }) });
    await screen.findByTestId('bank-item-form');
    type('field-prompt.id', 'Manakah tipe data bilangan bulat di Python?');
    fireEvent.click(screen.getByTestId('record-save'));
    expect((await screen.findByTestId('record-saved')).textContent).toBe(id.bankScreens.item.saved);
  });

  it('calls an approved replacement no draft, and the question it replaced replaced by an approved version', async () => {
    open(item({ id: 'i-2', status: 'approved', replacesId: 'i-1' }));
    const status = await screen.findByTestId('bank-item-status');
    expect(status.textContent).toContain(id.bankScreens.item.replacedOld);
    expect(status.textContent).not.toContain(id.bankScreens.item.replaces);
    cleanup();
    open(item({ id: 'i-1', status: 'retired', replacedById: 'i-2', retired: { accountId: 'acc-1', name: 'Rina Kartikasari', at: '2026-03-04T02:00:00.000Z' } }));
    const old = await screen.findByTestId('bank-item-status');
    expect(old.textContent).toContain(id.bankScreens.item.replacedByApproved);
    expect(screen.getByTestId('open-replacement').textContent).toBe(id.bankScreens.item.openReplacementApproved);
  });

  it('opens the new draft when the core copied a used question on save', async () => {
    const { fake } = open(item({ status: 'approved', used: true }), { 'bank/save': () => ok({ item: item({ id: 'i-2', replacesId: 'i-1' }), copied: true }) });
    await screen.findByTestId('bank-item-form');
    type('field-prompt.id', 'Manakah tipe data bilangan bulat di Python?');
    fireEvent.click(screen.getByTestId('record-save'));
    await waitFor(() => expect(window.location.hash).toBe('#/bank-item/i-2'));
    expect(argsOf(fake.calls, 'bank/save')[0]).toMatchObject({ itemId: 'i-1' });
  });

  it('removes a stem image by sending the images it keeps', async () => {
    const sha = (c: string) => c.repeat(64);
    const entry = item({ stemImages: [sha('a'), sha('b')] });
    const { fake } = open(entry, { 'bank/setImages': () => ok({ item: item({ stemImages: [sha('b')] }), copied: false }) });
    await screen.findByTestId('bank-images');
    const stem = screen.getAllByTestId('image-place').find((p) => p.getAttribute('data-place') === 'stem')!;
    // One place per saved option besides the stem.
    expect(screen.getAllByTestId('image-place').map((p) => p.getAttribute('data-place'))).toEqual(['stem', 'option:0', 'option:1', 'option:2']);
    fireEvent.click(within(stem).getAllByTestId('image-remove')[0]);
    await waitFor(() => expect(argsOf(fake.calls, 'bank/setImages')).toHaveLength(1));
    expect(argsOf(fake.calls, 'bank/setImages')[0]).toEqual({ itemId: 'i-1', images: [{ place: 'stem', files: [{ sha256: sha('b') }] }] });
  });
});

describe('a question an assembled written test of an upcoming session holds', () => {
  const open = (entry: BankItem, handlers: Parameters<typeof openAt>[1], language: 'id' | 'en' = 'id') =>
    openAt(`bank-item/${entry.id}`, { 'schemes/get': () => ok(scheme), 'bank/get': () => ok(entry), ...handlers }, language);
  const losing = (ref: string | null, codes: string[]) =>
    ok({ ref, sessions: codes.map((code, i) => ({ sessionId: `ses-${i + 1}`, code, date: '2026-12-01', startTime: '08:00' })) });

  it('names the sessions and that their test must be assembled again, before retiring', async () => {
    const { fake } = open(item({ status: 'approved' }), { 'bank/sessionsLosing': () => losing('PG-01', ['JWP-DEMO-01', 'JDW-20261201-002']) });
    const warning = await screen.findByTestId('bank-sessions-losing');
    expect(argsOf(fake.calls, 'bank/sessionsLosing')).toEqual([{ itemId: 'i-1' }]);
    expect(warning.textContent).toContain(
      'Soal ini dimuat ujian tertulis yang sudah disusun untuk 2 sesi mendatang. Bila soal ini dipensiunkan, atau perubahannya disetujui, soal ini hilang dari ujian sesi tersebut dan ujiannya harus disusun ulang:',
    );
    const links = within(warning).getAllByTestId('bank-losing-session');
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['JWP-DEMO-01, 1 Des 2026 pukul 08.00', '#/sessions/ses-1'],
      ['JDW-20261201-002, 1 Des 2026 pukul 08.00', '#/sessions/ses-2'],
    ]);
    // Still said while the retirement waits for its confirmation.
    fireEvent.click(screen.getByTestId('bank-retire'));
    expect(screen.getByTestId('bank-retire-confirm')).toBeTruthy();
    expect(screen.getByTestId('bank-sessions-losing')).toBeTruthy();
  });

  it('names the question a draft replacement retires on approval, in English too', async () => {
    open(item({ id: 'i-2', ref: 'PG-25', status: 'draft', replacesId: 'i-1' }), { 'bank/sessionsLosing': () => losing('PG-01', ['JWP-DEMO-01']) }, 'en');
    const warning = await screen.findByTestId('bank-sessions-losing');
    expect(warning.textContent).toContain(
      'Approving this draft retires PG-01, which the written test already assembled for 1 upcoming session holds. It leaves that session’s test, which must be assembled again:',
    );
    expect(within(warning).getByTestId('bank-losing-session').textContent).toMatch(/^JWP-DEMO-01, /);
    expect(screen.getByTestId('bank-approve')).toBeTruthy();
  });

  it('says nothing when no assembled test holds it, and does not ask for a draft that replaces nothing', async () => {
    const { fake } = open(item({ status: 'approved' }), { 'bank/sessionsLosing': () => losing('PG-01', []) });
    await waitFor(() => expect(argsOf(fake.calls, 'bank/sessionsLosing')).toHaveLength(1));
    expect(screen.queryByTestId('bank-sessions-losing')).toBeNull();
    cleanup();
    const draft = open(item({ status: 'draft' }), {});
    await screen.findByTestId('bank-item-form');
    expect(argsOf(draft.fake.calls, 'bank/sessionsLosing')).toEqual([]);
  });
});
