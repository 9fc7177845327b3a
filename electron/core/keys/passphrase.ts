import crypto from 'node:crypto';

/** No 0/O, 1/l/i: a passphrase read from paper or over the phone must survive being copied by hand. */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** 24 characters from 31 symbols: ~119 bits, written in six groups of four. */
export function generatePassphrase(): string {
  const chars: string[] = [];
  while (chars.length < 24) {
    const byte = crypto.randomBytes(1)[0];
    // Rejection sampling keeps every symbol equally likely.
    if (byte < 248) chars.push(ALPHABET[byte % ALPHABET.length]);
  }
  return chars.join('').replace(/(.{4})(?!$)/g, '$1-');
}

/** The first guesses of any cracking list, in both languages; they do not count towards the length. */
const GUESSABLE = /password|passw0rd|rahasia|katasandi|sandi|admin|qwerty|letmein|ruanguji|1234567890|123456|abcdef/gi;

/**
 * A typed passphrase must be hard to guess offline: the bundle may sit on a lost USB stick for years.
 * At least 16 characters (not counting the guessable words above), 8 different ones, and no short
 * pattern repeated.
 */
export function isStrongPassphrase(p: string): boolean {
  const s = p.normalize('NFKC');
  if ([...s].length < 16 || [...s.replace(GUESSABLE, '')].length < 16) return false;
  if (new Set(s.toLowerCase()).size < 8) return false;
  if (/^(.{1,4})\1+$/.test(s)) return false;
  return true;
}
