import type { ChildProcess } from 'node:child_process';
import type { CbtState } from '../../electron/shared/cbt';
import { SERVING_AT, spawnCli } from './cli';
import { loadDemoContent } from '../../electron/core/demo/content';

/**
 * The kill-9 durability run shared by the test and the benchmark: a real `ruang-uji serve` child
 * receives a stream of answer saves over HTTP and is killed with SIGKILL at a random moment; after
 * a restart every save the server acknowledged must be on disk.
 */
type Ack = { seq: number; choice: number | null; text: string | null };

/** `checked`: questions whose last acknowledged save was looked for after the restart; `saves`: saves acknowledged in the round. */
export type RoundResult = { acknowledged: number; checked: number; lost: number; startMs: number; saves: number };

const demo = loadDemoContent();
const candidate = demo.people.candidates[0];
const proctor = demo.people.staff.find((s) => s.role === 'proctor')!;
const DEVICE = 'durability-pc-01';

async function startServer(dataDir: string): Promise<{ child: ChildProcess; url: string; startMs: number }> {
  const started = performance.now();
  const { child, match } = await spawnCli(['serve', '--data', dataDir, '--port', '0'], SERVING_AT);
  return { child, url: match[1], startMs: performance.now() - started };
}

async function api<T>(url: string, method: string, args: unknown, token?: string): Promise<T> {
  const res = await fetch(`${url}api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(args),
  });
  const body = (await res.json()) as { ok: boolean; result?: T; error?: unknown };
  if (!body.ok) throw new Error(`${method}: ${JSON.stringify(body.error)}`);
  return body.result as T;
}

async function signInCandidate(url: string): Promise<string> {
  const staff = await api<{ token: string }>(url, 'auth/signIn', { username: proctor.username, password: proctor.password });
  const today = await api<{ sessions: { session: { id: string } }[] }>(url, 'proctor/today', {}, staff.token);
  const sessionId = today.sessions[0].session.id;
  const { token } = await api<{ token: string }>(url, 'exam/startSession', { sessionId }, staff.token);
  const signedIn = await api<{ token: string }>(url, 'auth/candidateSignIn', {
    participantNo: candidate.participantNo,
    password: candidate.password,
    token,
    deviceId: DEVICE,
  });
  return signedIn.token;
}

export type DurabilityRun = {
  round: (killAfterMs: number) => Promise<RoundResult>;
  /** Restarts once more, checks the last round, and stops the server. */
  finish: () => Promise<RoundResult>;
};

export function durabilityRun(dataDir: string, random: () => number = Math.random): DurabilityRun {
  const acked = new Map<string, Ack>();
  let seq = 0;

  async function openAndCheck(): Promise<{ child: ChildProcess; url: string; token: string; state: CbtState; result: RoundResult }> {
    const { child, url, startMs } = await startServer(dataDir);
    try {
      const token = await signInCandidate(url);
      let state = await api<CbtState>(url, 'cbt/state', {}, token);
      if (state.phase === 'agreement') state = await api<CbtState>(url, 'cbt/agree', { accept: true }, token);
      const stored = new Map(state.answers.map((a) => [a.itemId, a]));
      let lost = 0;
      for (const [itemId, ack] of acked) {
        const found = stored.get(itemId);
        const same = found && found.seq === ack.seq && found.choice === ack.choice && found.text === ack.text;
        // A newer seq than the last acknowledged one is fine: committed, but its reply died with the server.
        if (!found || found.seq < ack.seq || (found.seq === ack.seq && !same)) lost++;
      }
      seq = Math.max(seq, state.lastSeq);
      return { child, url, token, state, result: { acknowledged: acked.size, checked: acked.size, lost, startMs, saves: 0 } };
    } catch (err) {
      child.kill('SIGKILL');
      throw err;
    }
  }

  return {
    async round(killAfterMs) {
      const { child, url, token, state, result } = await openAndCheck();
      const items = state.items;
      let killed = false;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      let saves = 0;
      const worker = async () => {
        while (!killed) {
          const item = items[Math.floor(random() * items.length)];
          const mySeq = ++seq;
          const save =
            item.kind === 'essay'
              ? { choice: null, text: `jawaban ${mySeq} `.repeat(1 + Math.floor(random() * 40)) }
              : { choice: Math.floor(random() * item.options.length), text: null };
          try {
            const reply = await api<{ stored: boolean }>(url, 'cbt/save', { itemId: item.itemId, seq: mySeq, doubtful: mySeq % 7 === 0, ...save }, token);
            saves++;
            const previous = acked.get(item.itemId);
            if (reply.stored && (!previous || previous.seq < mySeq)) acked.set(item.itemId, { seq: mySeq, ...save });
          } catch {
            return; // the server is gone: this save was never acknowledged
          }
        }
      };
      const workers = Array.from({ length: 4 }, worker);
      await new Promise((r) => setTimeout(r, killAfterMs));
      killed = true;
      child.kill('SIGKILL');
      await Promise.all([...workers, exited]);
      return { ...result, saves };
    },
    async finish() {
      const { child, result } = await openAndCheck();
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGKILL');
      await exited;
      return result;
    },
  };
}
