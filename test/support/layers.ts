import { builtinModules } from 'node:module';
import path from 'node:path';
import ts from 'typescript';
import type { SourceFile } from './source-files';

export type Layer = 'shared' | 'core' | 'server' | 'host' | 'main' | 'preload' | 'cli' | 'renderer';

type Rule = {
  layers: readonly Layer[];
  packages: 'none' | 'any' | readonly string[];
  node: boolean;
  electron: boolean;
  /** Reaches the core only through its public entry, electron/core/index.ts. */
  corePublicOnly?: boolean;
};

/**
 * Who may import whom. The core never sees Electron, so it runs in plain Node (tests, room server);
 * the renderer sees only the pure contract, so it cannot reach the database or Node. The layers around
 * the core reach it through its one public entry, so its internals can change without them and no
 * caller can skip the contract's authorization and audit by calling a core module directly.
 */
export const RULES: Record<Layer, Rule> = {
  shared: { layers: ['shared'], packages: ['zod', 'i18next'], node: false, electron: false },
  core: { layers: ['shared', 'core'], packages: 'any', node: true, electron: false },
  server: { layers: ['shared', 'core', 'server'], packages: 'any', node: true, electron: false, corePublicOnly: true },
  // The core process's entry: runs under Electron's utilityProcess and plain Node alike.
  host: { layers: ['shared', 'core', 'server', 'host'], packages: 'any', node: true, electron: false, corePublicOnly: true },
  cli: { layers: ['shared', 'core', 'server', 'host', 'cli'], packages: 'any', node: true, electron: false, corePublicOnly: true },
  // The core lives in its own process: main speaks to it in messages (shared/core-channel.ts) and loads none of it.
  main: { layers: ['shared', 'server', 'main'], packages: 'any', node: true, electron: true },
  preload: { layers: ['shared', 'preload'], packages: 'none', node: false, electron: true },
  renderer: { layers: ['shared', 'renderer'], packages: ['react', 'react-dom', 'i18next', 'react-i18next', 'zod', '@fontsource', 'qrcode-generator'], node: false, electron: false },
};

/** Files outside the layers that code may import as data. */
const DATA_PREFIXES = ['resources/', 'package.json'];

const LAYERS: readonly Layer[] = ['shared', 'core', 'server', 'host', 'main', 'preload', 'cli', 'renderer'];

/** electron/core itself resolves to its index. */
const CORE_PUBLIC = new Set(['electron/core', 'electron/core/index', 'electron/core/index.ts']);

/** The layer a repo-relative path (file or folder) belongs to. */
export function layerOf(file: string): Layer | null {
  const m = /^(?:electron\/([a-z]+)|(renderer))\//.exec(file + '/');
  return LAYERS.find((l) => l === (m?.[1] ?? m?.[2])) ?? null;
}

const NODE_BUILTINS = new Set(builtinModules);

function packageName(spec: string): string {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

export function importsOf(file: SourceFile): string[] {
  return ts.preProcessFile(file.text, true, true).importedFiles.map((f) => f.fileName);
}

export function violations(files: readonly SourceFile[]): string[] {
  const found: string[] = [];
  for (const file of files) {
    const layer = layerOf(file.path);
    if (!layer) continue;
    const rule = RULES[layer];
    for (const spec of importsOf(file)) {
      const problem = check(file.path, spec, rule);
      if (problem) found.push(`${file.path} (${layer}) imports '${spec}': ${problem}`);
    }
  }
  return found;
}

function check(from: string, spec: string, rule: Rule): string | null {
  if (spec.startsWith('.')) {
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));
    if (DATA_PREFIXES.some((p) => target.startsWith(p))) return target.endsWith('.json') ? null : 'only JSON data may be imported from outside the layers';
    const targetLayer = layerOf(target);
    if (!targetLayer) return `${target} is outside every layer`;
    if (!rule.layers.includes(targetLayer)) return `layer '${targetLayer}' is not allowed here`;
    if (targetLayer === 'core' && rule.corePublicOnly && !CORE_PUBLIC.has(target)) return 'only the core\'s public entry (electron/core/index.ts) may be imported here';
    return null;
  }
  if (spec === 'electron' || spec.startsWith('electron/')) return rule.electron ? null : "'electron' is not allowed here";
  if (spec.startsWith('node:') || NODE_BUILTINS.has(spec)) return rule.node ? null : 'Node built-ins are not allowed here';
  if (rule.packages === 'any') return null;
  if (rule.packages === 'none') return 'packages are not allowed here';
  const name = packageName(spec);
  return rule.packages.some((p) => name === p || name.startsWith(p + '/')) ? null : `package '${name}' is not allowed here`;
}
