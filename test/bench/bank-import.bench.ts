// The question-bank import at the size issue 15 names: the whole preview (bankImport/preview through the
// contract, the goals' measure) and, beside it, the reader alone (readBankSource: identification,
// checks, parsing, conversion rules, images) of 5,000 GIFT questions and of a 2,000-question .docx table
// with 200 images, beside the bare library step on the same file in the same run: gift-pegjs parsing the
// whole GIFT file at once (and, for scale, reading it as text and splitting it), and mammoth's
// convertToHtml of the .docx with its images read. Each read runs in its own process so its peak RSS is
// its own; three runs each, the median reported. Goals: 1 s (GIFT) and 3 s (.docx).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseGift } from 'gift-pegjs';
import mammoth from 'mammoth';
import { createCore, storeUpload } from '../../electron/core';
import { loadDemoContent } from '../../electron/core/demo/content';
import { readBankSource } from '../../electron/core/bank-import/sources/read';
import { docxTable, type DocxCell } from '../../electron/core/bank-import/templates/docx-writer';
import { png } from '../support/png';
import { report } from './stats';

const SELF = fileURLToPath(import.meta.url);
const GIFT_QUESTIONS = Number(process.env.BENCH_BANK_GIFT ?? 5_000);
const DOCX_QUESTIONS = Number(process.env.BENCH_BANK_DOCX ?? 2_000);
const DOCX_IMAGES = 200;
const RUNS = 3;

type Measured = { ms: number; maxRssMb: number; count: number };

function giftFile(file: string): void {
  const lines: string[] = ['// Bank soal (bench)', '$CATEGORY: $course$/top/Unit 1', ''];
  for (let i = 1; i <= GIFT_QUESTIONS; i++) {
    if (i % 500 === 0) lines.push(`$CATEGORY: $course$/top/Unit ${i / 500 + 1}`, '');
    const kind = i % 10;
    if (kind < 6) lines.push(`::PG-${i}:: Pertanyaan nomor ${i}, manakah pernyataan yang paling tepat tentang penggunaan elemen HTML semantik pada halaman web? {=Jawaban benar ${i} ~Pilihan kedua ${i} ~%-25%Pilihan ketiga ${i} ~Pilihan keempat ${i}#Umpan balik}`);
    else if (kind === 6) lines.push(`::BS-${i}:: Protokol HTTPS mengenkripsi lalu lintas antara peramban dan server (${i}). {T}`);
    else if (kind === 7) lines.push(`::SA-${i}:: Siapa penemu World Wide Web (${i})? {=Tim Berners-Lee =Berners-Lee}`);
    else if (kind === 8) lines.push(`::ES-${i}:: Jelaskan perbedaan metode GET dan POST pada formulir HTML (${i}). {}`);
    else lines.push(`::HT-${i}:: [html]<p>Perhatikan kode <code>&lt;div&gt;</code> berikut (${i}).</p><p>Elemen apa yang dipakai?</p>{=div ~span ~p}`);
    lines.push('');
  }
  fs.writeFileSync(file, lines.join('\n'));
}


function docxFile(file: string): void {
  const every = Math.floor(DOCX_QUESTIONS / DOCX_IMAGES);
  const rows: (DocxCell | string)[][] = [];
  for (let i = 1; i <= DOCX_QUESTIONS; i++) {
    const withImage = i % every === 0 ? [{ bytes: png(80, 80, { noiseSeed: i }), extension: 'png' as const }] : [];
    const stem: DocxCell = { text: `Soal nomor ${i}: manakah perangkat jaringan yang bekerja pada lapisan ketiga model OSI dan meneruskan paket antarjaringan?`, images: i % (2 * every) === 0 ? withImage : [] };
    const optionB: DocxCell = { text: `Switch ${i}`, images: i % (2 * every) !== 0 ? withImage : [] };
    rows.push([String(i), stem, `Router ${i}`, optionB, `Hub ${i}`, `Repeater ${i}`, '', 'A', 'J.620100.004.02', '1.1']);
  }
  const header = ['NO', 'SOAL', 'JAWABAN A', 'JAWABAN B', 'JAWABAN C', 'JAWABAN D', 'JAWABAN E', 'JAWABAN BENAR', 'UNIT', 'KUK'];
  fs.writeFileSync(file, docxTable({ title: 'Bench', notes: [], header, widths: header.map(() => 1), rows }));
}

/**
 * The whole preview as the import screen asks for it: bankImport/preview through the contract on a demo
 * installation (read, conversion, what the bank would do with each question, KUK mapping by the file's
 * columns). Only the call is timed: the installation and the upload are set up before it.
 */
async function preview(file: string): Promise<Measured> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ruang-uji-bank-bench-core-'));
  const core = await createCore({ dataDir, demoIfEmpty: true, passwordCost: 1024, log: () => {} });
  try {
    const admin = loadDemoContent().people.staff.find((s) => s.role === 'lsp_admin')!;
    const signedIn = await core.dispatch('auth/signIn', { username: admin.username, password: admin.password }, null);
    if (!signedIn.ok) throw new Error('sign-in failed');
    const { token } = signedIn.result as { token: string };
    const { id: schemeId } = core.db.prepare('SELECT id FROM scheme ORDER BY id LIMIT 1').get() as { id: string };
    const { uploadId } = await storeUpload(core.dataDir, fs.createReadStream(file));
    const started = performance.now();
    const reply = await core.dispatch('bankImport/preview', { schemeId, uploadId, fileName: path.basename(file) }, token);
    const ms = performance.now() - started;
    if (!reply.ok) throw new Error(`bankImport/preview: ${JSON.stringify(reply.error)}`);
    const counts = (reply.result as { counts: { total: number } }).counts;
    return { ms, maxRssMb: process.resourceUsage().maxRSS / 1024, count: counts.total };
  } finally {
    core.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function child(step: string, file: string): Promise<Measured> {
  if (step === 'preview') return preview(file);
  const started = performance.now();
  let count = 0;
  if (step === 'read') {
    const result = await readBankSource(file, { fileName: path.basename(file) });
    count = result.questions.length + result.refused.length;
  } else if (step === 'gift-pegjs') {
    count = parseGift(fs.readFileSync(file, 'utf8')).filter((q) => q.type !== 'Category').length;
  } else if (step === 'gift-split') {
    count = fs.readFileSync(file, 'utf8').split(/\n[ \t]*\n/).filter((c) => c.trim() !== '' && !c.trim().startsWith('$CATEGORY') && !c.trim().startsWith('//')).length;
  } else if (step === 'mammoth') {
    let images = 0;
    const result = await mammoth.convertToHtml(
      { path: file },
      { convertImage: mammoth.images.imgElement(async (img) => (await img.read(), { src: `i${images++}` })) },
    );
    count = (result.value.match(/<tr>/g) ?? []).length - 1;
  }
  return { ms: performance.now() - started, maxRssMb: process.resourceUsage().maxRSS / 1024, count };
}

function run(step: string, file: string): Measured {
  const r = spawnSync(process.execPath, ['--import', 'tsx', SELF, 'child', step, file], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`${step} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}') as Measured;
}

function median(step: string, file: string): Measured {
  const runs = Array.from({ length: RUNS }, () => run(step, file)).sort((a, b) => a.ms - b.ms);
  return { ...runs[Math.floor(RUNS / 2)], maxRssMb: Math.max(...runs.map((r) => r.maxRssMb)) };
}

if (process.argv[2] === 'child') {
  process.stdout.write(JSON.stringify(await child(process.argv[3], process.argv[4])) + '\n');
} else if (process.argv[2] === 'write') {
  // `node --import tsx test/bench/bank-import.bench.ts write DIR`: the two files, to profile a read by hand.
  giftFile(path.join(process.argv[3], 'bank.gift'));
  docxFile(path.join(process.argv[3], 'bank.docx'));
} else {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ruang-uji-bank-bench-'));
  try {
    const gift = path.join(dir, 'bank.gift');
    giftFile(gift);
    const whole = median('preview', gift);
    const ours = median('read', gift);
    const pegjs = median('gift-pegjs', gift);
    const split = median('gift-split', gift);
    if (ours.count !== GIFT_QUESTIONS || pegjs.count !== GIFT_QUESTIONS || split.count !== GIFT_QUESTIONS) throw new Error(`GIFT counts ${ours.count} / ${pegjs.count} / ${split.count} of ${GIFT_QUESTIONS}`);
    const giftExtra = { questions: GIFT_QUESTIONS, fileMb: fs.statSync(gift).size / 1048576, runs: RUNS, loadavg: os.loadavg()[0] };
    report('bankImport.gift.preview.time', whole.ms, 'ms', { ...giftExtra, goalMs: 1000, counted: whole.count });
    report('bankImport.gift.preview.peakRss', whole.maxRssMb, 'MB', giftExtra);
    report('bankImport.gift.preview.ratioToBaseline', whole.ms / pegjs.ms, 'x', giftExtra);
    report('bankImport.gift.read.time', ours.ms, 'ms', giftExtra);
    report('bankImport.gift.read.peakRss', ours.maxRssMb, 'MB', giftExtra);
    report('bankImport.gift.baseline.time', pegjs.ms, 'ms', { ...giftExtra, baseline: 'gift-pegjs parse of the whole file' });
    report('bankImport.gift.baseline.peakRss', pegjs.maxRssMb, 'MB', giftExtra);
    report('bankImport.gift.read.ratioToBaseline', ours.ms / pegjs.ms, 'x', giftExtra);
    report('bankImport.gift.textSplit.time', split.ms, 'ms', { ...giftExtra, baseline: 'read as text and split on blank lines' });
    report('bankImport.gift.read.ratioToTextSplit', ours.ms / split.ms, 'x', giftExtra);

    const docx = path.join(dir, 'bank.docx');
    docxFile(docx);
    const wholeDocx = median('preview', docx);
    const read = median('read', docx);
    const bare = median('mammoth', docx);
    if (read.count !== DOCX_QUESTIONS || bare.count !== DOCX_QUESTIONS) throw new Error(`docx counts ${read.count} / ${bare.count} of ${DOCX_QUESTIONS}`);
    const docxExtra = { questions: DOCX_QUESTIONS, images: DOCX_IMAGES, fileMb: fs.statSync(docx).size / 1048576, runs: RUNS, loadavg: os.loadavg()[0] };
    report('bankImport.docx.preview.time', wholeDocx.ms, 'ms', { ...docxExtra, goalMs: 3000, counted: wholeDocx.count });
    report('bankImport.docx.preview.peakRss', wholeDocx.maxRssMb, 'MB', docxExtra);
    report('bankImport.docx.preview.ratioToBaseline', wholeDocx.ms / bare.ms, 'x', docxExtra);
    report('bankImport.docx.read.time', read.ms, 'ms', docxExtra);
    report('bankImport.docx.read.peakRss', read.maxRssMb, 'MB', docxExtra);
    report('bankImport.docx.baseline.time', bare.ms, 'ms', { ...docxExtra, baseline: 'mammoth convertToHtml, images read' });
    report('bankImport.docx.baseline.peakRss', bare.maxRssMb, 'MB', docxExtra);
    report('bankImport.docx.read.ratioToBaseline', read.ms / bare.ms, 'x', docxExtra);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
