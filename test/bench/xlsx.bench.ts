// The spreadsheet engine at import size: a generated 10,000-row candidate-like .xlsx (and 20,000, to show
// memory stays flat) read by readRows (guard: zip checks and a full unpack count, header search, parsing
// by kind) beside a bare streaming read of the same file by exceljs's WorkbookReader in the same run.
// Each read runs in its own process so its peak RSS is its own; three runs each, the median reported.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { readRows } from '../../electron/core/spreadsheets/read';
import { report } from './stats';
import { CANDIDATE_SPEC, writeCandidateFile } from './support/xlsx-candidates';

const SELF = fileURLToPath(import.meta.url);
const ROWS = Number(process.env.BENCH_XLSX_ROWS ?? 10_000);
const RUNS = 3;

type Measured = { ms: number; maxRssMb: number; rows: number };

async function child(step: string, file: string): Promise<Measured> {
  const started = performance.now();
  let rows = 0;
  if (step === 'bare') {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit' });
    for await (const sheet of reader) {
      for await (const row of sheet) if (Array.isArray(row.values) && row.values.length > 1) rows++;
      break;
    }
  } else {
    for await (const row of readRows(file, CANDIDATE_SPEC)) if (row.problems.length === 0) rows++;
  }
  return { ms: performance.now() - started, maxRssMb: process.resourceUsage().maxRSS / 1024, rows };
}

function run(step: string, file: string): Measured {
  const r = spawnSync(process.execPath, ['--import', 'tsx', SELF, 'child', step, file], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`${step} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}') as Measured;
}

// exceljs's own WorkbookReader now and then loses a file's last parts and throws (the race readRows
// avoids, see xlsx-source.ts); such a baseline run is run again and counted, never hidden.
let baselineRetries = 0;

function median(step: string, file: string): Measured {
  const runs: Measured[] = [];
  while (runs.length < RUNS) {
    try {
      runs.push(run(step, file));
    } catch (error) {
      if (step !== 'bare' || ++baselineRetries > 5) throw error;
    }
  }
  runs.sort((a, b) => a.ms - b.ms);
  return { ...runs[Math.floor(RUNS / 2)], maxRssMb: Math.max(...runs.map((r) => r.maxRssMb)) };
}

if (process.argv[2] === 'child') {
  process.stdout.write(JSON.stringify(await child(process.argv[3], process.argv[4])) + '\n');
} else {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ruang-uji-xlsx-bench-'));
  try {
    const peaks: Record<number, number> = {};
    for (const scale of [1, 2]) {
      const count = ROWS * scale;
      const file = path.join(dir, `candidates-${count}.xlsx`);
      await writeCandidateFile(file, count);
      const bare = median('bare', file);
      const ours = median('readRows', file);
      if (ours.rows !== count) throw new Error(`readRows read ${ours.rows} clean rows of ${count}`);
      const extra = { rows: count, fileMb: fs.statSync(file).size / 1048576, runs: RUNS, loadavg: os.loadavg()[0] };
      report(`xlsx.readRows.x${scale}.time`, ours.ms, 'ms', extra);
      report(`xlsx.readRows.x${scale}.peakRss`, ours.maxRssMb, 'MB', extra);
      report(`xlsx.baseline.x${scale}.time`, bare.ms, 'ms', { ...extra, baseline: 'exceljs WorkbookReader, rows iterated', baselineRetries });
      report(`xlsx.baseline.x${scale}.peakRss`, bare.maxRssMb, 'MB', extra);
      report(`xlsx.readRows.x${scale}.ratioToBaseline`, ours.ms / bare.ms, 'x', extra);
      peaks[scale] = ours.maxRssMb;
    }
    report('xlsx.readRows.peakRss.x2_over_x1', peaks[2] / peaks[1], 'x', { flatMeans: '≈1' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
