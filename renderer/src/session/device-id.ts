import { randomUuid } from './random-uuid';

const KEY = 'ruang-uji.device';

/**
 * A random id this lab PC keeps for good (localStorage, not the tab's sessionStorage): the core lets
 * the same PC sign a candidate in again after a crash, and refuses another PC until the proctor resets
 * the login. Made with randomUuid: a lab PC reaches the room server over plain http, where
 * crypto.randomUUID does not exist.
 */
export function deviceId(storage: Storage | null = safeLocalStorage()): string {
  try {
    const stored = storage?.getItem(KEY);
    if (stored && stored.length >= 8) return stored;
    const fresh = randomUuid();
    storage?.setItem(KEY, fresh);
    return fresh;
  } catch {
    // Without storage a crash means asking the proctor for a reset; the sign-in itself still works.
    return randomUuid();
  }
}

function safeLocalStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
