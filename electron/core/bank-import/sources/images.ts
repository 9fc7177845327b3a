import type { ImagePlace, SourceImage, SourceNote } from '../source-question';
import type { BankLimits } from './limits';

/**
 * An image as a reader met it, before the bank decides whether to keep it: its bytes, or why there are
 * none. `elsewhere` is an image outside the stem and the options (feedback, a key or guide cell).
 */
export type RawImage = ImageSource & { place: ImagePlace | 'elsewhere' };

/** An image's bytes, or why there are none: missing from the file, or on the internet (never fetched). */
export type ImageSource = { name: string | null } & ({ bytes: Uint8Array } | { missing: true } | { remote: string });

/**
 * Where a picture stood among a Word document's words (docx-content.ts): a private-use character no
 * document writes, made a `[gambar N]` line in a stem or dropped by the Sink (picture-lines.ts).
 */
export const PICTURE_MARK = '\uE002';

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];

/** PNG or JPEG by the first bytes, never the name or a declared type: the bank shows nothing else. */
export function imageMime(bytes: Uint8Array): SourceImage['mime'] | null {
  if (PNG.every((b, i) => bytes[i] === b)) return 'image/png';
  if (JPEG.every((b, i) => bytes[i] === b)) return 'image/jpeg';
  return null;
}

function looksLikeSvg(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 2048)).toString('utf8').toLowerCase();
  return head.includes('<svg');
}

export type KeptImages = {
  images: SourceImage[];
  notes: SourceNote[];
  /** Places that lost an image, with its name. */
  lost: Map<ImagePlace, string>;
  /** Each stem image met, in order: its index among the stem's kept images, or null when it was not kept. */
  stemKept: (number | null)[];
};

/**
 * The images a question keeps: PNG and JPEG up to the size cap, at most `maxImagesPerPlace` in one
 * place. Every other image is skipped with a note (an SVG can carry script, so it is never kept); the
 * question keeps its text. Unnamed images are called #1, #2… in the order the question holds them.
 */
export function keepImages(raw: readonly RawImage[], limits: BankLimits): KeptImages {
  const images: SourceImage[] = [];
  const notes: SourceNote[] = [];
  const lost = new Map<ImagePlace, string>();
  const perPlace = new Map<ImagePlace, number>();
  const stemKept: (number | null)[] = [];
  for (const [index, image] of raw.entries()) {
    const name = image.name ?? `#${index + 1}`;
    const note = skipped(image, name, limits, perPlace);
    if (note === null && 'bytes' in image && image.place !== 'elsewhere') {
      if (image.place === 'stem') stemKept.push(perPlace.get('stem') ?? 0);
      perPlace.set(image.place, (perPlace.get(image.place) ?? 0) + 1);
      images.push({ place: image.place, bytes: image.bytes, mime: imageMime(image.bytes) ?? 'image/png', name: image.name });
      continue;
    }
    if (image.place === 'stem') stemKept.push(null);
    if (note) notes.push(note);
    if (image.place !== 'elsewhere' && !lost.has(image.place)) lost.set(image.place, name);
  }
  return { images, notes, lost, stemKept };
}

/** Why an image is not kept, or null when it is. */
function skipped(image: RawImage, name: string, limits: BankLimits, perPlace: ReadonlyMap<ImagePlace, number>): SourceNote | null {
  if (image.place === 'elsewhere') return { code: 'BANK_IMAGE_SKIPPED_PLACE', params: { name } };
  if ('remote' in image) return { code: 'BANK_IMAGE_SKIPPED_REMOTE', params: { url: image.remote.slice(0, 200) } };
  if ('missing' in image) return { code: 'BANK_IMAGE_SKIPPED_MISSING', params: { name } };
  if (!imageMime(image.bytes)) return { code: looksLikeSvg(image.bytes) ? 'BANK_IMAGE_SKIPPED_SVG' : 'BANK_IMAGE_SKIPPED_TYPE', params: { name } };
  if (image.bytes.length > limits.maxImageBytes) {
    return { code: 'BANK_IMAGE_SKIPPED_SIZE', params: { name, megabytes: Math.round((limits.maxImageBytes / 1048576) * 10) / 10 } };
  }
  if ((perPlace.get(image.place) ?? 0) >= limits.maxImagesPerPlace) return { code: 'BANK_IMAGE_SKIPPED_TOO_MANY', params: { name, max: limits.maxImagesPerPlace } };
  return null;
}

/**
 * An `<img src>` that needs nothing but itself: a data: URI (decoded), an internet address (never
 * fetched), or a reference to a file the source does not hold.
 */
export function dataUriImage(src: string): ImageSource {
  const data = /^data:([^;,]*)(;base64)?,(.*)$/is.exec(src.trim());
  if (data) {
    const bytes = data[2] ? Buffer.from(data[3], 'base64') : Buffer.from(decodeURIComponent(data[3]), 'utf8');
    return { name: null, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length) };
  }
  if (/^(https?:)?\/\//i.test(src.trim())) return { name: null, remote: src.trim() };
  return { name: src.trim().split('/').pop() || null, missing: true };
}
