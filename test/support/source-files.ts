import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// import.meta.url rather than __dirname: benchmarks load this module as plain ESM outside vitest.
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export type SourceFile = { path: string; text: string };

/** Every .ts/.tsx/.mjs file below `dir` (relative to the repo), as repo-relative POSIX paths. */
export function sourceFiles(dir: string, exts = ['.ts', '.tsx', '.mts', '.mjs']): SourceFile[] {
  const out: SourceFile[] = [];
  const walk = (abs: string) => {
    for (const entry of fs.readdirSync(abs, { withFileTypes: true })) {
      const full = path.join(abs, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') walk(full);
      } else if (exts.some((e) => entry.name.endsWith(e)) && !entry.name.endsWith('.d.ts')) {
        out.push({ path: path.relative(ROOT, full).split(path.sep).join('/'), text: fs.readFileSync(full, 'utf8') });
      }
    }
  };
  walk(path.join(ROOT, dir));
  return out;
}
