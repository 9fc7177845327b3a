import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../../../electron/shared/i18n/en';
import { id } from '../../../../electron/shared/i18n/id';
import type { ComputerHealth } from '../../../../electron/shared/types';
import { TOKEN, principal } from '../../fixtures';
import { fakeTransport, ok } from '../../fake-transport';
import { renderApp } from '../../render-app';
import { EMPTY_LSP, KEYS } from '../lsp-admin/fixtures';

afterEach(() => {
  window.location.hash = '';
});

const CLOCK_BEHIND: ComputerHealth = {
  clockBehind: { now: '2020-01-01T01:00:00.000Z', latestSeen: '2026-11-20T03:00:00.000Z', from: 'bundle' },
  diskLow: null,
};

function proctorHome(health: () => ComputerHealth, language: 'id' | 'en' = 'id') {
  sessionStorage.setItem('ruang-uji.token', TOKEN);
  localStorage.setItem('ruang-uji.language', language);
  const fake = fakeTransport({
    'auth/whoami': () => ok(principal('proctor', 'Agus Setiawan')),
    'proctor/today': () => ok({ date: '2020-01-01', clockOff: null, tukClocksOff: [], sessions: [] }),
    'proctor/upcoming': () => ok({ date: '2020-01-01', sessions: [] }),
    'app/computer': () => ok(health()),
  });
  renderApp(fake.transport);
  return fake;
}

/** The parts of a message around its {{…}} values: what a test can compare whatever the time zone writes. */
const fixedParts = (message: string) => message.split(/\{\{\w+\}\}/).filter((part) => part.trim());

describe("the homes' warnings about the computer itself", () => {
  it("says the proctor's clock is behind the newest bundle, what follows from it and how to fix it, above an empty day", async () => {
    proctorHome(() => CLOCK_BEHIND);
    const notice = await screen.findByTestId('clock-behind');
    for (const part of fixedParts(id.computer.clockBehind.bundle)) expect(notice.textContent).toContain(part);
    expect(notice.textContent).toMatch(/2020.*2026/);
    expect(notice.textContent).toContain(id.computer.clockBehind.effect);
    expect(notice.textContent).toContain(id.computer.clockBehind.fix);
    expect(screen.getByTestId('proctor-empty')).toBeTruthy();
    expect(screen.queryByTestId('disk-low')).toBeNull();
  });

  it('says how much disk is left, in English too, and is gone once the proctor fixed it and checks again', async () => {
    let health: ComputerHealth = { clockBehind: null, diskLow: { freeBytes: 200 * 1024 * 1024 } };
    const fake = proctorHome(() => health, 'en');
    expect((await screen.findByTestId('disk-low')).textContent).toBe(en.computer.diskLow.replace('{{free}}', '200 MB'));
    health = { clockBehind: null, diskLow: null };
    fireEvent.click(screen.getByTestId('computer-check'));
    await waitFor(() => expect(screen.queryByTestId('computer-warnings')).toBeNull());
    expect(fake.calls.filter((c) => c.method === 'app/computer')).toHaveLength(2);
  });

  it("is on the LSP admin's home too", async () => {
    sessionStorage.setItem('ruang-uji.token', TOKEN);
    const fake = fakeTransport({
      'auth/whoami': () => ok(principal('lsp_admin', 'Rina Kartikasari')),
      'lsp/overview': () => ok(EMPTY_LSP),
      'keys/status': () => ok(KEYS),
      'app/computer': () => ok({ ...CLOCK_BEHIND, clockBehind: { ...CLOCK_BEHIND.clockBehind!, from: 'audit' } }),
    });
    renderApp(fake.transport);
    const notice = await screen.findByTestId('clock-behind');
    for (const part of fixedParts(id.computer.clockBehind.audit)) expect(notice.textContent).toContain(part);
  });

  it('says nothing when the clock and the disk are fine', async () => {
    proctorHome(() => ({ clockBehind: null, diskLow: null }));
    await screen.findByTestId('proctor-empty');
    await waitFor(() => expect(screen.queryByTestId('computer-warnings')).toBeNull());
  });
});
