import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { FromCore, ToCore } from '../../electron/shared/core-channel';
import type { CoreProcess, SpawnCore } from '../../electron/main/core-link';
import { serveCoreChannel } from '../../electron/host/core-process';
import { HOST_BUNDLE_ENV } from './host-bundle-env';

/** The core process's entry as source: what electron-vite builds to out/main/host.js. */
export const HOST_ENTRY = fileURLToPath(new URL('../../electron/host/entry.ts', import.meta.url));

/**
 * What a test forks as the core process: the run's bundle of HOST_ENTRY (host-bundle.setup.ts) when vitest
 * built one, the source through tsx otherwise (benches).
 */
export function hostFork(): { modulePath: string; execArgv: string[] } {
  const bundle = process.env[HOST_BUNDLE_ENV];
  return bundle ? { modulePath: bundle, execArgv: [] } : { modulePath: HOST_ENTRY, execArgv: ['--import', 'tsx'] };
}

/** Benches only: the room bench's server trace rides in `env`; the relay bench compares Node's JSON channel. */
export type ForkOptions = { env?: NodeJS.ProcessEnv; serialization?: 'json' | 'advanced' };

/**
 * child_process.fork standing in for Electron's utilityProcess.fork: the same entry, the same
 * messages (structured clone on both: Node's 'advanced' serialization). `children` lists every
 * process started, so a test can kill the one running.
 */
export function forkedCore(options: ForkOptions = {}): SpawnCore & { children: ChildProcess[] } {
  const children: ChildProcess[] = [];
  const spawn = (): CoreProcess => {
    const { modulePath, execArgv } = hostFork();
    const child = fork(modulePath, [], {
      execArgv,
      env: options.env ?? process.env,
      serialization: options.serialization ?? 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    children.push(child);
    return {
      send: (message: ToCore) => {
        if (child.connected) child.send(message);
      },
      onMessage: (listener) => child.on('message', (message) => listener(message as FromCore)),
      onExit: (listener) => child.on('exit', (code) => listener(code)),
      kill: () => void child.kill('SIGKILL'),
    };
  };
  return Object.assign(spawn, { children });
}

/**
 * The core process's message handling in this process, over a pair of in-memory queues that clone
 * every message as the real channel does: quick enough for the IPC tests of main.
 */
export function inProcessCore(): SpawnCore {
  return () => {
    const toMain: ((message: FromCore) => void)[] = [];
    const toCore: ((message: ToCore) => void)[] = [];
    const exits: ((code: number | null) => void)[] = [];
    let alive = true;
    const exit = (code: number | null) => {
      if (!alive) return;
      alive = false;
      for (const listener of exits) listener(code);
    };
    const served = serveCoreChannel(
      {
        send: (message) => setImmediate(() => alive && toMain.forEach((l) => l(structuredClone(message)))),
        onMessage: (listener) => toCore.push(listener),
      },
      (code) => exit(code),
    );
    return {
      send: (message) => setImmediate(() => alive && toCore.forEach((l) => l(structuredClone(message)))),
      onMessage: (listener) => toMain.push(listener),
      onExit: (listener) => exits.push(listener),
      kill: () => {
        void served.stop();
        exit(null);
      },
    };
  };
}
