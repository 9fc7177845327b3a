// Session bundles at size: 1,000 candidates with ~100 MB of attachments (and 2x that, to show memory
// stays flat), exported and imported by the app, beside `tar | gzip -1 | age` on the same data (the
// database file and the attachment store) in the same run. Each measured step runs in its own process
// so its peak RSS is its own.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCore } from '../../electron/core';
import { bundleEnv } from '../../electron/core/api/handlers/bundles';
import { blobPath } from '../../electron/core/attachments/store';
import { exportBundle } from '../../electron/core/bundles/export';
import { applyImport, previewImport } from '../../electron/core/bundles/import';
import { installationPublicKeys } from '../../electron/core/keys/installation';
import { report } from './stats';

const SELF = fileURLToPath(import.meta.url);
const BASE_CANDIDATES = Number(process.env.BENCH_BUNDLE_CANDIDATES ?? 1000);
const ATTACHMENT_BYTES = Number(process.env.BENCH_BUNDLE_ATTACHMENT_BYTES ?? 100 * 1024);

type Measured = { ms: number; maxRssMb: number; bytes?: number; file?: string };

function maxRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

async function seed(dir: string, candidates: number): Promise<void> {
  const lsp = await createCore({ dataDir: path.join(dir, 'lsp'), demoIfEmpty: true, passwordCost: 1024, log: () => {} });
  const tuk = await createCore({ dataDir: path.join(dir, 'tuk'), tukStationIfEmpty: true, passwordCost: 1024, log: () => {} });
  tuk.close();
  const db = lsp.db;
  const session = db.prepare('SELECT id, lsp_id FROM session LIMIT 1').get() as { id: string; lsp_id: string };
  const assessor = db.prepare('SELECT id FROM assessor LIMIT 1').pluck().get() as string;
  const insertCandidate = db.prepare('INSERT INTO candidate (id, lsp_id, participant_no, name, nik, institution) VALUES (?, ?, ?, ?, ?, ?)');
  const seat = db.prepare('INSERT INTO session_candidate (session_id, candidate_id, assessor_id, seat) VALUES (?, ?, ?, ?)');
  const attach = db.prepare("INSERT INTO attachment (id, owner_table, owner_id, name, media_type, sha256, size) VALUES (?, 'candidate', ?, ?, 'image/jpeg', ?, ?)");
  db.transaction(() => {
    for (let i = 0; i < candidates; i++) {
      const id = crypto.randomUUID();
      insertCandidate.run(id, session.lsp_id, `BENCH-${String(i).padStart(5, '0')}`, `Peserta Uji ${i}`, String(3200000000000000 + i), 'Koperasi Bench');
      seat.run(session.id, id, assessor, `L${i}`);
      // Incompressible, like the photos and scanned portfolios it stands for.
      const bytes = crypto.randomBytes(ATTACHMENT_BYTES);
      const sha = crypto.createHash('sha256').update(bytes).digest('hex');
      fs.mkdirSync(path.dirname(blobPath(lsp.dataDir, sha)), { recursive: true });
      fs.writeFileSync(blobPath(lsp.dataDir, sha), bytes);
      attach.run(crypto.randomUUID(), id, `foto-${i}.jpg`, sha, bytes.length);
    }
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  lsp.close();
}

async function child(step: string, dir: string, file?: string): Promise<Measured> {
  const started = performance.now();
  if (step === 'export') {
    const lsp = await createCore({ dataDir: path.join(dir, 'lsp'), log: () => {} });
    const tuk = await createCore({ dataDir: path.join(dir, 'tuk'), log: () => {} });
    const recipient = installationPublicKeys(tuk.db).ageRecipient;
    tuk.close();
    const sessionId = lsp.db.prepare('SELECT id FROM session LIMIT 1').pluck().get() as string;
    const t0 = performance.now();
    const r = await exportBundle(bundleEnv(lsp.context), { kind: 'session', sessionId, to: { recipients: [recipient] }, operationId: crypto.randomUUID(), actor: null, outFile: path.join(dir, 'bundle.uji') });
    const ms = performance.now() - t0;
    lsp.close();
    return { ms, maxRssMb: maxRssMb(), bytes: r.bytes, file: r.filePath };
  }
  const tuk = await createCore({ dataDir: path.join(dir, 'tuk'), log: () => {} });
  const env = bundleEnv(tuk.context);
  const t0 = performance.now();
  const pending = await previewImport(env, { file: file ?? '', expectKind: 'session' });
  applyImport(env, pending, null, { confirmSigner: pending.preview.signer.fingerprint });
  const ms = performance.now() - t0;
  tuk.close();
  void started;
  return { ms, maxRssMb: maxRssMb() };
}

function runChild(step: string, dir: string, file?: string): Measured {
  const r = spawnSync(process.execPath, ['--import', 'tsx', SELF, 'child', step, dir, ...(file ? [file] : [])], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`${step} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}') as Measured;
}

function baseline(dir: string, recipient: string): Measured {
  const out = path.join(dir, 'baseline.tar.gz.age');
  const started = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', 'sh', '-c', `tar -cf - -C "${path.join(dir, 'lsp')}" ruang-uji.sqlite attachments | gzip -1 | age -r ${recipient} > "${out}"`], { encoding: 'utf8' });
  const ms = performance.now() - started;
  if (r.status !== 0) throw new Error(`baseline failed: ${r.stderr}`);
  return { ms, maxRssMb: Number(r.stderr.trim().split('\n').pop()) / 1024, bytes: fs.statSync(out).size };
}

async function main(): Promise<void> {
  const results: Record<number, { exp: Measured; imp: Measured; base: Measured }> = {};
  for (const scale of [1, 2]) {
    const dir = fs.mkdtempSync(path.join(process.env.BENCH_DIR ?? os.tmpdir(), 'ru-bench-bundles-'));
    try {
      const candidates = BASE_CANDIDATES * scale;
      await seed(dir, candidates);
      const tukDb = await createCore({ dataDir: path.join(dir, 'tuk'), log: () => {} });
      const recipient = installationPublicKeys(tukDb.db).ageRecipient;
      tukDb.close();
      const base = baseline(dir, recipient);
      const exp = runChild('export', dir);
      const imp = runChild('import', dir, exp.file);
      results[scale] = { exp, imp, base };
      const extra = { candidates, attachmentsMb: (candidates * ATTACHMENT_BYTES) / 1048576 };
      report(`bundles.export.x${scale}.time`, exp.ms, 'ms', { ...extra, bundleMb: (exp.bytes ?? 0) / 1048576 });
      report(`bundles.export.x${scale}.peakRss`, exp.maxRssMb, 'MB', extra);
      report(`bundles.import.x${scale}.time`, imp.ms, 'ms', { ...extra, includes: 'decrypt+verify+stage+preview dry run+apply' });
      report(`bundles.import.x${scale}.peakRss`, imp.maxRssMb, 'MB', extra);
      report(`bundles.baseline.x${scale}.time`, base.ms, 'ms', { ...extra, pipeline: 'tar | gzip -1 | age -r', outMb: (base.bytes ?? 0) / 1048576 });
      report(`bundles.baseline.x${scale}.peakRss`, base.maxRssMb, 'MB', extra);
      report(`bundles.export.x${scale}.ratioToBaseline`, exp.ms / base.ms, 'x', extra);
      report(`bundles.import.x${scale}.ratioToBaseline`, imp.ms / base.ms, 'x', extra);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  report('bundles.export.peakRss.x2_over_x1', results[2].exp.maxRssMb / results[1].exp.maxRssMb, 'x', { flatMeans: '≈1' });
  report('bundles.import.peakRss.x2_over_x1', results[2].imp.maxRssMb / results[1].imp.maxRssMb, 'x', { flatMeans: '≈1' });
}

if (process.argv[2] === 'child') {
  const m = await child(process.argv[3], process.argv[4], process.argv[5]);
  process.stdout.write(JSON.stringify(m) + '\n');
} else {
  await main();
}
