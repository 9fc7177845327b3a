import crypto from 'node:crypto';

/**
 * Six groups of five digits (~100 bits) over both public keys, in the style of Signal's safety
 * numbers: digits read aloud the same way in Indonesian and English, over the phone or side by side.
 */
export function fingerprint(signingPublic: string, ageRecipient: string): string {
  const digest = crypto.createHash('sha256').update(`ruang-uji/fingerprint/v1\n${signingPublic}\n${ageRecipient}`).digest();
  const groups: string[] = [];
  for (let i = 0; i < 6; i++) {
    const n = digest.readUIntBE(i * 5, 5) % 100_000;
    groups.push(String(n).padStart(5, '0'));
  }
  return groups.join(' ');
}
