import crypto from 'node:crypto';
import zlib from 'node:zlib';

/** How the pixels are filled: one RGB colour, or noise from a seed (as incompressible as a photo, the same every run). */
export type PngFill = { rgb: readonly [number, number, number] } | { noiseSeed: number | string };

/** A valid RGB PNG of width × height, for tests and benches that need an image the core accepts by its bytes. */
export function png(width = 2, height = 2, fill: PngFill = { rgb: [0, 0, 0] }): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // colour type RGB
  const stride = width * 3 + 1;
  const raw = Buffer.alloc(stride * height);
  if ('noiseSeed' in fill) {
    for (let block = 0; block * 32 < raw.length; block++) crypto.createHash('sha256').update(`${fill.noiseSeed}:${block}`).digest().copy(raw, block * 32);
  } else {
    for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) raw.set(fill.rgb, y * stride + 1 + x * 3);
  }
  return Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), chunk('IHDR', header), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
