import crypto from 'node:crypto';

/** AES-256-GCM as iv(12) | tag(16) | ciphertext; `aad` binds a blob to where it belongs. */
export function aeadSeal(key: Buffer, plain: Buffer, aad?: Buffer): Buffer {
  const iv = crypto.randomBytes(12);
  const c = crypto.createCipheriv('aes-256-gcm', key, iv);
  if (aad) c.setAAD(aad);
  const body = Buffer.concat([c.update(plain), c.final()]);
  return Buffer.concat([iv, c.getAuthTag(), body]);
}

/** Throws when the key is wrong or the blob was changed. */
export function aeadOpen(key: Buffer, sealed: Buffer, aad?: Buffer): Buffer {
  if (sealed.length < 28) throw new Error('sealed blob too short');
  const d = crypto.createDecipheriv('aes-256-gcm', key, sealed.subarray(0, 12));
  if (aad) d.setAAD(aad);
  d.setAuthTag(sealed.subarray(12, 28));
  return Buffer.concat([d.update(sealed.subarray(28)), d.final()]);
}
