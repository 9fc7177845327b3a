const KEY = 'ruang-uji.proctor.session';

/** The console the proctor had open: a reload (or a restarted app window) brings them back to it. */
export function readOpenSession(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function storeOpenSession(sessionId: string | null): void {
  try {
    if (sessionId === null) sessionStorage.removeItem(KEY);
    else sessionStorage.setItem(KEY, sessionId);
  } catch {
    // Storage may be disabled; the console still opens, it is just not remembered across a reload.
  }
}
