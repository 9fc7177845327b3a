// Nothing may reach past the LAN (issue 18, also measured): during a whole exam-day story — a proctor's
// console, a candidate who signs in, answers and submits, an assessor who opens the workspace — every
// address the pages ask for and every socket the room server's process opens must lie in 127.0.0.0/8
// (the room runs on loopback here; on a real LAN it is the room server's address, never a third one).
// Fonts, maps, analytics and update checks would all show up here.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo } from '../support/core';
import { launchChromium, screenshot, startOnConsole } from './support/browser';
import { startRoom, type Room } from './support/room';
import { acceptAndStart, signInCandidate } from './support/candidate-pc';

const WATCH_MODULE = path.join(import.meta.dirname, 'support', 'net-watch.mjs');

type Seen = { source: string; url: string };
type Logged = { pid: number; kind: string; host: string | null; port: number | null; path: string | null };

/** An IPv4 literal in 127.0.0.0/8; a name (even `localhost`) or any other address is not. */
function isLoopback(host: string): boolean {
  const parts = host.split('.');
  return parts.length === 4 && parts[0] === '127' && parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255);
}

/** A URL the browser would fetch from outside the loopback range; data:, blob: and about: fetch nothing. */
function pastTheRoom(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return true;
  }
  if (['data:', 'blob:', 'about:'].includes(parsed.protocol)) return false;
  if (!['http:', 'https:', 'ws:', 'wss:'].includes(parsed.protocol)) return true;
  return !isLoopback(parsed.hostname);
}

/** A socket entry of the server's log that leaves loopback: a host that is no 127/8 literal (a path is a local pipe). */
function pastTheRoomSocket(entry: Logged): boolean {
  if (entry.kind === 'watching') return false;
  if (entry.host === null) return entry.path === null;
  return !isLoopback(entry.host);
}

/**
 * Records every URL a browser context asks for: requests of its pages and service workers (fonts,
 * images, fetch, event streams), websockets, and — checked in the page — the resource timing entries,
 * CSP violations (a blocked attempt is still an attempt) and any URL in the DOM, so a preconnect or
 * dns-prefetch hint, which opens a socket without a request event, is caught too.
 */
async function recordContext(context: BrowserContext, seen: Seen[]): Promise<void> {
  context.on('request', (r) => seen.push({ source: `request:${r.resourceType()}`, url: r.url() }));
  context.on('serviceworker', (w) => seen.push({ source: 'serviceworker', url: w.url() }));
  context.on('page', (p) => p.on('websocket', (ws) => seen.push({ source: 'websocket', url: ws.url() })));
  await context.addInitScript(() => {
    const w = window as unknown as { __ruViolations: string[] };
    w.__ruViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__ruViolations.push(e.blockedURI));
  });
}

/** What the page itself knows it loaded or tried to, beyond the request events. */
async function auditPage(page: Page, seen: Seen[]): Promise<void> {
  const found = await page.evaluate(() => {
    const urls: { source: string; url: string }[] = [];
    for (const e of performance.getEntriesByType('resource')) urls.push({ source: 'resource-timing', url: e.name });
    // A violation names a URL, or a keyword for what is no fetch at all ('eval': zod probes `new Function`
    // once to learn whether it may; 'inline'): only the URLs are addresses.
    for (const v of (window as unknown as { __ruViolations: string[] }).__ruViolations) {
      if (/^[a-z-]+$/.test(v) && !v.includes(':')) continue;
      urls.push({ source: 'csp-violation', url: v });
    }
    for (const el of document.querySelectorAll('[src], [href], [srcset], [action], [poster]')) {
      for (const attr of ['src', 'href', 'action', 'poster']) {
        const value = el.getAttribute(attr);
        // In-page links (#/bundles, #main) and javascript-free anchors resolve to the page's own origin.
        if (value) urls.push({ source: `dom:${el.tagName.toLowerCase()}[${attr}]`, url: new URL(value, document.baseURI).href });
      }
    }
    return urls;
  });
  seen.push(...found);
}

async function newPc(browser: Browser, seen: Seen[]): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'id-ID' });
  await recordContext(context, seen);
  return context.newPage();
}

async function staffSignIn(page: Page, room: Room, username: string, password: string): Promise<void> {
  await page.goto(room.url);
  await page.getByTestId('signin-mode-staff').click();
  await page.getByTestId('signin-username').fill(username);
  await page.getByTestId('signin-password').fill(password);
  await page.getByTestId('signin-submit').click();
  await page.getByTestId('app-header').waitFor();
}

let room: Room;
let browser: Browser;
let logFile = '';

beforeAll(async () => {
  logFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ru-lan-')), 'sockets.jsonl');
  // startRoom spawns `ruang-uji serve` with this process's environment: the watch module rides in it.
  const saved = { NODE_OPTIONS: process.env.NODE_OPTIONS, RU_NET_WATCH: process.env.RU_NET_WATCH };
  process.env.NODE_OPTIONS = `${saved.NODE_OPTIONS ?? ''} --import ${pathToFileURL(WATCH_MODULE).href}`.trim();
  process.env.RU_NET_WATCH = logFile;
  try {
    room = await startRoom();
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  room?.stop();
  if (logFile) fs.rmSync(path.dirname(logFile), { recursive: true, force: true });
});

const readLog = (file: string): Logged[] =>
  fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Logged);

describe('nothing reaches past the LAN', () => {
  it('the watchers themselves see an attempt past the room, in the browser and in a Node process', async () => {
    // Browser: a page that asks for a stylesheet, a font and an image elsewhere, and hints a preconnect.
    const seen: Seen[] = [];
    const page = await newPc(browser, seen);
    await page.setContent(
      `<link rel="preconnect" href="https://fonts.example.com"><link rel="stylesheet" href="http://192.0.2.1/x.css">
       <style>@font-face{font-family:X;src:url(http://192.0.2.2/x.woff2)} p{font-family:X}</style><p>x</p><img src="http://192.0.2.3/x.png">`,
      { waitUntil: 'domcontentloaded' },
    );
    await auditPage(page, seen);
    await page.context().close();
    const flagged = new Set(seen.filter((s) => pastTheRoom(s.url)).map((s) => new URL(s.url).hostname));
    expect([...flagged].sort()).toEqual(expect.arrayContaining(['192.0.2.1', '192.0.2.3', 'fonts.example.com']));

    // Node: a TCP connect and a DNS look-up, both answered with failure on an offline machine, are still logged.
    const file = path.join(path.dirname(logFile), 'self-check.jsonl');
    const script = `const net = require('node:net'); const dns = require('node:dns');
      net.connect(9, '192.0.2.1').on('error', () => {}); dns.lookup('updates.example.com', () => {});
      setTimeout(() => process.exit(0), 300);`;
    const run = spawnSync(process.execPath, ['--import', pathToFileURL(WATCH_MODULE).href, '-e', script], {
      env: { ...process.env, RU_NET_WATCH: file },
      timeout: 20_000,
    });
    expect(run.status).toBe(0);
    const past = readLog(file).filter(pastTheRoomSocket);
    expect(past.map((e) => [e.kind, e.host])).toEqual(expect.arrayContaining([['tcp-connect', '192.0.2.1'], ['dns-lookup', 'updates.example.com']]));
  });

  it('a whole exam day — proctor, candidate, assessor — stays on 127.0.0.0/8', async () => {
    const seen: Seen[] = [];
    const candidate = demo.people.candidates[0];
    const assessor = demo.people.assessors.find((a) => a.username === candidate.assessor) ?? demo.people.assessors[0];

    // The proctor opens today's session on the console and starts it: the token appears.
    const proctor = await newPc(browser, seen);
    await staffSignIn(proctor, room, 'proktor', 'proktor123!');
    await proctor.getByTestId('session-open').click();
    await proctor.getByTestId('proctor-console').waitFor();
    await startOnConsole(proctor);
    const token = ((await proctor.getByTestId('session-token').textContent()) ?? '').replace(/\s/g, '');
    expect(token).toMatch(/^[A-HJ-NP-Z]{6}$/);
    // The room tab draws the QR code of the room's address; the board follows the candidates live.
    await proctor.getByTestId('console-tab-room').click();
    await proctor.getByTestId('console-tab-board').click();
    await auditPage(proctor, seen);

    // A candidate on a lab PC signs in, agrees, answers the first question and submits.
    const pc = await newPc(browser, seen);
    await pc.goto(room.url);
    await signInCandidate(pc, candidate, token);
    await acceptAndStart(pc);
    const question = pc.getByTestId('cbt-question');
    await question.waitFor();
    if ((await question.getAttribute('data-kind')) === 'multiple_choice') await pc.locator('[data-testid="cbt-option"][data-letter="A"]').click();
    else await pc.getByTestId('cbt-essay').fill('Jawaban singkat.');
    await expect.poll(() => pc.getByTestId('cbt-save-state').getAttribute('data-state'), { timeout: 10_000 }).toBe('saved');
    await pc.getByTestId('cbt-finish').click();
    await pc.getByTestId('cbt-confirm').click();
    await pc.getByTestId('cbt-thanks').waitFor();
    await auditPage(pc, seen);
    await auditPage(proctor, seen);

    // The assessor opens the workspace and the candidate's record.
    const desk = await newPc(browser, seen);
    await staffSignIn(desk, room, assessor.username, assessor.password);
    await desk.getByTestId('open-workspace').click();
    await desk.locator(`[data-testid="overview-row"][data-participant="${candidate.participantNo}"]`).getByTestId('open-candidate').click();
    await desk.getByTestId('candidate-workspace').waitFor();
    await auditPage(desk, seen);
    await screenshot(desk, 'lan-only-assessor-workspace.id');

    for (const page of [proctor, pc, desk]) await page.context().close();

    // Not vacuous: the pages did load the app, its fonts and its API from the room.
    const kinds = new Set(seen.map((s) => s.source));
    for (const kind of ['request:document', 'request:script', 'request:stylesheet', 'request:font', 'request:fetch', 'resource-timing']) {
      expect([...kinds], kind).toContain(kind);
    }
    expect(seen.filter((s) => pastTheRoom(s.url)).map((s) => `${s.source} ${s.url}`)).toEqual([]);

    // The server's process: it listened on the room's address and opened nothing else.
    const sockets = readLog(logFile);
    expect(sockets.some((e) => e.kind === 'watching')).toBe(true);
    expect(sockets.some((e) => e.kind === 'tcp-listen' && e.host === new URL(room.url).hostname && e.port === Number(new URL(room.url).port))).toBe(true);
    expect(sockets.filter(pastTheRoomSocket)).toEqual([]);
  });
});
