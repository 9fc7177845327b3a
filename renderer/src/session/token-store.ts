const KEY = 'ruang-uji.token';

/**
 * sessionStorage: a reload keeps the user signed in, but closing the tab or the window ends it, which is
 * what a shared lab PC needs.
 */
export const tokenStore = {
  read(): string | null {
    try {
      return sessionStorage.getItem(KEY);
    } catch {
      return null;
    }
  },
  write(token: string): void {
    try {
      sessionStorage.setItem(KEY, token);
    } catch {
      // Without storage the session simply does not survive a reload.
    }
  },
  clear(): void {
    try {
      sessionStorage.removeItem(KEY);
    } catch {
      // Nothing stored, nothing to clear.
    }
  },
};
