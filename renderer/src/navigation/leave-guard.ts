/**
 * What stands between the user and losing edits: every form with unsaved changes holds the guard while
 * they last (use-unsaved-guard.ts), and whatever would discard them (a route change, a form's own
 * cancel, signing out) asks first, in the app's own dialog (UnsavedChangesDialog, mounted once by the
 * app shell). Closing or reloading the page gets the browser's own prompt instead: a page may not show
 * its own dialog there.
 */

type Question = { leave: () => void };

const holds = new Set<symbol>();
let question: Question | null = null;
const listeners = new Set<() => void>();

/** The browser asks "leave this page?" while anything is unsaved; without edits it has no listener, so a closed page may be kept in its back-forward cache. */
const warnBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();

/** Marks unsaved edits until the returned release is called (more than once is harmless). */
export function holdUnsaved(): () => void {
  const hold = Symbol('unsaved');
  if (holds.size === 0) window.addEventListener('beforeunload', warnBeforeUnload);
  holds.add(hold);
  return () => {
    if (!holds.delete(hold) || holds.size > 0) return;
    window.removeEventListener('beforeunload', warnBeforeUnload);
    // The edits asked about are gone with their forms (the session ended under the dialog): nothing is left to ask.
    if (question) {
      question = null;
      notify();
    }
  };
}

export function anyUnsaved(): boolean {
  return holds.size > 0;
}

/** Runs `leave` at once when nothing is unsaved; otherwise only once the user has chosen to leave. */
export function leaveIfAllowed(leave: () => void): void {
  if (anyUnsaved()) askToLeave(leave);
  else leave();
}

/** Asks whether to discard the unsaved edits; a newer question replaces one still open. */
export function askToLeave(leave: () => void): void {
  question = { leave };
  notify();
}

/** The dialog's answer: `stay` keeps everything as it is, `leave` discards the edits and goes on. */
export function answer(choice: 'stay' | 'leave'): void {
  const asked = question;
  question = null;
  notify();
  if (choice === 'leave') asked?.leave();
}

export function openQuestion(): Question | null {
  return question;
}

export function subscribeQuestion(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function notify(): void {
  listeners.forEach((listener) => listener());
}
