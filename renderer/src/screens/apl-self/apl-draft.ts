import type { SelfAnswer } from '../../../../electron/shared/scheduling';

export type DraftAnswer = { answer: SelfAnswer | null; evidence: string };
export type DraftAnswers = Record<string, DraftAnswer>;

/** What Apl02Form asks of a draft: the answers to open with instead of the saved ones, and where to keep edits. */
export type AplDraft = {
  restore: () => DraftAnswers | null;
  keep: (answers: DraftAnswers) => void;
  clear: () => void;
};

type Stored = { base: string | null; answers: DraftAnswers };

const keyOf = (accountId: string) => `ruang-uji.apl02-draft.${accountId}`;

/**
 * The candidate's unsaved FR.APL.02 answers, kept on this computer per APL.02 account. Their sign-in can
 * end under them (the LSP issues it again, or it times out): the screen then falls back to the sign-in and
 * the typed answers were gone. Kept with the save they started from (`base`, the form's savedAt): offered
 * back only while that is still the form's last save, so a later save (staff from the paper form) wins.
 */
export function aplDraftStore(storage: Storage | null, accountId: string, savedAt: string | null): AplDraft {
  const key = keyOf(accountId);
  return {
    restore() {
      try {
        const raw = storage?.getItem(key);
        if (!raw) return null;
        const stored = JSON.parse(raw) as Stored;
        if (stored.base === savedAt) return stored.answers;
        storage?.removeItem(key);
      } catch {
        // An unreadable draft is no draft.
      }
      return null;
    },
    keep(answers) {
      try {
        storage?.setItem(key, JSON.stringify({ base: savedAt, answers } satisfies Stored));
      } catch {
        // Without storage the answers stay on screen only, as before.
      }
    },
    clear() {
      try {
        storage?.removeItem(key);
      } catch {
        // Nothing kept, nothing to clear.
      }
    },
  };
}
