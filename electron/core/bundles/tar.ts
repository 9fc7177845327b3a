/**
 * A minimal ustar writer and reader for the bundle archive. Written here rather than taken from npm
 * because the bundle needs only regular files with short ASCII names, and the reader must refuse
 * everything else (links, devices, long-name extensions, absolute or '..' paths) and never buffer more
 * than one 512-byte block plus one caller chunk: a general-purpose tar library does more than we want
 * to trust on input from a USB stick.
 */
import { BundleFailure } from './failure';

export const BLOCK = 512;
/** Entry names: what the bundle writes, nothing more. */
const NAME = /^[a-z0-9][a-z0-9._/-]{0,98}$/;

export function isSafeEntryName(name: string): boolean {
  return NAME.test(name) && !name.split('/').some((part) => part === '' || part === '.' || part === '..');
}

function octal(value: number, width: number): string {
  return value.toString(8).padStart(width - 1, '0') + '\0';
}

export function entryHeader(name: string, size: number, mtimeSeconds: number): Buffer {
  if (!isSafeEntryName(name)) throw new Error(`unsafe tar entry name: ${name}`);
  const h = Buffer.alloc(BLOCK, 0);
  h.write(name, 0, 100, 'ascii');
  h.write(octal(0o644, 8), 100, 'ascii');
  h.write(octal(0, 8), 108, 'ascii');
  h.write(octal(0, 8), 116, 'ascii');
  h.write(octal(size, 12), 124, 'ascii');
  h.write(octal(mtimeSeconds, 12), 136, 'ascii');
  h.fill(0x20, 148, 156);
  h.write('0', 156, 'ascii');
  h.write('ustar\0', 257, 'ascii');
  h.write('00', 263, 'ascii');
  let sum = 0;
  for (const byte of h) sum += byte;
  h.write(octal(sum, 7) + ' ', 148, 'ascii');
  return h;
}

export function paddingFor(size: number): number {
  return (BLOCK - (size % BLOCK)) % BLOCK;
}

/** Bytes an entry of `size` takes in the archive: header, data, padding. */
export function entryBytes(size: number): number {
  return BLOCK + size + paddingFor(size);
}

/** Two zero blocks end a tar archive; readers ignore the zero blocks that may follow. */
export const END_OF_ARCHIVE = Buffer.alloc(2 * BLOCK, 0);

export type TarEntryHeader = { name: string; size: number };

function readOctal(block: Buffer, start: number, width: number): number {
  const text = block.toString('ascii', start, start + width).replace(/\0.*$/s, '').trim();
  if (!/^[0-7]{1,11}$/.test(text)) throw new BundleFailure('BUNDLE_NOT_A_BUNDLE', 'tar number');
  return parseInt(text, 8);
}

export function parseHeader(block: Buffer): TarEntryHeader | null {
  if (block.every((b) => b === 0)) return null;
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : block[i];
  if (readOctal(block, 148, 8) !== sum) throw new BundleFailure('BUNDLE_NOT_A_BUNDLE', 'tar checksum');
  if (block.toString('ascii', 257, 262) !== 'ustar') throw new BundleFailure('BUNDLE_NOT_A_BUNDLE', 'tar magic');
  const type = block[156];
  if (type !== 0x30 && type !== 0) throw new BundleFailure('BUNDLE_NOT_A_BUNDLE', 'tar entry type');
  if (block[345] !== 0) throw new BundleFailure('BUNDLE_NOT_A_BUNDLE', 'tar prefix');
  const name = block.toString('ascii', 0, 100).replace(/\0.*$/s, '');
  if (!isSafeEntryName(name)) throw new BundleFailure('BUNDLE_NOT_A_BUNDLE', 'tar entry name');
  return { name, size: readOctal(block, 124, 12) };
}

export type TarEvents = {
  /** Called for each entry; the returned sink receives its data chunks in order, then `end`. */
  entry: (header: TarEntryHeader) => { data: (chunk: Buffer) => void | Promise<void>; end: () => void | Promise<void> };
};

/**
 * Push-style reader: feed it plaintext chunks as they come out of the cipher. Holds at most one
 * partial header block; entry data is handed on in the caller's chunk sizes.
 */
export class TarReader {
  private pending = Buffer.alloc(0);
  private state: { kind: 'header' } | { kind: 'data'; left: number; pad: number; sink: ReturnType<TarEvents['entry']> } | { kind: 'ended' } = {
    kind: 'header',
  };
  private zeroBlocks = 0;
  /** Bytes of the archive consumed so far (headers, data, padding, end blocks). */
  consumed = 0;

  constructor(private readonly events: TarEvents) {}

  get ended(): boolean {
    return this.state.kind === 'ended';
  }

  async write(chunk: Buffer): Promise<void> {
    let buf = chunk;
    while (buf.length > 0) {
      const state = this.state;
      if (state.kind === 'ended') {
        // Blocking-factor padding after the end marker must be zeros.
        if (!buf.every((b) => b === 0)) throw new BundleFailure('BUNDLE_NOT_A_BUNDLE', 'data after end of archive');
        this.consumed += buf.length;
        return;
      }
      if (state.kind === 'data') {
        if (state.left > 0) {
          const n = Math.min(state.left, buf.length);
          await state.sink.data(buf.subarray(0, n));
          state.left -= n;
          this.consumed += n;
          buf = buf.subarray(n);
          if (state.left === 0) await state.sink.end();
          continue;
        }
        const n = Math.min(state.pad, buf.length);
        state.pad -= n;
        this.consumed += n;
        buf = buf.subarray(n);
        if (state.pad === 0) this.state = { kind: 'header' };
        continue;
      }
      const need = BLOCK - this.pending.length;
      const take = buf.subarray(0, need);
      this.pending = this.pending.length ? Buffer.concat([this.pending, take]) : Buffer.from(take);
      buf = buf.subarray(take.length);
      if (this.pending.length < BLOCK) continue;
      const block = this.pending;
      this.pending = Buffer.alloc(0);
      this.consumed += BLOCK;
      const header = parseHeader(block);
      if (!header) {
        this.zeroBlocks++;
        if (this.zeroBlocks === 2) this.state = { kind: 'ended' };
        continue;
      }
      if (this.zeroBlocks) throw new BundleFailure('BUNDLE_NOT_A_BUNDLE', 'lone zero block');
      const sink = this.events.entry(header);
      this.state = { kind: 'data', left: header.size, pad: paddingFor(header.size), sink };
      if (header.size === 0) {
        await sink.end();
        this.state = { kind: 'header' };
      }
    }
  }
}
