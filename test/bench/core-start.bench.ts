// Core cold start: open + migrate an empty database, and open an existing demo database, in fresh folders.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore, type Core } from '../../electron/core';
import { loadDemoContent } from '../../electron/core/demo/content';
import { report, summary } from './stats';

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ru-bench-start-'));

async function timeIt(fn: () => Promise<void>): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

try {
  // Load modules and warm the JIT once, so the runs measure storage work rather than import time.
  (await createCore({ dataDir: path.join(root, 'warm') })).close();

  const empty: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const dir = path.join(root, `empty-${i}`);
    empty.push(await timeIt(async () => (await createCore({ dataDir: dir, demoIfEmpty: false })).close()));
  }
  const s1 = summary(empty);
  report('core.coldStart.emptyDb', s1.p50, 'ms', { ...s1, what: 'open + create + migrate an empty database' });

  const seed: number[] = [];
  const demoDirs: string[] = [];
  for (let i = 0; i < Math.min(RUNS, 5); i++) {
    const dir = path.join(root, `demo-${i}`);
    demoDirs.push(dir);
    seed.push(await timeIt(async () => (await createCore({ dataDir: dir, demoIfEmpty: true })).close()));
  }
  const s2 = summary(seed);
  report('core.demoCreate', s2.p50, 'ms', { ...s2, what: 'create the embedded demo (16 scrypt hashes at N=2^15 included)' });

  const reopen: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const dir = demoDirs[i % demoDirs.length];
    reopen.push(await timeIt(async () => (await createCore({ dataDir: dir, demoIfEmpty: true })).close()));
  }
  const s3 = summary(reopen);
  report('core.coldStart.demoDb', s3.p50, 'ms', { ...s3, what: 'open + migrate check of an existing demo database' });

  // Password-protected keys: the first key holder's sign-in after a restart also unwraps the data key.
  const admin = loadDemoContent().people.staff.find((s) => s.role === 'lsp_admin');
  if (!admin) throw new Error('demo has no LSP admin');
  const signIn = async (core: Core) => {
    const reply = await core.dispatch('auth/signIn', { username: admin.username, password: admin.password }, null);
    if (!reply.ok) throw new Error(JSON.stringify(reply.error));
  };
  const unlocking: number[] = [];
  const plain: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const core = await createCore({ dataDir: demoDirs[i % demoDirs.length], log: () => {} });
    try {
      if (i < demoDirs.length) await signIn(core); // the first sign-in in each folder wraps the key
      else {
        if (core.context.vault.unlocked) throw new Error('expected locked keys after a restart');
        unlocking.push(await timeIt(() => signIn(core)));
        plain.push(await timeIt(() => signIn(core)));
      }
    } finally {
      core.close();
    }
  }
  const s4 = summary(unlocking);
  const s5 = summary(plain);
  report('keys.unlockBySignIn', s4.p50, 'ms', { ...s4, what: 'LSP admin sign-in that unlocks the keys after a restart (password check + unwrap, scrypt N=2^15 each)' });
  report('auth.staffSignIn', s5.p50, 'ms', { ...s5, what: 'the same sign-in with the keys already open', ratio: s4.p50 / s5.p50 });
} finally {
  fs.rmSync(root, { recursive: true, force: true });
}
