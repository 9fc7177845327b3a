// The BNSP upload sheet at LSP size: certificates/bnspSheet through the contract for a signed pleno of
// 10,000 decided candidates (reading the decisions with the candidates, session codes and assessors,
// checking every required value, writing the .xlsx with Text cells, syncing it and auditing), beside a
// bare streaming write of the same rows by exceljs's WorkbookWriter in the same run. Warmed up once
// each, then alternated, seven runs each, the median reported. Goal: ≤ 1.5× the bare write.
// Then the register (certificates/list) over that pleno's certificates, a third of them surveilled and half
// issued long enough ago to be due: p99 of its first page, of its 'surveillance due' filter and of a deep page.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { createCore, type Core } from '../../electron/core';
import { bnspSheetRows } from '../../electron/core/certificates/bnsp-sheet';
import { loadDemoContent } from '../../electron/core/demo/content';
import { BNSP_SHEET_COLUMNS } from '../../electron/core/certificates/bnsp-sheet';
import { writeSheet } from '../../electron/core/spreadsheets/write';
import { BNSP_COLUMNS } from '../../electron/shared/certificates';
import type { ArgsOf, MethodName, ResultOf } from '../../electron/shared/contract';
import { seedSignedPleno } from '../support/pleno-rows';
import { report, summary } from './stats';

const ROWS = Number(process.env.BENCH_BNSP_ROWS ?? 10_000);
const RUNS = 7;
const LIST_RUNS = Number(process.env.BENCH_REGISTER_RUNS ?? 300);

async function call<M extends MethodName>(core: Core, method: M, args: ArgsOf<M>, token: string | null): Promise<ResultOf<M>> {
  const reply = await core.dispatch(method, args, token);
  if (!reply.ok) throw new Error(`${method}: ${JSON.stringify(reply.error)}`);
  // The dispatcher returns this method's handler result, which the contract types.
  return reply.result as ResultOf<M>;
}

/** exceljs alone: the same header and values, streamed to a file, nothing else. */
async function bareWrite(file: string, rows: readonly (string | number | null)[][]): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet('Data Asesi');
  sheet.addRow(BNSP_COLUMNS.map((c) => c.header)).commit();
  for (const row of rows) sheet.addRow(row).commit();
  sheet.commit();
  await workbook.commit();
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const dir = fs.mkdtempSync(path.join(process.env.BENCH_DIR ?? os.tmpdir(), 'ru-bench-bnsp-'));
const core = await createCore({ dataDir: dir, demoIfEmpty: true, passwordCost: 1024, log: () => {} });
try {
  const admin = loadDemoContent().people.staff.find((s) => s.role === 'lsp_admin')!;
  const { token } = await call(core, 'auth/signIn', { username: admin.username, password: admin.password }, null);
  const { plenoId } = seedSignedPleno(core.db, { candidates: ROWS, tag: 'BENCH', bk: (i) => i % 10 === 0 });
  const rows = [...bnspSheetRows(core.db, plenoId)].map((r) => r.slice(0, BNSP_COLUMNS.length));
  const ours: number[] = [];
  const bare: number[] = [];
  let written = 0;
  const exportOnce = async () => {
    const result = await call(core, 'certificates/bnspSheet', { plenoId }, token);
    if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problems[0])}`);
    written = result.rows;
  };
  const bareOnce = () => bareWrite(path.join(dir, `bare-${Math.random().toString(16).slice(2)}.xlsx`), rows);
  await exportOnce();
  await bareOnce();
  for (let i = 0; i < RUNS; i++) {
    ours.push(await timed(exportOnce));
    bare.push(await timed(bareOnce));
  }
  // After them, alternated with the bare write again (not a goal): the same rows through writeSheet with its
  // styles, every column but No as Text, as the registry's exports, templates and refused-rows files are written.
  const styled: number[] = [];
  const styledBare: number[] = [];
  const styledOnce = () => writeSheet(path.join(dir, `styled-${Math.random().toString(16).slice(2)}.xlsx`), { sheetName: 'Data Asesi', columns: BNSP_SHEET_COLUMNS, rows });
  await styledOnce();
  for (let i = 0; i < RUNS; i++) {
    styled.push(await timed(styledOnce));
    styledBare.push(await timed(bareOnce));
  }
  if (written !== ROWS) throw new Error(`wrote ${written} rows of ${ROWS}`);
  const extra = { rows: ROWS, runs: RUNS, loadavg: os.loadavg()[0] };
  report('certificates.bnspSheet.time', median(ours), 'ms', extra);
  report('certificates.bnspSheet.baseline.time', median(bare), 'ms', { ...extra, baseline: 'exceljs WorkbookWriter, same rows, no styles' });
  report('certificates.bnspSheet.ratioToBaseline', median(ours) / median(bare), 'x', { ...extra, goal: 1.5, baselineMs: median(bare) });
  report('spreadsheets.styledWrite.time', median(styled), 'ms', { ...extra, ratioToBaseline: median(styled) / median(styledBare), baselineMs: median(styledBare), what: 'writeSheet, Text columns, bold header, synced' });

  // The register's pages. Issued through the contract, then dated back (half of them) and surveilled (a third)
  // in SQL: the dates the issue refuses are only what makes 'due' list rows.
  const issued = await call(core, 'certificates/issue', { plenoId, issuedOn: '2026-11-12' }, token);
  core.db.prepare("UPDATE certificate SET issued_on = '2025-06-02', valid_until = '2028-06-01' WHERE rowid % 2 = 0").run();
  core.db
    .prepare(
      `INSERT INTO certificate_surveillance (id, lsp_id, certificate_id, held_on, method, result, note, recorded_at, recorded_by)
       SELECT lower(hex(randomblob(16))), lsp_id, id, issued_on, 'interview', 'competent', '', '2026-11-20T03:00:00.000Z', issued_by
         FROM certificate WHERE rowid % 3 = 0`,
    )
    .run();
  const listTimes = async (args: ArgsOf<'certificates/list'>) => {
    const { rows } = await call(core, 'certificates/list', args, token);
    const times: number[] = [];
    for (let i = 0; i < LIST_RUNS; i++) times.push(await timed(() => call(core, 'certificates/list', args, token)));
    return { ...summary(times), rows: rows.length };
  };
  const first = await call(core, 'certificates/list', {}, token);
  let deep = first.nextCursor;
  for (let i = 0; i < 50 && deep; i++) deep = (await call(core, 'certificates/list', { cursor: deep }, token)).nextCursor;
  const registerExtra = { certificates: issued.issued.length, runs: LIST_RUNS, loadavg: os.loadavg()[0] };
  for (const [name, args] of [
    ['firstPage', {}],
    ['surveillanceDue', { surveillance: 'due' }],
    ['deepPage', { cursor: deep }],
  ] as const satisfies readonly (readonly [string, ArgsOf<'certificates/list'>])[]) {
    const s = await listTimes(args);
    report(`certificates.register.${name}.p99`, s.p99, 'ms', { ...registerExtra, rows: s.rows, p50: s.p50, max: s.max });
  }
} finally {
  core.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
