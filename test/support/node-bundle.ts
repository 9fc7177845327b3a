import { build } from 'esbuild';

/**
 * Bundles a TypeScript entry into one ES module for a child process the tests start: plain JavaScript in
 * one file instead of tsx transforming ~400 modules (1.8 s of CPU a start) and Node reading a few hundred
 * of the packages' files. Only better-sqlite3, a native addon, stays a package import. The source is
 * compiled by the same esbuild tsx uses.
 */
export async function bundleForNode(entry: string, outfile: string): Promise<void> {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['better-sqlite3'],
    // Bundled CommonJS packages call require() for Node's built-ins, which an ES module does not have.
    banner: { js: "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);" },
    logLevel: 'warning',
  });
}
