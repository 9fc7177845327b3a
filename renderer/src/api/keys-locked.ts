/**
 * A call refused because the installation keys are locked (KEYS_LOCKED) tells the keys section to read its
 * status again: after the room server restarted under an open page, the section still showed the keys as open,
 * with no unlock form, while the error sent the user there to unlock them.
 */
const signal = new EventTarget();

export function noteKeysLocked(): void {
  signal.dispatchEvent(new Event('keys-locked'));
}

export function onKeysLocked(listener: () => void): () => void {
  signal.addEventListener('keys-locked', listener);
  return () => signal.removeEventListener('keys-locked', listener);
}
