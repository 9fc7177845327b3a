import crypto from 'node:crypto';
import { z } from 'zod';
import { TOKEN_ALPHABET, TOKEN_LENGTH } from '../../shared/cbt';
import type { Db } from '../db/open';
import * as q from '../db/queries/exam-run';

export const DEFAULT_ROTATE_MINUTES = 15;
/** A candidate who copied the token just before it rotated can still type it for this long. */
export const TOKEN_GRACE_MS = 2 * 60_000;

const sessionSettings = z
  .object({ tokenRotateMinutes: z.number().int().min(1).max(24 * 60).default(DEFAULT_ROTATE_MINUTES) })
  .loose();

export function rotateMinutesOf(settingsJson: string): number {
  const parsed = sessionSettings.safeParse(JSON.parse(settingsJson));
  return parsed.success ? parsed.data.tokenRotateMinutes : DEFAULT_ROTATE_MINUTES;
}

export function newToken(avoid: string | null = null): string {
  for (;;) {
    let token = '';
    for (let i = 0; i < TOKEN_LENGTH; i++) token += TOKEN_ALPHABET[crypto.randomInt(TOKEN_ALPHABET.length)];
    if (token !== avoid) return token;
  }
}

export function issueToken(db: Db, sessionId: string, now: Date, rotateMinutes: number, previous: string | null): q.TokenRow {
  const issuedAt = now.toISOString();
  const rotatesAt = new Date(now.getTime() + rotateMinutes * 60_000).toISOString();
  q.insertToken(db, { sessionId, token: newToken(previous), issuedAt, rotatesAt });
  const [current] = q.latestTokens(db, sessionId);
  return current;
}

/**
 * The token in force now. Rotation is lazy: nothing runs on a timer, the token is replaced when
 * someone next needs it, dated to the slot it belongs to so the proctor's countdown stays regular.
 * Call inside a write transaction.
 */
export function currentToken(db: Db, sessionId: string, now: Date, rotateMinutes: number): q.TokenRow | undefined {
  const [latest] = q.latestTokens(db, sessionId);
  if (!latest) return undefined;
  const rotatesAt = Date.parse(latest.rotatesAt);
  if (now.getTime() < rotatesAt) return latest;
  const period = rotateMinutes * 60_000;
  const slots = Math.floor((now.getTime() - rotatesAt) / period);
  return issueToken(db, sessionId, new Date(rotatesAt + slots * period), rotateMinutes, latest.token);
}

export type TokenCheck = 'valid' | 'expired';

/** Whether `token` opens `sessionId` now: the current token, or the one it replaced within the grace period. */
export function checkToken(db: Db, sessionId: string, token: string, now: Date, rotateMinutes: number): TokenCheck {
  const current = currentToken(db, sessionId, now, rotateMinutes);
  if (current?.token === token) return 'valid';
  const previous = q.latestTokens(db, sessionId)[1];
  if (previous?.token === token && now.getTime() < Date.parse(previous.rotatesAt) + TOKEN_GRACE_MS) return 'valid';
  return 'expired';
}
