import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../../../electron/shared/types';
import { ImportPreviewView } from '../../../../renderer/src/screens/bundles/ImportPreviewView';
import type { Language } from '../../../../renderer/src/i18n/languages';
import { createI18n } from '../../../../renderer/src/i18n/setup';
import { sessionPreview } from './session-preview';

afterEach(cleanup);

const show = (p: ImportPreview, language: Language = 'id') =>
  render(
    <I18nextProvider i18n={createI18n(language)}>
      <ImportPreviewView preview={p} />
    </I18nextProvider>,
  );

describe("a session bundle's preview", () => {
  it('names the day, start and duration, and those it replaces when the LSP changed them', () => {
    show(sessionPreview({ date: '2026-12-08', startTime: '13:00', durationMinutes: 60, cancelled: null, before: { date: '2026-12-08', startTime: '09:00', durationMinutes: 120, cancelled: false }, leaving: [] }));
    expect(screen.getByTestId('preview-session-start').textContent).toBe('8 Des 2026 13.00 (sebelumnya 8 Des 2026 09.00)');
    expect(screen.getByTestId('preview-session-duration').textContent).toBe('60 menit (sebelumnya 120 menit)');
    expect(screen.queryByTestId('preview-session-cancels')).toBeNull();
  });

  it('names the candidates the newer plan no longer holds', () => {
    show(sessionPreview({ date: '2026-12-08', startTime: '09:00', durationMinutes: 120, cancelled: null, before: { date: '2026-12-08', startTime: '09:00', durationMinutes: 120, cancelled: false }, leaving: [{ participantNo: 'JWP-2026-010', name: 'Dewi Anggraini Safitri' }] }), 'en');
    expect(screen.getByTestId('preview-session-start').textContent).toBe('8 Dec 2026 09:00');
    expect(screen.getByTestId('preview-session-duration').textContent).toBe('120 min');
    expect(screen.getByTestId('preview-session-leaving').textContent).toContain("No longer in this session's plan (1):");
    expect(screen.getByTestId('preview-session-leaving').textContent).toContain('JWP-2026-010 Dewi Anggraini Safitri');
  });

  it('says, before it is applied, that the bundle cancels the session, with the reason', () => {
    show(sessionPreview({ date: '2026-12-09', startTime: '09:00', durationMinutes: 120, cancelled: { at: '2026-12-05T05:42:00.000Z', reason: 'Asesor berhalangan' }, before: { date: '2026-12-09', startTime: '09:00', durationMinutes: 120, cancelled: false }, leaving: [] }));
    const notice = screen.getByTestId('preview-session-cancels').textContent ?? '';
    expect(notice).toContain('MEMBATALKAN');
    expect(notice).toContain('Alasan: Asesor berhalangan.');
  });
});

describe("a TUK station's first session bundle", () => {
  it('says it ties the station to the TUK it names, and names the station as it was set up when the two differ', () => {
    show(sessionPreview(null, { tuk: 'TUK Lab Demo', setUpAs: 'TUK SMK Negeri 1' }));
    const notice = screen.getByTestId('preview-binds-station').textContent ?? '';
    expect(notice).toContain('TUK Lab Demo');
    expect(notice).toContain('TUK SMK Negeri 1');
    cleanup();
    show(sessionPreview(null, { tuk: 'TUK Lab Demo', setUpAs: 'TUK Lab Demo' }), 'en');
    expect(screen.getByTestId('preview-binds-station').textContent).toBe(
      'This is the first session bundle on this station: once applied, this computer serves TUK Lab Demo, and session bundles for any other TUK are refused.',
    );
  });

  it('says nothing of it for a later bundle', () => {
    show(sessionPreview(null, null));
    expect(screen.queryByTestId('preview-binds-station')).toBeNull();
  });

  it("names the session by its title in the screen's language, the manifest's one name only when this computer has none", () => {
    const plan = { date: '2026-12-08', startTime: '09:00', durationMinutes: 120, cancelled: null, before: null, leaving: [] };
    show(sessionPreview(plan), 'en');
    expect(screen.getByTestId('preview-session').textContent).toBe('Junior Web Programmer Test (JWP-Q-B)');
    cleanup();
    show(sessionPreview(plan), 'id');
    expect(screen.getByTestId('preview-session').textContent).toBe('Uji Junior Web Programmer (JWP-Q-B)');
    cleanup();
    show({ ...sessionPreview(plan), sessionTitle: null }, 'en');
    expect(screen.getByTestId('preview-session').textContent).toBe('Uji Junior Web Programmer (JWP-Q-B)');
  });
});

describe("a results bundle's answers that differ from the TUK's saves", () => {
  it('names each candidate and how many answers, in both languages', () => {
    const preview = { ...sessionPreview(null), kind: 'results' as const, answersNotAsSaved: [{ participantNo: 'JWP-2026-001', name: 'Andi Pratama', answers: 2 }] };
    show(preview);
    const id = screen.getByTestId('preview-answers-not-as-saved').textContent ?? '';
    expect(id).toContain('Jawaban 1 asesi dalam paket ini berbeda dari simpanan yang dicatat log audit TUK');
    expect(id).toContain('JWP-2026-001 Andi Pratama: 2 jawaban');
    cleanup();
    show(preview, 'en');
    const en = screen.getByTestId('preview-answers-not-as-saved').textContent ?? '';
    expect(en).toContain("The answers of 1 candidate in this bundle differ from the saves the TUK's audit log recorded");
    expect(en).toContain('JWP-2026-001 Andi Pratama: 2 answers');
  });

  it('says nothing when they all match', () => {
    show({ ...sessionPreview(null), kind: 'results' });
    expect(screen.queryByTestId('preview-answers-not-as-saved')).toBeNull();
  });
});

describe("a results bundle's feedback given with a TUK card, for which the LSP makes the candidate's account", () => {
  it('names each candidate and says the account has no password, in both languages', () => {
    const preview = { ...sessionPreview(null), kind: 'results' as const, accountsMade: [{ participantNo: 'JWP-2026-001', name: 'Andi Pratama' }] };
    show(preview);
    const id = screen.getByTestId('preview-accounts-made').textContent ?? '';
    expect(id).toContain('Akun 1 asesi dibuat di sini tanpa kata sandi');
    expect(id).toContain('JWP-2026-001 Andi Pratama');
    cleanup();
    show(preview, 'en');
    const en = screen.getByTestId('preview-accounts-made').textContent ?? '';
    expect(en).toContain('An account is made here, without a password, for 1 candidate:');
    expect(en).toContain('JWP-2026-001 Andi Pratama');
  });

  it('says nothing when none is made', () => {
    show({ ...sessionPreview(null), kind: 'results' });
    expect(screen.queryByTestId('preview-accounts-made')).toBeNull();
  });
});

describe("a results bundle that seats again a candidate the plan here had taken out or moved", () => {
  it('names each candidate and says to decide which seat stands, in both languages; nothing when none', () => {
    const preview = { ...sessionPreview(null), kind: 'results' as const, seatsRestored: [{ participantNo: 'JWP-2026-004', name: 'Dewi Lestari' }] };
    show(preview);
    const id = screen.getByTestId('preview-seats-restored').textContent ?? '';
    expect(id).toContain('Kursi 1 asesi di sesi ini kembali bersama hasil ujinya');
    expect(id).toContain('JWP-2026-004 Dewi Lestari');
    cleanup();
    show(preview, 'en');
    expect(screen.getByTestId('preview-seats-restored').textContent).toContain("1 candidate's seat in this session comes back with their test");
    cleanup();
    show({ ...sessionPreview(null), kind: 'results' });
    expect(screen.queryByTestId('preview-seats-restored')).toBeNull();
  });
});
