import zlib from 'node:zlib';
import path from 'node:path';
import type { InlineConfig, Rollup } from 'vite';
import { build } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';
import config from '../electron.vite.config';
import { ROOT } from './support/source-files';

type Output = Rollup.OutputChunk | Rollup.OutputAsset;

/** The renderer built in memory with the project's own config, as `electron-vite build` builds it. */
async function buildRenderer(): Promise<Output[]> {
  if (typeof config !== 'object' || !('renderer' in config) || !config.renderer || typeof config.renderer !== 'object') {
    throw new Error('electron.vite.config.ts no longer exports a plain renderer config');
  }
  const renderer = config.renderer as InlineConfig;
  const result = await build({
    ...renderer,
    root: path.join(ROOT, 'renderer'),
    configFile: false,
    logLevel: 'silent',
    build: { ...renderer.build, write: false },
  });
  const outputs = Array.isArray(result) ? result : [result];
  return outputs.flatMap((o) => ('output' in o ? o.output : []));
}

let outputs: Output[] = [];
beforeAll(async () => {
  outputs = await buildRenderer();
}, 180_000);

const chunks = () => outputs.filter((o): o is Rollup.OutputChunk => o.type === 'chunk');
const repoPath = (id: string) => path.relative(ROOT, id).split(path.sep).join('/');

/** Every chunk a page loads before any `import()`: the entry and its static imports, transitively. */
function firstLoad(): Rollup.OutputChunk[] {
  const byName = new Map(chunks().map((c) => [c.fileName, c]));
  const entry = chunks().find((c) => c.isEntry);
  if (!entry) throw new Error('no entry chunk');
  const seen = new Map<string, Rollup.OutputChunk>();
  const visit = (c: Rollup.OutputChunk) => {
    if (seen.has(c.fileName)) return;
    seen.set(c.fileName, c);
    for (const name of c.imports) visit(byName.get(name)!);
  };
  visit(entry);
  return [...seen.values()];
}

// Code only staff use: their screens, the printed BNSP forms, and the QR code of the proctor's room link.
const STAFF_CODE = /^renderer\/src\/screens\/(proctor|assessor|lsp-admin|print|accounts|bundles|registry)\/|node_modules\/qrcode-generator\//;

describe('the renderer build', () => {
  it("loads a lab PC's screens (sign-in, FR.AK.01, the test) without any staff code", () => {
    const first = firstLoad().flatMap((c) => c.moduleIds.map(repoPath));
    expect(first.filter((id) => STAFF_CODE.test(id))).toEqual([]);
    for (const candidateScreen of ['SignInScreen', 'AgreementScreen', 'TestScreen', 'ThanksScreen']) {
      expect(first.some((id) => id.endsWith(`/${candidateScreen}.tsx`)), candidateScreen).toBe(true);
    }
    // Not vacuous: the staff code is built, in chunks loaded only when a staff screen opens.
    const later = chunks()
      .filter((c) => !firstLoad().includes(c))
      .flatMap((c) => c.moduleIds.map(repoPath));
    for (const staff of ['screens/proctor/ProctorHome.tsx', 'screens/proctor/QrCode.tsx', 'screens/assessor/workspace/AssessorWorkspace.tsx', 'screens/print/PrintView.tsx', 'qrcode-generator']) {
      expect(later.some((id) => id.includes(staff)), staff).toBe(true);
    }
  });

  it('names in index.html only what the first load needs (no staff chunk preloaded)', () => {
    const html = outputs.find((o): o is Rollup.OutputAsset => o.type === 'asset' && o.fileName === 'index.html');
    const referenced = [...String(html?.source).matchAll(/(?:src|href)="\.?\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]).sort();
    expect(referenced).toEqual(
      firstLoad()
        .map((c) => c.fileName)
        .sort(),
    );
  });

  it('writes a .br and a .gz beside every JS, CSS, HTML and SVG file, each decoding to the file itself', () => {
    const byName = new Map(outputs.map((o) => [o.fileName, Buffer.from(o.type === 'chunk' ? o.code : o.source)]));
    const text = [...byName.keys()].filter((f) => /\.(js|css|html)$/.test(f));
    expect(text.length).toBeGreaterThan(5);
    for (const file of text) {
      const original = byName.get(file)!;
      const br = byName.get(`${file}.br`);
      const gz = byName.get(`${file}.gz`);
      // Only a file too small to shrink goes without; the big ones must have both.
      if (original.length > 1024) expect([file, br !== undefined, gz !== undefined]).toEqual([file, true, true]);
      if (br) expect(zlib.brotliDecompressSync(br).equals(original), `${file}.br`).toBe(true);
      if (gz) expect(zlib.gunzipSync(gz).equals(original), `${file}.gz`).toBe(true);
    }
    // public/ is copied by Vite itself: only its siblings are in the bundle.
    expect(byName.has('favicon.svg.br') && byName.has('favicon.svg.gz')).toBe(true);
    // Fonts are compressed already and get none.
    expect([...byName.keys()].filter((f) => /\.woff2?\.(br|gz)$/.test(f))).toEqual([]);
  });

  it('gives every web font a unicode-range, so a page downloads only the subsets its text needs', () => {
    const css = outputs
      .filter((o): o is Rollup.OutputAsset => o.type === 'asset' && o.fileName.endsWith('.css'))
      .map((o) => String(o.source))
      .join('\n');
    const faces = css.match(/@font-face\s*{[^}]*}/g) ?? [];
    expect(faces.length).toBeGreaterThanOrEqual(6);
    expect(faces.filter((face) => !/unicode-range:/.test(face))).toEqual([]);
    // Latin Extended starts past Latin-1 (the minifier writes U+0000-00FF as U+??): only names that need it fetch it.
    expect(faces.filter((face) => /noto-sans-latin-ext-/.test(face) && /unicode-range:U\+100-/i.test(face))).toHaveLength(3);
  });
});
