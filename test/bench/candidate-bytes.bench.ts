// `npm run bench -- candidate-bytes`: the bytes a candidate's lab PC downloads from the room server
// before its first question appears — sign-in page, sign-in, FR.AK.01, the test's first screen — in
// Chromium with an empty cache, as a lab PC meets the room each morning. Counted by Chromium itself
// (CDP Network events: every response's headers and body as they crossed the wire, fonts and API
// calls included). The baseline in the same run is the same story with `Accept-Encoding: identity`
// forced, i.e. what the server sends a browser that takes no compression; the built JS+CSS on disk
// (raw, .gz, .br) is reported beside it, since that is what the whole app costs whatever the split.
// Needs the built UI (`npx electron-vite build`) and /usr/bin/chromium (CHROMIUM_PATH).
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { loadDemoContent } from '../../electron/core/demo/content';
import { launchChromium } from '../e2e/support/browser';
import { releaseToken } from '../e2e/support/exam-api';
import { startRoom, type Room } from '../e2e/support/room';
import { ROOT } from '../support/source-files';
import { report } from './stats';
import { acceptAndStart, signInCandidate } from '../e2e/support/candidate-pc';

const REPEAT = Number(process.env.BENCH_CANDIDATE_REPEAT ?? 2);
const candidates = loadDemoContent().people.candidates;

type Load = { bytes: number; requests: number; scripts: string[]; scriptBytes: number; encodings: string[]; byType: Record<string, number>; fonts: string[] };

/**
 * Sums what crossed the wire per request: loadingFinished's encodedDataLength when the response
 * ended, else the dataReceived chunks so far (the event stream stays open past the first question).
 */
async function countBytes(page: Page): Promise<{ session: CDPSession; total: () => Load; quiet: (ms: number) => Promise<void> }> {
  const session = await page.context().newCDPSession(page);
  const perRequest = new Map<string, { streamed: number; finished: number | null; type: string; encoding: string; url: string }>();
  const entry = (id: string) => {
    let e = perRequest.get(id);
    if (!e) perRequest.set(id, (e = { streamed: 0, finished: null, type: '', encoding: '', url: '' }));
    return e;
  };
  let lastRequest = Date.now();
  session.on('Network.requestWillBeSent', () => {
    lastRequest = Date.now();
  });
  session.on('Network.responseReceived', (ev) => {
    const e = entry(ev.requestId);
    e.type = ev.type;
    e.url = ev.response.url;
    const headers = Object.fromEntries(Object.entries(ev.response.headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
    e.encoding = headers['content-encoding'] ?? 'identity';
  });
  session.on('Network.dataReceived', (ev) => {
    entry(ev.requestId).streamed += ev.encodedDataLength;
  });
  session.on('Network.loadingFinished', (ev) => {
    entry(ev.requestId).finished = ev.encodedDataLength;
  });
  await session.send('Network.enable');
  await session.send('Network.setCacheDisabled', { cacheDisabled: true });
  return {
    session,
    // Not 'networkidle': the event stream stays open for good. Quiet = no new request for `ms`.
    quiet: async (ms) => {
      while (Date.now() - lastRequest < ms) await new Promise((r) => setTimeout(r, 100));
    },
    total: () => {
      let bytes = 0;
      const scripts: string[] = [];
      let scriptBytes = 0;
      const encodings = new Set<string>();
      const byType: Record<string, number> = {};
      const fonts: string[] = [];
      for (const e of perRequest.values()) {
        const b = e.finished ?? e.streamed;
        bytes += b;
        byType[e.type || 'Other'] = (byType[e.type || 'Other'] ?? 0) + b;
        if (e.type === 'Font') fonts.push(new URL(e.url).pathname.replace(/^.*\//, ''));
        if (e.type === 'Script') {
          scripts.push(new URL(e.url).pathname.replace(/^.*\//, ''));
          scriptBytes += b;
        }
        if (e.type === 'Script' || e.type === 'Stylesheet' || e.type === 'Document') encodings.add(e.encoding);
      }
      return { bytes, requests: perRequest.size, scripts, scriptBytes, encodings: [...encodings].sort(), byType, fonts };
    },
  };
}

async function candidateToFirstQuestion(browser: Browser, room: Room, token: string, who: (typeof candidates)[number], identity: boolean): Promise<Load> {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale: 'id-ID',
    ...(identity ? { extraHTTPHeaders: { 'Accept-Encoding': 'identity' } } : {}),
  });
  try {
    const page = await context.newPage();
    const { total, quiet } = await countBytes(page);
    await page.goto(room.url);
    await signInCandidate(page, who, token);
    await acceptAndStart(page);
    // Whatever the first question still fetches (a lazy chunk, a font) lands within the quiet wait.
    await quiet(1500);
    return total();
  } finally {
    await context.close();
  }
}

function builtAssets(): { raw: number; gzip: number; brotli: number; files: number } {
  const dir = path.join(ROOT, 'out', 'renderer', 'assets');
  const size = (f: string) => (fs.existsSync(f) ? fs.statSync(f).size : 0);
  let raw = 0;
  let gzip = 0;
  let brotli = 0;
  let files = 0;
  for (const name of fs.readdirSync(dir)) {
    if (!/\.(js|css)$/.test(name)) continue;
    files++;
    const file = path.join(dir, name);
    raw += size(file);
    gzip += size(`${file}.gz`);
    brotli += size(`${file}.br`);
  }
  return { raw, gzip, brotli, files };
}

const room = await startRoom();
const browser = await launchChromium();
try {
  const { token } = await releaseToken(room);
  // Each load signs in a different candidate: a candidate has one PC, and a second sign-in from
  // another device would be refused without the proctor's reset.
  const pool = [...candidates];
  const next = () => {
    const who = pool.shift();
    if (!who) throw new Error('more runs than demo candidates');
    return who;
  };
  for (let run = 1; run <= REPEAT; run++) {
    const base = await candidateToFirstQuestion(browser, room, token, next(), true);
    const got = await candidateToFirstQuestion(browser, room, token, next(), false);
    const tag = { run, story: 'sign-in page → candidate sign-in → FR.AK.01 → first question, empty cache' };
    report('candidateBytes.toFirstQuestion', got.bytes, 'B', {
      ...tag,
      baseline: base.bytes,
      ratio: got.bytes / base.bytes,
      requests: got.requests,
      scripts: got.scripts.join(','),
      scriptBytes: got.scriptBytes,
      encodings: got.encodings.join(','),
      byType: JSON.stringify(got.byType),
      fonts: got.fonts.sort().join(','),
    });
    report('candidateBytes.toFirstQuestion.identity', base.bytes, 'B', {
      ...tag,
      requests: base.requests,
      scripts: base.scripts.join(','),
      scriptBytes: base.scriptBytes,
      encodings: base.encodings.join(','),
    });
  }
  const built = builtAssets();
  report('candidateBytes.allBuiltJsCss', built.raw, 'B', { files: built.files, gzip: built.gzip, brotli: built.brotli, what: 'every built JS+CSS file, raw (what one chunk for every role cost)' });
} finally {
  await browser.close();
  room.stop();
}
