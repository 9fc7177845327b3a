import type { ImagePlace, SourceNote } from '../source-question';
import { PICTURE_MARK, type RawImage } from './images';
import { reduceNodes, type DomNode } from './text';

/** How mammoth's images are named in its HTML: their index in the order it met them. */
export const IMAGE_SRC = 'bank-image:';
/** Where a Word equation stood: a private-use character no document writes, shown as EQUATION_TEXT. */
export const EQUATION_MARK = '\uE001';
const EQUATION_TEXT = '[…]';


/** What a table cell or a paragraph of a Word document holds: its text, its images, and what was lost. */
export type DocxContent = { text: string; images: RawImage[]; notes: SourceNote[] };

/** The text and images of some of mammoth's HTML, each image placed where it will belong. */
export function docxContent(nodes: readonly DomNode[], place: ImagePlace | 'elsewhere', images: readonly Buffer[]): DocxContent {
  const reduced = reduceNodes(nodes, { image: PICTURE_MARK });
  const notes: SourceNote[] = reduced.dropped.length ? [{ code: 'BANK_CONTENT_DROPPED', params: { what: reduced.dropped.join(', ') } }] : [];
  if (reduced.text.includes(EQUATION_MARK)) notes.push({ code: 'BANK_EQUATION_DROPPED', params: {} });
  return { text: reduced.text.replaceAll(EQUATION_MARK, EQUATION_TEXT), images: reduced.images.map((image) => imageOf(image.src, images, place)), notes };
}

function imageOf(src: string, images: readonly Buffer[], place: ImagePlace | 'elsewhere'): RawImage {
  const index = src.startsWith(IMAGE_SRC) ? Number(src.slice(IMAGE_SRC.length)) : -1;
  const bytes = images[index];
  if (!bytes) return { place, name: null, missing: true };
  return { place, name: null, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length) };
}
