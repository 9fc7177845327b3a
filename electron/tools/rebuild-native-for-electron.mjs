#!/usr/bin/env node
// Builds better-sqlite3 for the installed Electron's ABI into .native/electron-<version>/better-sqlite3.
// node_modules/better-sqlite3 stays the Node build that tests, the CLI and the room server load: the
// work happens on a copy, and electron/main/paths.ts hands the copy's .node file to the core.
//
// Why not @electron/rebuild: it walks node_modules up to the project root, so pointed at a copy inside
// this repo it can also rebuild the real node_modules/better-sqlite3. It does the same two steps as
// below (prebuild-install, then node-gyp with Electron's headers), which need nothing installed here.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const NAME = 'rebuild-native-for-electron';
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const HEADERS_URL = 'https://electronjs.org/headers';
const PREBUILT_URL = 'https://github.com/WiseLibs/better-sqlite3/releases';
const PROBE_TIMEOUT_MS = 8000;

function fail(message) {
  process.stderr.write(`${NAME}: ${message}\n`);
  process.exit(1);
}

function readOptions() {
  try {
    const { values } = parseArgs({
      options: {
        'dry-run': { type: 'boolean', default: false },
        'from-source': { type: 'boolean', default: false },
        electron: { type: 'string' },
        arch: { type: 'string', default: process.arch },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    return values;
  } catch (err) {
    return fail(err instanceof Error ? err.message : String(err));
  }
}

function installedElectronVersion() {
  const file = path.join(ROOT, 'node_modules', 'electron', 'package.json');
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')).version;
  } catch {
    return fail('the electron package is not installed (run `npm install` first), or pass --electron <version>');
  }
}

/** npm ships node-gyp; prefer that copy over fetching one. */
function nodeGyp() {
  const npmExecPath = process.env.npm_execpath;
  const candidates = [
    process.env.npm_config_node_gyp,
    npmExecPath && path.join(path.dirname(npmExecPath), '..', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    path.join(path.dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    path.join(path.dirname(process.execPath), 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
  ];
  const found = candidates.find((c) => c && fs.existsSync(c));
  if (found) return { command: process.execPath, args: [found] };
  return { command: process.platform === 'win32' ? 'npx.cmd' : 'npx', args: ['--yes', 'node-gyp'], shell: process.platform === 'win32' };
}

function prebuildInstall(sourceDir) {
  try {
    return createRequire(path.join(sourceDir, 'package.json')).resolve('prebuild-install/bin.js');
  } catch {
    return null;
  }
}

function makePlan(options) {
  const electronVersion = options.electron ?? installedElectronVersion();
  if (!/^\d+\.\d+\.\d+(?:-[\w.]+)?$/.test(electronVersion)) fail(`not an Electron version: ${electronVersion}`);
  const arch = options.arch;
  let source;
  try {
    source = path.dirname(createRequire(path.join(ROOT, 'package.json')).resolve('better-sqlite3/package.json'));
  } catch {
    fail('node_modules/better-sqlite3 is missing: run `npm install` first');
  }
  const nativeRoot = path.join(ROOT, '.native');
  const target = path.join(nativeRoot, `electron-${electronVersion}`, 'better-sqlite3');
  const work = `${target}.partial`;
  const devdir = path.join(os.homedir(), '.electron-gyp');
  const electronFlags = [`--runtime=electron`, `--target=${electronVersion}`, `--arch=${arch}`];
  const prebuilt = options['from-source'] ? null : prebuildInstall(source);
  const gyp = nodeGyp();
  return {
    electronVersion,
    arch,
    source,
    target,
    work,
    devdir,
    nativeRoot,
    binding: path.join(target, 'build', 'Release', 'better_sqlite3.node'),
    prebuilt: prebuilt && {
      command: process.execPath,
      args: [prebuilt, ...electronFlags, `--platform=${process.platform}`, '--verbose'],
    },
    compile: {
      command: gyp.command,
      args: [...gyp.args, 'rebuild', '--release', ...electronFlags, `--dist-url=${HEADERS_URL}`, `--devdir=${devdir}`],
      shell: gyp.shell ?? false,
    },
  };
}

function show(step) {
  return [step.command, ...step.args].join(' ');
}

function printPlan(plan) {
  const lines = [
    `${NAME} (dry run): Electron ${plan.electronVersion}, ${process.platform}-${plan.arch}`,
    `  1. copy ${plan.source} -> ${plan.work} (without build/)`,
    plan.prebuilt
      ? `  2. in the copy, fetch a prebuilt binary from ${PREBUILT_URL}: ${show(plan.prebuilt)}`
      : `  2. (no prebuilt binary: --from-source, or prebuild-install is missing)`,
    `  3. ${plan.prebuilt ? 'if that fails, ' : ''}in the copy, compile with Electron's headers (needs Python 3 and a C++ toolchain): ${show(plan.compile)}`,
    `  4. move ${plan.work} -> ${plan.target}`,
    `binding: ${plan.binding}`,
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

async function reachable(url) {
  try {
    await fetch(url, { method: 'HEAD', redirect: 'manual', signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
    return true;
  } catch {
    return false;
  }
}

function run(step, cwd) {
  const result = spawnSync(step.command, step.args, { cwd, stdio: 'inherit', shell: step.shell ?? false });
  return result.status === 0;
}

/** rm -rf only ever below .native/, whatever a bug or an option might compute. */
function removeBelow(nativeRoot, dir) {
  const rel = path.relative(nativeRoot, dir);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) fail(`refusing to delete ${dir}: outside ${nativeRoot}`);
  fs.rmSync(dir, { recursive: true, force: true });
}

async function main() {
  const options = readOptions();
  if (options.help) {
    process.stdout.write(`usage: node electron/tools/${NAME}.mjs [--dry-run] [--electron <version>] [--arch <arch>] [--from-source]\n`);
    return;
  }
  const plan = makePlan(options);
  if (options['dry-run']) {
    printPlan(plan);
    return;
  }

  // Node's fetch ignores proxy variables; behind a proxy, let the tools (which honour them) find out.
  const proxied = Boolean(process.env.HTTPS_PROXY || process.env.https_proxy || process.env.npm_config_https_proxy);
  const headersCached = fs.existsSync(path.join(plan.devdir, plan.electronVersion, 'include', 'node', 'node_version.h'));
  const headersOnline = headersCached || proxied || (await reachable(`${HEADERS_URL}/v${plan.electronVersion}/node-v${plan.electronVersion}-headers.tar.gz`));
  const prebuiltOnline = plan.prebuilt !== null && (proxied || (await reachable(PREBUILT_URL)));
  if (!headersOnline && !prebuiltOnline) {
    fail(
      `offline: cannot reach ${HEADERS_URL} (Electron ${plan.electronVersion} headers) nor github.com (prebuilt binaries); connect once and run \`npm run rebuild:electron-native\` again`,
    );
  }

  removeBelow(plan.nativeRoot, plan.work);
  const buildDir = path.join(plan.source, 'build');
  fs.cpSync(plan.source, plan.work, {
    recursive: true,
    filter: (src) => src !== buildDir && !src.startsWith(buildDir + path.sep),
  });
  const built = path.join(plan.work, 'build', 'Release', 'better_sqlite3.node');
  let ok = false;
  if (prebuiltOnline && plan.prebuilt) ok = run(plan.prebuilt, plan.work) && fs.existsSync(built);
  if (!ok && headersOnline) {
    if (plan.prebuilt) process.stdout.write(`${NAME}: no prebuilt binary; compiling from source\n`);
    ok = run(plan.compile, plan.work) && fs.existsSync(built);
  }
  if (!ok) {
    removeBelow(plan.nativeRoot, plan.work);
    fail(`could not build better-sqlite3 for Electron ${plan.electronVersion} (see the output above)`);
  }
  removeBelow(plan.nativeRoot, plan.target);
  fs.renameSync(plan.work, plan.target);
  process.stdout.write(`${NAME}: better-sqlite3 for Electron ${plan.electronVersion} (${process.platform}-${plan.arch}): ${plan.binding}\n`);
}

await main();
