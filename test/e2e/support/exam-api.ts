import path from 'node:path';
import Database from 'better-sqlite3';
import { DB_FILE_NAME } from '../../../electron/core/db/open';
import type { ArgsOf, MethodName, ResultOf } from '../../../electron/shared/contract';
import type { Room } from './room';

/**
 * The contract over HTTP, as a lab PC or a screen calls it: tests set the scene with it around what
 * they drive in the browser.
 */
export async function callApi<M extends MethodName>(room: Room, method: M, args: ArgsOf<M>, token?: string): Promise<ResultOf<M>> {
  const response = await fetch(new URL(`/api/${method}`, room.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(args),
  });
  const body = (await response.json()) as { ok: true; result: ResultOf<M> } | { ok: false; error: { code: string } };
  if (!body.ok) throw new Error(`${method} failed: ${body.error.code}`);
  return body.result;
}

/** Signs the demo proctor in, starts today's session and returns the token candidates type (and the proctor's bearer). */
export async function releaseToken(room: Room): Promise<{ sessionId: string; token: string; proctor: string }> {
  const proctor = await callApi(room, 'auth/signIn', { username: 'proktor', password: 'proktor123!' });
  const today = await callApi(room, 'proctor/today', {}, proctor.token);
  const sessionId = today.sessions[0].session.id;
  const started = await callApi(room, 'exam/startSession', { sessionId }, proctor.token);
  if (!started.token) throw new Error('the session started without a token');
  return { sessionId, token: started.token, proctor: proctor.token };
}

/**
 * Makes a candidate's test short by editing the room's SQLite file from this process (WAL lets two
 * processes share it): there is no method for it, on purpose.
 */
export function shortenAttempt(room: Room, participantNo: string, seconds: number): void {
  const db = new Database(path.join(room.dataDir, DB_FILE_NAME));
  try {
    db.pragma('busy_timeout = 5000');
    const changed = db
      .prepare('UPDATE attempt SET duration_seconds = ? WHERE candidate_id = (SELECT id FROM candidate WHERE participant_no = ?)')
      .run(seconds, participantNo).changes;
    if (changed !== 1) throw new Error(`no attempt of ${participantNo} to shorten`);
  } finally {
    db.close();
  }
}
