import fs from 'node:fs';
import path from 'node:path';

/** Raw fsync latency of 4 KiB writes in `dir`, in ms: the floor under every durable commit on this disk. */
export function fsyncSamples(dir: string, runs: number): number[] {
  const file = path.join(dir, 'probe.bin');
  const block = Buffer.alloc(4096, 7);
  const fd = fs.openSync(file, 'w');
  const samples: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      fs.writeSync(fd, block, 0, block.length, (i % 64) * block.length);
      const start = process.hrtime.bigint();
      fs.fsyncSync(fd);
      samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  } finally {
    fs.closeSync(fd);
    fs.rmSync(file, { force: true });
  }
  return samples;
}

const BLOCK = Buffer.alloc(4096, 7);

/** One 4 KiB write and fsync on an open file, in ms: to interleave with the commits it is compared with. */
export function fsyncOnce(fd: number, i: number): number {
  fs.writeSync(fd, BLOCK, 0, BLOCK.length, (i % 64) * BLOCK.length);
  const start = process.hrtime.bigint();
  fs.fsyncSync(fd);
  return Number(process.hrtime.bigint() - start) / 1e6;
}
