import type { FromCore, ToCore } from '../shared/core-channel';
import { serveCoreChannel, type CoreChannel } from './core-process';

/**
 * The core process's entry: electron-vite builds it to out/main/host.js for Electron's
 * utilityProcess.fork; tests and benches start the same file with child_process.fork.
 */

/** What Electron gives a utility process (process.parentPort); typed here so the host never imports 'electron'. */
type ParentPort = {
  postMessage: (message: unknown) => void;
  on: (event: 'message', listener: (event: { data: unknown }) => void) => void;
};

function parentChannel(): CoreChannel | null {
  const parentPort = (process as { parentPort?: ParentPort }).parentPort;
  if (parentPort) {
    return {
      send: (message) => parentPort.postMessage(message),
      onMessage: (listener) => parentPort.on('message', (event) => listener(event.data as ToCore)),
    };
  }
  const toParent = process.send?.bind(process);
  if (!toParent) return null;
  // Forked by Node: the parent gone means nobody can be answered any more, so stop cleanly.
  process.on('disconnect', () => void served.stop().then(() => process.exit(0)));
  return {
    send: (message: FromCore) => {
      if (process.connected) toParent(message);
    },
    onMessage: (listener) => process.on('message', (message) => listener(message as ToCore)),
  };
}

const channel = parentChannel();
if (!channel) {
  process.stderr.write('The Ruang Uji core process is started by the app (or `ruang-uji serve`), not on its own.\n');
  process.exit(2);
}
const served = serveCoreChannel(channel);
