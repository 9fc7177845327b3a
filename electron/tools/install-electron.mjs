// Guarded download of the Electron runtime, run as the project's postinstall.
// package.json's allowScripts stops npm from running electron's own install script, whose failure
// would abort `npm install` on machines that cannot reach the download host. Here the same script
// runs, but a failure only means "browser mode" and never fails the install.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const TIMEOUT_MS = 5 * 60 * 1000;
const require = createRequire(import.meta.url);

function say(line) {
  process.stdout.write(`[ruang-uji] ${line}\n`);
}

let installScript;
try {
  installScript = path.join(path.dirname(require.resolve('electron/package.json')), 'install.js');
} catch {
  say('electron package not installed (production install?); nothing to download.');
  process.exit(0);
}
if (!fs.existsSync(installScript)) process.exit(0);
if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
  say('ELECTRON_SKIP_BINARY_DOWNLOAD is set: the Electron runtime was not downloaded; `npm start` will use browser mode.');
  process.exit(0);
}

const child = spawn(process.execPath, [installScript], { stdio: ['ignore', 'ignore', 'pipe'] });
let stderr = '';
child.stderr.on('data', (chunk) => {
  stderr += chunk;
});
const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
child.on('exit', (code, signal) => {
  clearTimeout(timer);
  if (code === 0) {
    say('Electron runtime ready: `npm start` opens the desktop window.');
  } else {
    const why = signal ? `timed out after ${TIMEOUT_MS / 1000} s` : (stderr.trim().split('\n')[0] || `exit code ${code}`);
    say(`Electron runtime not downloaded (${why}); \`npm start\` will use browser mode. Run \`node electron/tools/install-electron.mjs\` again when online.`);
  }
  process.exit(0);
});
