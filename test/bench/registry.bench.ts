// The LSP's registry at scale: 200,000 candidates, 1,000 assessors, 200 TUKs, 5,000 sessions in a temp
// database. p99 of each list's first and a deep page, of search by name and by NIK prefix, and of the
// filters, and the LSP admin's home (lsp/overview), called in the core (the functions the handlers call); goal ≤ 20 ms. Baseline: a bare
// SELECT by primary key on the same database in the same run. One JSON line per metric.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore } from '../../electron/core';
import { lspOverview } from '../../electron/core/homes/lsp-overview';
import { listAssessors } from '../../electron/core/registry/assessors';
import { institutionsStartingWith, listCandidates, type CandidateListArgs } from '../../electron/core/registry/candidates';
import { encodeCursor } from '../../electron/core/registry/paging';
import { listSchemes } from '../../electron/core/registry/schemes';
import { listTuks } from '../../electron/core/registry/tuks';
import { report, summary, timedSync } from './stats';

const CANDIDATES = Number(process.env.BENCH_CANDIDATES ?? 200_000);
const ASSESSORS = 1_000;
const TUKS = 200;
const SESSIONS = 5_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 300);
const GOAL_MS = 20;
const root = fs.mkdtempSync(path.join(process.env.BENCH_DIR ?? os.tmpdir(), 'ru-bench-registry-'));

const FIRST = ['Siti', 'Muhammad', 'Dewi', 'Budi', 'Agus', 'Rina', 'Ahmad', 'Nur', 'Putri', 'Eko', 'Sri', 'Dian', 'Andi', 'Fitri', 'Rizky', 'Indah', 'Wahyu', 'Ayu', 'Hendra', 'Lestari'];
const LAST = ['Rahmawati', 'Santoso', 'Pratama', 'Hidayat', 'Saputra', 'Wulandari', 'Kurniawan', 'Sari', 'Nugroho', 'Setiawan', 'Permata', 'Siregar', 'Nasution', 'Lubis', 'Wijaya'];
const INSTITUTIONS = Array.from({ length: 300 }, (_, i) => `SMK Negeri ${i + 1}`);
const PROVINCES = ['11', '12', '31', '32', '33', '34', '35', '36', '51', '52', '61', '64', '71', '73', '81', '91'];
const pick = <T>(list: readonly T[]) => list[crypto.randomInt(list.length)];

try {
  const core = await createCore({ dataDir: path.join(root, 'db'), demoIfEmpty: true, log: () => {} });
  const { db } = core;
  const today = new Date().toISOString().slice(0, 10);
  const lsp = db.prepare('SELECT id FROM lsp').pluck().get() as string;
  const scheme = db.prepare('SELECT id FROM scheme').pluck().get() as string;
  const seedStart = process.hrtime.bigint();
  db.transaction(() => {
    const cand = db.prepare(`INSERT INTO candidate (id, lsp_id, participant_no, name, nik, institution, province_code, regency_code, birth_date, sex)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    for (let n = 0; n < CANDIDATES; n++) {
      const province = pick(PROVINCES);
      // Region, a birth date (DDMMYY), a serial: unique by n.
      const nik = `${province}${String(1 + (n % 70)).padStart(2, '0')}${String(1 + Math.floor(n / 70) % 90).padStart(2, '0')}${String(1 + (n % 28)).padStart(2, '0')}${String(1 + (n % 12)).padStart(2, '0')}${String(n % 100).padStart(2, '0')}${String(1 + Math.floor(n / 6300)).padStart(4, '0')}`;
      cand.run(crypto.randomUUID(), lsp, `B-${n}`, `${pick(FIRST)} ${pick(LAST)} ${pick(LAST)}`, nik, pick(INSTITUTIONS), province, `${province}01`, '2000-01-01', n % 2 ? 'L' : 'P');
    }
    const assessor = db.prepare('INSERT INTO assessor (id, lsp_id, name, met_number, met_expires_on, tech_cert_expires_on, nik) VALUES (?, ?, ?, ?, ?, ?, ?)');
    for (let n = 0; n < ASSESSORS; n++) {
      const expires = new Date(Date.now() + (crypto.randomInt(1500) - 300) * 86_400_000).toISOString().slice(0, 10);
      assessor.run(crypto.randomUUID(), lsp, `${pick(FIRST)} ${pick(LAST)}, M.Kom.`, `MET.BENCH.${n}`, expires, null, `3276${String(n).padStart(12, '0')}`);
    }
    const tuk = db.prepare("INSERT INTO tuk (id, lsp_id, code, name, type, verified_on) VALUES (?, ?, ?, ?, ?, ?)");
    const tukIds: string[] = [];
    for (let n = 0; n < TUKS; n++) {
      const id = crypto.randomUUID();
      tukIds.push(id);
      tuk.run(id, lsp, `TUK-B-${n}`, `TUK ${pick(LAST)} ${n}`, pick(['sewaktu', 'tempat_kerja', 'mandiri']), today);
    }
    const session = db.prepare(`INSERT INTO session (id, lsp_id, scheme_id, tuk_id, code, title_id, date, start_time, duration_minutes)
      VALUES (?, ?, ?, ?, ?, 'Uji', ?, '08:00', 120)`);
    for (let n = 0; n < SESSIONS; n++) session.run(crypto.randomUUID(), lsp, scheme, pick(tukIds), `S-B-${n}`, today);
  })();
  db.exec('ANALYZE');
  const seedMs = Number(process.hrtime.bigint() - seedStart) / 1e6;
  report('registry.seed.time', seedMs, 'ms', { candidates: CANDIDATES, assessors: ASSESSORS, tuks: TUKS, sessions: SESSIONS });

  const ids = db.prepare('SELECT id FROM candidate ORDER BY random() LIMIT ?').pluck().all(RUNS) as string[];
  const byId = db.prepare('SELECT id, name, nik FROM candidate WHERE id = ?');
  const base = summary(ids.map((id) => timedSync(() => byId.get(id))));
  report('registry.baseline.selectById.p99', base.p99, 'ms', { p50: base.p50, runs: base.runs });

  // `goal: null`: a query the issue sets no goal for, reported beside the others.
  const measure = (name: string, fn: (i: number) => unknown, goal: number | null = GOAL_MS) => {
    for (let i = 0; i < 20; i++) fn(i);
    const s = summary(Array.from({ length: RUNS }, (_, i) => timedSync(() => fn(i))));
    report(`registry.${name}.p99`, s.p99, 'ms', { p50: s.p50, max: s.max, runs: s.runs, goal, baseline: base.p99, ratio: s.p99 / base.p99 });
  };
  const now = () => new Date();
  const list = (args: CandidateListArgs) => listCandidates(db, lsp, args);

  // A deep page: the cursor of a row four fifths down the name order.
  const deep = db.prepare('SELECT name, id FROM candidate WHERE lsp_id = ? ORDER BY name COLLATE NOCASE, id LIMIT 1 OFFSET ?').get(lsp, Math.floor(CANDIDATES * 0.8)) as { name: string; id: string };
  const deepCursor = encodeCursor({ key: deep.name, id: deep.id });
  const prefixes = Array.from({ length: RUNS }, () => pick(FIRST).slice(0, 2 + crypto.randomInt(3)).toLowerCase());
  const nikPrefixes = Array.from({ length: RUNS }, () => `${pick(PROVINCES)}${String(1 + crypto.randomInt(70)).padStart(2, '0')}${String(1 + crypto.randomInt(90)).padStart(2, '0')}`);
  const first = list({});
  if (first.rows.length !== 50 || first.totalAtLeast === null) throw new Error('the first page is not a full, capped page');

  measure('candidates.firstPage', () => list({}));
  measure('candidates.deepPage', () => list({ cursor: deepCursor }));
  measure('candidates.searchName', (i) => list({ search: prefixes[i] }));
  measure('candidates.searchNik', (i) => list({ search: nikPrefixes[i] }));
  // Asked for with "any word of the name": it reads the name index through. A last name, which starts no name here.
  measure('candidates.searchAnyWord', (i) => list({ search: LAST[i % LAST.length].slice(0, 3 + (i % 3)), anyWord: true }), null);
  measure('candidates.filterInstitution', (i) => list({ institution: INSTITUTIONS[i % INSTITUTIONS.length] }));
  measure('candidates.institutionSuggestions', (i) => institutionsStartingWith(db, lsp, INSTITUTIONS[i % INSTITUTIONS.length].slice(0, 1 + (i % 4))));
  measure('candidates.filterProvince', (i) => list({ provinceCode: PROVINCES[i % PROVINCES.length] }));
  measure('candidates.inactive', () => list({ active: false }));
  measure('assessors.firstPage', () => listAssessors(db, lsp, {}, now()));
  measure('assessors.searchName', (i) => listAssessors(db, lsp, { search: prefixes[i] }, now()));
  measure('assessors.expiringSoon', () => listAssessors(db, lsp, { expiry: 'soon' }, now()));
  measure('tuks.firstPage', () => listTuks(db, lsp, {}, now()));
  measure('schemes.firstPage', () => listSchemes(db, lsp, {}));
  // The LSP admin's home: its counts, the next sessions of 5,000 and what waits (each a list's count).
  measure('home.overview', () => lspOverview(db, lsp, now()));
  core.close();
} finally {
  fs.rmSync(root, { recursive: true, force: true });
}
