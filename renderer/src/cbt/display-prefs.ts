/** Font size and contrast of the test screen; both stay on the lab PC across sign-ins and restarts. */
export const FONT_SIZES = ['normal', 'large', 'xlarge'] as const;
export type FontSize = (typeof FONT_SIZES)[number];

export type DisplayPrefs = { fontSize: FontSize; highContrast: boolean };

const KEY = 'ruang-uji.display';
export const DEFAULT_PREFS: DisplayPrefs = { fontSize: 'normal', highContrast: false };

function isFontSize(value: unknown): value is FontSize {
  return FONT_SIZES.some((size) => size === value);
}

export function readDisplayPrefs(storage: Storage | null = safeLocalStorage()): DisplayPrefs {
  try {
    const raw: unknown = JSON.parse(storage?.getItem(KEY) ?? 'null');
    if (typeof raw !== 'object' || raw === null) return DEFAULT_PREFS;
    const fontSize = 'fontSize' in raw && isFontSize(raw.fontSize) ? raw.fontSize : DEFAULT_PREFS.fontSize;
    const highContrast = 'highContrast' in raw && raw.highContrast === true;
    return { fontSize, highContrast };
  } catch {
    return DEFAULT_PREFS;
  }
}

export function storeDisplayPrefs(prefs: DisplayPrefs, storage: Storage | null = safeLocalStorage()): void {
  try {
    storage?.setItem(KEY, JSON.stringify(prefs));
  } catch {
    // A locked-down kiosk browser may refuse storage; the choice then lasts for this page only.
  }
}

/** Applied to <html> so that everything sized in rem, the header included, grows together. */
export function applyDisplayPrefs(prefs: DisplayPrefs, root: HTMLElement = document.documentElement): () => void {
  root.dataset.fontSize = prefs.fontSize;
  root.dataset.contrast = prefs.highContrast ? 'high' : 'normal';
  return () => {
    delete root.dataset.fontSize;
    delete root.dataset.contrast;
  };
}

function safeLocalStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
