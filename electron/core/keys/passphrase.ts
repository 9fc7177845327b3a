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

/**
 * A typed passphrase must be hard to guess offline: the bundle may sit on a lost USB stick for years.
 * At least 16 characters, 8 different ones, and not one of the generator's obvious weak shapes.
 */
export function isStrongPassphrase(p: string): boolean {
  const s = p.normalize('NFKC');
  if ([...s].length < 16) return false;
  if (new Set(s.toLowerCase()).size < 8) return false;
  if (/^(.{1,4})\1+$/.test(s)) return false;
  return true;
}
