import crypto from 'node:crypto';
import { PASSWORD_COST, passwordKey } from '../auth/password';
import type { KeyWrapRow } from '../db/queries/key-wraps';
import { aeadOpen, aeadSeal } from './aead';

/*
 * The data key under one key holder's password: scrypt at the password hash's cost, with a salt of its
 * own (so the stored password hash says nothing about the wrapping key), then AES-256-GCM bound to the
 * account. Guessing a wrap offline is exactly as slow as guessing the password hash beside it.
 */

const aad = (accountId: string) => Buffer.from(`ruang-uji data key wrap v1\0${accountId}`, 'utf8');

export async function wrapDataKey(dataKey: Buffer, accountId: string, password: string, cost: number | undefined, at: Date): Promise<KeyWrapRow> {
  const salt = crypto.randomBytes(16);
  const kdfCost = cost ?? PASSWORD_COST;
  const kek = await passwordKey(password, salt, kdfCost);
  return {
    accountId,
    kdfCost,
    salt: salt.toString('base64'),
    sealedKey: aeadSeal(kek, dataKey, aad(accountId)).toString('base64'),
    createdAt: at.toISOString(),
  };
}

/** Null when the password does not open this wrap. */
export async function unwrapDataKey(wrap: KeyWrapRow, password: string): Promise<Buffer | null> {
  const kek = await passwordKey(password, Buffer.from(wrap.salt, 'base64'), wrap.kdfCost);
  try {
    return aeadOpen(kek, Buffer.from(wrap.sealedKey, 'base64'), aad(wrap.accountId));
  } catch {
    return null;
  }
}
