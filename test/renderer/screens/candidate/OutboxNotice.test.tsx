import { screen, waitFor } from '@testing-library/react';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OutboxSession } from '../../../../electron/shared/cbt';
import { en } from '../../../../electron/shared/i18n/en';
import { id } from '../../../../electron/shared/i18n/id';
import { openOutbox, waitingByOwner } from '../../../../renderer/src/cbt/outbox-store';
import { KEEP_UNDELIVERABLE_MS } from '../../../../renderer/src/screens/candidate/OutboxNotice';
import { pending } from '../../cbt/pending-fixtures';
import { fakeTransport, ok } from '../../fake-transport';
import { appInfo } from '../../fixtures';
import { renderApp } from '../../render-app';

const HOUR = 60 * 60 * 1000;

// A fresh IndexedDB per test: one test's outbox must not leak into the next.
beforeEach(() => vi.stubGlobal('indexedDB', new IDBFactory()));
afterEach(() => vi.unstubAllGlobals());

/** Answers left in this PC's outbox: `count` of them for the candidate in the session. */
async function leave(sessionId: string, count: number, candidateId = 'cand-1'): Promise<void> {
  const outbox = await openOutbox({ candidateId, sessionId });
  for (let i = 1; i <= count; i++) outbox.put(pending({ itemId: `q${i}`, seq: i }));
  await outbox.settled();
  outbox.close();
}

const networkDown = { ok: false as const, error: { code: 'NETWORK' as const, messageKey: 'errors.NETWORK' as const, params: {} } };

function signInScreen(sessions: () => ReturnType<typeof ok>) {
  const fake = fakeTransport({ 'app/info': () => ok(appInfo(false)), 'cbt/outboxSessions': sessions });
  renderApp(fake.transport);
  return fake;
}

const session = (sessionId: string, sessionCode: string, endedAt: string | null): OutboxSession => ({ sessionId, sessionCode, endedAt });

describe("the sign-in screen's word on answers left in this PC's outbox", () => {
  it('names the session of answers that can no longer be sent, says what the proctor can do, and still promises the others', async () => {
    // Answers kept for a session closed since stayed "to be sent at the next sign-in here", which no sign-in could do.
    await leave('morning', 2);
    await leave('afternoon', 1, 'cand-2');
    const endedAt = new Date(Date.now() - HOUR).toISOString();
    const fake = signInScreen(() => ok([session('morning', 'JWP-PAGI-01', endedAt), session('afternoon', 'JWP-SIANG-01', null)]));
    const lost = await screen.findByTestId('outbox-undeliverable');
    expect([lost.dataset.session, lost.dataset.pending]).toEqual(['JWP-PAGI-01', '2']);
    expect(lost.textContent).toMatch(/^2 jawaban ujian sesi JWP-PAGI-01 tersimpan di komputer ini tetapi tidak dapat terkirim lagi: sesi itu sudah ditutup/);
    expect(lost.textContent).toContain('Beri tahu proktor, yang dapat mencatatnya sebagai kejadian di berita acara sesi JWP-PAGI-01.');
    expect(lost.textContent).toMatch(/Jawaban ini dihapus dari komputer ini pada .+\.$/);
    expect(screen.getByTestId('outbox-waiting').textContent).toBe(id.cbt.offline.waitingOnPc.replace('{{pending}}', '1'));
    expect((fake.calls.find((c) => c.method === 'cbt/outboxSessions')?.args as { sessionIds: string[] }).sessionIds.sort()).toEqual(['afternoon', 'morning']);
    // Kept for the proctor to hear of: nothing removed yet.
    expect((await waitingByOwner())?.map((o) => o.count).sort()).toEqual([1, 2]);
    expect(en.cbt.offline.undeliverableOnPc).toContain('{{session}}');
  });

  it('removes answers of a session that ended longer ago than it keeps them, and says nothing of them', async () => {
    await leave('morning', 2);
    const endedAt = new Date(Date.now() - KEEP_UNDELIVERABLE_MS - HOUR).toISOString();
    signInScreen(() => ok([session('morning', 'JWP-PAGI-01', endedAt)]));
    await waitFor(async () => expect(await waitingByOwner()).toEqual([]));
    expect(screen.queryByTestId('outbox-undeliverable')).toBeNull();
    expect(screen.queryByTestId('outbox-waiting')).toBeNull();
  });

  it('with the room server out of reach, says all of them wait, as it cannot know any session has ended', async () => {
    await leave('morning', 2);
    signInScreen(() => networkDown);
    expect((await screen.findByTestId('outbox-waiting')).dataset.pending).toBe('2');
    expect(screen.queryByTestId('outbox-undeliverable')).toBeNull();
  });
});
