import crypto from 'node:crypto';
import os from 'node:os';
import { HashThread } from './hash-thread';

/**
 * scrypt parameters: N=2^15, r=8 costs ~32 MiB and ~60-100 ms here, which makes offline guessing of a
 * stolen database slow while keeping sign-in of a whole lab of 40 PCs within a few seconds.
 */
export const PASSWORD_COST = 1 << 15;

/**
 * Candidates' passwords are exam credentials for one session, not accounts people keep: they open
 * nothing without the session's exam token (six characters, rotating, shown only in the room), sign-in
 * is rate-limited per participant number and per lab PC, and the database that holds their hashes
 * holds the answers themselves. What a slow hash protects (offline guessing from a copied database) is
 * therefore worth little here, while 400 candidates signing in at once at N=2^15 took 21 s on a 2-core
 * station. N=2^11 (2 MiB, a few ms) lets a full room sign in within seconds; staff keep N=2^15.
 */
export const CANDIDATE_PASSWORD_COST = 1 << 11;
const DEFAULT = { N: PASSWORD_COST, r: 8, p: 1, keyLen: 32 } as const;
const MAX_MEM = 64 * 1024 * 1024;

/**
 * At most this many hashes at once, leaving a core for the event loop and SQLite: a sign-in storm of a
 * whole room must not starve the saves of candidates already at work (2 cores: one hash at a time).
 * Each slot hashes on its own low-priority thread (hash-thread.ts), which yields to everything else.
 */
const HASH_SLOTS = Math.max(1, os.availableParallelism() - 1);
const threads = Array.from({ length: HASH_SLOTS }, () => new HashThread());
const free = threads.map((_, i) => i);
const waiting: ((slot: number) => void)[] = [];

async function inSlot<T>(work: (thread: HashThread) => Promise<T>): Promise<T> {
  const slot = free.pop() ?? (await new Promise<number>((resolve) => waiting.push(resolve)));
  try {
    return await work(threads[slot]);
  } finally {
    // The slot passes straight to the next in line, so no one can take it in between.
    const next = waiting.shift();
    if (next) next(slot);
    else free.push(slot);
  }
}

function scrypt(password: string, salt: Buffer, N: number, r: number, p: number, keyLen: number): Promise<Buffer> {
  return inSlot((thread) => thread.scrypt({ password: password.normalize('NFKC'), salt, keyLen, N, r, p, maxmem: MAX_MEM }));
}

/** The hashing threads' nice value (see hash-thread.ts), for the tests. */
export function hashThreadPriority(): Promise<number | null> {
  return threads[0].priority();
}

/** The same KDF and cost as password hashes, for keys derived from a password (keys/wrap.ts). */
export function passwordKey(password: string, salt: Buffer, N: number): Promise<Buffer> {
  return scrypt(password, salt, N, DEFAULT.r, DEFAULT.p, 32);
}

export async function hashPassword(password: string, params: { N?: number } = {}): Promise<string> {
  const N = params.N ?? DEFAULT.N;
  const salt = crypto.randomBytes(16);
  const key = await scrypt(password, salt, N, DEFAULT.r, DEFAULT.p, DEFAULT.keyLen);
  return ['scrypt', N, DEFAULT.r, DEFAULT.p, salt.toString('base64'), key.toString('base64')].join('$');
}

/**
 * The own password of an account made without one (a candidate's account a TUK made for a card of its own,
 * exam/issueCard): not six scrypt fields, so verifyPassword refuses every password against it. Sign-in
 * checks the card's local_password first; the LSP's bundle replaces this with its real hash.
 */
export const NO_PASSWORD = '!no-password';

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [, n, r, p, saltB64, keyB64] = parts;
  const expected = Buffer.from(keyB64, 'base64');
  const key = await scrypt(password, Buffer.from(saltB64, 'base64'), Number(n), Number(r), Number(p), expected.length);
  return crypto.timingSafeEqual(key, expected);
}

/** A card password as printed: three groups of four capitals or digits, joined by dashes (scheduling/handover.ts). */
const CARD_PASSWORD_GROUPS = /^([A-Z0-9]{4})([A-Z0-9]{4})([A-Z0-9]{4})$/;

/**
 * Candidates' card passwords are drawn from capitals and digits only (scheduling/handover.ts), so one typed
 * in lower case on a lab PC can only be the same password: their hashes are made of, and typed passwords
 * checked in, this form. The dashes only group what is printed: twelve such characters typed without them,
 * or with spaces instead, are regrouped (a candidate copying "JKDU-737N-FJCS" as "jkdu737nfjcs" was refused).
 */
export function candidatePasswordForm(password: string): string {
  const upper = password.toUpperCase();
  const groups = CARD_PASSWORD_GROUPS.exec(upper.replace(/[\s-]+/g, ''));
  return groups ? groups.slice(1).join('-') : upper;
}

/**
 * A candidate's password in any case. A hash made of a password with lower case in it (the demo's, seeded
 * before candidatePasswordForm) still matches it as typed; both checks always run when they differ, so the
 * time taken says nothing about which one matched (or whether the account exists, see burnPasswordCheck).
 */
export async function verifyCandidatePassword(password: string, stored: string): Promise<boolean> {
  const canonical = candidatePasswordForm(password);
  const forms = canonical === password ? [password] : [canonical, password];
  const results = await Promise.all(forms.map((form) => verifyPassword(form, stored)));
  return results.some(Boolean);
}

const dummyHashes = new Map<number, Promise<string>>();

/**
 * Spends the same time as a real check, so an unknown username cannot be told apart by timing: at the
 * cost of the accounts that could have matched (candidates' or staff's).
 */
export async function burnPasswordCheck(password: string, N: number = PASSWORD_COST, verify = verifyPassword): Promise<void> {
  let dummy = dummyHashes.get(N);
  if (!dummy) {
    dummy = hashPassword('not-a-real-account', { N });
    dummyHashes.set(N, dummy);
  }
  await verify(password, await dummy);
}
