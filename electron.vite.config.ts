import fs from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

// Not __dirname: tests load this config as an ES module too (the renderer's chunks are checked in test/).
const ROOT = fileURLToPath(new URL('.', import.meta.url));
const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json)$/;

/**
 * Writes `name.br` and `name.gz` beside every text asset of the build (and of public/), at the highest
 * levels: this happens once per build, and the room server then hands lab PCs the bytes as they are
 * (electron/server/static-files.ts), with no compression work while 400 PCs load the page at once.
 * node:zlib, since a well-kept plugin would add a dependency for a dozen lines. A file that does not
 * shrink gets no sibling, so the server sends it plain.
 */
function precompress(): Plugin {
  let publicDir = '';
  return {
    name: 'ruang-uji:precompress',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    // order 'post': after Vite's own generateBundle hooks, which still rewrite the entry chunk (its preload
    // list), so the siblings are made of the final bytes.
    generateBundle: {
      order: 'post',
      async handler(_options, bundle) {
        const files: { fileName: string; source: Buffer }[] = [];
        for (const item of Object.values(bundle)) {
          if (!COMPRESSIBLE.test(item.fileName)) continue;
          const source = item.type === 'chunk' ? item.code : item.source;
          files.push({ fileName: item.fileName, source: Buffer.from(source) });
        }
        // Vite copies public/ itself, after this hook: only the siblings are emitted for those files.
        if (publicDir && fs.existsSync(publicDir)) {
          for (const entry of fs.readdirSync(publicDir, { recursive: true, withFileTypes: true })) {
            if (!entry.isFile() || !COMPRESSIBLE.test(entry.name)) continue;
            const full = join(entry.parentPath, entry.name);
            files.push({ fileName: full.slice(publicDir.length + 1).split('\\').join('/'), source: fs.readFileSync(full) });
          }
        }
        await Promise.all(
          files.map(async ({ fileName, source }) => {
            const [br, gz] = await Promise.all([
              brotli(source, {
                params: {
                  [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
                  [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
                  [zlib.constants.BROTLI_PARAM_SIZE_HINT]: source.length,
                },
              }),
              gzip(source, { level: zlib.constants.Z_BEST_COMPRESSION }),
            ]);
            if (br.length < source.length) this.emitFile({ type: 'asset', fileName: `${fileName}.br`, source: br });
            if (gz.length < source.length) this.emitFile({ type: 'asset', fileName: `${fileName}.gz`, source: gz });
          }),
        );
      },
    },
  };
}

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        // The core process (electron/host) is built beside main as out/main/host.js: main forks it as a
        // utilityProcess, so the core and SQLite never run on main's thread.
        input: { index: resolve(ROOT, 'electron/main/index.ts'), host: resolve(ROOT, 'electron/host/entry.ts') },
      },
    },
  },
  preload: {
    build: {
      rollupOptions: {
        input: { index: resolve(ROOT, 'electron/preload/index.ts') },
        // A sandboxed preload cannot be an ES module.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react(), precompress()],
    build: {
      // Lab PCs load the UI over the LAN from the room server: keep it small.
      minify: true,
      rollupOptions: {
        input: { index: resolve(ROOT, 'renderer/index.html') },
      },
    },
  },
});
