import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../../../electron/shared/i18n/en';
import { id } from '../../../../electron/shared/i18n/id';
import { AppError } from '../../../../electron/shared/errors';
import { LIST_LIMIT_MAX } from '../../../../electron/shared/registry';
import { ok } from '../../fake-transport';
import { argsOf, openAt } from '../registry/support';
import { page, plannedSession } from '../scheduling/fixtures';
import { KEYS, NO_SESSIONS } from './fixtures';

afterEach(() => {
  window.location.hash = '';
});

describe("the bundles page's session export", () => {
  it('before any session is planned, says so and links to the planner instead of an empty list', async () => {
    openAt('bundles', { 'sessions/list': () => ok(NO_SESSIONS) });
    const note = await screen.findByTestId('export-no-sessions');
    expect(note.textContent).toContain(id.schedulingScreens.sessions.noneToExport);
    expect(within(note).getByRole('link', { name: id.schedulingScreens.sessions.new }).getAttribute('href')).toBe('#/sessions/new');
    expect(screen.queryByTestId('export-session-select')).toBeNull();
  });

  it("chooses the session a session's hand-over panel opened the page for", async () => {
    openAt('bundles?session=ses-2', { 'sessions/list': () => ok(page([{ ...plannedSession(1), code: 'JDW-1' }, { ...plannedSession(2), code: 'JDW-2' }])) });
    const select = await screen.findByTestId<HTMLSelectElement>('export-session-select');
    expect(select.value).toBe('ses-2');
  });

  it('in English too', async () => {
    openAt('bundles', { 'sessions/list': () => ok(NO_SESSIONS) }, 'en');
    expect((await screen.findByTestId('export-no-sessions')).textContent).toContain(en.schedulingScreens.sessions.noneToExport);
  });

  it('says when to lock the bundle with a passphrase and when with the TUK\'s public key, in both languages', async () => {
    openAt('bundles', { 'sessions/list': () => ok(page([plannedSession(1)])) });
    expect((await screen.findByTestId('export-recipients-hint')).textContent).toBe(id.bundles.export.recipientsHint);
    cleanup();
    openAt('bundles', { 'sessions/list': () => ok(page([plannedSession(1)])) }, 'en');
    expect((await screen.findByTestId('export-recipients-hint')).textContent).toBe(en.bundles.export.recipientsHint);
  });

  it('offers the latest sessions first, a page of them, each by its English title on English screens (the Indonesian one where none was written), its day, start and TUK', async () => {
    const { fake } = openAt(
      'bundles',
      {
        'sessions/list': () =>
          ok(page([{ ...plannedSession(1), code: 'JDW-1', titleEn: 'Rooftop Solar PV Installer' }, { ...plannedSession(2), code: 'JDW-2', titleId: 'Teknisi Pemasangan PLTS Atap', tuk: { ...plannedSession(2).tuk, timeZone: 'WITA' as const } }])),
      },
      'en',
    );
    const options = within(await screen.findByTestId('export-session-select')).getAllByRole('option');
    // With its day, start (on the TUK's clock, its zone named) and TUK, as people read them: the bundle goes to that venue.
    expect(options.map((option) => option.textContent)).toEqual([
      'JDW-1 — Rooftop Solar PV Installer · 10 Mar 2027 22:00 WIB · TUK SMK Negeri 1',
      'JDW-2 — Teknisi Pemasangan PLTS Atap · 10 Mar 2027 22:00 WITA · TUK SMK Negeri 1',
    ]);
    expect(argsOf(fake.calls, 'sessions/list')).toEqual([{ order: 'desc', limit: LIST_LIMIT_MAX }]);
  });

  it.each([
    ['id' as const, 'JDW-9 — DIBATALKAN, kirim pembatalannya ke TUK · 10 Mar 2027 22.00 WIB · TUK SMK Negeri 1'],
    ['en' as const, 'JDW-9 — CANCELLED, send the cancellation to the TUK · 10 Mar 2027 22:00 WIB · TUK SMK Negeri 1'],
  ])('offers a cancelled session a TUK still holds as planned, to send it the cancellation, and no other cancelled one (%s)', async (language, text) => {
    const cancellation = { at: '2027-03-02T02:00:00.000Z', by: 'Dewi', reason: 'TUK direnovasi' };
    const held = { ...plannedSession(9), code: 'JDW-9', status: 'cancelled' as const, cancellation, exportedAt: '2027-03-01T02:00:00.000Z', changedSinceExport: true };
    const sent = { ...held, id: 'ses-8', code: 'JDW-8', changedSinceExport: false };
    const never = { ...held, id: 'ses-7', code: 'JDW-7', exportedAt: null, changedSinceExport: false };
    const { fake } = openAt(
      'bundles',
      { 'sessions/list': () => ok(page([{ ...plannedSession(1), code: 'JDW-1' }, held, sent, never])) },
      language,
    );
    const select = await screen.findByTestId('export-session-select');
    const options = within(select).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual([expect.stringMatching(/^JDW-1 — /), text]);
    fireEvent.change(select, { target: { value: 'ses-9' } });
    fireEvent.click(screen.getByTestId('export-session-start'));
    await waitFor(() => expect(argsOf(fake.calls, 'bundles/exportSession')).toMatchObject([{ sessionId: 'ses-9' }]));
  });
});

/** One planned session to export. */
const ONE_SESSION = page([plannedSession(1)]);

/** The core's refusal of an export: two broken rules, each with whom it concerns. */
const refusedExport = () => ({
  ok: false as const,
  error: new AppError('SESSION_EXPORT_REFUSED', { count: 2 }, undefined, [
    { code: 'SCHEDULE_ASSESSOR_MET_EXPIRED', params: { assessor: 'Agus Setiawan', metNumber: 'MET.000.001234.2019', expiresOn: '2026-11-30', date: '2026-12-10' } },
    { code: 'SCHEDULE_TUK_UNFIT', params: { tuk: 'Gedung Serbaguna', verifiedOn: '2026-11-20', note: 'Listrik tidak stabil' } },
  ]).toApiError(),
});

describe('a refused session export', () => {
  it.each([
    { language: 'en' as const, head: 'The session cannot be sent to the TUK yet: 2 rules are broken.', met: "Assessor Agus Setiawan (MET.000.001234.2019): MET registration valid until 30 Nov 2026" },
    { language: 'id' as const, head: 'Sesi belum dapat dikirim ke TUK: 2 aturan dilanggar.', met: 'Agus Setiawan' },
  ])('names each broken rule in words, with whom it concerns ($language)', async ({ language, head, met }) => {
    openAt('bundles', { 'sessions/list': () => ok(ONE_SESSION), 'keys/status': () => ok(KEYS), 'bundles/exportSession': refusedExport }, language);
    fireEvent.click(await screen.findByTestId('export-session-start'));
    await screen.findByTestId('error-reasons');
    const error = within(screen.getByTestId('export-session')).getByTestId('error-message');
    expect(error.textContent).toContain(head);
    expect(error.textContent).not.toContain('SCHEDULE_');
    const reasons = within(error).getAllByRole('listitem');
    expect(reasons.map((r) => r.getAttribute('data-code'))).toEqual(['SCHEDULE_ASSESSOR_MET_EXPIRED', 'SCHEDULE_TUK_UNFIT']);
    expect(reasons[0].textContent).toContain(met);
    expect(reasons[1].textContent).toContain('Listrik tidak stabil');
  });
});

describe("the bundles page's backup of the whole office", () => {
  const BACKUP = { fileName: 'ruang-uji-backup-1.uji', filePath: '/data/transfers/exports/ruang-uji-backup-1.uji', bytes: 71878, sha256: 'ab', verified: 'full' as const, fingerprint: '09565 72208 15735 27859 90755 08335', generatedPassphrase: 'b8w3-u759-efhp-grrh-8t59-8akp' };

  it.each([
    { language: 'id' as const, texts: id },
    { language: 'en' as const, texts: en },
  ])('writes a backup bundle under a generated passphrase and says where it goes ($language)', async ({ language, texts }) => {
    const exported: unknown[] = [];
    openAt('bundles', {
      'sessions/list': () => ok(NO_SESSIONS),
      'keys/status': () => ok(KEYS),
      'bundles/exportBackup': (args) => {
        exported.push(args);
        return ok(BACKUP);
      },
    }, language);
    const section = await screen.findByTestId('export-backup');
    expect(screen.getByText(texts.bundles.export.backupHint)).toBeTruthy();
    fireEvent.click(within(section).getByTestId('export-backup-start'));
    expect((await within(section).findByTestId('export-passphrase')).textContent).toBe(BACKUP.generatedPassphrase);
    expect(exported).toEqual([expect.objectContaining({ to: { generatePassphrase: true } })]);
  });
});

describe('a session export that went out with points still to settle', () => {
  const written = {
    fileName: 'session-JDW-20261210-001.uji',
    filePath: '/data/transfers/exports/session-JDW-20261210-001.uji',
    bytes: 71878,
    sha256: 'ab',
    verified: 'full' as const,
    fingerprint: '09565 72208 15735 27859 90755 08335',
    generatedPassphrase: 'b8w3-u759-efhp-grrh-8t59-8akp',
    recipients: ['passphrase'],
    pendingConflicts: [
      { code: 'SCHEDULE_TUK_NOT_VERIFIED' as const, severity: 'pending' as const, field: 'tukId', params: { tuk: 'Gedung Serbaguna' } },
      { code: 'SCHEDULE_PASSWORDS_NOT_ISSUED' as const, severity: 'pending' as const, field: 'candidates', params: { count: 16, names: 'Budi Lestari (2026-0903636)' } },
    ],
  };

  it.each([
    { language: 'id' as const, head: 'Paket sudah ditulis, tetapi 2 hal masih harus diselesaikan sebelum hari uji:', passwords: '16 peserta belum diberi kata sandi: Budi Lestari (2026-0903636)', again: 'lalu ekspor paket sesi (lagi)', stale: 'sebelum mengekspor' },
    { language: 'en' as const, head: 'The bundle is written, but 2 points are still to settle before the exam day:', passwords: 'Budi Lestari (2026-0903636)', again: 'then export the session bundle (again)', stale: 'before exporting' },
  ])('names each one beside the written file: an unverified TUK, candidates without a password ($language)', async ({ language, head, passwords, again, stale }) => {
    openAt('bundles', { 'sessions/list': () => ok(ONE_SESSION), 'keys/status': () => ok(KEYS), 'bundles/exportSession': () => ok(written) }, language);
    fireEvent.click(await screen.findByTestId('export-session-start'));
    const pending = await screen.findByTestId('export-pending');
    expect(pending.textContent).toContain(head);
    const items = within(pending).getAllByRole('listitem');
    expect(items.map((i) => i.getAttribute('data-code'))).toEqual(['SCHEDULE_TUK_NOT_VERIFIED', 'SCHEDULE_PASSWORDS_NOT_ISSUED']);
    expect(items[0].textContent).toContain('Gedung Serbaguna');
    expect(items[1].textContent).toContain(passwords);
    // Said after the export: the way on is to issue them and export again, not "before exporting".
    expect(items[1].textContent).toContain(again);
    expect(items[1].textContent).not.toContain(stale);
    expect(pending.textContent).not.toContain('SCHEDULE_');
  });
});

describe("the bundles page's warnings before a session bundle is written", () => {
  const noAccount = { code: 'SCHEDULE_ASSESSOR_NO_ACCOUNT' as const, severity: 'pending' as const, field: 'assessorIds.1', params: { assessor: 'Asesor 0951', metNumber: 'MET.000.000951 2024' } };

  it.each([
    { language: 'id' as const, head: 'Sebelum mengekspor: 1 hal masih harus diselesaikan sebelum hari uji.' },
    { language: 'en' as const, head: 'Before exporting: 1 point is still to settle before the exam day.' },
  ])('names an assessor without a sign-in account for the chosen session before anything is exported, and still lets the admin export ($language)', async ({ language, head }) => {
    const { fake } = openAt('bundles', { 'sessions/list': () => ok(page([plannedSession(1)])), 'keys/status': () => ok(KEYS), 'bundles/exportSessionCheck': () => ok([noAccount]) }, language);
    const warnings = await screen.findByTestId('export-warnings');
    expect(warnings.textContent).toContain(head);
    const items = within(warnings).getAllByRole('listitem');
    expect(items.map((i) => i.getAttribute('data-code'))).toEqual(['SCHEDULE_ASSESSOR_NO_ACCOUNT']);
    expect(items[0].textContent).toContain('Asesor 0951');
    expect(argsOf(fake.calls, 'bundles/exportSessionCheck')).toEqual([{ sessionId: plannedSession(1).id }]);
    expect(argsOf(fake.calls, 'bundles/exportSession')).toEqual([]);
    expect((screen.getByTestId<HTMLButtonElement>('export-session-start')).disabled).toBe(false);
  });

  it('says nothing when the session has nothing to settle', async () => {
    openAt('bundles', { 'sessions/list': () => ok(page([plannedSession(1)])), 'keys/status': () => ok(KEYS), 'bundles/exportSessionCheck': () => ok([]) });
    await screen.findByTestId('export-session-start');
    await waitFor(() => expect(screen.queryByTestId('export-warnings')).toBeNull());
  });
});

describe('a written session bundle', () => {
  const written = { fileName: 's.uji', filePath: '/data/transfers/exports/s.uji', bytes: 71878, sha256: 'ab', verified: 'full' as const, fingerprint: '09565 72208 15735 27859 90755 08335', generatedPassphrase: 'b8w3-u759-efhp-grrh-8t59-8akp', recipients: ['passphrase'] };

  it.each([
    { language: 'id' as const, texts: id },
    { language: 'en' as const, texts: en },
  ])("says to read the fingerprint out to the TUK, whose first import asks its proctor to compare it ($language)", async ({ language, texts }) => {
    openAt('bundles', { 'sessions/list': () => ok(ONE_SESSION), 'keys/status': () => ok(KEYS), 'bundles/exportSession': () => ok(written) }, language);
    fireEvent.click(await screen.findByTestId('export-session-start'));
    const result = await screen.findByTestId('export-result');
    expect(within(result).getByTestId('export-fingerprint-hint').textContent).toBe(texts.bundles.export.sessionFingerprintHint);
  });
});

describe("the bundles page's session export while its sessions load", () => {
  /** The form's controls in order, by kind and class: what sets the section's height. */
  const shape = (section: Element) =>
    [...section.querySelectorAll('label, select, input, fieldset, legend, textarea, button')].map((e) => `${e.tagName.toLowerCase()}.${e.className}${e instanceof HTMLInputElement ? `[${e.type}]` : ''}`);

  it('stands in with the same form, disabled and saying it is loading, so nothing below moves when the list arrives', async () => {
    const asked: { answer?: (value: ReturnType<typeof ok>) => void } = {};
    openAt('bundles', { 'sessions/list': () => new Promise((resolve) => (asked.answer = resolve)), 'keys/status': () => ok(KEYS) });
    // Found by test ids, not roles: role queries over the whole page are slow enough to time out on a busy machine.
    const select = await screen.findByTestId<HTMLSelectElement>('export-session-select-loading');
    const section = select.closest('section')!;
    expect(section.querySelector('h2')?.textContent).toBe(id.bundles.export.sessionTitle);
    const loading = shape(section);
    expect(select.disabled).toBe(true);
    expect(select.textContent).toBe(id.common.loading);
    expect(within(section).getByTestId<HTMLButtonElement>('export-session-loading-start').disabled).toBe(true);

    // The list is asked for in an effect, which a busy machine may run after the stand-in is found: answered
    // before it was asked, the answer went nowhere and the form never came (seen once in CI).
    await waitFor(() => expect(asked.answer).toBeDefined());
    asked.answer?.(ok(page([plannedSession(1)])));
    await screen.findByTestId('export-session-select');
    expect(shape(section)).toEqual(loading);
    expect(within(section).getByTestId<HTMLSelectElement>('export-session-select').disabled).toBe(false);
  });
});
