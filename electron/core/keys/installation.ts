import crypto from 'node:crypto';
import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import { AppError } from '../../shared/errors';
import type { Db } from '../db/open';
import * as q from '../db/queries/keys';
import { newId } from '../ids';
import { fingerprint } from './fingerprint';
import type { KeyVault } from './vault';

export type PublicKeys = { installationId: string; ageRecipient: string; signingPublic: string; fingerprint: string };

export type PrivateKeys = PublicKeys & { ageIdentity: string; signingKey: crypto.KeyObject };

/** What the vault seals, and what a key backup file holds. */
export type KeyMaterial = { installationId: string; ageIdentity: string; signingPrivatePkcs8: string };

/** Raw 32-byte Ed25519 public key, base64: short enough for a manifest and a printed sheet. */
export function rawSigningPublic(key: crypto.KeyObject): string {
  const jwk = key.export({ format: 'jwk' });
  if (!jwk.x) throw new Error('not an Ed25519 key');
  return Buffer.from(jwk.x, 'base64url').toString('base64');
}

export function signingPublicKey(raw: string): crypto.KeyObject {
  const bytes = Buffer.from(raw, 'base64');
  if (bytes.length !== 32) throw new Error('Ed25519 public key must be 32 bytes');
  return crypto.createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: bytes.toString('base64url') }, format: 'jwk' });
}

export async function publicKeysOf(material: KeyMaterial): Promise<PublicKeys> {
  const signingKey = crypto.createPrivateKey({ key: Buffer.from(material.signingPrivatePkcs8, 'base64'), format: 'der', type: 'pkcs8' });
  const signingPublic = rawSigningPublic(crypto.createPublicKey(signingKey));
  const ageRecipient = await identityToRecipient(material.ageIdentity);
  return { installationId: material.installationId, ageRecipient, signingPublic, fingerprint: fingerprint(signingPublic, ageRecipient) };
}

/** First run: creates the installation's identity once. Later runs leave it untouched. */
export async function ensureInstallationKeys(db: Db, vault: KeyVault, now: Date): Promise<PublicKeys> {
  const existing = q.installationKey(db);
  if (existing) return existing;
  const { privateKey } = crypto.generateKeyPairSync('ed25519');
  const material: KeyMaterial = {
    installationId: newId(),
    ageIdentity: await generateX25519Identity(),
    signingPrivatePkcs8: privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
  };
  const pub = await publicKeysOf(material);
  const sealed = vault.seal(Buffer.from(JSON.stringify(material), 'utf8')).toString('base64');
  db.transaction(() => {
    if (q.installationKey(db)) return;
    q.insertInstallationKey(db, { ...pub, sealer: vault.kind, sealedPrivate: sealed, createdAt: now.toISOString() });
  })();
  return q.installationKey(db) ?? pub;
}

export function installationPublicKeys(db: Db): PublicKeys {
  const row = q.installationKey(db);
  if (!row) throw new AppError('KEYS_UNAVAILABLE');
  return row;
}

export function unsealKeyMaterial(db: Db, vault: KeyVault): KeyMaterial {
  const row = q.installationKey(db);
  if (!row || row.sealer !== vault.kind) throw new AppError('KEYS_UNAVAILABLE');
  // KEYS_LOCKED from a locked vault passes through: it asks for a password, not a new computer.
  return JSON.parse(vault.unseal(Buffer.from(row.sealedPrivate, 'base64')).toString('utf8')) as KeyMaterial;
}

export function privateKeys(db: Db, vault: KeyVault): PrivateKeys {
  const row = installationPublicKeys(db);
  const material = unsealKeyMaterial(db, vault);
  const signingKey = crypto.createPrivateKey({ key: Buffer.from(material.signingPrivatePkcs8, 'base64'), format: 'der', type: 'pkcs8' });
  return { ...row, ageIdentity: material.ageIdentity, signingKey };
}

export function sign(data: Buffer, key: crypto.KeyObject): string {
  return crypto.sign(null, data, key).toString('base64');
}

export function verifySignature(data: Buffer, signatureB64: string, signingPublic: string): boolean {
  try {
    const sig = Buffer.from(signatureB64, 'base64');
    return sig.length === 64 && crypto.verify(null, data, signingPublicKey(signingPublic), sig);
  } catch {
    return false;
  }
}
