import { utilityProcess } from 'electron';
import type { FromCore } from '../shared/core-channel';
import type { SpawnCore } from './core-link';

/**
 * The core process as Electron runs it: a utilityProcess (a Node process Chromium supervises) whose
 * parent port carries the messages of shared/core-channel.ts. SQLite never runs on main's thread.
 */
export function utilityCore(entry: string): SpawnCore {
  return () => {
    const child = utilityProcess.fork(entry, [], { serviceName: 'Ruang Uji core', stdio: 'inherit' });
    return {
      send: (message) => child.postMessage(message),
      onMessage: (listener) => child.on('message', (message: FromCore) => listener(message)),
      onExit: (listener) => child.on('exit', (code) => listener(code)),
      kill: () => void child.kill(),
    };
  };
}
